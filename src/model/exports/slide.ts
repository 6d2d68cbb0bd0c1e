/**
 * A vector slide: the exported picture as a list of drawing primitives (paths with their style,
 * texts with their font, links), built from the same scene, label placement and picture layout as
 * the PNG, so an SVG or PDF of a view draws what its PNG shows — as shapes and words a reader can
 * select, not a screenshot. Pure: the browser gives it the basemap, the placed names, the layout
 * and a text measure; slideSvg.ts and map/slidePdf.ts write it out.
 */
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat, Rect } from '../geometry/coordinates.ts';
import { worldPixel } from '../view/camera.ts';
import { isLineLike, markPoint, type DrawableFeature } from '../scene/drawable.ts';
import { AREA_FILL_ALPHA, UNDATED_MARK, featureMark, type LegendRow } from '../scene/scene.ts';
import type { Palette, Rgb } from '../../style/palette.ts';
import { toCss } from '../../style/palette.ts';
import {
  CASING_EXTRA,
  LAYER_SYMBOLS,
  LINE_WHITE,
  SELECTION_HALO,
  SELECTION_HALO_ALPHA,
  SELECTION_HALO_EXTRA,
  SELECTION_HALO_POINT_EXTRA,
  SHAPE_OUTLINES,
  ringDash,
  type PointRing,
  type PointShape,
  type Stroke,
} from '../scene/symbology.ts';
import { LAYER_IDS, type LayerId } from '../features/layers.ts';
import { DOT_RADIUS, LINE_HEIGHT, labelInk, type PlacedLabel } from '../scene/labelPlacement.ts';
import type { MeasureText, PictureLayout, PictureSize, PlacedText, TextStyle } from './exportLayout.ts';

// ——— Primitives ———

/** Output pixels; subpaths of x, y pairs, each closed (a ring) or open (a line). */
export interface SlidePath {
  kind: 'path';
  id?: string;
  subpaths: { points: number[]; closed: boolean }[];
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  strokeWidth?: number;
  /** Dash and gap in output pixels. */
  dash?: [number, number];
  cap?: 'round' | 'butt' | 'square';
  join?: 'round' | 'miter';
}

/** One line of text; `y` is its baseline, in output pixels. */
export interface SlideText {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  size: number;
  weight: 400 | 600;
  italic: boolean;
  fill: string;
  fillOpacity?: number;
  anchor: 'start' | 'middle' | 'end';
  /** A light outline round the letters so a name reads over lines and land. */
  halo?: { color: string; width: number; opacity: number };
  /** Words of the documents, quoted in English whatever the interface language. */
  lang?: 'en';
  /** Raised number of a footnote mark. */
  role?: 'footnote-mark' | 'link';
  /** A link's address (the footnotes' way back into the atlas). */
  href?: string;
}

export type SlideItem = SlidePath | SlideText;

/** An Inkscape/Illustrator layer: a named group of items, clipped to the map frame or not. */
export interface SlideGroup {
  id: string;
  label: string;
  items: SlideItem[];
  clipToMap: boolean;
}

export interface SlideLink {
  box: Rect;
  href: string;
}

/** A passage quoted in a footnote, byte for byte, with where it is and the way back into the atlas. */
export interface FootnotePassage {
  quote: string;
  documentTitle: string;
  section: string | null;
  link: string;
}

export interface Footnote {
  number: number;
  featureId: string;
  /** The feature's name in the language shown. */
  name: string;
  /** The feature's link into the atlas (`#feature=<id>`). */
  link: string;
  passages: FootnotePassage[];
}

/** The footnotes' pages: on the PDF's pages after the map, in the SVG below it. */
export interface NotesPage {
  height: number;
  items: SlideText[];
  links: SlideLink[];
}

export interface Slide {
  width: number;
  /** Of the map page (the PNG's size). */
  height: number;
  title: string | null;
  /** The interface language of the furniture's words. */
  lang: string;
  groups: SlideGroup[];
  links: SlideLink[];
  footnotes: Footnote[];
  notes: NotesPage[];
}

// ——— Projection ———

/** Output pixels of a place, north up Web Mercator as MapLibre draws the off-screen map. */
export type Project = (lonLat: LonLat) => [number, number];

/**
 * The export's camera as a projection into the picture: the off-screen map is `logical` CSS pixels
 * at `zoom`, drawn at `pixelRatio` output pixels per CSS pixel.
 */
export function mercatorProjector(center: LonLat, zoom: number, logical: PictureSize, pixelRatio: number): Project {
  const [cx, cy] = worldPixel(center, zoom);
  return (lonLat) => {
    const [x, y] = worldPixel(lonLat, zoom);
    return [(x - cx + logical.width / 2) * pixelRatio, (y - cy + logical.height / 2) * pixelRatio];
  };
}

