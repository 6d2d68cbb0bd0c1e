/**
 * The order the scene's deck.gl layers are drawn in among the basemap's MapLibre layers
 * (interleaved drawing). The live map and the exported picture both ask sceneLayers(), so a
 * picture stacks its layers as the screen does.
 */
import type { Layer } from '@deck.gl/core';
import { ROUTES_BENEATH_LAYER } from './basemapStyle.ts';

/** The layers of a scene by what they draw; the live map adds what only it draws. */
export interface SceneLayerGroups {
  /** The user's own data. */
  user: readonly Layer[];
  /** The atlas's features: routes, marks, areas, halos. */
  corridor: readonly Layer[];
  /** The place names. */
  names: readonly Layer[];
  /** Invisible marks that prepare the user's kinds of geometry (live map only, see userDataWarmUp.ts). */
  warmUp?: readonly Layer[];
  /** The measuring line (live map only). */
  measure?: readonly Layer[];
}

/**
 * Bottom to top: the user's data under the atlas's routes, both beneath the borders, so a border
 * along a route is never hidden; then the names, so they stay readable above the routes; the
 * measuring line above everything, since the user is drawing it.
 */
export function sceneLayers({ user, corridor, names, warmUp = [], measure = [] }: SceneLayerGroups): Layer[] {
  return [...warmUp, ...beneathBorders([...user, ...corridor]), ...names, ...measure];
}

/** Layers drawn beneath the borders (layers with no beforeId stay on top of the whole basemap). */
function beneathBorders(layers: readonly Layer[]): Layer[] {
  // `beforeId` is read by @deck.gl/maplibre, not declared in core's layer props.
  return layers.map((layer) => layer.clone({ beforeId: ROUTES_BENEATH_LAYER } as unknown as Partial<typeof layer.props>));
}
