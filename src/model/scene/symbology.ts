/**
 * How each thematic layer is drawn. The map layers, the legend and the exported picture all
 * read these constants, so the legend cannot drift from what is on the map.
 */
import type { LayerId } from '../features/layers.ts';
import type { Rgb } from '../../style/palette.ts';
import type { Status } from '../features/feature.ts';
import type { GeometryAccuracy } from '../features/featureVocabulary.ts';
import { defineMessages, type Message } from '../words/message.ts';

export type { Status, GeometryAccuracy };

export interface LayerSymbol {
  color: Rgb;
  /** Line width in screen pixels at lineScale 1. */
  width: number;
  /** Radius of point markers in screen pixels. */
  pointRadius: number;
  /**
   * Sideways shift in line widths. Power lines share the Aras valley with the railways and
   * TRIPP; shifted, both stay visible where the data puts them on the same river line.
   */
  offset?: number;
}

export const LAYER_SYMBOLS: Record<LayerId, LayerSymbol> = {
  places: { color: [55, 71, 79], width: 1.5, pointRadius: 4 },
  'southern-gas-corridor': { color: [140, 88, 40], width: 3, pointRadius: 5 },
  'middle-corridor': { color: [31, 78, 156], width: 3, pointRadius: 5 },
  tripp: { color: [194, 24, 91], width: 4.5, pointRadius: 5 },
  'green-energy-corridor': { color: [56, 142, 60], width: 3, pointRadius: 5 },
  'black-sea-cable': { color: [0, 131, 143], width: 3.5, pointRadius: 5 },
  // 330 kV and 400 kV are told apart by hue, not lumped into one voltage band.
  'nakhchivan-turkiye-400kv': { color: [123, 31, 162], width: 3.5, pointRadius: 6, offset: 1.3 },
  'nakhchivan-330kv': { color: [230, 110, 0], width: 3.5, pointRadius: 6, offset: 1.3 },
  // Links with no published route: a muted grey-lilac, apart from the corridors with drawn routes.
  'regional-links': { color: [140, 140, 180], width: 2.5, pointRadius: 5 },
  'energy-plants': { color: [214, 172, 24], width: 2, pointRadius: 5 },
};


/** Marks for points, by what the point is. Each shape is a polygon in a unit box (−1…1, y down), so
 * the map's icon atlas, the DOM legend (SVG) and the picture's legend (canvas) draw the same outline. */
export type PointShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'dot';

const circle = (sides: number, radius = 1): [number, number][] =>
  Array.from({ length: sides }, (_, i) => [radius * Math.cos((2 * Math.PI * i) / sides), radius * Math.sin((2 * Math.PI * i) / sides)]);

