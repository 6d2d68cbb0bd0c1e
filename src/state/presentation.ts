/** Presentation mode: going through a sequence of views, one step at a time, with smooth moves. */
import { useAtlas, type PresentationStep } from './store';
import { applyView } from './urlSync';
import { parseViewHash } from '../model/viewState';
import { corridorPresets } from '../model/namedViews';
import { layerTitleMessage } from '../model/layers';
import { features, tour } from './atlasData';

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

export function goToStep(index: number): void {
  const { steps, presentation, focus, setSteps, select, setYear } = useAtlas.getState();
  if (steps.length === 0) return;
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
  } else {
    select(null, { showDetails: false });
    if (step.year !== undefined) setYear(step.year);
    focus(step.featureIds ?? [], { bounds: step.bounds });
  }
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
