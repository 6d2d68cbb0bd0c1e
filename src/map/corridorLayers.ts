/**
 * deck.gl layers for what the scene draws, each feature as the scene's featureMark says: under a
 * line the band of its geometry's accuracy, a white casing, then the line in its layer's colour
 * with its status's pattern (src/style/symbology.ts), a white core that hollows planned lines;
 * point marks from one icon atlas (a schematic position ringed); areas outlined, dashed where
 * schematic. Halos under the selection and under features a passage points at, beneath all of it. The band is one
 * more layer of the casing's own kind (a path with the offset extension), so it costs no new
 * WebGL program; rings are icons of the same atlas and dashed outlines the dash the layers already have.
 */
import { GeoJsonLayer, ScatterplotLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import { LAYER_IDS } from '../model/layers';
import { isLineLike, markPoint, type DrawableFeature } from '../model/drawable';
import { AREA_FILL_ALPHA, UNDATED_MARK, featureMark, type FeatureMark, type Scene } from '../model/scene';
import { CASING_EXTRA, LAYER_SYMBOLS, LINE_WHITE, SELECTION_HALO, SELECTION_HALO_ALPHA, SELECTION_HALO_EXTRA, SELECTION_HALO_POINT_EXTRA } from '../style/symbology';
import { LIGHT, type Palette } from '../style/palette';
import { iconKey, iconSizeFor, pointIconAtlas } from './pointIcons';

export const CORRIDOR_LAYER_PREFIX = 'corridor-';

// One extension for every path, solid ones too (deck.gl's default dash, [0, 0], is solid): every
// corridor path then shares one WebGL program, linked once before the first map, not two.
const pathStyle = new PathStyleExtension({ dash: true, offset: true });

type Rgba = [number, number, number, number];

type LineMark = Extract<FeatureMark, { kind: 'line' }>;

/** The mark of a feature drawn as a line (only line features reach the layers that ask). */
const lineMark = (feature: DrawableFeature, palette: Palette) => featureMark(feature, palette) as LineMark;

/** How strongly a feature is drawn: fully, unless its status's approximate date is still coming in (never below a third). */
export const fadeIn = (feature: DrawableFeature) => {
  const timing = feature.properties.status_timing;
  return timing && timing.certainty === 'approximate' ? 0.35 + 0.65 * timing.fade : 1;
};

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
  /** Lines whose geometry is not surveyed: they get an accuracy band. */
  banded: DrawableFeature[];
  hollow: DrawableFeature[];
  byLayer: Map<string, DrawableFeature[]>;
}

/**
 * The drawn features sorted for the deck.gl layers: the same arrays for the same drawn list, so a
 * change of selection or emphasis does not make deck.gl process every feature again; and a list
 * whose members a new year left as they were is the previous array, so that layer is not rebuilt.
 */
const layerDataCache = new WeakMap<readonly DrawableFeature[], LayerData>();
let previousData: LayerData | null = null;

const sameMembers = (a: readonly DrawableFeature[], b: readonly DrawableFeature[]) => a.length === b.length && a.every((feature, i) => feature === b[i]);
const kept = (fresh: DrawableFeature[], old: DrawableFeature[] | undefined) => (old && sameMembers(fresh, old) ? old : fresh);

function layerData(drawn: readonly DrawableFeature[]): LayerData {
  let data = layerDataCache.get(drawn);
  if (!data) {
    const lines = drawn.filter(isLineLike);
    // Band and core depend on status and accuracy only, not on the palette's scale.
    const marked = (feature: DrawableFeature) => lineMark(feature, LIGHT);
    const before = previousData;
    data = {
      lines: kept(lines, before?.lines),
      banded: kept(lines.filter((feature) => marked(feature).band !== null), before?.banded),
      hollow: kept(lines.filter((feature) => marked(feature).core !== null), before?.hollow),
      // Regions are named by an area label, not marked with a dot.
      byLayer: new Map(
        LAYER_IDS.map((id) => [id, kept(drawn.filter((f) => f.properties.layer === id && f.properties.kind !== 'region'), before?.byLayer.get(id))]),
      ),
    };
    layerDataCache.set(drawn, data);
  }
  previousData = data;
  return data;
}

