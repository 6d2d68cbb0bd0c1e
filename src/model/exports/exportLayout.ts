/**
 * The arithmetic of an exported picture, without WebGL: output sizes and their limits, how the
 * screen's view is fitted into the picture, and where the title, legend, scale bar and source
 * line go. The legend's rows come from the scene (scene/scene.ts: describeFrame), so the picture
 * keys exactly what it shows. Pure; map/exportPicture.ts draws the PNG and map/exportSlide.ts the
 * slide by what this decides.
 */
import { SOURCES, SOURCE_IDS } from '../documents/sources.ts';
import { boxOverlap, legendSections, type Legend, type LegendRow } from '../scene/scene.ts';
import type { Rect } from '../geometry/coordinates.ts';
import { basemapCredit } from '../scene/credits.ts';
import { defineMessages, inEnglish, type Translate } from '../words/message.ts';
import type { DrawableFeature } from '../scene/drawable.ts';
import type { PlacedLabel } from '../scene/labelPlacement.ts';

/** The picture's own words (its furniture and why a size cannot be drawn), in the language shown. */
export const PICTURE_WORDS = defineMessages({
  tooSmall: {
    id: 'picture.tooSmall',
    defaultMessage: 'A picture must be at least {min} pixels wide and high, in whole pixels.',
    description: 'Export refused; {min} is a number of pixels',
  },
  tooLarge: {
    id: 'picture.tooLarge',
    defaultMessage: '{size} is larger than this browser can draw (at most {maxSide} pixels a side). {fitting} has the same shape and fits.',
    description: 'Export refused; {size} and {fitting} are picture sizes such as 3840×2160',
  },
  tooLargeArea: {
    id: 'picture.tooLargeArea',
    defaultMessage:
      '{size} is larger than this browser can draw (at most {maxSide} pixels a side and {millions} million pixels in all). {fitting} has the same shape and fits.',
    description: 'Export refused; {size} and {fitting} are picture sizes such as 3840×2160',
  },
  kilometres: { id: 'picture.scale.km', defaultMessage: '{length} km', description: 'The scale bar’s label in kilometres, e.g. 100 km' },
  metres: { id: 'picture.scale.m', defaultMessage: '{length} m', description: 'The scale bar’s label in metres, e.g. 500 m' },
  sources: {
    id: 'picture.sources',
    defaultMessage: 'Sources: {documents}.',
    description: 'The foot of an exported picture; {documents} are the two documents’ titles, in English, separated by semicolons',
  },
});

export interface PictureSize {
  width: number;
  height: number;
}

export const EXPORT_PRESETS = [
  { id: 'slide-hd', label: 'Slide, Full HD (1920 × 1080)', width: 1920, height: 1080 },
  { id: 'slide-4k', label: 'Slide, 4K (3840 × 2160)', width: 3840, height: 2160 },
  { id: 'a4-300dpi', label: 'A4 landscape, 300 dpi (3508 × 2480)', width: 3508, height: 2480 },
] as const;
export type ExportPresetId = (typeof EXPORT_PRESETS)[number]['id'];

/** Below this a picture has no room for its legend and title. */
export const MIN_PICTURE_SIDE = 200;

/** "3840x2160", "3840 × 2160" or a preset id; null if it is neither. */
export function parsePictureSize(text: string): PictureSize | null {
  const preset = EXPORT_PRESETS.find((candidate) => candidate.id === text.trim().toLowerCase());
  if (preset) return { width: preset.width, height: preset.height };
  const match = /^\s*(\d{1,6})\s*[x×X*]\s*(\d{1,6})\s*$/.exec(text);
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
}

export const formatPictureSize = ({ width, height }: PictureSize) => `${width}×${height}`;

/** What this browser can draw: WebGL's largest drawing buffer side and the 2D canvas's largest area. */
export interface CanvasLimits {
  maxSide: number;
  maxArea: number;
}

export type SizeCheck = { ok: true } | { ok: false; message: string; suggestedSize?: PictureSize };

