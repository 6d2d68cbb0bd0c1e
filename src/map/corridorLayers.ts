/**
 * deck.gl layers for what the scene draws: under every line a white casing, then the line in its
 * layer's colour with its status's pattern (src/style/symbology.ts: lineStrokes), a white core that
 * hollows planned lines, and point marks from one icon atlas. Halos under the selection and under
 * features a passage points at.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { LAYER_IDS } from '../model/layers';
import { isLineLike, type DrawableFeature } from '../model/drawable';
import { AREA_FILL_ALPHA, markColor, type Scene } from '../model/scene';
import { LAYER_SYMBOLS, LINE_WHITE, SELECTION_HALO, lineStrokes, pointShape, type Stroke } from '../style/symbology';
import type { Palette } from '../style/palette';
import { iconKey, iconSizeFor, pointIconAtlas } from './pointIcons';

export const CORRIDOR_LAYER_PREFIX = 'corridor-';

const pathStyle = new PathStyleExtension({ dash: true, offset: true });
const offsetOnly = new PathStyleExtension({ offset: true });

const HALO_EXTRA = 10;

type Rgba = [number, number, number, number];

function strokesOf(feature: DrawableFeature, palette: Palette): Stroke[] {
  const { color, width } = LAYER_SYMBOLS[feature.properties.layer];
  return lineStrokes(color, width * palette.lineScale, feature.properties.status);
}

/**
 * deck.gl offsets a path in multiples of its own width; every stroke of a feature must share one
 * centre line, shifted sideways by the layer's offset (power lines beside the railways).
 */
function offsetFor(feature: DrawableFeature, strokeWidth: number, palette: Palette): number {
  const { width, offset = 0 } = LAYER_SYMBOLS[feature.properties.layer];
  return (offset * width * palette.lineScale) / strokeWidth;
}

const rgba = (color: readonly number[] | null, alpha = 255): Rgba => [...((color ?? LINE_WHITE) as [number, number, number]), alpha];

interface LayerData {
  lines: DrawableFeature[];
  hollow: DrawableFeature[];
  byLayer: Map<string, DrawableFeature[]>;
}

/** The drawn features sorted for the deck.gl layers: the same arrays for the same drawn list, so
 * a change of selection or emphasis does not make deck.gl process every feature again. */
const layerDataCache = new WeakMap<readonly DrawableFeature[], LayerData>();
function layerData(drawn: readonly DrawableFeature[]): LayerData {
  let data = layerDataCache.get(drawn);
  if (!data) {
    const lines = drawn.filter(isLineLike);
    data = {
      lines,
      hollow: lines.filter((feature) => lineStrokes([0, 0, 0], 1, feature.properties.status).length > 2),
      // Regions are named by an area label, not marked with a dot.
      byLayer: new Map(LAYER_IDS.map((id) => [id, drawn.filter((f) => f.properties.layer === id && f.properties.kind !== 'region')])),
    };
    layerDataCache.set(drawn, data);
  }
  return data;
}