export function buildCorridorLayers(scene: Scene): Layer[] {
  const { palette, drawn, selected, emphasized } = scene;
  const { lines, banded, hollow, byLayer } = layerData(drawn);
  const icons = pointIconAtlas();
  const layers: Layer[] = [];

  // Halos first: the accuracy band and the casing are drawn over them, so a selected schematic line
  // still shows its band, inside the yellow ring.
  if (emphasized.length > 0) layers.push(haloLayer('corridor-emphasis-halo', emphasized, palette, 140));
  if (selected) layers.push(haloLayer('corridor-selection-halo', [selected], palette, Math.round(SELECTION_HALO_ALPHA * 255)));

  if (banded.length > 0) {
    layers.push(
      new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
        id: 'corridor-accuracy-band',
        data: banded,
        stroked: true,
        filled: false,
        lineWidthUnits: 'pixels',
        getLineWidth: (f) => lineMark(f as DrawableFeature, palette).band!.width,
        getLineColor: (f) => {
          const band = lineMark(f as DrawableFeature, palette).band!;
          return rgba(band.color, Math.round((band.alpha ?? 1) * 255));
        },
        lineCapRounded: true,
        lineJointRounded: true,
        extensions: [pathStyle],
        getOffset: (f: DrawableFeature) => offsetFor(f, lineMark(f, palette).band!.width, palette),
        updateTriggers: { getLineWidth: palette.lineScale, getOffset: palette.lineScale },
      }),
    );
  }

  layers.push(
    new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
      id: 'corridor-casing',
      data: lines,
      stroked: true,
      filled: false,
      lineWidthUnits: 'pixels',
      getLineWidth: (f) => lineMark(f as DrawableFeature, palette).casing.width,
      getLineColor: [255, 255, 255, 200],
      lineCapRounded: true,
      lineJointRounded: true,
      extensions: [pathStyle],
      getOffset: (f: DrawableFeature) => offsetFor(f, lineMark(f, palette).casing.width, palette),
      updateTriggers: { getLineWidth: palette.lineScale, getOffset: palette.lineScale },
    }),
  );

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
        getIcon: (f: DrawableFeature) => {
          const mark = featureMark(f, palette) as Extract<FeatureMark, { kind: 'point' }>;
          return iconKey(mark.shape, mark.color, mark.ring !== null);
        },
        getIconSize: (f) => {
          const mark = featureMark(f as DrawableFeature, palette) as Extract<FeatureMark, { kind: 'point' }>;
          return iconSizeFor(mark.radius, mark.ring !== null);
        },
        iconSizeUnits: 'pixels',
        lineWidthUnits: 'pixels',
        lineWidthMinPixels: 1,
        getLineWidth: (f) => {
          const mark = featureMark(f as DrawableFeature, palette);
          return mark.kind === 'line' ? mark.line.width : 1.5;
        },
        // A status dated "around 2032" comes in across that year (model/timeline.ts): faint at first.
        // A suspended line is faint too (its stroke's alpha), and stays so.
        getLineColor: (f) => {
          const mark = featureMark(f as DrawableFeature, palette);
          const strokeAlpha = mark.kind === 'line' ? (mark.line.alpha ?? 1) : 1;
          return rgba(color, Math.round(255 * strokeAlpha * fadeIn(f as DrawableFeature)));
        },
        getFillColor: (f) => rgba(color, Math.round(AREA_FILL_ALPHA * fadeIn(f as DrawableFeature))),
        lineCapRounded: true,
        lineJointRounded: true,
        extensions: [pathStyle],
        // [0, 0] is deck.gl's "solid" dash; a schematic area's outline is dashed.
        getDashArray: (f: DrawableFeature) => {
          const mark = featureMark(f, palette);
          return (mark.kind === 'line' ? mark.line.dash : mark.kind === 'area' ? mark.outlineDash : null) ?? [0, 0];
        },
        dashJustified: true,
        getOffset: (f: DrawableFeature) => (isLineLike(f) ? offsetFor(f, lineMark(f, palette).line.width, palette) : 0),
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
        getLineWidth: (f) => lineMark(f as DrawableFeature, palette).core!.width,
        getLineColor: rgba(LINE_WHITE),
        lineCapRounded: true,
        lineJointRounded: true,
        extensions: [pathStyle],
        getOffset: (f: DrawableFeature) => offsetFor(f, lineMark(f, palette).core!.width, palette),
        updateTriggers: { getLineWidth: palette.lineScale, getOffset: palette.lineScale },
      }),
    );
  }
  if (scene.undated.length > 0) layers.push(undatedLayer(scene.undated, palette));
  return layers;
}

/**
 * An open circle on each project the evidence says more of without a date: at the middle of a
 * line; round a point's mark, as a ring. The list under the year slider says what is stated.
 */
function undatedLayer(features: readonly DrawableFeature[], palette: Palette): Layer {
  const isPoint = (feature: DrawableFeature) => feature.geometry.type === 'Point';
  const radius = UNDATED_MARK.radius * Math.sqrt(palette.lineScale);
  return new ScatterplotLayer<DrawableFeature>({
    id: 'corridor-undated',
    data: [...features],
    getPosition: markPoint,
    radiusUnits: 'pixels',
    getRadius: (feature) => (isPoint(feature) ? radius * 2.5 : radius),
    stroked: true,
    filled: true,
    getFillColor: (feature) => rgba(UNDATED_MARK.fill, isPoint(feature) ? 0 : 255),
    getLineColor: rgba(UNDATED_MARK.ink),
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
  });
}

function haloLayer(id: string, data: readonly DrawableFeature[], palette: Palette, alpha: number): Layer {
  // The halo's reach beyond the widest thing drawn under a line (its band, else its casing); round areas' outlines alike.
  const haloWidth = (f: DrawableFeature) =>
    (isLineLike(f) ? (lineMark(f, palette).band?.width ?? lineMark(f, palette).casing.width) : LAYER_SYMBOLS[f.properties.layer].width * palette.lineScale + CASING_EXTRA) +
    SELECTION_HALO_EXTRA;
  return new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
    id,
    data: [...data],
    stroked: true,
    filled: true,
    lineWidthUnits: 'pixels',
    pointRadiusUnits: 'pixels',
    extensions: [pathStyle],
    getOffset: (f: DrawableFeature) => (isLineLike(f) ? offsetFor(f, haloWidth(f), palette) : 0),
    getLineWidth: (f) => haloWidth(f as DrawableFeature),
    getPointRadius: (f) => LAYER_SYMBOLS[(f as DrawableFeature).properties.layer].pointRadius * Math.sqrt(palette.lineScale) + SELECTION_HALO_POINT_EXTRA,
    getLineColor: rgba(SELECTION_HALO, alpha),
    getFillColor: rgba(SELECTION_HALO, alpha),
    lineCapRounded: true,
    lineJointRounded: true,
  });
}
