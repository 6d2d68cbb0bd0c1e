/** Small MapLibre controls of our own, each behind MapLibre's IControl interface. */
import type { IControl } from 'maplibre-gl';

/** A button that puts the camera back where the atlas opened. */
export class ResetViewControl implements IControl {
  private container: HTMLElement | undefined;
  private readonly onReset: () => void;
  private readonly words: { title: string; label: string };

  /** `words`: its tooltip and its name for a screen reader, in the language shown. */
  constructor(onReset: () => void, words: { title: string; label: string }) {
    this.onReset = onReset;
    this.words = words;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-reset-view';
    button.title = this.words.title;
    button.setAttribute('aria-label', this.words.label);
    button.textContent = '⌂';
    button.addEventListener('click', () => this.onReset());
    container.append(button);
    this.container = container;
    return container;
  }

  onRemove(): void {
    this.container?.remove();
    this.container = undefined;
  }
}
