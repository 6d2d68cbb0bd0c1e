/**
 * The scene: one pure value that says what every picture of the atlas shows — the live map, the
 * on-screen legend, presentation mode and the exported PNG all draw from it, so they cannot
 * disagree. It is computed from the store's state and the data; what lies inside a particular
 * frame (the legend rows, the title) is asked of it with the frame's bounds.
 */
import { bbox, bboxClip } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import { LAYER_IDS, layerTitleMessage, type LayerId } from '../features/layers.ts';
import { defineMessages, inEnglish, type Message, type Translate } from '../words/message.ts';
import type { Bounds, LonLat, Rect } from '../geometry/coordinates.ts';
import { isLineLike, type DrawableFeature } from './drawable.ts';
import type { Status } from '../features/feature.ts';
import type { Palette, Rgb } from '../../style/palette.ts';
import type { UserLayer } from '../userData/userLayers.ts';
import { hasLines } from '../userData/userFeatures.ts';
import { styledLayer } from '../userData/userLayerStyle.ts';
import { forProjector } from '../../style/palette.ts';
import { PRESENT_TIME, undatedPlans, yearTime } from '../features/timeline.ts';
import {
  ACCURACY_LABELS,
  LAYER_SYMBOLS,
  LEGEND_INK,
  POINT_MARKS,
  SCHEMATIC_RING,
  SELECTION_HALO,
  SELECTION_HALO_ALPHA,
  SELECTION_HALO_EXTRA,
  STATUS_SYMBOL_GROUPS,
  areaOutlineDash,
  lineStrokes,
  lineSymbol,
  pointRing,
  pointShape,
  type GeometryAccuracy,
  type LineSymbol,
  type PointRing,
  type PointShape,
  type Stroke,
} from './symbology.ts';

export interface SceneInput {
  features: readonly DrawableFeature[];
  /** The filter: whether a feature passes every facet (status, kind, country…). */
  passesFilter: (feature: DrawableFeature) => boolean;
  visibleLayers: ReadonlySet<LayerId>;
  selectedId: string | null;
  /** Features lit up from elsewhere, e.g. a passage under the pointer in the reader. */
  emphasizedIds: readonly string[];
  palette: Palette;
  /** Presenting: projector scale (bigger names, thicker lines). */
  presenting: boolean;
  /** A title the user gave (presentation), or null. */
  title: string | null;
  /** The name of the presentation or tour step on screen, if any: what the view is about. */
  stepName?: string | null;
  /** Layers of the user's own data, drawn beside the atlas's. */
  userLayers?: readonly UserLayer[];
  /** The presentation or tour step on screen: the features it frames and what its caption says. */
  step?: { featureIds?: readonly string[]; caption?: string } | null;
  /** The year shown (features already as they stood then); null or absent: the documents' present. */
  year?: number | null;
  /** A feature's name in the language shown (model/names/gazetteer.ts featureNameIn); absent: its English name. */
  featureName?: (feature: DrawableFeature) => string;
  /** The interface's words in the language shown (legend rows, titles); absent: English. */
  translate?: Translate;
}

/** Why a selected feature is not drawn. */
export type HiddenReason = 'layer' | 'filter';

export interface Scene {
  palette: Palette;
  /** Every feature drawn, after the filter and the layer list, in drawing order. */
  drawn: readonly DrawableFeature[];
  visibleLayers: ReadonlySet<LayerId>;
  selected: DrawableFeature | null;
  /** The selection exists but is not drawn, and why. */
  hiddenSelection: { feature: DrawableFeature; reason: HiddenReason } | null;
  emphasized: readonly DrawableFeature[];
  title: string | null;
  stepName: string | null;
  /** The user's own layers that are shown, in the order they were added. */
  userLayers: readonly UserLayer[];
  /** The drawn features the step on screen frames (what the view is about, with the selection). */
  stepFeatures: readonly DrawableFeature[];
  /** The step's caption, title and words, or '': the places it names are named on the map first. */
  caption: string;
  /** The year shown; null: the documents' present, February 2026. */
  year: number | null;
  /** The drawn projects of which the evidence says more will happen, without saying when (marked on the map). */
  undated: readonly DrawableFeature[];
  /** A feature's name in the language shown; absent: its English name. */
  featureName?: (feature: DrawableFeature) => string;
  /** The language every picture of this scene speaks: the map's key, the presentation legend and the PNG agree. */
  translate: Translate;
}

