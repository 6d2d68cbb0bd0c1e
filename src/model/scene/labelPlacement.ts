/**
 * Where every map name goes for one view, as a pure function: country, sea and river names at the
 * anchor nearest the middle of the part in view, region names as area labels, town names beside
 * their dots; all kinds in one collision index (rbush), most important first, so no two names and
 * no name and dot overprint. The map and the exported picture both draw what this returns.
 */
import RBush, { type BBox } from 'rbush';
import { bbox as turfBbox } from '@turf/turf';
import type { BBox as GeoJsonBBox } from 'geojson';
import type { LonLat } from '../geometry/coordinates.ts';
import type { Anchor, AreaLabel, AreaLabelKind, LabelAnchors } from './labelAnchors.ts';
import { metresPerPixel, worldLonLat, worldPixel } from '../view/camera.ts';
import type { Palette, Rgb } from '../../style/palette.ts';

export type PointLabelKind = 'region' | 'capital' | 'city';
export type LabelKind = AreaLabelKind | PointLabelKind;

/** A name at one point: a town (with a dot) or a region (an area label, never a dot). */
export interface PointLabel {
  position: LonLat;
  text: string;
  kind: PointLabelKind;
  /** 1 is the most important. */
  rank: number;
  minZoom: number;
  /** The atlas's places layer draws this dot: the name goes beside it and no second dot is drawn. */
  ownDot?: boolean;
  /** Placed in this order among the other names rather than by its kind (ports come with the capitals). */
  priority?: number;
  /** Its gazetteer key (model/names/gazetteer.ts), by which it is named in another language. */
  key?: string;
}

/** What is on screen: a north-up Web Mercator view (512-pixel world at zoom 0, as MapLibre). */
export interface LabelView {
  center: LonLat;
  zoom: number;
  width: number;
  height: number;
}

export interface TextStyle {
  size: number;
  weight: 400 | 600;
  italic: boolean;
}

/** Width in pixels of one line of text in a style (canvas in the browser, an estimate in tests). */
export type MeasureText = (text: string, style: TextStyle) => number;

/** A name's or a dot's box in screen pixels, as the collision index (rbush) keeps it. */
export type Box = BBox;

export type TextAnchor = 'start' | 'middle' | 'end';
export type Baseline = 'top' | 'center' | 'bottom';

export interface PlacedLabel {
  /** As drawn: region names in spaced capitals, long ones on two lines. */
  text: string;
  /** The name as written in the data. */
  name: string;
  kind: LabelKind;
  position: LonLat;
  style: TextStyle;
  textAnchor: TextAnchor;
  baseline: Baseline;
  /** Pixels from `position` to the text's anchor. */
  offset: [number, number];
  /** Draw a town dot at `position`. */
  dot: boolean;
  /** Screen pixels the name covers in this view (with its halo). */
  box: Box;
}

export const LINE_HEIGHT = 1.15;
/** Room kept round each name for its halo. */
const HALO = 2;
/** Names stay this far inside the map's edge. */
const EDGE = 3;
export const DOT_RADIUS = { capital: 3.5, city: 2.5, place: 4 } as const;

/** Type sizes and weights per kind of name (times the palette's label scale). */
export function labelStyle(kind: LabelKind, rank: number, scale: number): TextStyle {
  const size = (n: number) => Math.round(n * scale * 10) / 10;
  switch (kind) {
    case 'country':
      return { size: size(rank <= 1 ? 15 : rank === 2 ? 13.5 : 12), weight: 600, italic: false };
    case 'sea':
      return { size: size(rank <= 1 ? 15 : 12.5), weight: 400, italic: true };
    case 'river':
      return { size: size(11.5), weight: 400, italic: true };
    case 'region':
      return { size: size(rank <= 2 ? 11.5 : 10.5), weight: 400, italic: false };
    case 'capital':
      return { size: size(13), weight: 400, italic: false };
    case 'city':
      return { size: size(11.5), weight: 400, italic: false };
  }
}