/** The largest picture of the same shape that fits within the limits. */
export function largestFittingSize(size: PictureSize, limits: CanvasLimits): PictureSize {
  const shrink = Math.min(
    1,
    limits.maxSide / size.width,
    limits.maxSide / size.height,
    Math.sqrt(limits.maxArea / (size.width * size.height)),
  );
  return { width: Math.floor(size.width * shrink), height: Math.floor(size.height * shrink) };
}

export function checkPictureSize(size: PictureSize, limits: CanvasLimits, translate: Translate = inEnglish): SizeCheck {
  const { width, height } = size;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < MIN_PICTURE_SIDE || height < MIN_PICTURE_SIDE) {
    return { ok: false, message: translate(PICTURE_WORDS.tooSmall, { min: String(MIN_PICTURE_SIDE) }) };
  }
  const fitting = largestFittingSize(size, limits);
  if (fitting.width === width && fitting.height === height) return { ok: true };
  const values = { size: formatPictureSize(size), maxSide: String(limits.maxSide), fitting: formatPictureSize(fitting), millions: (limits.maxArea / 1e6).toFixed(0) };
  return {
    ok: false,
    message: translate(limits.maxArea < limits.maxSide ** 2 ? PICTURE_WORDS.tooLargeArea : PICTURE_WORDS.tooLarge, values),
    suggestedSize: fitting,
  };
}

/** Half the area, same shape: what to suggest after a picture timed out or lost its graphics context. */
export function smallerSize(size: PictureSize): PictureSize {
  return { width: Math.floor(size.width / Math.SQRT2), height: Math.floor(size.height / Math.SQRT2) };
}

/**
 * How the off-screen map is set up so that the picture shows at least what the screen shows,
 * widened to the picture's shape, with lines and names at the size they have on screen
 * relative to the map (drawn at the output resolution, not enlarged).
 */
export interface ExportViewPlan {
  /** CSS size of the off-screen map. */
  logicalWidth: number;
  logicalHeight: number;
  /** MapLibre's pixelRatio: output pixels per CSS pixel. */
  pixelRatio: number;
  /** Added to the screen's zoom; negative only when the picture is smaller than the screen. */
  zoomOffset: number;
}

export function planExportView(screen: PictureSize, output: PictureSize): ExportViewPlan {
  // A map with no size on screen (hidden, collapsed) has no view to keep: draw at the picture's size.
  if (!(screen.width > 0 && screen.height > 0)) screen = output;
  // "contain": the screen's whole view fits in the picture along both axes.
  const fit = Math.min(output.width / screen.width, output.height / screen.height);
  // A picture smaller than the screen keeps names legible: the view zooms out instead of shrinking them.
  const pixelRatio = Math.max(1, fit);
  return {
    logicalWidth: output.width / pixelRatio,
    logicalHeight: output.height / pixelRatio,
    pixelRatio,
    zoomOffset: fit < 1 ? Math.log2(fit) : 0,
  };
}

export interface ScaleBarLength {
  metres: number;
  pixels: number;
  label: string;
}

/** The longest 1, 2 or 5 × 10ⁿ metres that fits in maxPixels. */
export function niceScaleBar(metresPerOutputPixel: number, maxPixels: number, translate: Translate = inEnglish): ScaleBarLength {
  const longest = metresPerOutputPixel * maxPixels;
  const power = 10 ** Math.floor(Math.log10(longest));
  const leading = longest / power;
  const metres = (leading >= 5 ? 5 : leading >= 2 ? 2 : 1) * power;
  const label = metres >= 1000 ? translate(PICTURE_WORDS.kilometres, { length: String(metres / 1000) }) : translate(PICTURE_WORDS.metres, { length: String(metres) });
  return { metres, pixels: metres / metresPerOutputPixel, label };
}

/** The basemap's credit as plain text (the map's credit line, without its link). */
export const basemapCreditText = (translate: Translate = inEnglish): string => basemapCredit(translate, 'Natural Earth');

