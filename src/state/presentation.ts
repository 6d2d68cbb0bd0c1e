/** Presentation mode: going through a sequence of views, one step at a time, with smooth moves. */
import { useAtlas, type PresentationStep } from './store';
import { applyView } from './urlSync';
import { parseViewHash } from '../model/viewState';
import { corridorPresets } from '../model/namedViews';
import { features } from './atlasData';

/** A step for each corridor: all of its features framed. */
export function corridorSteps(): PresentationStep[] {
  return corridorPresets(features)
    .filter((preset) => preset.layer !== 'places')
    .map((preset) => ({
      name: preset.name,
      featureIds: features.filter((feature) => feature.properties.layer === preset.layer).map((feature) => feature.id),
    }));
}

export function goToStep(index: number): void {
  const { steps, presentation, focus, setSteps, select } = useAtlas.getState();
  if (steps.length === 0) return;
  const clamped = Math.max(0, Math.min(steps.length - 1, index));
  const step = steps[clamped];
  setSteps(steps, clamped);
  if ('hash' in step) {
    const { view } = parseViewHash(step.hash);
    // The presentation itself stays on, whatever the saved view says.
    applyView({ ...view, presentation: { ...view.presentation, on: true, title: presentation.title || view.presentation.title } }, 'fly');
  } else {
    select(null, { showDetails: false });
    focus(step.featureIds);
  }
}

export function startPresentation(steps: PresentationStep[]): void {
  const { setSteps, setPresentation } = useAtlas.getState();
  setSteps(steps, 0);
  setPresentation({ on: true });
  if (steps.length > 0) goToStep(0);
}

export function stopPresentation(): void {
  useAtlas.getState().setPresentation({ on: false });
}