/** Region names as atlases set them: capitals, letter-spaced, a long name broken onto two lines. */
export function regionText(name: string): string {
  const words = name.toUpperCase().split(/\s+/);
  const spaced = words.map((w) => [...w].join('\u2009'));
  if (name.length <= 16 || words.length < 2) return spaced.join('\u2002');
  return `${spaced[0]}\n${spaced.slice(1).join('\u2002')}`;
}

// ---------------------------------------------------------------------------------------------
// The view
// ---------------------------------------------------------------------------------------------

export function screenPoint(view: LabelView, p: LonLat): [number, number] {
  return screenProjector(view)(p);
}

/** screenPoint for many points of one view: the view's centre is projected once. */
function screenProjector(view: LabelView): (p: LonLat) => [number, number] {
  const [cx, cy] = worldPixel(view.center, view.zoom);
  return (p) => {
    const [x, y] = worldPixel(p, view.zoom);
    return [x - cx + view.width / 2, y - cy + view.height / 2];
  };
}

/** The view's extent in degrees. */
export function viewBounds(view: LabelView): GeoJsonBBox {
  const [cx, cy] = worldPixel(view.center, view.zoom);
  const [west, south] = worldLonLat([cx - view.width / 2, cy + view.height / 2], view.zoom);
  const [east, north] = worldLonLat([cx + view.width / 2, cy - view.height / 2], view.zoom);
  return [west, south, east, north];
}

function inside(view: LabelView, [x, y]: [number, number], margin = 0): boolean {
  return x >= margin && y >= margin && x <= view.width - margin && y <= view.height - margin;
}

function boxInside(view: LabelView, box: Box): boolean {
  return box.minX >= EDGE && box.minY >= EDGE && box.maxX <= view.width - EDGE && box.maxY <= view.height - EDGE;
}

// ---------------------------------------------------------------------------------------------
// Text boxes
// ---------------------------------------------------------------------------------------------

interface TextShape {
  width: number;
  height: number;
}

function textShape(text: string, style: TextStyle, measure: MeasureText): TextShape {
  const lines = text.split('\n');
  return {
    width: Math.max(...lines.map((line) => measure(line, style))),
    height: lines.length * style.size * LINE_HEIGHT,
  };
}

function textBox([x, y]: [number, number], shape: TextShape, anchor: TextAnchor, baseline: Baseline, [dx, dy]: [number, number]): Box {
  const left = anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - shape.width : x + dx - shape.width / 2;
  const top = baseline === 'top' ? y + dy : baseline === 'bottom' ? y + dy - shape.height : y + dy - shape.height / 2;
  return { minX: left - HALO, minY: top - HALO, maxX: left + shape.width + HALO, maxY: top + shape.height + HALO };
}