export const BASEMAP_CREDIT = basemapCreditText();

/** The documents the picture draws from; their titles stay English, as the documents do. */
export function sourceCredit(translate: Translate = inEnglish): string {
  return translate(PICTURE_WORDS.sources, { documents: SOURCE_IDS.map((id) => SOURCES[id].short_title).join('; ') });
}

export function pictureFileName(size: PictureSize, extension = 'png'): string {
  return `corridor-atlas-${size.width}x${size.height}.${extension}`;
}

export interface TextStyle {
  /** Font size in output pixels. */
  size: number;
  weight: 400 | 600;
}

/** Width in output pixels of a text in a style; the browser's canvas measures, tests approximate. */
export type MeasureText = (text: string, style: TextStyle) => number;

/** A line of text, vertically centred on `y`, starting at `x`. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  style: TextStyle;
}

export interface PlacedLegendRow {
  entry: LegendRow;
  /** Where the swatch is drawn: a line along its middle, or a dot at its centre. */
  swatch: Rect;
  label: PlacedText;
  /** Output pixels per CSS pixel for the swatch's line width and dot radius. */
  swatchScale: number;
}

export interface PictureLayout {
  /** Output pixels per CSS pixel: the width of a hairline, the radius of a corner. */
  unit: number;
  title?: { box: Rect; text: PlacedText };
  legend?: { box: Rect; rows: PlacedLegendRow[]; rules: Rect[] };
  /** Every box the legend could have taken (each corner, in one or two columns): it took the one hiding least. */
  legendChoices?: Rect[];
  scaleBar?: { box: Rect; bar: { x: number; y: number; length: number; tick: number; thickness: number }; label: PlacedText };
  sources?: { box: Rect; lines: PlacedText[] };
  /** Where the locator map goes: a small map of the region with the picture's frame marked. */
  locator?: Rect;
}

export interface LayoutInput {
  size: PictureSize;
  /** Output pixels per CSS pixel: the furniture grows with the map's lines and names. */
  unit: number;
  title: string | null;
  legend: Legend | null;
  /** A locator inset of this height/width ratio, or none. */
  locator?: { aspect: number } | null;
  /** What the map shows, in output pixels: the legend goes where it hides the least of it. */
  occupied?: PictureOccupancy;
  /** Ground metres per output pixel at the map's centre, or null for no scale bar. */
  metresPerOutputPixel: number | null;
  sources: boolean;
  measure: MeasureText;
  /** The words of the scale bar and the sources line (English by default). */
  translate?: Translate;
}

/** A picture's title is one line: longer than this it could not be read on any picture. */
export const MAX_PICTURE_TITLE = 200;

/** The title as drawn: plain text, one line, at most MAX_PICTURE_TITLE letters (a pasted novel costs no time). */
export function cleanPictureTitle(title: string): string {
  const letters = Array.from(title.slice(0, MAX_PICTURE_TITLE * 4).replace(/\s+/g, ' ').trim());
  if (letters.length <= MAX_PICTURE_TITLE) return letters.join('');
  return `${letters.slice(0, MAX_PICTURE_TITLE).join('').trimEnd()}…`;
}

/**
 * Shortens a text with an ellipsis until it fits. The longest fitting prefix is found by halving,
 * so a long text costs a few dozen measurements, not one per letter.
 */
function fitText(text: string, style: TextStyle, maxWidth: number, measure: MeasureText): string {
  if (measure(text, style) <= maxWidth) return text;
  const letters = Array.from(text);
  const withEllipsis = (count: number) => `${letters.slice(0, count).join('').trimEnd()}…`;
  let fits = 1;
  let tooLong = letters.length;
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (measure(withEllipsis(middle), style) <= maxWidth) fits = middle;
    else tooLong = middle;
  }
  return withEllipsis(fits);
}

/** A point in output pixels. */
export interface PixelPoint {
  x: number;
  y: number;
}