export function buildScene(input: SceneInput): Scene {
  const drawn = input.features.filter((feature) => input.visibleLayers.has(feature.properties.layer) && input.passesFilter(feature));
  const drawnIds = new Set(drawn.map((feature) => feature.id));
  const selectedFeature = input.selectedId ? input.features.find((feature) => feature.id === input.selectedId) : undefined;
  const selected = selectedFeature && drawnIds.has(selectedFeature.id) ? selectedFeature : null;
  const hiddenSelection =
    selectedFeature && !selected
      ? { feature: selectedFeature, reason: input.visibleLayers.has(selectedFeature.properties.layer) ? ('filter' as const) : ('layer' as const) }
      : null;
  return {
    palette: input.presenting ? forProjector(input.palette) : input.palette,
    drawn,
    visibleLayers: input.visibleLayers,
    selected,
    hiddenSelection,
    emphasized: drawn.filter((feature) => input.emphasizedIds.includes(feature.id) && feature.id !== input.selectedId),
    title: input.title?.trim() || null,
    stepName: input.stepName?.trim() || null,
    userLayers: (input.userLayers ?? []).filter((layer) => layer.visible),
    stepFeatures: input.step?.featureIds ? drawn.filter((feature) => input.step!.featureIds!.includes(feature.id)) : [],
    caption: input.step?.caption ?? '',
    year: input.year ?? null,
    undated: undatedPlans(drawn, input.year == null ? PRESENT_TIME : yearTime(input.year)).map(({ feature }) => feature),
    ...(input.featureName ? { featureName: input.featureName } : {}),
    translate: input.translate ?? inEnglish,
  };
}

/** The scene as a picture shows it: a passage lit up under the pointer is a passing highlight, not part of the view. */
export function pictureScene(scene: Scene): Scene {
  return scene.emphasized.length === 0 ? scene : { ...scene, emphasized: [] };
}

// ——— What a frame shows ———

/** A legend symbol, in CSS pixels at scale 1; each medium (SVG, canvas, WebGL) draws it the same way. */
export type Swatch =
  | { kind: 'line'; strokes: Stroke[] }
  /** `ring`: the dashed ring of a schematic position; `halo`: the disc of a selected point. */
  | { kind: 'point'; shape: PointShape; color: Rgb; radius: number; ring?: PointRing | null; halo?: Rgb | null }
  /** `dash`: the outline's dash (of a schematic extent), in multiples of its width. */
  | { kind: 'area'; color: Rgb; dash?: [number, number] | null };

/** How opaque an area's fill is, on the map and in every legend. */
export const AREA_FILL_ALPHA = 60;

export interface LegendRow {
  label: string;
  swatch: Swatch;
}

/**
 * Layers (by colour), then statuses (by pattern), then kinds of point (by shape), then how exact
 * the geometry is (by band, ring or dashed outline), then the selection's halo.
 */
export interface Legend {
  layers: LegendRow[];
  /** Line patterns of the statuses, and the mark of a plan stated without a date. */
  statuses: LegendRow[];
  marks: LegendRow[];
  accuracy: LegendRow[];
  selection: LegendRow[];
}

/** The legend's sections in the order every legend draws them. */
export function legendSections(legend: Legend): LegendRow[][] {
  return [legend.layers, legend.statuses, legend.marks, legend.accuracy, legend.selection];
}

export interface FrameContents {
  /** The drawn features that show inside the frame. */
  features: DrawableFeature[];
  legend: Legend;
  /** What the view is about: the title a picture gets unless the user writes one. */
  title: string;
}