/** Rounded to 0.1 px: a finer step is invisible at any print size and only swells the file. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

/** Projected and rounded; points that round onto the one before are dropped. */
export function projectLine(coordinates: readonly Position[], project: Project): number[] {
  const points: number[] = [];
  for (const coordinate of coordinates) {
    const [x, y] = project([coordinate[0], coordinate[1]]);
    const rx = round1(x);
    const ry = round1(y);
    const n = points.length;
    if (n >= 2 && Math.abs(points[n - 2] - rx) < 0.35 && Math.abs(points[n - 1] - ry) < 0.35) continue;
    points.push(rx, ry);
  }
  return points;
}

/**
 * A line shifted sideways by `offset` pixels (positive: to the right of its direction, as deck.gl's
 * path offset), each vertex moved along the mean of its segments' normals.
 */
export function offsetLine(points: readonly number[], offset: number): number[] {
  if (offset === 0 || points.length < 4) return [...points];
  const count = points.length / 2;
  const normals: [number, number][] = [];
  for (let i = 0; i < count - 1; i++) {
    const dx = points[2 * i + 2] - points[2 * i];
    const dy = points[2 * i + 3] - points[2 * i + 1];
    const length = Math.hypot(dx, dy) || 1;
    // Screen y points down: the right of (dx, dy) is (−dy, dx).
    normals.push([-dy / length, dx / length]);
  }
  const shifted: number[] = [];
  for (let i = 0; i < count; i++) {
    const a = normals[Math.max(0, i - 1)];
    const b = normals[Math.min(normals.length - 1, i)];
    let nx = a[0] + b[0];
    let ny = a[1] + b[1];
    const length = Math.hypot(nx, ny) || 1;
    nx /= length;
    ny /= length;
    // Along the bisector, longer at a bend so each segment keeps its distance (capped at sharp turns).
    const cos = Math.max(0.5, nx * b[0] + ny * b[1]);
    shifted.push(round1(points[2 * i] + (nx * offset) / cos), round1(points[2 * i + 1] + (ny * offset) / cos));
  }
  return shifted;
}

// ——— The slide ———

export interface BasemapCollections {
  countries: FeatureCollection<Polygon | MultiPolygon, { name?: string; colour?: number }>;
  lakes: FeatureCollection<Polygon | MultiPolygon, { name?: string; fill?: string }>;
  rivers: FeatureCollection<LineString | MultiLineString, { name?: string; min_zoom?: number }>;
  borders: FeatureCollection<LineString | MultiLineString>;
  /** The 1:10m files (from DETAIL_ZOOM on): borders dashed and their widths following the zoom. */
  detailed: boolean;
}

/** The words a slide adds to the PNG's, in the language shown. */
export interface SlideWords {
  layers: {
    water: string;
    countries: string;
    lakes: string;
    rivers: string;
    borders: string;
    names: string;
    footnoteMarks: string;
    title: string;
    legend: string;
    scaleBar: string;
    sources: string;
    notes: string;
  };
  /** The footnotes' heading, e.g. "Passages cited". */
  notesHeading: string;
  /** What the quotes are: "Quoted in English, as the documents are written." */
  notesIntro: string;
  /** "Section: {section}" or the like, already worded, given the section's title. */
  section: (title: string) => string;
  /** The label of a footnote's link back into the atlas. */
  openInAtlas: string;
}

export interface SlideInput {
  size: PictureSize;
  /** Output pixels per CSS pixel (the map's lines and names are drawn at this scale). */
  pixelRatio: number;
  /** Zoom of the off-screen map (for the basemap's zoom-dependent widths and which rivers show). */
  zoom: number;
  project: Project;
  /** West, south, east, north of the picture. */
  bounds: [number, number, number, number];
  palette: Palette;
  basemap: BasemapCollections | null;
  /** The drawn features in the frame, in drawing order. */
  features: readonly DrawableFeature[];
  selected: DrawableFeature | null;
  undated: readonly DrawableFeature[];
  /** Names as the map placed them, in CSS pixels of the off-screen map. */
  labels: readonly PlacedLabel[];
  layout: PictureLayout;
  footnotes: readonly Omit<Footnote, 'number'>[];
  title: string | null;
  lang: string;
  words: SlideWords;
  measure: MeasureText;
}

const css = (color: Rgb | null) => toCss((color ?? LINE_WHITE) as Rgb);

const layerGroup = (id: string, label: string, items: SlideItem[], clipToMap = true): SlideGroup => ({ id, label, items, clipToMap });

/** Geometry parts as lists of positions: a line's parts, or a polygon's rings. */
function lineParts(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
      return geometry.coordinates;
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    default:
      return [];
  }
}