function dotBox([x, y]: [number, number], radius: number): Box {
  return { minX: x - radius - 1, minY: y - radius - 1, maxX: x + radius + 1, maxY: y + radius + 1 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.minX < b.maxX && a.maxX > b.minX && a.minY < b.maxY && a.maxY > b.minY;
}

// ---------------------------------------------------------------------------------------------
// Areas: the anchor nearest the middle of the visible part
// ---------------------------------------------------------------------------------------------

/** The finest anchor grid that covers the whole view (so it samples every part in view evenly). */
export function samplingSpacing(anchors: LabelAnchors, view: LabelView): number {
  const [w, s, e, n] = viewBounds(view);
  const covering = anchors.grids.filter((g) => g.box[0] <= w && g.box[1] <= s && g.box[2] >= e && g.box[3] >= n);
  if (covering.length > 0) return Math.min(...covering.map((g) => g.spacing));
  return Math.max(...anchors.grids.map((g) => g.spacing));
}

interface VisiblePart {
  part: number;
  /** Visible area in square pixels (grid points in view × the area each stands for). */
  areaPx: number;
  /** Middle of the visible part, in screen pixels. */
  centre: [number, number];
  anchors: { anchor: Anchor; at: [number, number] }[];
  /** All of the part is in view. */
  whole: boolean;
}

const anchorExtents = new WeakMap<AreaLabel, GeoJsonBBox>();

/** The extent of an area's anchors, worked out once. */
function anchorExtent(area: AreaLabel): GeoJsonBBox {
  let extent = anchorExtents.get(area);
  if (!extent) {
    extent = turfBbox({ type: 'MultiPoint', coordinates: area.anchors.map((anchor) => anchor.position) });
    anchorExtents.set(area, extent);
  }
  return extent;
}

/** The parts of an area in view, the largest first. */
export function visibleParts(area: AreaLabel, view: LabelView, spacing: number, hidden: (at: [number, number]) => boolean = () => false): VisiblePart[] {
  const byPart = new Map<number, { anchor: Anchor; at: [number, number] }[]>();
  const outside = new Set<number>();
  // Most of some 15,000 anchors lie beyond the view: they are told apart in degrees, without
  // projecting each (north-up Web Mercator keeps longitude and latitude in step with x and y).
  const [west, south, east, north] = viewBounds(view);
  const [areaWest, areaSouth, areaEast, areaNorth] = anchorExtent(area);
  if (areaWest > east || areaEast < west || areaSouth > north || areaNorth < south) return [];
  const project = screenProjector(view);
  for (const anchor of area.anchors) {
    const [lon, lat] = anchor.position;
    const inView = lon >= west && lon <= east && lat >= south && lat <= north;
    const at = inView ? project(anchor.position) : null;
    // Under a caption or the controls is out of sight as much as beyond the edge.
    if (!at || !inside(view, at) || hidden(at)) {
      outside.add(anchor.part);
      continue;
    }
    const list = byPart.get(anchor.part) ?? [];
    list.push({ anchor, at });
    byPart.set(anchor.part, list);
  }
  const degreePx = (512 * 2 ** view.zoom) / 360;
  const parts: VisiblePart[] = [];
  for (const [part, anchors] of byPart) {
    const sampled = anchors.filter((a) => a.anchor.spacing === spacing);
    const basis = sampled.length > 0 ? sampled : anchors;
    const centre: [number, number] = [
      basis.reduce((sum, a) => sum + a.at[0], 0) / basis.length,
      basis.reduce((sum, a) => sum + a.at[1], 0) / basis.length,
    ];
    const cellPx = (spacing * degreePx) ** 2 / Math.cos((view.center[1] * Math.PI) / 180);
    parts.push({ part, areaPx: sampled.length * cellPx, centre, anchors, whole: !outside.has(part) });
  }
  return parts.sort((a, b) => b.areaPx - a.areaPx || a.part - b.part);
}

function kmPerPixel(view: LabelView, lat: number): number {
  return metresPerPixel(lat, view.zoom) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Candidates and collision
// ---------------------------------------------------------------------------------------------

interface Candidate {
  priority: number;
  /** Tie-break within a priority: larger visible areas first, then by name. */
  weight: number;
  name: string;
  /** Tried in order; the first that fits is placed. */
  options: PlacedLabel[];
  /** Boxes that must also be free (a town's own dot). */
  dotBox?: Box;
  /** Named over a symbol rather than left out. */
  mustName?: boolean;
  /** An area name: stands off the routes where it can (a town's name stays by its dot). */
  offLines?: boolean;
}

function priorityOf(kind: LabelKind | 'place', rank: number): number {
  switch (kind) {
    case 'country':
      return 10 * rank;
    case 'capital':
      return rank <= 1 ? 9 : 22;
    case 'place':
      return 13;
    case 'sea':
      return rank <= 1 ? 15 : 24 + rank;
    case 'region':
      return 16 + rank;
    case 'river':
      return 17 + rank;
    case 'city':
      return 20 + 2 * rank;
  }
}

const byPriority = (a: Candidate, b: Candidate) => a.priority - b.priority || b.weight - a.weight || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** Two names this close (CSS pixels between their boxes) name the same thing twice. */
const SAME_NAME_PX = 120;
const nearby = (a: Box, b: Box) =>
  Math.max(0, a.minX - b.maxX, b.minX - a.maxX) < SAME_NAME_PX && Math.max(0, a.minY - b.maxY, b.minY - a.maxY) < SAME_NAME_PX;

/** How far apart names keep (CSS pixels at the palette's scale 1), beyond their halos. */
const NAME_GAP = 5;

/** How many of an area's best anchors are tried before its name is given up. */
const AREA_TRIES = 32;

function areaCandidate(
  area: AreaLabel,
  view: LabelView,
  spacing: number,
  scale: number,
  measure: MeasureText,
  subject: boolean,
  hidden: (at: [number, number]) => boolean,
): Candidate | null {
  const parts = visibleParts(area, view, spacing, hidden);
  if (parts.length === 0) return null;
  const main = parts[0];
  const style = labelStyle(area.kind, area.rank, scale);
  const shape = textShape(area.text, style, measure);
  // A sliver at the map's edge is not worth a name; a whole small country is.
  if (area.kind === 'country' && !subject && !main.whole && main.areaPx < 0.3 * shape.width * shape.height) return null;
  // Scored without boxes first: a large country has thousands of anchors in view, and only the
  // best few dozen that fit are ever tried.
  const scored = main.anchors.map(({ anchor, at }) => {
    const distance = Math.hypot(at[0] - main.centre[0], at[1] - main.centre[1]);
    // A country name should not run over its border: penalise anchors too near the edge for it.
    const clearancePx = area.kind === 'country' ? anchor.clearanceKm / kmPerPixel(view, anchor.position[1]) : Infinity;
    const spill = Math.max(0, shape.width / 2 - clearancePx);
    return { anchor, at, score: distance + 2 * spill };
  });
  scored.sort((a, b) => a.score - b.score || a.anchor.position[0] - b.anchor.position[0] || a.anchor.position[1] - b.anchor.position[1]);
  // Tries spread over the part: fine grids put many anchors within a few pixels of one another.
  const spread: { anchor: Anchor; box: Box }[] = [];
  for (const { anchor, at } of scored) {
    if (spread.length >= AREA_TRIES) break;
    const box = textBox(at, shape, 'middle', 'center', [0, 0]);
    if (!boxInside(view, box)) continue;
    // The box is centred on its anchor: the anchors' distance is the boxes' distance.
    if (spread.every((t) => Math.hypot(t.box.minX + t.box.maxX - 2 * at[0], t.box.minY + t.box.maxY - 2 * at[1]) >= style.size)) spread.push({ anchor, box });
  }
  if (spread.length === 0) return null;
  const options = spread.map(({ anchor, box }) => ({
    text: area.text,
    name: area.text,
    kind: area.kind,
    position: anchor.position,
    style,
    textAnchor: 'middle' as const,
    baseline: 'center' as const,
    offset: [0, 0] as [number, number],
    dot: false,
    box,
  }));
  return { priority: priorityOf(area.kind, area.rank), weight: main.areaPx, name: area.text, options, mustName: area.kind === 'country' && area.rank <= 1, offLines: true };
}

function pointCandidate(label: PointLabel, view: LabelView, scale: number, measure: MeasureText): Candidate | null {
  const at = screenPoint(view, label.position);
  if (!inside(view, at, EDGE)) return null;
  const style = labelStyle(label.kind, label.rank, scale);
  const base = { name: label.text, kind: label.kind, position: label.position, style };
  if (label.kind === 'region') {
    const text = regionText(label.text);
    const shape = textShape(text, style, measure);
    // An area name may shift a little within its area to stand off a route or another name.
    // Nearest first, out to a name's width across and a few lines up or down.
    const [w, h] = [shape.width, shape.height];
    // (Fifteen places: each is tried against every name placed before it, on every move of the map.)
    const shifts: [number, number][] = [-0.5, 0, 0.5]
      .flatMap((dx) => [-1.6, -0.8, 0, 0.8, 1.6].map((dy): [number, number] => [dx * w, dy * h]))
      .sort((a, b) => Math.hypot(a[0] / w, a[1] / (2 * h)) - Math.hypot(b[0] / w, b[1] / (2 * h)) || a[1] - b[1] || a[0] - b[0]);
    const options = shifts
      .map((offset) => ({ ...base, text, textAnchor: 'middle' as const, baseline: 'center' as const, offset, dot: false, box: textBox(at, shape, 'middle', 'center', offset) }))
      .filter((option) => boxInside(view, option.box));
    if (options.length === 0) return null;
    return { priority: priorityOf('region', label.rank), weight: 0, name: label.text, options, offLines: true };
  }
  const radius = (label.ownDot ? DOT_RADIUS.place : DOT_RADIUS[label.kind]) * scale;
  const shape = textShape(label.text, style, measure);
  // Clear of the dot and of its halo, whichever side the name goes.
  const gap = radius + HALO + 2 * scale;
  const sides: [TextAnchor, Baseline, [number, number]][] = [
    ['start', 'center', [gap, 0]],
    ['end', 'center', [-gap, 0]],
    ['middle', 'bottom', [0, -gap + 1]],
    ['middle', 'top', [0, gap - 1]],
  ];
  const options = sides
    .map(([textAnchor, baseline, offset]) => ({
      ...base,
      text: label.text,
      textAnchor,
      baseline,
      offset,
      dot: !label.ownDot,
      box: textBox(at, shape, textAnchor, baseline, offset),
    }))
    .filter((option) => boxInside(view, option.box));
  if (options.length === 0) return null;
  return {
    priority: label.priority ?? priorityOf(label.ownDot && label.kind !== 'capital' ? 'place' : label.kind, label.rank),
    weight: 0,
    name: label.text,
    options,
    dotBox: label.ownDot ? undefined : dotBox(at, radius),
  };
}

export interface PlacementInput {
  anchors: LabelAnchors;
  points: readonly PointLabel[];
  view: LabelView;
  /** The palette's label scale (projector, high contrast). */
  scale: number;
  measure: MeasureText;
  /** Other symbols the atlas draws (plants, ports): no name may cover them. */
  obstacles?: readonly LonLat[];
  /** The routes drawn: area names (countries, seas, regions, rivers) stand off them where they can. */
  lines?: readonly (readonly LonLat[])[];
  /**
   * The names the view is about (see model/scene/mapNames.ts), placed before all others, in their tier's
   * order (0: the selection's, 1: the step's), and named over a symbol rather than left out.
   */
  subjects?: ReadonlyMap<string, number>;
  /** Parts of the map hidden under a caption, controls or a key: no name goes there. */
  covers?: readonly Box[];
  /**
   * The areas drawn (outer rings): an area name does not stand inside one where it can stand
   * elsewhere, so that "KARABAKH" does not read as the name of a project's area.
   */
  areas?: readonly (readonly LonLat[])[];
}

/** Whether a screen point lies inside a ring (even-odd rule). */
function inRing([x, y]: [number, number], ring: readonly [number, number][]): boolean {
  let within = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

/** Screen boxes along the lines in view, a few pixels apart, for names to keep off. */
export function lineBoxes(lines: readonly (readonly LonLat[])[], view: LabelView, halfWidth = 3, step = 8): Box[] {
  const boxes: Box[] = [];
  const outside = (a: [number, number], b: [number, number]) =>
    (a[0] < 0 && b[0] < 0) || (a[1] < 0 && b[1] < 0) || (a[0] > view.width && b[0] > view.width) || (a[1] > view.height && b[1] > view.height);
  for (const line of lines) {
    let previous: [number, number] | null = null;
    for (const position of line) {
      const at = screenPoint(view, position);
      if (previous && !outside(previous, at)) {
        const n = Math.max(1, Math.ceil(Math.hypot(at[0] - previous[0], at[1] - previous[1]) / step));
        for (let i = 0; i <= n; i++) {
          const x = previous[0] + ((at[0] - previous[0]) * i) / n;
          const y = previous[1] + ((at[1] - previous[1]) * i) / n;
          if (inside(view, [x, y], -halfWidth)) boxes.push({ minX: x - halfWidth, minY: y - halfWidth, maxX: x + halfWidth, maxY: y + halfWidth });
        }
      }
      previous = at;
    }
  }
  return boxes;
}

/**
 * Every name that fits in this view, with where it goes. Most important first; a name is placed
 * at its first position that overlaps no name or dot placed before it, or left out.
 */
export function placeLabels({ anchors, points, view, scale, measure, obstacles = [], lines = [], subjects = new Map(), covers = [], areas = [] }: PlacementInput): PlacedLabel[] {
  const spacing = samplingSpacing(anchors, view);
  // A name the view is about is shown at any zoom: the caption or the selection speaks of it.
  const shown = (minZoom: number, name: string) => subjects.has(name) || minZoom <= view.zoom + 1e-9;
  const hidden = new RBush<Box>();
  hidden.load(covers.map((box) => ({ ...box })));
  const underCover = (at: [number, number]) => hidden.collides({ minX: at[0], minY: at[1], maxX: at[0], maxY: at[1] });
  let candidates: Candidate[] = [
    ...anchors.areas.filter((a) => shown(a.minZoom, a.text)).map((a) => areaCandidate(a, view, spacing, scale, measure, subjects.has(a.text), underCover)),
    ...points
      .filter((p) => shown(p.minZoom, p.text) && !underCover(screenPoint(view, p.position)))
      .map((p) => pointCandidate(p, view, scale, measure)),
  ]
    .filter((c): c is Candidate => c !== null)
    .map((c) => {
      // Names under a cover are not seen: only the options in the open part of the map count.
      const options = covers.length > 0 ? c.options.filter((o) => !hidden.collides(o.box)) : c.options;
      const tier = subjects.get(c.name);
      // Within a tier, towns first: a town's name has four places by its dot, a country's many.
      return tier === undefined ? { ...c, options } : { ...c, options, priority: tier + (c.offLines ? 0.5 : 0), mustName: true };
    })
    .filter((c) => c.options.length > 0);
  candidates.sort(byPriority);

  // Every symbol that may be drawn is reserved first, so no name covers a dot; a town's dot is then
  // drawn only if its name is placed.
  const dots = new RBush<Box>();
  for (const position of [...points.filter((p) => p.ownDot).map((p) => p.position), ...obstacles]) {
    const at = screenPoint(view, position);
    if (inside(view, at, -DOT_RADIUS.place)) dots.insert(dotBox(at, DOT_RADIUS.place * scale));
  }
  for (const candidate of candidates) if (candidate.dotBox) dots.insert(candidate.dotBox);
  const routes = new RBush<Box>();
  routes.load(lineBoxes([...lines, ...areas], view));
  const areaRings = areas.map((ring) => ring.map((position) => screenPoint(view, position)));
  const inArea = ({ box }: PlacedLabel) => areaRings.some((ring) => inRing([(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2], ring));
  // Names keep a little apart, so two side by side never read as one ("Azerbaijan Baku").
  const gap = NAME_GAP * scale;
  const spaced = ({ minX, minY, maxX, maxY }: Box): Box => ({ minX: minX - gap, minY: minY - gap, maxX: maxX + gap, maxY: maxY + gap });
  const inOrder = (ordered: readonly Candidate[]) => {
    const names = new RBush<Box>();
    const placed: PlacedLabel[] = [];
    const clearOfNames = ({ box }: PlacedLabel) => !names.collides(spaced(box));
    for (const candidate of ordered) {
      if (candidate.dotBox && names.collides(candidate.dotBox)) continue;
      // A mark named already close by (a port and a cable landing at Anaklia, the two wind clusters
      // of one farm) needs its name only once.
      if (!candidate.offLines && placed.some((label) => label.name === candidate.name && nearby(label.box, candidate.options[0].box))) continue;
      // A country the atlas is about is named even where symbols crowd it: over a dot, or close to
      // another name, never over one.
      const free = (o: PlacedLabel) => clearOfNames(o) && !dots.collides(o.box);
      const option =
        (candidate.offLines ? candidate.options.find((o) => free(o) && !routes.collides(o.box) && !inArea(o)) : undefined) ??
        (candidate.offLines && areaRings.length > 0 ? candidate.options.find((o) => free(o) && !inArea(o)) : undefined) ??
        candidate.options.find(free) ??
        (candidate.mustName ? (candidate.options.find(clearOfNames) ?? candidate.options.find((o) => !names.collides(o.box))) : undefined);
      if (!option) continue;
      names.insert(option.box);
      if (candidate.dotBox) names.insert(candidate.dotBox);
      placed.push(option);
    }
    return { placed, names };
  };
  // A name the view is about that the ones before it left no room for goes before them in its
  // tier, once: "Turkmenbashi" first, and "Baku" then finds another side of its dot.
  const subjectsPlaced = (labels: PlacedLabel[]) => labels.filter((label) => subjects.has(label.name)).length;
  let pass = inOrder(candidates);
  const crowded = candidates.filter((c) => subjects.has(c.name) && !pass.placed.some((label) => label.name === c.name));
  if (crowded.length > 0) {
    const retried = candidates.map((c) => (crowded.includes(c) ? { ...c, priority: c.priority - 0.25 } : c)).sort(byPriority);
    const again = inOrder(retried);
    if (subjectsPlaced(again.placed) > subjectsPlaced(pass.placed)) {
      pass = again;
      candidates = retried;
    }
  }
  const { placed, names: firstNamed } = pass;
  // A country the atlas is about that the names before it left no room for goes first instead,
  // where it takes the room of the fewest of them: "Yerevan" and "Baku" then find another side of
  // their dots, or give way.
  const unnamed = candidates.filter((candidate) => candidate.mustName && !placed.some((label) => label.name === candidate.name));
  if (unnamed.length === 0) return placed;
  // The names the view is about keep their places; the countries make room among the rest.
  const first = candidates.filter((candidate) => subjects.has(candidate.name));
  // A name moved is a name that may find another side of its dot; a dot covered costs a name for sure.
  const displaced = ({ box }: PlacedLabel) => firstNamed.search(spaced(box)).length + 10 * dots.search(box).length;
  const makingRoom = unnamed.filter((candidate) => !first.includes(candidate)).map((candidate) => ({
    ...candidate,
    // A stable sort: among options that displace as few, the nearest the middle still comes first.
    options: [...candidate.options].sort((a, b) => displaced(a) - displaced(b)),
  }));
  return inOrder([...first, ...makingRoom, ...candidates.filter((candidate) => !unnamed.includes(candidate) && !first.includes(candidate))]).placed;
}

/** A measure for tests and for node: Noto Sans averages about 0.56 em per letter (0.6 at weight 600). */
export const estimateText: MeasureText = (text, style) => [...text].length * style.size * (style.weight === 600 ? 0.6 : 0.56);

/** The ink of a name of this kind in a palette: one rule for the live map, the PNG and the vector slide. */
export function labelInk(palette: Palette, kind: PlacedLabel['kind']): Rgb {
  switch (kind) {
    case 'country':
      return palette.countryLabel;
    case 'region':
      return palette.regionLabel;
    case 'sea':
    case 'river':
      return palette.seaLabel;
    case 'capital':
    case 'city':
      return palette.cityLabel;
  }
}