/** What the map part of a picture shows, in output pixels: what the legend and locator should leave in sight. */
export interface PictureOccupancy {
  /** The drawn routes and areas' outlines, as polylines. */
  lines: readonly (readonly PixelPoint[])[];
  /** The drawn point marks (ports, stations, places…). */
  points: readonly PixelPoint[];
  /** The boxes of the names drawn on the map. */
  labels: readonly Rect[];
}

/** The drawn routes, areas' outlines, point marks and names, projected into the picture. */
export function occupancyOf(
  features: readonly DrawableFeature[],
  labels: readonly PlacedLabel[],
  project: (lonLat: [number, number]) => { x: number; y: number },
  pixelRatio: number,
): PictureOccupancy {
  const lines: { x: number; y: number }[][] = [];
  const points: { x: number; y: number }[] = [];
  const line = (coordinates: number[][]) => lines.push(coordinates.map(([lon, lat]) => project([lon, lat])));
  for (const { geometry, properties } of features) {
    if (geometry.type === 'Point') {
      // Regions are named, not marked.
      if (properties.kind !== 'region') points.push(project(geometry.coordinates as [number, number]));
    } else if (geometry.type === 'LineString') line(geometry.coordinates);
    else if (geometry.type === 'MultiLineString') geometry.coordinates.forEach(line);
    else if (geometry.type === 'Polygon') geometry.coordinates.forEach(line);
    else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach((polygon) => polygon.forEach(line));
  }
  const boxes = labels.map(({ box }) => ({
    x: box.minX * pixelRatio,
    y: box.minY * pixelRatio,
    width: (box.maxX - box.minX) * pixelRatio,
    height: (box.maxY - box.minY) * pixelRatio,
  }));
  return { lines, points, labels: boxes };
}

export const NOTHING_SHOWN: PictureOccupancy = { lines: [], points: [], labels: [] };

/**
 * How much of what the map shows a box would hide: `routes`, the pixels of route and area outline
 * inside it plus `markCost` for each point mark (a port is worth a short stretch of line); `names`,
 * the width of every name it touches at all (a name cut in half is as lost as a hidden one).
 */
export function hiddenBy(box: Rect, occupancy: PictureOccupancy, markCost = 20): { routes: number; names: number } {
  let routes = 0;
  for (const line of occupancy.lines) {
    for (let index = 1; index < line.length; index++) routes += clippedLength(line[index - 1], line[index], box);
  }
  const inside = (point: PixelPoint) => point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
  routes += occupancy.points.filter(inside).length * markCost;
  const names = occupancy.labels.filter((label) => boxOverlap(label, box) > 0).reduce((sum, label) => sum + label.width, 0);
  return { routes, names };
}

/** Length of the part of segment a–b inside a box (Liang–Barsky clipping). */
export function clippedLength(a: PixelPoint, b: PixelPoint, box: Rect): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let enter = 0;
  let leave = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return 0;
      continue;
    }
    const t = q / p;
    if (p < 0) enter = Math.max(enter, t);
    else leave = Math.min(leave, t);
    if (enter > leave) return 0;
  }
  return (leave - enter) * Math.hypot(dx, dy);
}

/**
 * Of the boxes a legend (or locator) may take, the one that hides least of what the map shows:
 * the least of the routes first (what the picture is about: a legend never hides a route to spare
 * a name), then the fewest names; on a tie the first, so a legend does not wander without need.
 * Less than a pixel of route is no difference.
 */
export function leastHiding<T extends { box: Rect }>(candidates: readonly T[], occupancy: PictureOccupancy, markCost: number): T | undefined {
  let best: T | undefined;
  let fewest = { routes: Infinity, names: Infinity };
  for (const candidate of candidates) {
    const hidden = hiddenBy(candidate.box, occupancy, markCost);
    const fewerRoutes = hidden.routes < fewest.routes - 1;
    const asFewRoutes = Math.abs(hidden.routes - fewest.routes) <= 1;
    if (fewerRoutes || (asFewRoutes && hidden.names < fewest.names)) {
      best = candidate;
      fewest = hidden;
    }
  }
  return best;
}