/** A geometry cut to the picture's bounds grown by a margin, so paths far off the slide are not written. */
function clipped(feature: Feature<Geometry>, box: [number, number, number, number]): Geometry | null {
  const geometry = feature.geometry;
  if (!geometry || geometry.type === 'Point' || geometry.type === 'MultiPoint' || geometry.type === 'GeometryCollection') return geometry ?? null;
  const out = bboxClip(feature as Feature<Polygon | MultiPolygon | LineString | MultiLineString>, box).geometry;
  return lineParts(out).some((part) => part.length >= 2) ? out : null;
}

function grownBounds([west, south, east, north]: [number, number, number, number]): [number, number, number, number] {
  const dx = (east - west) * 0.05;
  const dy = (north - south) * 0.05;
  return [west - dx, Math.max(-85, south - dy), east + dx, Math.min(85, north + dy)];
}

function pathOf(geometry: Geometry, project: Project, closed: boolean, offset = 0): SlidePath['subpaths'] {
  return lineParts(geometry)
    .map((part) => ({ points: offsetLine(projectLine(part, project), offset), closed }))
    .filter((subpath) => subpath.points.length >= 4);
}

/** MapLibre's line-width interpolation, linear between stops, held at the ends. */
function interpolate(zoom: number, stops: readonly [number, number][]): number {
  if (zoom <= stops[0][0]) return stops[0][1];
  for (let i = 1; i < stops.length; i++) {
    if (zoom <= stops[i][0]) {
      const [z0, v0] = stops[i - 1];
      const [z1, v1] = stops[i];
      return v0 + ((v1 - v0) * (zoom - z0)) / (z1 - z0);
    }
  }
  return stops[stops.length - 1][1];
}