const WORDS = defineMessages({
  region: { id: 'picture.title.region', defaultMessage: 'South Caucasus and Caspian connectivity projects', description: 'A picture’s title when no one subject is in view' },
  inYear: {
    id: 'picture.title.inYear',
    defaultMessage: '{subject}, {year}, as the documents and cited sources state it',
    description: 'A picture’s title in a year other than the documents’ present (February 2026); {subject} is what the view is about',
  },
  undated: { id: 'legend.undated', defaultMessage: 'More stated, without a date', description: 'Legend row: an open circle on a project of which the evidence says more will happen, without a date' },
  selected: { id: 'legend.selected', defaultMessage: 'Selected feature' },
  userValue: { id: 'legend.user.value', defaultMessage: '{layer}: {value}', description: 'Legend row of your own layer coloured by a property: the layer, and one value of the property' },
  userRange: { id: 'legend.user.range', defaultMessage: '{layer}: {from, number} – {to, number}', description: 'Legend row of your own layer coloured by a number: a class of values' },
  userOther: { id: 'legend.user.other', defaultMessage: '{layer}: other values', description: 'Legend row: the values of a property too rare to get a colour of their own' },
  userMissing: { id: 'legend.user.missing', defaultMessage: '{layer}: no value', description: 'Legend row: features without the property the layer is coloured by' },
});

/** The title of a view with no one subject, in English (tests; the scene says it in its language). */
export const REGION_TITLE = WORDS.region.defaultMessage;

const boxes = new WeakMap<DrawableFeature, [number, number, number, number]>();
function boxOf(feature: DrawableFeature): [number, number, number, number] {
  let box = boxes.get(feature);
  if (!box) {
    box = bbox(feature as Feature<Geometry>) as [number, number, number, number];
    boxes.set(feature, box);
  }
  return box;
}

/** Whether any part of a feature is inside the frame (lines are clipped, not judged by their box). */
export function showsInFrame(feature: DrawableFeature, [[west, south], [east, north]]: Bounds): boolean {
  const [fWest, fSouth, fEast, fNorth] = boxOf(feature);
  if (fWest > east || fEast < west || fSouth > north || fNorth < south) return false;
  if (!isLineLike(feature)) return true;
  const clipped = bboxClip(feature as Feature<Geometry> as Feature<GeoJSON.LineString>, [west, south, east, north]);
  const geometry = clipped.geometry as GeoJSON.LineString | GeoJSON.MultiLineString;
  return geometry.type === 'LineString'
    ? geometry.coordinates.length >= 2
    : geometry.coordinates.some((line) => line.length >= 2);
}

/** What a swatch stands for: a layer's feature of some shape, with its status's line pattern or its point's kind. */
export interface SwatchSubject {
  layer: LayerId;
  shape: 'line' | 'point' | 'area';
  status?: Status;
  kind?: string;
  accuracy?: GeometryAccuracy;
}

/**
 * The one rule for how a feature looks, for the legend, the picture and the panels' lists alike.
 * `maxLineWidth`: a list's small swatch keeps a thick line within its box.
 */
export function subjectSwatch({ layer, shape, status = 'operating', kind = 'place', accuracy }: SwatchSubject, palette: Palette, maxLineWidth = Infinity): Swatch {
  const { color, width, pointRadius } = LAYER_SYMBOLS[layer];
  if (shape === 'line') return { kind: 'line', strokes: lineStrokes(color, Math.min(width * palette.lineScale, maxLineWidth), status, accuracy) };
  // Marks of accuracy only where there is one to show, so a plain swatch stays plain.
  const dash = areaOutlineDash(accuracy);
  if (shape === 'area') return { kind: 'area', color, ...(dash && { dash }) };
  const ring = pointRing(accuracy);
  return { kind: 'point', shape: pointShape(kind), color: markColor(layer, kind, palette), radius: pointRadius, ...(ring && { ring }) };
}

/** How one drawn feature looks on the map: every stroke, mark and outline the map draws for it. */
export type FeatureMark =
  | ({ kind: 'line' } & LineSymbol)
  /** `radius` in CSS pixels, at the scene's scale. */
  | { kind: 'point'; shape: PointShape; color: Rgb; radius: number; ring: PointRing | null }
  | { kind: 'area'; color: Rgb; outlineDash: [number, number] | null };

const marks = new WeakMap<DrawableFeature, { palette: Palette; mark: FeatureMark }>();

/**
 * The one rule for how a drawn feature looks on the map, its status and the accuracy of its
 * geometry included (src/model/scene/symbology.ts); the map's layers ask it for every feature.
 */
