/** Small MapLibre controls of our own, each behind MapLibre's IControl interface. */
import type { IControl } from 'maplibre-gl';

/** A button that puts the camera back where the atlas opened. */
export class ResetViewControl implements IControl {
  private container: HTMLElement | undefined;
  private readonly onReset: () => void;

  constructor(onReset: () => void) {
    this.onReset = onReset;
  }

  onAdd(): HTMLElement {
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'atlas-reset-view';
    button.title = 'Reset view';
    button.setAttribute('aria-label', 'Reset view: show the whole region again');
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
