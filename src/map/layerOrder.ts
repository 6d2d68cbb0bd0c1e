/** Where the atlas's deck.gl layers go among the basemap's MapLibre layers (interleaved drawing). */
import type { Layer } from '@deck.gl/core';
import { ROUTES_BENEATH_LAYER } from './basemapStyle.ts';

/** Routes drawn beneath the borders (names, which have no beforeId, stay on top of everything). */
export function beneathBorders(layers: readonly Layer[]): Layer[] {
  // `beforeId` is read by @deck.gl/maplibre, not declared in core's layer props.
  return layers.map((layer) => layer.clone({ beforeId: ROUTES_BENEATH_LAYER } as unknown as Partial<typeof layer.props>));
}