export const SHAPE_OUTLINES: Record<PointShape, readonly [number, number][]> = {
  circle: circle(32),
  dot: circle(32, 0.62),
  square: [
    [-0.82, -0.82],
    [0.82, -0.82],
    [0.82, 0.82],
    [-0.82, 0.82],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  triangle: [
    [0, -1],
    [0.95, 0.8],
    [-0.95, 0.8],
  ],
};

/** What kind of point a feature is, for its mark and the legend's words. */
const MARK_LABELS = defineMessages({
  place: { id: 'legend.mark.place', defaultMessage: 'Place named in the documents' },
  port: { id: 'legend.mark.port', defaultMessage: 'Port' },
  substation: { id: 'legend.mark.substation', defaultMessage: 'Substation or converter station' },
  landing: { id: 'legend.mark.landing', defaultMessage: 'Cable landing', description: 'Where a submarine cable comes ashore' },
  plant: { id: 'legend.mark.plant', defaultMessage: 'Power plant' },
  borderCrossing: { id: 'legend.mark.borderCrossing', defaultMessage: 'Border crossing' },
});

export const POINT_MARKS: Partial<Record<string, { shape: PointShape; label: Message }>> = {
  place: { shape: 'dot', label: MARK_LABELS.place },
  port: { shape: 'square', label: MARK_LABELS.port },
  substation: { shape: 'diamond', label: MARK_LABELS.substation },
  landing: { shape: 'triangle', label: MARK_LABELS.landing },
  plant: { shape: 'circle', label: MARK_LABELS.plant },
  'border-crossing': { shape: 'triangle', label: MARK_LABELS.borderCrossing },
};

export function pointShape(kind: string): PointShape {
  return POINT_MARKS[kind]?.shape ?? 'circle';
}

/** One stroke of a line symbol; strokes are drawn in order, widest first. */
export interface Stroke {
  /** null: the casing/core white. */
  color: Rgb | null;
  /** In CSS pixels at line scale 1. */
  width: number;
  /** In multiples of the stroke's width; null: solid. */
  dash: [number, number] | null;
  /** Opacity, 0–1; absent: opaque. */
  alpha?: number;
}

/** White under and inside lines: a casing so a route reads over any background, a core that hollows a plan. */
export const LINE_WHITE: Rgb = [255, 255, 255];
export const CASING_EXTRA = 3;

/**
 * How exact a geometry is, drawn as a translucent band of the line's own colour beyond its white
 * casing: the wider the band, the less the line says about where the route runs. A band sits under
 * every status pattern (solid, dashed, hollow, dotted) and changes none of them, so status and
 * accuracy read independently, in colour and in greyscale. Surveyed lines have none.
 * `spread`: CSS pixels the band reaches beyond the casing on each side, at line scale 1.
 */
export const ACCURACY_BANDS: Record<Exclude<GeometryAccuracy, 'surveyed'>, { spread: number; alpha: number }> = {
  // Off by up to a few kilometres: a narrow, faint band.
  approximate: { spread: 2, alpha: 0.2 },
  // Which places a line links, not where it runs: a wide band, the route lies somewhere in it.
  schematic: { spread: 4.5, alpha: 0.3 },
};

/** A line's parts, drawn in this order: accuracy band, white casing, the status stroke, the white core of a hollow (planned) line. */
export interface LineSymbol {
  band: Stroke | null;
  casing: Stroke;
  line: Stroke;
  core: Stroke | null;
}

/**
 * A line's strokes by status, told apart in colour and in greyscale print: operating solid, under
 * construction long dashes, planned a hollow (double) line, proposed or under discussion dotted,
 * suspended (built, out of service) sparse faint dashes. Things with no project status are drawn solid. Beneath, the band of its geometry's accuracy.
 */
export function lineSymbol(color: Rgb, width: number, status: Status | undefined, accuracy?: GeometryAccuracy): LineSymbol {
  const casing: Stroke = { color: null, width: width + CASING_EXTRA, dash: null };
  const band = accuracy && accuracy !== 'surveyed' ? ACCURACY_BANDS[accuracy] : null;
  const parts = {
    band: band ? { color, width: casing.width + 2 * band.spread, dash: null, alpha: band.alpha } : null,
    casing,
    core: null,
  };
  switch (status) {
    case 'under construction':
      return { ...parts, line: { color, width, dash: [3.2, 1.6] } };
    case 'planned':
      return { ...parts, line: { color, width: width + 1, dash: null }, core: { color: null, width: Math.max(1.2, (width + 1) * 0.42), dash: null } };
    case 'proposed':
    case 'under discussion':
      return { ...parts, line: { color, width, dash: [0.9, 1.6] } };
    case 'suspended':
      return { ...parts, line: { color, width, dash: [1.6, 3.2], alpha: 0.55 } };
    default:
      return { ...parts, line: { color, width, dash: null } };
  }
}

/** A line's strokes in drawing order (widest first), as the legends draw them. */
export function lineStrokes(color: Rgb, width: number, status: Status | undefined, accuracy?: GeometryAccuracy): Stroke[] {
  const { band, casing, line, core } = lineSymbol(color, width, status, accuracy);
  return [band, casing, line, core].filter((stroke): stroke is Stroke => stroke !== null);
}

/**
 * A ring round a point mark whose place is schematic (where the documents put a station or landing,
 * not where it stands): dashed, in the mark's colour, a little outside its white edge. A point placed
 * within a few kilometres (approximate) has none: at the atlas's zooms that error lies under the mark
 * itself, and a ring round every town would say nothing.
 */
export interface PointRing {
  /** The ring's radius in multiples of the mark's radius. */
  radius: number;
  /** Its width in multiples of the mark's radius. */
  width: number;
  /** How many dashes go round it, and the share of each dash's period that is drawn. */
  dashes: number;
  dashShare: number;
}

export const SCHEMATIC_RING: PointRing = { radius: 1.7, width: 0.28, dashes: 10, dashShare: 0.55 };

/** A ring's dash and gap in pixels, for a ring of this radius in pixels (canvas and SVG alike). */
export function ringDash(ring: PointRing, radiusPx: number): [number, number] {
  const period = (2 * Math.PI * radiusPx) / ring.dashes;
  return [period * ring.dashShare, period * (1 - ring.dashShare)];
}

export function pointRing(accuracy: GeometryAccuracy | undefined): PointRing | null {
  return accuracy === 'schematic' ? SCHEMATIC_RING : null;
}

/** An area's outline: dashed where its extent is schematic (in multiples of the outline's width). */
export function areaOutlineDash(accuracy: GeometryAccuracy | undefined): [number, number] | null {
  return accuracy === 'schematic' ? [3, 2] : null;
}

/** The legend's words for each accuracy mark. */
export const ACCURACY_LABELS = defineMessages({
  schematicLine: { id: 'legend.accuracy.schematicLine', defaultMessage: 'Schematic: links the places, not the route' },
  approximateLine: { id: 'legend.accuracy.approximateLine', defaultMessage: 'Approximate: within a few km' },
  schematicPoint: { id: 'legend.accuracy.schematicPoint', defaultMessage: 'Schematic position' },
  schematicArea: { id: 'legend.accuracy.schematicArea', defaultMessage: 'Schematic outline' },
});

const GROUP_LABELS = defineMessages({
  proposedOrDiscussed: { id: 'legend.status.proposedOrDiscussed', defaultMessage: 'Proposed or under discussion' },
  suspended: { id: 'legend.status.suspended', defaultMessage: 'Suspended (built, out of service)' },
});

export const STATUS_LABELS: Record<Status, Message> = defineMessages({
  operating: { id: 'status.operating', defaultMessage: 'Operating' },
  'under construction': { id: 'status.underConstruction', defaultMessage: 'Under construction' },
  planned: { id: 'status.planned', defaultMessage: 'Planned' },
  proposed: { id: 'status.proposed', defaultMessage: 'Proposed' },
  'under discussion': { id: 'status.underDiscussion', defaultMessage: 'Under discussion' },
  suspended: { id: 'status.suspended', defaultMessage: 'Suspended', description: 'Built, but out of service for a time (a plant shut down, then restarted)' },
});

/** Statuses that share one symbol share one legend row. */
export const STATUS_SYMBOL_GROUPS: { statuses: Status[]; label: Message }[] = [
  { statuses: ['operating'], label: STATUS_LABELS.operating },
  { statuses: ['under construction'], label: STATUS_LABELS['under construction'] },
  { statuses: ['planned'], label: STATUS_LABELS.planned },
  { statuses: ['proposed', 'under discussion'], label: GROUP_LABELS.proposedOrDiscussed },
  { statuses: ['suspended'], label: GROUP_LABELS.suspended },
];

/** Neutral ink for the legend's status and point-kind rows: status is told by pattern, kind by shape. */
export const LEGEND_INK: Rgb = [85, 85, 85];

/** The colour of the ring drawn around a selected feature, how opaque, and how much wider than the casing (CSS pixels). */
export const SELECTION_HALO: Rgb = [255, 214, 0];
export const SELECTION_HALO_ALPHA = 230 / 255;
export const SELECTION_HALO_EXTRA = 10;
/** CSS pixels a selected point's halo disc reaches beyond the mark's radius. */
export const SELECTION_HALO_POINT_EXTRA = 7;