/**
 * Where a legend may go: in one column or, with more than one section, in two (a wide, low legend
 * fits along an edge the routes leave free), in each corner with room for it, one column first and
 * bottom-left first. Each is laid out whole, ready to draw.
 */
export function legendCandidates(
  legend: Legend,
  { size, unit, room, margin, placed, measure }: { size: PictureSize; unit: number; room: { width: number; height: number }; margin: number; placed: readonly Rect[]; measure: MeasureText },
): NonNullable<PictureLayout['legend']>[] {
  const sections = legendSections(legend).filter((rows) => rows.length > 0);
  const shapes = sections.length > 1 ? [1, 2] : [1];
  return shapes.flatMap((columns) => {
    const laid = layoutLegend(legend, unit, room, measure, columns);
    return freeCorners(size, laid.box, margin, placed).map((corner) => moveLegend(laid, corner.x - laid.box.x, corner.y - laid.box.y));
  });
}

export function layoutPicture(input: LayoutInput): PictureLayout {
  const { size, unit, measure } = input;
  const margin = 14 * unit;
  const layout: PictureLayout = { unit };

  let bottom = size.height;
  if (input.sources) {
    layout.sources = layoutSources(size, unit, measure, input.translate ?? inEnglish);
    bottom = layout.sources.box.y;
  }

  let top = 0;
  if (input.title && cleanPictureTitle(input.title)) {
    const style: TextStyle = { size: 24 * unit, weight: 600 };
    const padX = 12 * unit;
    const padY = 8 * unit;
    const text = fitText(cleanPictureTitle(input.title), style, size.width - 2 * margin - 2 * padX, measure);
    const box = { x: margin, y: margin, width: measure(text, style) + 2 * padX, height: style.size * 1.3 + 2 * padY };
    layout.title = { box, text: { text, x: box.x + padX, y: box.y + box.height / 2, style } };
    top = box.y + box.height;
  }

  let scaleBarTop = bottom;
  if (input.metresPerOutputPixel) {
    layout.scaleBar = layoutScaleBar(input.metresPerOutputPixel, size.width - margin, bottom - margin, unit, measure, input.translate ?? inEnglish);
    scaleBarTop = layout.scaleBar.box.y;
  }

  const placed = [layout.title?.box, layout.scaleBar?.box, layout.sources?.box].filter((box): box is Rect => !!box);
  const occupied = input.occupied ?? NOTHING_SHOWN;
  const markCost = 20 * unit;
  if (input.legend && input.legend.layers.length > 0) {
    const room = { width: size.width * 0.6, height: Math.min(bottom, scaleBarTop) - top - 2 * margin };
    const candidates = legendCandidates(input.legend, { size, unit, room, margin, placed, measure });
    layout.legendChoices = candidates.map((candidate) => candidate.box);
    // With no corner free of the other parts, the one-column legend goes bottom-left as it always has.
    layout.legend = leastHiding(candidates, occupied, markCost) ?? layoutLegend(input.legend, unit, room, measure, 1);
    placed.push(layout.legend.box);
  }
  if (input.locator) {
    const width = Math.round(Math.min(size.width * 0.2, 260 * unit));
    const box = { width, height: Math.round(width * input.locator.aspect) };
    const chosen = leastHiding(
      freeCorners(size, box, margin, placed).map((corner) => ({ box: corner })),
      occupied,
      markCost,
    );
    if (chosen) layout.locator = chosen.box;
  }
  return layout;
}

