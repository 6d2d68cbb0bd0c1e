/**
 * deck.gl layers for the user's own data: per layer, one GeoJsonLayer over the flat typed arrays
 * the import worker made (points and lines, drawn without parsing a feature on the page) and one
 * over its polygons. Drawn under the atlas's layers, so the atlas stays readable on top.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { UserLayer } from '../model/userLayers';
import type { UserPolygonFeature } from '../model/userFeatures';
import type { Palette } from '../style/palette';
import { USER_LINE_WIDTH as LINE_WIDTH, USER_POINT_RADIUS as POINT_RADIUS } from '../model/scene';

export const USER_LAYER_PREFIX = 'user-layer-';
const POLYGON_SUFFIX = '-polygons';

export function buildUserLayerLayers(layers: readonly UserLayer[], palette: Palette): Layer[] {
  const scale = palette.lineScale;
  return layers
    .filter((layer) => layer.visible)
    .flatMap((layer) => {
      const { color } = layer;
      const colorKey = color.join(',');
      const common = {
        pickable: true,
        autoHighlight: true,
        highlightColor: [255, 214, 0, 255] as [number, number, number, number],
        lineWidthUnits: 'pixels' as const,
        pointRadiusUnits: 'pixels' as const,
        getLineWidth: LINE_WIDTH * scale,
        getPointRadius: POINT_RADIUS * Math.sqrt(scale),
        updateTriggers: { getLineColor: colorKey, getFillColor: colorKey, getLineWidth: scale, getPointRadius: scale },
      };
      const drawn: Layer[] = [];
      if (layer.features.polygons.length > 0) {
        drawn.push(
          new GeoJsonLayer<UserPolygonFeature['properties']>({
            ...common,
            id: `${USER_LAYER_PREFIX}${layer.id}${POLYGON_SUFFIX}`,
            data: layer.features.polygons,
            stroked: true,
            filled: true,
            getLineColor: [...color, 230],
            getFillColor: [...color, 70],
          }),
        );
      }
      drawn.push(
        new GeoJsonLayer({
          ...common,
          id: `${USER_LAYER_PREFIX}${layer.id}`,
          // deck.gl's binary GeoJSON: typed arrays made in the worker, drawn as they are.
          data: layer.features.binary as never,
          stroked: true,
          filled: true,
          pointType: 'circle',
          getLineColor: [...color, 230],
          getFillColor: [...color, 255],
        }),
      );
      return drawn;
    });
}

/** Which user layer and feature a pick hit, or null if it hit something else. */
export function pickedUserFeature(info: Pick<PickingInfo, 'layer' | 'index' | 'object'>): { layerId: string; index: number } | null {
  const id = info.layer?.id;
  if (!id?.startsWith(USER_LAYER_PREFIX) || info.index < 0) return null;
  const rest = id.slice(USER_LAYER_PREFIX.length);
  if (rest.endsWith(POLYGON_SUFFIX)) {
    const polygon = info.object as UserPolygonFeature | undefined;
    return polygon ? { layerId: rest.slice(0, -POLYGON_SUFFIX.length), index: polygon.properties.index } : null;
  }
  // Sublayer ids carry suffixes of their own ("-linestrings-path"): the layer id is the part before them.
  return { layerId: rest.split('-')[0], index: info.index };
}

/** A feature's properties, read from the layer's JSON text once and remembered. */
const propertiesCache = new WeakMap<UserLayer['features'], Record<string, unknown>[]>();
export function userFeatureProperties(layer: UserLayer, index: number): Record<string, unknown> {
  let all = propertiesCache.get(layer.features);
  if (!all) {
    all = JSON.parse(layer.features.propertiesJson) as Record<string, unknown>[];
    propertiesCache.set(layer.features, all);
  }
  return all[index] ?? {};
}