/** Same numbers as basemapStyle.ts, read as vectors: water, land by tint, lakes, rivers, border halo and borders. */
function basemapGroups(input: SlideInput, box: [number, number, number, number]): { under: SlideGroup[]; borders: SlideGroup } {
  const { palette, size, pixelRatio: r, zoom, project, words } = input;
  const water: SlidePath = {
    kind: 'path',
    id: 'water',
    subpaths: [{ points: [0, 0, size.width, 0, size.width, size.height, 0, size.height], closed: true }],
    fill: palette.water,
  };
  const under: SlideGroup[] = [layerGroup('basemap-water', words.layers.water, [water])];
  if (!input.basemap) return { under, borders: layerGroup('basemap-borders', words.layers.borders, []) };
  const { countries, lakes, rivers, borders, detailed } = input.basemap;
  const ids = new Set<string>();
  const idOf = (prefix: string, name: string | undefined, index: number) => {
    const base = `${prefix}-${(name ?? String(index)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || index}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const land: SlidePath[] = [];
  countries.features.forEach((feature, index) => {
    const geometry = clipped(feature, box);
    if (!geometry) return;
    const colour = feature.properties?.colour;
    land.push({
      kind: 'path',
      id: idOf('country', feature.properties?.name, index),
      subpaths: pathOf(geometry, project, true),
      fill: colour !== undefined && palette.countryTints[colour] ? palette.countryTints[colour] : palette.land,
      stroke: palette.coastline,
      strokeWidth: round1(r),
    });
  });
  const lakePaths: SlidePath[] = [];
  lakes.features.forEach((feature, index) => {
    const geometry = clipped(feature, box);
    if (!geometry) return;
    lakePaths.push({ kind: 'path', id: idOf('lake', feature.properties?.name, index), subpaths: pathOf(geometry, project, true), fill: feature.properties?.fill ?? palette.lake, stroke: palette.coastline, strokeWidth: round1(r) });
  });
  const riverPaths: SlidePath[] = [];
  // As the style: from zoom 4, each river from its own min_zoom less 2.5.
  if (zoom >= 4) {
    const width = round1(interpolate(zoom, [[3, 0.6], [7, 1.4], [10, 2.2]]) * r);
    rivers.features.forEach((feature, index) => {
      if ((feature.properties?.min_zoom ?? 0) > zoom + 2.5) return;
      const geometry = clipped(feature, box);
      if (!geometry) return;
      riverPaths.push({ kind: 'path', id: idOf('river', feature.properties?.name, index), subpaths: pathOf(geometry, project, false), stroke: palette.river, strokeWidth: width, cap: 'round', join: 'round' });
    });
  }
  const borderGeometry = borders.features.map((feature) => clipped(feature, box)).filter((geometry): geometry is Geometry => geometry !== null);
  const haloWidth = detailed ? interpolate(zoom, [[5, 3.5], [10, 5.5]]) : 3;
  const borderWidth = detailed ? interpolate(zoom, [[5, 1], [10, 1.8]]) : 0.9;
  const halo: SlidePath[] = borderGeometry.map((geometry, index) => ({
    kind: 'path',
    id: `border-halo-${index + 1}`,
    subpaths: pathOf(geometry, project, false),
    stroke: palette.borderHalo,
    strokeOpacity: 0.8,
    strokeWidth: round1(haloWidth * r),
    join: 'round',
  }));
  const lines: SlidePath[] = borderGeometry.map((geometry, index) => ({
    kind: 'path',
    id: `border-${index + 1}`,
    subpaths: pathOf(geometry, project, false),
    stroke: palette.border,
    strokeWidth: round1(borderWidth * r),
    join: 'round',
    // MapLibre's dasharray is in line widths.
    ...(detailed ? { dash: [round1(4 * borderWidth * r), round1(1.5 * borderWidth * r)] as [number, number] } : {}),
  }));
  under.push(
    layerGroup('basemap-countries', words.layers.countries, land),
    layerGroup('basemap-lakes', words.layers.lakes, lakePaths),
    layerGroup('basemap-rivers', words.layers.rivers, riverPaths),
    layerGroup('basemap-border-halo', `${words.layers.borders} (halo)`, halo),
  );
  return { under, borders: layerGroup('basemap-borders', words.layers.borders, lines) };
}

function strokeStyle(stroke: Stroke, width: number, r: number, alpha = 1): Pick<SlidePath, 'stroke' | 'strokeOpacity' | 'strokeWidth' | 'dash' | 'cap' | 'join'> {
  const opacity = (stroke.alpha ?? 1) * alpha;
  return {
    stroke: css(stroke.color),
    ...(opacity < 1 ? { strokeOpacity: Math.round(opacity * 1000) / 1000 } : {}),
    strokeWidth: round1(width * r),
    // deck.gl's dashes are in multiples of the line's width; a dashed line's ends are cut square, so a dot stays a dot.
    ...(stroke.dash ? { dash: [round1(stroke.dash[0] * width * r), round1(stroke.dash[1] * width * r)] as [number, number], cap: 'butt' as const } : { cap: 'round' as const }),
    join: 'round',
  };
}

/** deck.gl's offset is in line widths of each stroke; every stroke shares one centre line, shifted by the layer's offset. */
const offsetPixels = (feature: DrawableFeature, palette: Palette, r: number) => {
  const { width, offset = 0 } = LAYER_SYMBOLS[feature.properties.layer];
  return offset * width * palette.lineScale * r;
};

const fadeOf = (feature: DrawableFeature) => {
  const timing = feature.properties.status_timing;
  return timing && timing.certainty === 'approximate' ? 0.35 + 0.65 * timing.fade : 1;
};

/** A point mark's outline: a polygon of the shape, radius in output pixels. */
function shapePath(shape: PointShape, x: number, y: number, radius: number): SlidePath['subpaths'] {
  return [{ points: SHAPE_OUTLINES[shape].flatMap(([sx, sy]) => [round1(x + sx * radius), round1(y + sy * radius)]), closed: true }];
}

const circlePath = (x: number, y: number, radius: number, sides = 48): SlidePath['subpaths'] => [
  { points: Array.from({ length: sides }, (_, i) => [round1(x + radius * Math.cos((2 * Math.PI * i) / sides)), round1(y + radius * Math.sin((2 * Math.PI * i) / sides))]).flat(), closed: true },
];

const inside = ([x, y]: [number, number], size: PictureSize) => x >= 0 && y >= 0 && x <= size.width && y <= size.height;

/** The atlas's features, drawn as corridorLayers.ts draws them: halo, band, casing, the layer's strokes, hollow core, undated rings. */
function featureGroups(input: SlideInput, layerTitles: ReadonlyMap<LayerId, string>): SlideGroup[] {
  const { palette, pixelRatio: r, project, features, size } = input;
  const lines = features.filter(isLineLike);
  const groups: SlideGroup[] = [];
  if (input.selected && features.includes(input.selected)) {
    const f = input.selected;
    const halo: SlidePath[] = [];
    const mark = featureMark(f, palette);
    if (f.geometry.type === 'Point') {
      const [x, y] = project(f.geometry.coordinates as LonLat);
      const radius = LAYER_SYMBOLS[f.properties.layer].pointRadius * Math.sqrt(palette.lineScale) + SELECTION_HALO_POINT_EXTRA;
      halo.push({ kind: 'path', id: `selection-${f.id}`, subpaths: circlePath(x, y, radius * r), fill: css(SELECTION_HALO), fillOpacity: round3(SELECTION_HALO_ALPHA) });
    } else {
      const width = (mark.kind === 'line' ? (mark.band?.width ?? mark.casing.width) : LAYER_SYMBOLS[f.properties.layer].width * palette.lineScale + CASING_EXTRA) + SELECTION_HALO_EXTRA;
      halo.push({
        kind: 'path',
        id: `selection-${f.id}`,
        subpaths: pathOf(f.geometry, project, f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon', isLineLike(f) ? offsetPixels(f, palette, r) : 0),
        stroke: css(SELECTION_HALO),
        strokeOpacity: round3(SELECTION_HALO_ALPHA),
        strokeWidth: round1(width * r),
        cap: 'round',
        join: 'round',
      });
    }
    groups.push(layerGroup('selection-halo', 'Selection', halo));
  }
  const lineMarks = lines.map((feature) => ({ feature, mark: featureMark(feature, palette) as Extract<ReturnType<typeof featureMark>, { kind: 'line' }> }));
  const bands: SlidePath[] = [];
  const casings: SlidePath[] = [];
  const cores: SlidePath[] = [];
  for (const { feature, mark } of lineMarks) {
    const offset = offsetPixels(feature, palette, r);
    const subpaths = pathOf(feature.geometry, project, false, offset);
    if (mark.band) bands.push({ kind: 'path', id: `band-${feature.id}`, subpaths, ...strokeStyle(mark.band, mark.band.width, r) });
    casings.push({ kind: 'path', id: `casing-${feature.id}`, subpaths, ...strokeStyle(mark.casing, mark.casing.width, r), strokeOpacity: round3(200 / 255) });
    if (mark.core) cores.push({ kind: 'path', id: `core-${feature.id}`, subpaths, ...strokeStyle(mark.core, mark.core.width, r) });
  }
  if (bands.length > 0) groups.push(layerGroup('accuracy-bands', 'Accuracy bands', bands));
  groups.push(layerGroup('casings', 'Casings', casings));
  for (const layer of LAYER_IDS) {
    const ofLayer = features.filter((feature) => feature.properties.layer === layer && feature.properties.kind !== 'region');
    if (ofLayer.length === 0) continue;
    const color = LAYER_SYMBOLS[layer].color;
    const items: SlidePath[] = [];
    for (const feature of ofLayer) {
      const mark = featureMark(feature, palette);
      const fade = fadeOf(feature);
      if (mark.kind === 'line') {
        items.push({ kind: 'path', id: feature.id, subpaths: pathOf(feature.geometry, project, false, offsetPixels(feature, palette, r)), ...strokeStyle(mark.line, mark.line.width, r, fade) });
      } else if (mark.kind === 'area') {
        items.push({
          kind: 'path',
          id: feature.id,
          subpaths: pathOf(feature.geometry, project, true),
          fill: css(color),
          fillOpacity: round3((AREA_FILL_ALPHA * fade) / 255),
          ...strokeStyle({ color, width: 1.5, dash: mark.outlineDash }, 1.5, r, fade),
        });
      } else if (feature.geometry.type === 'Point') {
        const [x, y] = project(feature.geometry.coordinates as LonLat);
        if (!inside([x, y], { width: size.width + 50 * r, height: size.height + 50 * r })) continue;
        items.push(...pointMark(feature.id, mark.shape, mark.color, mark.radius * r, mark.ring, x, y));
      }
    }
    groups.push(layerGroup(`layer-${layer}`, layerTitles.get(layer) ?? layer, items));
  }
  if (cores.length > 0) groups.push(layerGroup('hollow-cores', 'Hollow cores (planned)', cores));
  const undated = input.undated.filter((feature) => features.includes(feature));
  if (undated.length > 0) {
    const radius = UNDATED_MARK.radius * Math.sqrt(palette.lineScale);
    groups.push(
      layerGroup(
        'undated',
        'Undated plans',
        undated.map((feature) => {
          const [x, y] = project(markPoint(feature));
          const isPoint = feature.geometry.type === 'Point';
          return {
            kind: 'path' as const,
            id: `undated-${feature.id}`,
            subpaths: circlePath(x, y, (isPoint ? radius * 2.5 : radius) * r),
            ...(isPoint ? {} : { fill: css(UNDATED_MARK.fill) }),
            stroke: css(UNDATED_MARK.ink),
            strokeWidth: round1(1.5 * r),
          };
        }),
      ),
    );
  }
  return groups;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** A point's mark as the icon atlas draws it: a white edge a fifth of its radius, the shape filled, a dashed ring if schematic. */
function pointMark(id: string, shape: PointShape, color: Rgb, radius: number, ring: PointRing | null, x: number, y: number): SlidePath[] {
  const paths: SlidePath[] = [];
  if (ring) {
    const ringRadius = ring.radius * radius;
    const [dash, gap] = ringDash(ring, ringRadius);
    paths.push({ kind: 'path', id: `ring-edge-${id}`, subpaths: circlePath(x, y, ringRadius), stroke: '#ffffff', strokeOpacity: 0.7, strokeWidth: round1(ring.width * radius * 1.8) });
    paths.push({ kind: 'path', id: `ring-${id}`, subpaths: circlePath(x, y, ringRadius), stroke: css(color), strokeWidth: round1(ring.width * radius), dash: [round1(dash), round1(gap)], cap: 'butt' });
  }
  paths.push({ kind: 'path', id, subpaths: shapePath(shape, x, y, radius), fill: css(color), stroke: '#ffffff', strokeWidth: round1(0.2 * radius), join: 'round' });
  return paths;
}

/** How far a line's baseline sits below its centre, in ems (Noto Sans's capitals centred on the line). */
const BASELINE_DROP = 0.36;

/** The names, where the map put them: text with a halo, town dots beneath. */
function labelGroup(input: SlideInput): SlideGroup {
  const { palette, pixelRatio: r, labels } = input;
  const items: SlideItem[] = [];
  for (const label of labels) {
    if (!label.dot) continue;
    const [x, y] = input.project(label.position);
    const radius = (label.kind === 'capital' ? DOT_RADIUS.capital : DOT_RADIUS.city) * palette.labelScale * r;
    items.push({ kind: 'path', subpaths: circlePath(x, y, radius, 24), fill: css(palette.cityDot), stroke: css(palette.labelHalo), strokeWidth: round1(r) });
  }
  for (const label of labels) {
    const [px, py] = input.project(label.position);
    const x = px + label.offset[0] * r;
    const y = py + label.offset[1] * r;
    const size = label.style.size * r;
    const lines = label.text.split('\n');
    const lineHeight = size * LINE_HEIGHT;
    const blockHeight = lines.length * lineHeight;
    const top = label.baseline === 'top' ? y : label.baseline === 'bottom' ? y - blockHeight : y - blockHeight / 2;
    lines.forEach((line, index) => {
      items.push({
        kind: 'text',
        text: line,
        x: round1(x),
        y: round1(top + (index + 0.5) * lineHeight + BASELINE_DROP * size),
        size: round1(size),
        weight: label.style.weight,
        italic: label.style.italic,
        fill: css(labelInk(palette, label.kind)),
        anchor: label.textAnchor,
        // deck.gl's SDF outline: about two pixels of white round every letter.
        halo: { color: css(palette.labelHalo), width: round1(3.2 * r), opacity: round3(230 / 255) },
      });
    });
  }
  return layerGroup('names', input.words.layers.names, items);
}

/** Where a footnote's number goes: beside the feature's mark (a point, a line's middle, an area's centre) if in view, else its first point in view. */
export function footnoteAnchor(feature: DrawableFeature, project: Project, size: PictureSize): [number, number] | null {
  const mark = project(markPoint(feature));
  if (inside(mark, size)) return mark;
  for (const part of lineParts(feature.geometry)) {
    for (const position of part) {
      const point = project([position[0], position[1]]);
      if (inside(point, { width: size.width - 20, height: size.height - 20 }) && point[0] > 20 && point[1] > 20) return point;
    }
  }
  return null;
}

function footnoteMarks(input: SlideInput, footnotes: readonly Footnote[]): SlideGroup {
  const r = input.pixelRatio;
  const items: SlideItem[] = [];
  const byId = new Map(input.features.map((feature) => [feature.id, feature]));
  for (const note of footnotes) {
    const feature = byId.get(note.featureId);
    if (!feature) continue;
    const at = footnoteAnchor(feature, input.project, input.size);
    if (!at) continue;
    const color = LAYER_SYMBOLS[feature.properties.layer].color;
    items.push({
      kind: 'text',
      text: String(note.number),
      x: round1(at[0] + 5 * r),
      y: round1(at[1] - 5 * r),
      size: round1(12 * r),
      weight: 600,
      italic: false,
      fill: css(color),
      anchor: 'start',
      halo: { color: '#ffffff', width: round1(3.5 * r), opacity: 1 },
      role: 'footnote-mark',
    });
  }
  return layerGroup('footnote-marks', input.words.layers.footnoteMarks, items);
}

function placedText(placed: PlacedText, fill: string): SlideText {
  return {
    kind: 'text',
    text: placed.text,
    x: round1(placed.x),
    // exportLayout centres a line on `y`.
    y: round1(placed.y + BASELINE_DROP * placed.style.size),
    size: round1(placed.style.size),
    weight: placed.style.weight,
    italic: false,
    fill,
    anchor: 'start',
  };
}

function roundedRect(box: Rect, radius: number): SlidePath['subpaths'] {
  // A rounded corner as a few straight steps: exact enough at 4 px, and every writer draws polygons.
  const steps = 4;
  const corner = (cx: number, cy: number, from: number) =>
    Array.from({ length: steps + 1 }, (_, i) => {
      const angle = from + (i * Math.PI) / 2 / steps;
      return [round1(cx + radius * Math.cos(angle)), round1(cy + radius * Math.sin(angle))];
    }).flat();
  const { x, y, width, height } = box;
  return [
    {
      points: [
        ...corner(x + width - radius, y + radius, -Math.PI / 2),
        ...corner(x + width - radius, y + height - radius, 0),
        ...corner(x + radius, y + height - radius, Math.PI / 2),
        ...corner(x + radius, y + radius, Math.PI),
      ],
      closed: true,
    },
  ];
}

const rectPath = ({ x, y, width, height }: Rect): SlidePath['subpaths'] => [
  { points: [x, y, x + width, y, x + width, y + height, x, y + height].map(round1), closed: true },
];

/** Swatches as swatchCanvas.ts draws them: a line's strokes along the middle, a point's mark, an area's square. */
function swatchItems(row: LegendRow, box: Rect, scale: number): SlidePath[] {
  const { swatch } = row;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  if (swatch.kind === 'line') {
    // Round caps reach half a width past the ends; a wide band or halo keeps at least half the swatch's length.
    const inset = Math.min((swatch.strokes[0]?.width ?? 0) * scale * 0.5, box.width * 0.25);
    const points = [round1(box.x + inset), round1(cy), round1(box.x + box.width - inset), round1(cy)];
    return swatch.strokes.map((stroke) => ({
      kind: 'path' as const,
      subpaths: [{ points, closed: false }],
      ...strokeStyle(stroke, stroke.width, scale),
      // The legend's white strokes are a little translucent, as on the PNG.
      ...(stroke.color ? {} : { strokeOpacity: 0.85 }),
    }));
  }
  if (swatch.kind === 'point') {
    const radius = swatch.radius * scale;
    const paths: SlidePath[] = [];
    if (swatch.halo) paths.push({ kind: 'path', subpaths: circlePath(cx, cy, Math.min(radius * 2, box.height / 2)), fill: css(swatch.halo), fillOpacity: 0.9 });
    return [...paths, ...pointMark('legend', swatch.shape, swatch.color, radius, swatch.ring ?? null, cx, cy).map(({ id: _id, ...path }) => path)];
  }
  const inset = box.height * 0.18;
  const outline = Math.max(1, 1.5 * scale);
  const square = { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
  return [
    {
      kind: 'path',
      subpaths: rectPath(square),
      fill: css(swatch.color),
      fillOpacity: round3(AREA_FILL_ALPHA / 255),
      stroke: css(swatch.color),
      strokeWidth: round1(outline),
      ...(swatch.dash ? { dash: [round1(swatch.dash[0] * outline), round1(swatch.dash[1] * outline)] as [number, number] } : {}),
      join: 'miter',
    },
  ];
}

/** Title, legend, scale bar and sources where exportLayout put them for the PNG. */
function furnitureGroups(input: SlideInput): SlideGroup[] {
  const { layout, palette, words } = input;
  const edge = Math.max(1, layout.unit);
  const ink = css(palette.pictureInk);
  const muted = css(palette.pictureInkMuted);
  const panel = (box: Rect): SlidePath => ({
    kind: 'path',
    subpaths: roundedRect(box, 4 * edge),
    fill: css(palette.picturePanel),
    fillOpacity: 0.95,
    stroke: css(palette.picturePanelEdge),
    strokeOpacity: 0.18,
    strokeWidth: round1(edge),
  });
  const groups: SlideGroup[] = [];
  if (layout.title) groups.push(layerGroup('title', words.layers.title, [panel(layout.title.box), placedText(layout.title.text, ink)], false));
  if (layout.legend) {
    const items: SlideItem[] = [panel(layout.legend.box)];
    for (const rule of layout.legend.rules) items.push({ kind: 'path', subpaths: rectPath(rule), fill: css(palette.picturePanelEdge), fillOpacity: 0.18 });
    for (const row of layout.legend.rows) items.push(...swatchItems(row.entry, row.swatch, row.swatchScale), placedText(row.label, ink));
    groups.push(layerGroup('legend', words.layers.legend, items, false));
  }
  if (layout.scaleBar) {
    const { bar, label, box } = layout.scaleBar;
    groups.push(
      layerGroup(
        'scale-bar',
        words.layers.scaleBar,
        [
          panel(box),
          {
            kind: 'path',
            subpaths: [{ points: [bar.x, bar.y - bar.tick, bar.x, bar.y, bar.x + bar.length, bar.y, bar.x + bar.length, bar.y - bar.tick].map(round1), closed: false }],
            stroke: ink,
            strokeWidth: round1(bar.thickness),
            cap: 'square',
            join: 'miter',
          },
          placedText(label, ink),
        ],
        false,
      ),
    );
  }
  if (layout.sources) {
    const { box, lines } = layout.sources;
    groups.push(
      layerGroup(
        'sources',
        words.layers.sources,
        [
          { kind: 'path', subpaths: rectPath(box), fill: css(palette.picturePanel), fillOpacity: 0.95 },
          { kind: 'path', subpaths: rectPath({ ...box, height: edge }), fill: css(palette.picturePanelEdge), fillOpacity: 0.18 },
          ...lines.map((line) => placedText(line, muted)),
        ],
        false,
      ),
    );
  }
  return groups;
}

/** Greedy word wrap to a width, by the given measure. A word longer than the line stands alone. */
export function wrapText(text: string, style: TextStyle, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const words = paragraph.split(/ +/);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, style) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The footnotes laid out on pages of the picture's width: a heading, then each note's number and
 * feature, its passages quoted in English, each followed by its document, section and a link into
 * the atlas. `pageHeight`: Infinity lays them all on one page as tall as they need (the SVG's).
 */
export function layoutNotes(
  footnotes: readonly Footnote[],
  { width, pageHeight, unit, measure, words, palette }: { width: number; pageHeight: number; unit: number; measure: MeasureText; words: SlideWords; palette: Palette },
): NotesPage[] {
  if (footnotes.length === 0) return [];
  const margin = 40 * unit;
  const column = width - 2 * margin;
  const indent = 28 * unit;
  const ink = css(palette.pictureInk);
  const muted = css(palette.pictureInkMuted);
  const linkInk = '#1a56a8';
  const pages: NotesPage[] = [];
  let page: NotesPage = { height: 0, items: [], links: [] };
  let y = margin;
  const newPage = () => {
    page.height = Number.isFinite(pageHeight) ? pageHeight : y + margin;
    pages.push(page);
    page = { height: 0, items: [], links: [] };
    y = margin;
  };
  /** Room for `needed` pixels more on this page, else the next. */
  const room = (needed: number) => {
    if (Number.isFinite(pageHeight) && y + needed > pageHeight - margin && y > margin) newPage();
  };
  const line = (text: string, x: number, style: TextStyle, fill: string, extra: Partial<SlideText> = {}) => {
    const lineHeight = style.size * 1.4;
    room(lineHeight);
    const item: SlideText = { kind: 'text', text, x: round1(x), y: round1(y + lineHeight / 2 + BASELINE_DROP * style.size), size: round1(style.size), weight: style.weight, italic: false, fill, anchor: 'start', ...extra };
    page.items.push(item);
    y += lineHeight;
    return item;
  };
  const heading: TextStyle = { size: 22 * unit, weight: 600 };
  const name: TextStyle = { size: 15 * unit, weight: 600 };
  const quote: TextStyle = { size: 13 * unit, weight: 400 };
  const small: TextStyle = { size: 11 * unit, weight: 400 };
  line(words.notesHeading, margin, heading, ink);
  line(words.notesIntro, margin, small, muted);
  y += 8 * unit;
  for (const note of footnotes) {
    room(name.size * 1.4 + quote.size * 2.8);
    y += 6 * unit;
    line(`${note.number}`, margin, name, ink, { role: 'footnote-mark' });
    y -= name.size * 1.4;
    line(note.name, margin + indent, name, ink);
    for (const passage of note.passages) {
      const quoted = `“${passage.quote}”`;
      for (const text of wrapText(quoted, quote, column - indent, measure)) line(text, margin + indent, quote, ink, { lang: 'en' });
      const where = [passage.documentTitle, passage.section ? words.section(passage.section) : null].filter(Boolean).join(' — ');
      for (const text of wrapText(where, small, column - indent, measure)) line(text, margin + indent, small, muted, { lang: 'en' });
      const linkText = `${words.openInAtlas}: ${passage.link}`;
      // Only a web address is a link; a bare `#…` (no address to give) is printed for a reader to add to theirs.
      const followable = /^https?:\/\//.test(passage.link);
      for (const text of wrapText(linkText, small, column - indent, measure)) {
        if (!followable) {
          line(text, margin + indent, small, muted);
          continue;
        }
        const item = line(text, margin + indent, small, linkInk, { role: 'link', href: passage.link });
        page.links.push({ box: { x: item.x, y: round1(item.y - small.size), width: round1(measure(text, small)), height: round1(small.size * 1.3) }, href: passage.link });
      }
      y += 6 * unit;
    }
  }
  newPage();
  return pages;
}

/** Everything of a slide but its notes' pages (the SVG and PDF lay those out for their own page). */
export function buildSlide(input: SlideInput, layerTitles: ReadonlyMap<LayerId, string>, notesPageHeight: number): Slide {
  const footnotes: Footnote[] = input.footnotes.map((note, index) => ({ ...note, number: index + 1 }));
  const box = grownBounds(input.bounds);
  const { under, borders } = basemapGroups(input, box);
  const groups = [...under, ...featureGroups(input, layerTitles), borders, labelGroup(input), footnoteMarks(input, footnotes), ...furnitureGroups(input)];
  return {
    width: input.size.width,
    height: input.size.height,
    title: input.title,
    lang: input.lang,
    groups: groups.filter((group) => group.items.length > 0),
    links: [],
    footnotes,
    notes: layoutNotes(footnotes, { width: input.size.width, pageHeight: notesPageHeight, unit: input.layout.unit, measure: input.measure, words: input.words, palette: input.palette }),
  };
}
