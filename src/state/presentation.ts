/** Presentation mode: going through a sequence of views, one step at a time, with smooth moves. */
import { useAtlas, type PresentationStep } from './store.ts';
import { applyView } from './urlSync.ts';
import { parseViewHash } from '../model/view/viewState.ts';
import { corridorPresets } from '../model/view/namedViews.ts';
import { layerTitleMessage } from '../model/features/layers.ts';
import { features, tour } from './atlasData.ts';
import { trackCameraWork } from './cameraPort.ts';
import type { MapFrame } from '../model/view/camera.ts';

/** A step for each corridor: all of its features framed. */
export function corridorSteps(): PresentationStep[] {
  return corridorPresets(features)
    .filter((preset) => preset.layer !== 'places')
    .map((preset) => ({
      // Named in the language shown: the step's name is the presentation's title on screen.
      name: useAtlas.getState().intl.formatMessage(layerTitleMessage(preset.layer)),
      featureIds: features.filter((feature) => feature.properties.layer === preset.layer).map((feature) => feature.id),
    }));
}

/**
 * Shows a step: a saved view flies to its camera; a step of features frames them, and once the
 * overlay is laid out round the new view, frames them again (see frameStep). Resolves when the
 * map is there; `cameraSettled` waits for it too.
 */
export function goToStep(index: number): Promise<void> {
  const { steps, presentation, setSteps, select, setYear } = useAtlas.getState();
  if (steps.length === 0) return Promise.resolve();
  const clamped = Math.max(0, Math.min(steps.length - 1, index));
  const step = steps[clamped];
  setSteps(steps, clamped);
  if ('hash' in step) {
    const { view } = parseViewHash(step.hash);
    // The presentation itself stays on, whatever the saved view says.
    applyView(
      { ...view, presentation: { ...view.presentation, on: true, title: presentation.title || view.presentation.title } },
      { transition: 'fly' },
    );
    return Promise.resolve();
  }
  select(null, { showDetails: false });
  if (step.year !== undefined) setYear(step.year);
  return trackCameraWork(frameStep(step));
}

/**
 * Frames a step's features clear of what covers the map. What covers it may change once the map
 * is there: the legend lists what the new view holds and grows or shrinks, and on a slow machine
 * the overlay's code arrives only after the first framing. So, once the overlay is laid out for
 * the view the map arrived at, the step is framed once more round it as it is then: the same view,
 * so no new page of history. A step left before then goes no further.
 */
async function frameStep(step: Exclude<PresentationStep, { hash: string }>): Promise<void> {
  const ids = step.featureIds ?? [];
  if (!(await useAtlas.getState().focus(ids, { bounds: step.bounds }))) return;
  if (!(await overlayLaidOutFor(step))) return;
  await useAtlas.getState().focus(ids, { bounds: step.bounds, newPage: false });
}

/** The overlay's last layout: the step it showed and the map's frame it was laid out over. */
let overlayLayout: { step: PresentationStep | undefined; frame: MapFrame | null } | null = null;
const overlayLayoutListeners = new Set<() => void>();

/** PresentationOverlay reports each layout it commits (its legend's included), before the browser paints it. */
export function overlayLaidOut(step: PresentationStep | undefined, frame: MapFrame | null): void {
  overlayLayout = { step, frame };
  overlayLayoutListeners.forEach((listener) => listener());
}

/**
 * Resolves true once the overlay is laid out showing this step over the map's frame as it is now,
 * false as soon as the step is no longer shown (another step, or the presentation left: an
 * overlay that could not be loaded is never laid out, and leaving it ends the wait).
 */
function overlayLaidOutFor(step: PresentationStep): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      const { presentation, steps, stepIndex, frame } = useAtlas.getState();
      const shown = presentation.on && steps[stepIndex] === step;
      if (shown && !(overlayLayout?.step === step && overlayLayout.frame === frame)) return;
      overlayLayoutListeners.delete(check);
      stopWatching();
      resolve(shown);
    };
    const stopWatching = useAtlas.subscribe(check);
    overlayLayoutListeners.add(check);
    check();
  });
}

/** Where the keyboard focus was when the presentation started: it goes back there at the end. */
let focusBeforePresenting: HTMLElement | null = null;

export function takeFocusBeforePresenting(): HTMLElement | null {
  const element = focusBeforePresenting;
  focusBeforePresenting = null;
  return element;
}

export function startPresentation(steps: PresentationStep[]): void {
  const { setSteps, setPresentation } = useAtlas.getState();
  if (typeof document !== 'undefined' && document.activeElement instanceof HTMLElement) focusBeforePresenting = document.activeElement;
  setSteps(steps, 0);
  setPresentation({ on: true });
  if (steps.length > 0) goToStep(0);
}

/** The presenter's own title, legend and year, set aside while a tour runs with its own. */
let settingsBeforeTour: { title: string; legend: boolean; year: number | null } | null = null;

export function stopPresentation(): void {
  const { setPresentation, setYear } = useAtlas.getState();
  if (settingsBeforeTour) {
    const { year, ...presentation } = settingsBeforeTour;
    setPresentation({ on: false, ...presentation });
    setYear(year);
  } else {
    setPresentation({ on: false });
  }
  settingsBeforeTour = null;
}

/** The classroom tour as presentation steps, each with what it says. */
export function tourSteps(): PresentationStep[] {
  if (!tour) return [];
  return tour.steps.map((step, index) => {
    const caption = { step: index, title: step.title, text: step.text, passage: step.passage, year: step.year };
    // A tour's words describe the documents' present unless a step names its year.
    return { name: step.title, featureIds: step.featureIds, bounds: step.bounds, caption, year: step.year ?? null };
  });
}

export function startTour(): void {
  if (!tour) return;
  const { presentation: { title, legend }, year } = useAtlas.getState();
  settingsBeforeTour = { title, legend, year };
  useAtlas.getState().setPresentation({ title: '', legend: false });
  startPresentation(tourSteps());
}
