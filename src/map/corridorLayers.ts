/**
 * deck.gl layers for what the scene draws, each feature as the scene's featureMark says: under a
 * line the band of its geometry's accuracy, a white casing, then the line in its layer's colour
 * with its status's pattern (src/model/scene/symbology.ts), a white core that hollows planned lines;
 * point marks from one icon atlas (a schematic position ringed); areas outlined, dashed where
 * schematic. Halos under the selection and under features a passage points at, beneath all of it. The band is one
 * more layer of the casing's own kind (a path with the offset extension), so it costs no new
 * WebGL program; rings are icons of the same atlas and dashed outlines the dash the layers already have.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import { pointMarkLayers, roundMarkLayer } from './pointIcons.ts';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Feature, FeatureCollection } from 'geojson';
import { LAYER_IDS } from '../model/features/layers.ts';
import { isLineLike, markPoint, type DrawableFeature } from '../model/scene/drawable.ts';
import { AREA_FILL_ALPHA, UNDATED_MARK, featureMark, type FeatureMark, type Scene } from '../model/scene/scene.ts';
import { CASING_EXTRA, LAYER_SYMBOLS, LINE_WHITE, SELECTION_HALO, SELECTION_HALO_ALPHA, SELECTION_HALO_EXTRA, SELECTION_HALO_POINT_EXTRA } from '../model/scene/symbology.ts';
import { LIGHT, type Palette } from '../style/palette.ts';

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
  /** Lines and areas' outlines, by layer. */
  byLayer: Map<string, DrawableFeature[]>;
  /** Point marks, by layer. */
  points: Map<string, DrawableFeature[]>;
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
      byLayer: new Map(LAYER_IDS.map((id) => [id, kept(drawn.filter((f) => f.properties.layer === id && f.geometry.type !== 'Point'), before?.byLayer.get(id))])),
      // Regions are named by an area label, not marked with a dot.
      points: new Map(
        LAYER_IDS.map((id) => [
          id,
          kept(
            drawn.filter((f) => f.properties.layer === id && f.geometry.type === 'Point' && f.properties.kind !== 'region'),
            before?.points.get(id),
          ),
        ]),
      ),
    };
    layerDataCache.set(drawn, data);
  }
  previousData = data;
  return data;
}

export function buildCorridorLayers(scene: Scene): Layer[] {
  const { palette, drawn, selected, emphasized } = scene;
  const { lines, banded, hollow, byLayer, points } = layerData(drawn);
  const layers: Layer[] = [];

  // Halos first: the accuracy band and the casing are drawn over them, so a selected schematic line
  // still shows its band, inside the yellow ring.
  if (emphasized.length > 0) layers.push(...haloLayers('corridor-emphasis-halo', emphasized, palette, 140));
  if (selected) layers.push(...haloLayers('corridor-selection-halo', [selected], palette, Math.round(SELECTION_HALO_ALPHA * 255)));

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
        // Picked on the CPU (model/scene/picking.ts): deck.gl draws no picking pass for the atlas's layers.
        pickable: false,
        stroked: true,
        // Areas are filled by MapLibre (basemapStyle.ts, ATLAS_AREAS; areaFills below).
        filled: false,
        lineWidthUnits: 'pixels',
        lineWidthMinPixels: 1,
        getLineWidth: (f) => {
          const mark = featureMark(f as DrawableFeature, palette);
          return mark.kind === 'line' ? mark.line.width : 1.5;
        },
        // A status dated "around 2032" comes in across that year (model/features/timeline.ts): faint at first.
        // A suspended line is faint too (its stroke's alpha), and stays so.
        getLineColor: (f) => {
          const mark = featureMark(f as DrawableFeature, palette);
          const strokeAlpha = mark.kind === 'line' ? (mark.line.alpha ?? 1) : 1;
          return rgba(color, Math.round(255 * strokeAlpha * fadeIn(f as DrawableFeature)));
        },
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
        updateTriggers: { getLineWidth: palette.lineScale, getOffset: palette.lineScale },
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
  // Point marks over every line (a line no longer runs across a port or a plant's mark), layer after
  // layer: each layer's white parts, then its colours, so a later layer's mark lies whole over an earlier one's.
  const pointMark = (f: DrawableFeature) => {
    const mark = featureMark(f, palette) as Extract<FeatureMark, { kind: 'point' }>;
    return { shape: mark.shape, ringed: mark.ring !== null, color: rgba(mark.color), radius: mark.radius };
  };
  for (const layerId of LAYER_IDS) {
    layers.push(...pointMarkLayers(`corridor-points-${layerId}`, points.get(layerId) ?? [], pointMark, markPoint, { getSize: palette.lineScale, getColor: palette.cityDot.join() }));
  }
  if (scene.undated.length > 0) layers.push(...undatedLayers(scene.undated, palette));
  return layers;
}

