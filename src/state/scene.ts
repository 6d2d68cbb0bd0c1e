/**
 * The store bound to the scene: what the live map, the legend, presentation mode and exported
 * pictures draw. The logic is in src/model/scene/scene.ts; this only picks the store's state for it.
 */
import { useAtlas, type AtlasState } from './store.ts';
import { buildScene, type Scene, type SceneInput } from '../model/scene/scene.ts';
import type { DrawableFeature } from '../model/scene/drawable.ts';
import { PALETTES } from '../style/palette.ts';
import { featuresInYear, filterKeeps } from './shownFeatures.ts';
import { featureNameFor } from './messages.ts';
import { langOfLocale } from '../model/words/language.ts';

type SceneState = Pick<
  AtlasState,
  'filter' | 'year' | 'visibleLayers' | 'selectedId' | 'emphasizedIds' | 'palette' | 'presentation' | 'steps' | 'stepIndex' | 'userLayers' | 'intl'
>;

export function sceneInputFrom(state: SceneState): SceneInput {
  const presenting = state.presentation.on;
  return {
    features: featuresInYear(state.year),
    passesFilter: (feature: DrawableFeature) => filterKeeps(state.filter, state.year, feature.id),
    year: state.year,
    visibleLayers: state.visibleLayers,
    selectedId: state.selectedId,
    emphasizedIds: state.emphasizedIds,
    palette: PALETTES[state.palette],
    presenting,
    title: presenting ? state.presentation.title : null,
    stepName: presenting ? (state.steps[state.stepIndex]?.name ?? null) : null,
    userLayers: state.userLayers,
    step: presenting ? stepSubject(state.steps[state.stepIndex]) : null,
    translate: (message, values) => state.intl.formatMessage(message, values),
    featureName: featureNameFor(langOfLocale(state.intl.locale)),
  };
}

/** What a step is about: the features it frames, and its caption's title and words. */
function stepSubject(step: AtlasState['steps'][number] | undefined): SceneInput['step'] {
  if (!step || 'hash' in step) return null;
  return { featureIds: step.featureIds, caption: step.caption ? `${step.caption.title}\n${step.caption.text}` : undefined };
}

type Key = readonly unknown[];
let last: { key: Key; scene: Scene } | null = null;

/**
 * One scene for one state, shared by every reader (map, legend, export). When only the selection
 * or emphasis changed, the list of drawn features is the same array as before, so deck.gl's layers
 * keep their data and do not process every feature again.
 */
function sceneOf(state: SceneState): Scene {
  const key: Key = [
    state.filter,
    state.year,
    state.visibleLayers,
    state.selectedId,
    state.emphasizedIds,
    state.palette,
    state.presentation,
    state.steps,
    state.stepIndex,
    state.userLayers,
    state.intl,
  ];
  if (last && key.every((part, index) => part === last!.key[index])) return last.scene;
  const built = buildScene(sceneInputFrom(state));
  const previous = last?.scene.drawn;
  const sameDrawn = previous && previous.length === built.drawn.length && previous.every((feature, index) => feature === built.drawn[index]);
  last = { key, scene: sameDrawn ? { ...built, drawn: previous } : built };
  return last.scene;
}

/** The scene as the store has it now, for one-off readers (the export button). */
export function currentScene(): Scene {
  return sceneOf(useAtlas.getState());
}

/** The scene, rebuilt when any state it reads changes. */
export function useScene(): Scene {
  const filter = useAtlas((state) => state.filter);
  const year = useAtlas((state) => state.year);
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const selectedId = useAtlas((state) => state.selectedId);
  const emphasizedIds = useAtlas((state) => state.emphasizedIds);
  const palette = useAtlas((state) => state.palette);
  const presentation = useAtlas((state) => state.presentation);
  const steps = useAtlas((state) => state.steps);
  const stepIndex = useAtlas((state) => state.stepIndex);
  const userLayers = useAtlas((state) => state.userLayers);
  const intl = useAtlas((state) => state.intl);
  return sceneOf({ filter, year, visibleLayers, selectedId, emphasizedIds, palette, presentation, steps, stepIndex, userLayers, intl });
}

/** The scene as the store has it, in another year: a picture of then beside now. */
export function sceneInYear(year: number | null): Scene {
  return buildScene(sceneInputFrom({ ...useAtlas.getState(), year }));
}
