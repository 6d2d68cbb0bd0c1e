/**
 * deck.gl layers for the atlas's own features: one GeoJsonLayer per thematic layer, a white
 * casing under every line so routes read over any background, and a halo under the selection.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { LAYER_IDS, type LayerId } from '../model/layers';
import { LAYER_SYMBOLS, SELECTION_HALO, dashForStatus } from '../style/symbology';
import type { Palette } from '../style/palette';
import { isLineLike, type DrawableFeature } from './drawable';

export const CORRIDOR_LAYER_PREFIX = 'corridor-';

export interface CorridorLayerInput {
  features: readonly DrawableFeature[];
  visibleLayers: ReadonlySet<LayerId>;
  selectedId: string | null;
  /** Features lit up from elsewhere (a passage under the pointer), drawn with a softer halo. */
  emphasizedIds?: readonly string[];
  palette: Palette;
}

const pathStyle = new PathStyleExtension({ dash: true, offset: true });
const WHITE: [number, number, number, number] = [255, 255, 255, 255];

export function buildCorridorLayers({
  features,
  visibleLayers,
  selectedId,
  emphasizedIds = [],
  palette,
}: CorridorLayerInput): Layer[] {
  const visible = features.filter((feature) => visibleLayers.has(feature.properties.layer));
  const scale = palette.lineScale;
  const layers: Layer[] = [];

  layers.push(
    new GeoJsonLayer<DrawableFeature['properties']>({
      id: 'corridor-casing',
      data: visible.filter(isLineLike),
      stroked: true,
      filled: false,
      lineWidthUnits: 'pixels',
      getLineWidth: (f) => (LAYER_SYMBOLS[f.properties.layer].width + 3) * scale,
      getLineColor: [255, 255, 255, 200],
      lineCapRounded: true,
      lineJointRounded: true,
      updateTriggers: { getLineWidth: scale },
    }),
  );

  const emphasized = visible.filter((feature) => emphasizedIds.includes(feature.id) && feature.id !== selectedId);
  if (emphasized.length > 0) layers.push(haloLayer('corridor-emphasis-halo', emphasized, scale, 140));
  const selected = selectedId ? visible.find((feature) => feature.id === selectedId) : undefined;
  if (selected) layers.push(haloLayer('corridor-selection-halo', [selected], scale, 230));

  for (const layerId of LAYER_IDS) {
    if (!visibleLayers.has(layerId)) continue;
    const symbol = LAYER_SYMBOLS[layerId];
    const color = symbol.color;
    layers.push(
      new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
        id: `${CORRIDOR_LAYER_PREFIX}${layerId}`,
        data: visible.filter((feature) => feature.properties.layer === layerId),
        pickable: true,
        autoHighlight: true,
        highlightColor: [255, 214, 0, 255],
        stroked: true,
        filled: true,
        pointType: 'circle',
        lineWidthUnits: 'pixels',
        pointRadiusUnits: 'pixels',
        lineWidthMinPixels: 1,
        getLineWidth: (f) => (isLineLike(f as DrawableFeature) ? symbol.width * scale : 1.5),
        getLineColor: (f) => (f.geometry.type === 'Point' ? WHITE : [...color, 255]),
        getFillColor: (f) => (f.geometry.type === 'Point' ? [...color, 255] : [...color, 60]),
        getPointRadius: symbol.pointRadius * scale,
        lineCapRounded: true,
        lineJointRounded: true,
        extensions: [pathStyle],
        // [0, 0] is deck.gl's "solid" dash.
        getDashArray: (f: DrawableFeature) => dashForStatus(f.properties.status) ?? [0, 0],
        dashJustified: true,
        getOffset: symbol.offset ?? 0,
        updateTriggers: { getLineWidth: scale, getPointRadius: scale },
      }),
    );
  }
  return layers;
}

function haloLayer(id: string, data: DrawableFeature[], scale: number, alpha: number): Layer {
  return new GeoJsonLayer<DrawableFeature['properties']>({
    id,
    data,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    pointRadiusUnits: 'pixels',
    getLineWidth: (f) => (LAYER_SYMBOLS[f.properties.layer].width + 10) * scale,
    getPointRadius: (f) => LAYER_SYMBOLS[f.properties.layer].pointRadius * scale + 7,
    getLineColor: [...SELECTION_HALO, alpha],
    getFillColor: [...SELECTION_HALO, alpha],
    lineCapRounded: true,
    lineJointRounded: true,
  });
}