function layoutSources(size: PictureSize, unit: number, measure: MeasureText, translate: Translate): NonNullable<PictureLayout['sources']> {
  const padX = 10 * unit;
  const padY = 5 * unit;
  const room = size.width - 2 * padX;
  let style: TextStyle = { size: 12 * unit, weight: 400 };
  const documents = sourceCredit(translate);
  const basemap = `${basemapCreditText(translate)}.`;
  const oneLine = `${documents} ${basemap}`;
  // One line if it fits, else the documents and the basemap on a line each, shrunk if need be.
  let texts = [oneLine];
  if (measure(oneLine, style) > room) {
    texts = [documents, basemap];
    const widest = Math.max(...texts.map((text) => measure(text, style)));
    if (widest > room) style = { ...style, size: Math.max(7 * unit, (style.size * room) / widest) };
  }
  const lineHeight = style.size * 1.45;
  const height = texts.length * lineHeight + 2 * padY;
  const box = { x: 0, y: size.height - height, width: size.width, height };
  const lines = texts.map((text, index) => ({
    text: fitText(text, style, room, measure),
    x: padX,
    y: box.y + padY + lineHeight * (index + 0.5),
    style,
  }));
  return { box, lines };
}

function layoutScaleBar(
  metresPerOutputPixel: number,
  right: number,
  bottom: number,
  unit: number,
  measure: MeasureText,
  translate: Translate,
): NonNullable<PictureLayout['scaleBar']> {
  const pad = 8 * unit;
  const style: TextStyle = { size: 12 * unit, weight: 600 };
  const length = niceScaleBar(metresPerOutputPixel, 130 * unit, translate);
  const tick = 7 * unit;
  const width = Math.max(length.pixels, measure(length.label, style)) + 2 * pad;
  const height = pad + style.size * 1.2 + 4 * unit + tick + pad;
  const box = { x: right - width, y: bottom - height, width, height };
  const barY = box.y + box.height - pad;
  return {
    box,
    bar: { x: box.x + pad, y: barY, length: length.pixels, tick, thickness: 2 * unit },
    label: { text: length.label, x: box.x + pad, y: box.y + pad + (style.size * 1.2) / 2, style },
  };
}

/**
 * The picture's four corners for a box of this size, each slid along its edge past what is already
 * placed there (title, scale bar, sources, legend); corners with no room left are dropped.
 * Bottom-left first, so a legend does not wander without need.
 */
function freeCorners(size: PictureSize, box: { width: number; height: number }, margin: number, placed: readonly Rect[]): Rect[] {
  const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const corners: Rect[] = [];
  for (const [side, edge] of [['left', 'bottom'], ['right', 'bottom'], ['right', 'top'], ['left', 'top']] as const) {
    const candidate = {
      x: side === 'left' ? margin : size.width - margin - box.width,
      y: edge === 'top' ? margin : size.height - margin - box.height,
      width: box.width,
      height: box.height,
    };
    for (let round = 0; round <= placed.length; round++) {
      const blocker = placed.find((other) => overlaps(candidate, other));
      if (!blocker) break;
      candidate.y = edge === 'top' ? blocker.y + blocker.height + margin : blocker.y - margin - box.height;
    }
    const fits = candidate.y >= 0 && candidate.y + box.height <= size.height && candidate.x >= 0;
    if (fits && !placed.some((other) => overlaps(candidate, other))) corners.push(candidate);
  }
  return corners;
}

/**
 * A legend laid out at the origin in one or two columns (sections kept whole, split where the
 * columns come out most even); the caller moves it to the corner it chooses.
 */