export function buildCorridorLayers(scene: Scene): Layer[] {
  const { palette, drawn, selected, emphasized } = scene;
  const { lines, hollow, byLayer } = layerData(drawn);
  const icons = pointIconAtlas();
  const layers: Layer[] = [];

  layers.push(
    new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
      id: 'corridor-casing',
      data: lines,
      stroked: true,
      filled: false,
      lineWidthUnits: 'pixels',
      getLineWidth: (f) => strokesOf(f as DrawableFeature, palette)[0].width,
      getLineColor: [255, 255, 255, 200],
      lineCapRounded: true,
      lineJointRounded: true,
      extensions: [offsetOnly],
      getOffset: (f: DrawableFeature) => offsetFor(f, strokesOf(f, palette)[0].width, palette),
      updateTriggers: { getLineWidth: palette.lineScale, getOffset: palette.lineScale },
    }),
  );

  if (emphasized.length > 0) layers.push(haloLayer('corridor-emphasis-halo', emphasized, palette, 140));
  if (selected) layers.push(haloLayer('corridor-selection-halo', [selected], palette, 230));

  for (const layerId of LAYER_IDS) {
    if (!scene.visibleLayers.has(layerId)) continue;
    const color = LAYER_SYMBOLS[layerId].color;
    layers.push(
      new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
        id: `${CORRIDOR_LAYER_PREFIX}${layerId}`,
        data: byLayer.get(layerId) ?? [],
        // Picked on the CPU (model/picking.ts): deck.gl draws no picking pass for the atlas's layers.
        pickable: false,
        stroked: true,
        filled: true,
        pointType: 'icon',
        iconAtlas: icons.atlas as unknown as string,
        iconMapping: icons.mapping,
        getIcon: (f: DrawableFeature) => iconKey(pointShape(f.properties.kind), markColor(layerId, f.properties.kind, palette)),
        getIconSize: (f) => iconSizeFor(LAYER_SYMBOLS[layerId].pointRadius * (f.properties.kind === 'place' ? 0.8 : 1)) * Math.sqrt(palette.lineScale),
        iconSizeUnits: 'pixels',
        lineWidthUnits: 'pixels',
        lineWidthMinPixels: 1,
        getLineWidth: (f) => (isLineLike(f as DrawableFeature) ? strokesOf(f as DrawableFeature, palette)[1].width : 1.5),
        getLineColor: rgba(color),
        getFillColor: rgba(color, AREA_FILL_ALPHA),
        lineCapRounded: true,
        lineJointRounded: true,
        extensions: [pathStyle],
        // [0, 0] is deck.gl's "solid" dash.
        getDashArray: (f: DrawableFeature) => (isLineLike(f) ? strokesOf(f, palette)[1].dash : null) ?? [0, 0],
        dashJustified: true,
        getOffset: (f: DrawableFeature) => (isLineLike(f) ? offsetFor(f, strokesOf(f, palette)[1].width, palette) : 0),
        updateTriggers: {
          getLineWidth: palette.lineScale,
          getIconSize: palette.lineScale,
          getIcon: palette.cityDot.join(),
          getOffset: palette.lineScale,
        },
      }),
    );
  }

  if (hollow.length > 0) {
    layers.push(
      new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
        id: 'corridor-hollow-core',
        data: hollow,
        stroked: true,
        filled: false,
        lineWidthUnits: 'pixels',
        getLineWidth: (f) => strokesOf(f as DrawableFeature, palette)[2].width,
        getLineColor: rgba(LINE_WHITE),
        lineCapRounded: true,
        lineJointRounded: true,
        extensions: [offsetOnly],
        getOffset: (f: DrawableFeature) => offsetFor(f, strokesOf(f, palette)[2].width, palette),
        updateTriggers: { getLineWidth: palette.lineScale, getOffset: palette.lineScale },
      }),
    );
  }
  return layers;
}

function haloLayer(id: string, data: readonly DrawableFeature[], palette: Palette, alpha: number): Layer {
  const haloWidth = (f: DrawableFeature) => strokesOf(f, palette)[0].width + HALO_EXTRA;
  return new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
    id,
    data: [...data],
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    pointRadiusUnits: 'pixels',
    extensions: [offsetOnly],
    getOffset: (f: DrawableFeature) => (isLineLike(f) ? offsetFor(f, haloWidth(f), palette) : 0),
    getLineWidth: (f) => haloWidth(f as DrawableFeature),
    getPointRadius: (f) => LAYER_SYMBOLS[(f as DrawableFeature).properties.layer].pointRadius * Math.sqrt(palette.lineScale) + 7,
    getLineColor: rgba(SELECTION_HALO, alpha),
    getFillColor: rgba(SELECTION_HALO, alpha),
    lineCapRounded: true,
    lineJointRounded: true,
  });
}
