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
import { isLineLike, type DrawableFeature } from '../model/drawable';

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
const offsetOnly = new PathStyleExtension({ offset: true });

/** How much wider than its line a casing and a halo are, in pixels. */
const CASING_EXTRA = 3;
const HALO_EXTRA = 10;

/**
 * deck.gl offsets a path in multiples of its own width. A casing or halo is wider than the line
 * it goes round, so its offset is scaled down to put its centre on the line's centre.
 */
function sameCentreOffset(feature: DrawableFeature, extraWidth: number): number {
  const { width, offset = 0 } = LAYER_SYMBOLS[feature.properties.layer];
  return (offset * width) / (width + extraWidth);
}
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
    new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
      id: 'corridor-casing',
      data: visible.filter(isLineLike),
      stroked: true,
      filled: false,
      lineWidthUnits: 'pixels',
      getLineWidth: (f) => (LAYER_SYMBOLS[(f as DrawableFeature).properties.layer].width + CASING_EXTRA) * scale,
      getLineColor: [255, 255, 255, 200],
      lineCapRounded: true,
      lineJointRounded: true,
      extensions: [offsetOnly],
      getOffset: (f: DrawableFeature) => sameCentreOffset(f, CASING_EXTRA),
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
        // Points grow less than lines on a projector, or they cover what is round them.
        getPointRadius: symbol.pointRadius * Math.sqrt(scale),
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
  return new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
    id,
    data,
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    pointRadiusUnits: 'pixels',
    extensions: [offsetOnly],
    getOffset: (f: DrawableFeature) => sameCentreOffset(f, HALO_EXTRA),
    getLineWidth: (f) => (LAYER_SYMBOLS[(f as DrawableFeature).properties.layer].width + HALO_EXTRA) * scale,
    getPointRadius: (f) => LAYER_SYMBOLS[(f as DrawableFeature).properties.layer].pointRadius * Math.sqrt(scale) + 7,
    getLineColor: [...SELECTION_HALO, alpha],
    getFillColor: [...SELECTION_HALO, alpha],
    lineCapRounded: true,
    lineJointRounded: true,
  });
}