export function featureMark(feature: DrawableFeature, palette: Palette): FeatureMark {
  const cached = marks.get(feature);
  if (cached?.palette === palette) return cached.mark;
  const { layer, status, kind, geometry_accuracy: accuracy } = feature.properties;
  const symbol = LAYER_SYMBOLS[layer];
  const mark: FeatureMark = isLineLike(feature)
    ? { kind: 'line', ...lineSymbol(symbol.color, symbol.width * palette.lineScale, status, accuracy) }
    : feature.geometry.type === 'Point'
      ? {
          kind: 'point',
          shape: pointShape(kind),
          color: markColor(layer, kind, palette),
          // Places are drawn a little smaller, like the basemap's towns.
          radius: symbol.pointRadius * (kind === 'place' ? 0.8 : 1) * Math.sqrt(palette.lineScale),
          ring: pointRing(accuracy),
        }
      : { kind: 'area', color: symbol.color, outlineDash: areaOutlineDash(accuracy) };
  marks.set(feature, { palette, mark });
  return mark;
}

/** A layer in the legend: a line if any of its features is one, else its points' mark, else an area. */
export function layerSwatch(layer: LayerId, features: readonly DrawableFeature[], palette: Palette): Swatch {
  const point = features.find((feature) => feature.geometry.type === 'Point');
  const shape = features.some(isLineLike) ? 'line' : point ? 'point' : 'area';
  return subjectSwatch({ layer, shape, kind: point?.properties.kind }, palette);
}

/** The fill of a point's mark: its layer's colour, except places, which are drawn like the basemap's towns. */
export function markColor(layer: LayerId, kind: string, palette: Palette): Rgb {
  return kind === 'place' ? palette.cityDot : LAYER_SYMBOLS[layer].color;
}

/** Width and dot size of the user's layers, in CSS pixels at scale 1 (src/map/userLayerLayers.ts draws them). */
// Wider than a hairline: one's own lines are read beside the atlas's (a very large layer is drawn 1 px, userLayerLayers.ts).
export const USER_LINE_WIDTH = 2.5;
export const USER_POINT_RADIUS = 3.5;

/**
 * A user's layer in the legend: a line if it has lines or areas, else a dot; coloured by a
 * property, a row for each colour it is drawn in.
 */
export function userLayerRows(layer: UserLayer, palette: Palette, t: Translate): LegendRow[] {
  const swatch = (color: Rgb): Swatch =>
    hasLines(layer.features)
      ? { kind: 'line', strokes: lineStrokes(color, USER_LINE_WIDTH * palette.lineScale, 'operating') }
      : { kind: 'point', shape: 'circle', color, radius: USER_POINT_RADIUS };
  const styled = layer.style?.colorBy ? styledLayer(layer.features, layer.style.colorBy) : null;
  if (!styled) return [{ label: layer.name, swatch: swatch(layer.color) }];
  return styled.scheme.classes.map((group) => {
    const named = { layer: layer.name };
    const label =
      'value' in group ? t(WORDS.userValue, { ...named, value: group.value })
      : 'from' in group ? t(WORDS.userRange, { ...named, from: group.from, to: group.to })
      : 'other' in group ? t(WORDS.userOther, named)
      : t(WORDS.userMissing, named);
    return { label, swatch: swatch(group.color) };
  });
}