function layoutLegend(
  legend: Legend,
  unit: number,
  room: { width: number; height: number },
  measure: MeasureText,
  columnCount: 1 | 2 | number,
): NonNullable<PictureLayout['legend']> {
  const sections = legendSections(legend).filter((rows) => rows.length > 0);
  const columns = splitColumns(sections, columnCount);
  const measureAt = (scale: number) => {
    const style: TextStyle = { size: 12.5 * scale, weight: 400 };
    const pad = 10 * scale;
    const rowHeight = 20 * scale;
    const sectionGap = 9 * scale;
    const swatchWidth = 30 * scale;
    const gap = 8 * scale;
    const columnGap = 18 * scale;
    const widths = columns.map((column) => swatchWidth + gap + Math.max(...column.flat().map((row) => measure(row.label, style))));
    const heights = columns.map((column) => column.reduce((sum, rows) => sum + rows.length * rowHeight, 0) + (column.length - 1) * sectionGap);
    return {
      style,
      pad,
      rowHeight,
      sectionGap,
      swatchWidth,
      gap,
      columnGap,
      widths,
      width: 2 * pad + widths.reduce((sum, width) => sum + width, 0) + (columns.length - 1) * columnGap,
      height: 2 * pad + Math.max(...heights),
    };
  };
  // Shrink the whole legend, never reflow it, when the picture is too small for it.
  const natural = measureAt(unit);
  const shrink = Math.min(1, room.width / natural.width, room.height / natural.height);
  const m = shrink < 1 ? measureAt(unit * shrink) : natural;
  const box = { x: 0, y: 0, width: m.width, height: m.height };

  const rows: PlacedLegendRow[] = [];
  const rules: Rect[] = [];
  let x = box.x + m.pad;
  columns.forEach((column, columnIndex) => {
    let y = box.y + m.pad;
    column.forEach((entries, index) => {
      if (index > 0) {
        rules.push({ x, y: y + m.sectionGap / 2, width: m.widths[columnIndex], height: Math.max(1, unit * shrink) });
        y += m.sectionGap;
      }
      for (const entry of entries) {
        rows.push({
          entry,
          swatch: { x, y, width: m.swatchWidth, height: m.rowHeight },
          label: { text: entry.label, x: x + m.swatchWidth + m.gap, y: y + m.rowHeight / 2, style: m.style },
          swatchScale: unit * shrink,
        });
        y += m.rowHeight;
      }
    });
    x += m.widths[columnIndex] + m.columnGap;
  });
  return { box, rows, rules };
}

/** Sections into columns, in order, whole: the split that makes the tallest column (in rows) lowest. */
function splitColumns(sections: LegendRow[][], columnCount: number): LegendRow[][][] {
  if (columnCount < 2 || sections.length < 2) return [sections];
  const rowsOf = (part: LegendRow[][]) => part.reduce((sum, rows) => sum + rows.length, 0) + (part.length - 1) * 0.45;
  let best = 1;
  for (let split = 2; split < sections.length; split++) {
    const tallest = Math.max(rowsOf(sections.slice(0, split)), rowsOf(sections.slice(split)));
    if (tallest < Math.max(rowsOf(sections.slice(0, best)), rowsOf(sections.slice(best)))) best = split;
  }
  return [sections.slice(0, best), sections.slice(best)];
}

function moveLegend(legend: NonNullable<PictureLayout['legend']>, dx: number, dy: number): NonNullable<PictureLayout['legend']> {
  const move = <T extends { x: number; y: number }>(item: T): T => ({ ...item, x: item.x + dx, y: item.y + dy });
  return {
    box: move(legend.box),
    rules: legend.rules.map(move),
    rows: legend.rows.map((row) => ({ ...row, swatch: move(row.swatch), label: move(row.label) })),
  };
}

/** Rough text width for tests and node: Noto Sans averages a little over half an em per letter. */
export const approximateTextWidth: MeasureText = (text, style) => text.length * style.size * (style.weight === 600 ? 0.6 : 0.55);

/**
 * A canvas that came back blank reads as fully transparent, or as one flat black or white.
 * A view entirely of sea is one flat colour too, but a palette colour: that is a picture.
 * `rgba` is a sample of the picture's pixels, four bytes each.
 */
export function looksBlank(rgba: Uint8ClampedArray | readonly number[]): boolean {
  let opaque = false;
  let uniform = true;
  for (let index = 0; index < rgba.length; index += 4) {
    if (rgba[index + 3] !== 0) opaque = true;
    for (let channel = 0; channel < 4; channel++) if (rgba[index + channel] !== rgba[channel]) uniform = false;
  }
  if (!opaque) return true;
  if (!uniform) return false;
  const [r, g, b] = [rgba[0], rgba[1], rgba[2]];
  return (r === 0 && g === 0 && b === 0) || (r === 255 && g === 255 && b === 255);
}
