/**
 * The store bound to the scene: what the live map, the legend, presentation mode and exported
 * pictures draw. The logic is in src/model/scene.ts; this only picks the store's state for it.
 */
import { useMemo } from 'react';
import { useAtlas, type AtlasState } from './store';
import { features } from './atlasData';
import { buildScene, type Scene, type SceneInput } from '../model/scene';
import type { DrawableFeature } from '../model/drawable';
import { PALETTES } from '../style/palette';
import { filterKeeps } from './shownFeatures';

type SceneState = Pick<
  AtlasState,
  'filter' | 'visibleLayers' | 'selectedId' | 'emphasizedIds' | 'palette' | 'presentation' | 'steps' | 'stepIndex' | 'userLayers'
>;

export function sceneInputFrom(state: SceneState): SceneInput {
  const presenting = state.presentation.on;
  return {
    features,
    passesFilter: (feature: DrawableFeature) => filterKeeps(state.filter, feature.id),
    visibleLayers: state.visibleLayers,
    selectedId: state.selectedId,
    emphasizedIds: state.emphasizedIds,
    palette: PALETTES[state.palette],
    presenting,
    title: presenting ? state.presentation.title : null,
    stepName: presenting ? (state.steps[state.stepIndex]?.name ?? null) : null,
    userLayers: state.userLayers,
  };
}

/** The scene as the store has it now, for one-off readers (the export button). */
export function currentScene(): Scene {
  return buildScene(sceneInputFrom(useAtlas.getState()));
}

/** The scene, rebuilt when any state it reads changes. */
export function useScene(): Scene {
  const filter = useAtlas((state) => state.filter);
  const visibleLayers = useAtlas((state) => state.visibleLayers);
  const selectedId = useAtlas((state) => state.selectedId);
  const emphasizedIds = useAtlas((state) => state.emphasizedIds);
  const palette = useAtlas((state) => state.palette);
  const presentation = useAtlas((state) => state.presentation);
  const steps = useAtlas((state) => state.steps);
  const stepIndex = useAtlas((state) => state.stepIndex);
  const userLayers = useAtlas((state) => state.userLayers);
  return useMemo(
    () => buildScene(sceneInputFrom({ filter, visibleLayers, selectedId, emphasizedIds, palette, presentation, steps, stepIndex, userLayers })),
    [filter, visibleLayers, selectedId, emphasizedIds, palette, presentation, steps, stepIndex, userLayers],
  );
}