/** Legend rows and title for what the scene draws inside a frame. */
export function describeFrame(scene: Scene, frame: Bounds): FrameContents {
  const features = scene.drawn.filter((feature) => showsInFrame(feature, frame));
  const scale = scene.palette.lineScale;
  const t = scene.translate;
  const layers: LegendRow[] = [];
  const lineLayers = new Set<LayerId>();
  for (const layer of LAYER_IDS) {
    const ofLayer = features.filter((feature) => feature.properties.layer === layer);
    if (ofLayer.length === 0) continue;
    const swatch = layerSwatch(layer, ofLayer, scene.palette);
    if (swatch.kind === 'line') lineLayers.add(layer);
    layers.push({ label: t(layerTitleMessage(layer)), swatch });
  }
  layers.push(...scene.userLayers.flatMap((layer) => userLayerRows(layer, scene.palette, t)));

  const lineStatuses = new Set<Status | undefined>(features.filter(isLineLike).map((feature) => feature.properties.status));
  const statusRows = STATUS_SYMBOL_GROUPS.filter((group) => group.statuses.some((status) => lineStatuses.has(status))).map(
    (group) => ({ label: t(group.label), swatch: { kind: 'line' as const, strokes: lineStrokes(LEGEND_INK, 2.5 * scale, group.statuses[0]) } }),
  );
  // A key of one solid line says nothing: statuses are listed when there is a difference to tell.
  const statuses: LegendRow[] = statusRows.length > 1 || (statusRows.length === 1 && !lineStatuses.has('operating')) ? statusRows : [];

  // A point-only layer's row already shows its mark; the shapes of points on line layers need a key.
  const pointKinds = new Set(
    features
      .filter((feature) => feature.geometry.type === 'Point' && lineLayers.has(feature.properties.layer))
      .map((feature) => feature.properties.kind),
  );
  const kinds = Object.entries(POINT_MARKS)
    .filter(([kind]) => pointKinds.has(kind))
    .map(([, mark]) => ({ label: t(mark!.label), swatch: { kind: 'point' as const, shape: mark!.shape, color: LEGEND_INK, radius: 5 } }));

  const selection = scene.selected && features.includes(scene.selected) ? [selectionRow(scene.selected, scene.palette, t)] : [];
  if (scene.undated.some((feature) => features.includes(feature))) statuses.push({ label: t(WORDS.undated), swatch: UNDATED_SWATCH });
  return {
    features,
    legend: { layers, statuses, marks: kinds, accuracy: accuracyRows(features, scene.palette, t), selection },
    title: frameTitle(scene, features),
  };
}

/** Rows for the accuracy marks the features carry (schematic and approximate lines, schematic points and areas), in neutral ink. */
export function accuracyRows(features: readonly DrawableFeature[], palette: Palette, t: Translate = inEnglish): LegendRow[] {
  const present = new Set<string>();
  for (const feature of features) {
    const accuracy = feature.properties.geometry_accuracy;
    if (!accuracy || accuracy === 'surveyed') continue;
    const shape = isLineLike(feature) ? 'Line' : feature.geometry.type === 'Point' ? 'Point' : 'Area';
    // Regions are named, not marked: nothing of theirs is drawn to key.
    if (shape === 'Point' && feature.properties.kind === 'region') continue;
    present.add(`${accuracy}${shape}`);
  }
  const ink = 2.5 * palette.lineScale;
  const rows: { key: string; label: Message; swatch: Swatch }[] = [
    { key: 'schematicLine', label: ACCURACY_LABELS.schematicLine, swatch: { kind: 'line', strokes: lineStrokes(LEGEND_INK, ink, 'operating', 'schematic') } },
    { key: 'approximateLine', label: ACCURACY_LABELS.approximateLine, swatch: { kind: 'line', strokes: lineStrokes(LEGEND_INK, ink, 'operating', 'approximate') } },
    { key: 'schematicPoint', label: ACCURACY_LABELS.schematicPoint, swatch: { kind: 'point', shape: 'circle', color: LEGEND_INK, radius: 4, ring: SCHEMATIC_RING } },
    { key: 'schematicArea', label: ACCURACY_LABELS.schematicArea, swatch: { kind: 'area', color: LEGEND_INK, dash: areaOutlineDash('schematic') } },
  ];
  return rows.filter((row) => present.has(row.key)).map(({ label, swatch }) => ({ label: t(label), swatch }));
}

/** The mark of a project the evidence says more of, without a date: an open circle, as "to be continued". */
export const UNDATED_MARK = { fill: [255, 255, 255] as Rgb, ink: LEGEND_INK, radius: 4 };
const UNDATED_SWATCH: Swatch = { kind: 'point', shape: 'circle', color: UNDATED_MARK.fill, radius: UNDATED_MARK.radius, halo: UNDATED_MARK.ink };