const areaFillCache = new WeakMap<readonly DrawableFeature[], FeatureCollection>();

/**
 * The drawn areas with the colour each is filled with, for MapLibre's fill (basemapStyle.ts): the same
 * collection for the same drawn list, so the map's source is given new data only when they change.
 */
export function areaFills(scene: Pick<Scene, 'drawn'>): FeatureCollection {
  let fills = areaFillCache.get(scene.drawn);
  if (!fills) {
    const features = scene.drawn
      .filter((feature) => (feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon') && feature.properties.kind !== 'region')
      .map((feature): Feature => {
        const [r, g, b] = LAYER_SYMBOLS[feature.properties.layer].color;
        // A status dated "around 2032" comes in across that year, as its outline does.
        const alpha = Math.round(AREA_FILL_ALPHA * fadeIn(feature)) / 255;
        return { type: 'Feature', geometry: feature.geometry, properties: { fill: `rgba(${r}, ${g}, ${b}, ${alpha})` } };
      });
    fills = { type: 'FeatureCollection', features };
    areaFillCache.set(scene.drawn, fills);
  }
  return fills;
}

/**
 * An open circle on each project the evidence says more of without a date: at the middle of a
 * line; round a point's mark, as a ring. The list under the year slider says what is stated.
 */
function undatedLayers(features: readonly DrawableFeature[], palette: Palette): Layer[] {
  const isPoint = (feature: DrawableFeature) => feature.geometry.type === 'Point';
  const radius = UNDATED_MARK.radius * Math.sqrt(palette.lineScale);
  // A 1.5-pixel ink stroke centred on the circle's edge, as a stroked circle would have it.
  const STROKE = 1.5;
  const onLines = features.filter((feature) => !isPoint(feature));
  const onPoints = features.filter(isPoint);
  const layers: Layer[] = [];
  if (onLines.length > 0) {
    layers.push(
      roundMarkLayer({ id: 'corridor-undated-ink', data: onLines, getPosition: markPoint, getRadius: () => radius + STROKE / 2, getColor: rgba(UNDATED_MARK.ink) }),
      roundMarkLayer({ id: 'corridor-undated', data: onLines, getPosition: markPoint, getRadius: () => radius - STROKE / 2, getColor: rgba(UNDATED_MARK.fill) }),
    );
  }
  if (onPoints.length > 0) {
    // Round a point's own mark: an open ring, nothing filled.
    const outer = radius * 2.5 + STROKE / 2;
    layers.push(roundMarkLayer({ id: 'corridor-undated-rings', data: onPoints, getPosition: markPoint, getRadius: () => outer, getColor: rgba(UNDATED_MARK.ink), ring: STROKE / outer }));
  }
  return layers;
}

function haloLayers(id: string, data: readonly DrawableFeature[], palette: Palette, alpha: number): Layer[] {
  // The halo's reach beyond the widest thing drawn under a line (its band, else its casing); round areas' outlines alike.
  const haloWidth = (f: DrawableFeature) =>
    (isLineLike(f) ? (lineMark(f, palette).band?.width ?? lineMark(f, palette).casing.width) : LAYER_SYMBOLS[f.properties.layer].width * palette.lineScale + CASING_EXTRA) +
    SELECTION_HALO_EXTRA;
  const points = data.filter((f) => f.geometry.type === 'Point');
  const others = data.filter((f) => f.geometry.type !== 'Point');
  const layers: Layer[] = [];
  if (others.length > 0) {
    layers.push(
      new GeoJsonLayer<DrawableFeature['properties'], PathStyleExtensionProps<DrawableFeature>>({
        id,
        data: others,
        stroked: true,
        filled: true,
        lineWidthUnits: 'pixels',
        extensions: [pathStyle],
        getOffset: (f: DrawableFeature) => (isLineLike(f) ? offsetFor(f, haloWidth(f), palette) : 0),
        getLineWidth: (f) => haloWidth(f as DrawableFeature),
        getLineColor: rgba(SELECTION_HALO, alpha),
        getFillColor: rgba(SELECTION_HALO, alpha),
        lineCapRounded: true,
        lineJointRounded: true,
      }),
    );
  }
  if (points.length > 0) {
    // A disc under a point's mark, as far out as a stroked circle of the halo's width would reach.
    const radius = (f: DrawableFeature) => LAYER_SYMBOLS[f.properties.layer].pointRadius * Math.sqrt(palette.lineScale) + SELECTION_HALO_POINT_EXTRA + haloWidth(f) / 2;
    layers.push(roundMarkLayer({ id: `${id}-points`, data: points, getPosition: markPoint, getRadius: radius, getColor: rgba(SELECTION_HALO, alpha) }));
  }
  return layers;
}