/** The halo round the selected feature, keyed like the map draws it: round a line, or a disc under a point. */
function selectionRow(selected: DrawableFeature, palette: Palette, t: Translate): LegendRow {
  const label = t(WORDS.selected);
  if (selected.geometry.type === 'Point') {
    return { label, swatch: { kind: 'point', shape: pointShape(selected.properties.kind), color: LEGEND_INK, radius: 4, halo: SELECTION_HALO } };
  }
  const [casing, line] = lineStrokes(LEGEND_INK, 2.5 * palette.lineScale, 'operating');
  const halo: Stroke = { color: SELECTION_HALO, width: casing.width + SELECTION_HALO_EXTRA, dash: null, alpha: SELECTION_HALO_ALPHA };
  return { label, swatch: { kind: 'line', strokes: [halo, casing, line] } };
}

/**
 * What a view is about: the user's title, the selection, the step, the one corridor in view, or the
 * region; in a year other than the documents' present, with the year and whose word it is.
 */
function frameTitle(scene: Scene, features: readonly DrawableFeature[]): string {
  const about = subjectTitle(scene, features);
  return scene.year === null ? about : scene.translate(WORDS.inYear, { subject: about, year: String(scene.year) });
}

function subjectTitle(scene: Scene, features: readonly DrawableFeature[]): string {
  if (scene.title) return scene.title;
  if (scene.selected) return scene.featureName?.(scene.selected) ?? scene.selected.properties.name;
  if (scene.stepName) return scene.stepName;
  const corridors = new Set(features.map((feature) => feature.properties.layer).filter((layer) => layer !== 'places'));
  if (corridors.size === 1) return scene.translate(layerTitleMessage([...corridors][0]));
  return scene.translate(WORDS.region);
}

// ——— Where furniture goes ———

/** Sample points of the drawn features, every vertex (and along long segments), in lon/lat. */
export function samplePoints(features: readonly DrawableFeature[], stepDegrees = 0.05): LonLat[] {
  const points: LonLat[] = [];
  const addLine = (line: number[][]) => {
    for (let index = 0; index < line.length; index++) {
      const [x, y] = line[index];
      points.push([x, y]);
      const next = line[index + 1];
      if (!next) continue;
      const steps = Math.floor(Math.hypot(next[0] - x, next[1] - y) / stepDegrees);
      for (let step = 1; step < steps; step++) points.push([x + ((next[0] - x) * step) / steps, y + ((next[1] - y) * step) / steps]);
    }
  };
  for (const { geometry } of features) {
    if (geometry.type === 'Point') points.push(geometry.coordinates as LonLat);
    else if (geometry.type === 'LineString') addLine(geometry.coordinates);
    else if (geometry.type === 'MultiLineString') geometry.coordinates.forEach(addLine);
    else if (geometry.type === 'Polygon') addLine(geometry.coordinates[0]);
    else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach((polygon) => addLine(polygon[0]));
  }
  return points;
}

/**
 * Of the places a legend may go, the one that hides the least of `keepClear` (the area a
 * presentation step framed its subject in), then the fewest drawn points; ties keep the legend
 * where it is, else go to the first candidate, so a legend does not wander without need.
 */
export function leastCoveredBox(
  candidates: readonly Rect[],
  points: readonly { x: number; y: number }[],
  { keepClear, current }: { keepClear?: Rect; current?: { x: number; y: number } } = {},
): Rect {
  const score = (box: Rect): [number, number] => [
    keepClear ? boxOverlap(box, keepClear) : 0,
    points.filter((point) => point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height).length,
  ];
  let best = candidates.find((box) => box.x === current?.x && box.y === current?.y) ?? candidates[0];
  let fewest = score(best);
  for (const box of candidates) {
    const [hidden, covered] = score(box);
    if (hidden < fewest[0] || (hidden === fewest[0] && covered < fewest[1])) {
      best = box;
      fewest = [hidden, covered];
    }
  }
  return best;
}

/** The area two boxes share, in square pixels. */
export function boxOverlap(a: Rect, b: Rect): number {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, across) * Math.max(0, down);
}

/** The four corners of an area where a box of this size fits, inset by a margin: bottom-left first. */
export function cornerBoxes(area: Rect, size: { width: number; height: number }, margin: number): Rect[] {
  const left = area.x + margin;
  const right = area.x + area.width - margin - size.width;
  const top = area.y + margin;
  const bottom = area.y + area.height - margin - size.height;
  return [
    { x: left, y: bottom, ...size },
    { x: right, y: bottom, ...size },
    { x: right, y: top, ...size },
    { x: left, y: top, ...size },
  ];
}
