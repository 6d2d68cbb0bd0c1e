/**
 * What is under the pointer, worked out on the CPU from the drawn features: the map then needs no
 * GPU picking pass (and no repaint) to answer a hover or a click. Lines are hit by their distance
 * to the pointer, points by the size of their mark, areas by containing it. Pure: the map passes in
 * its projection (longitude/latitude ↔ screen pixels).
 */
import RBush, { type BBox } from 'rbush';
import type { Position } from 'geojson';
import type { LonLat } from '../geometry/coordinates.ts';
import type { DrawableFeature } from './drawable.ts';
import type { Box } from './labelPlacement.ts';
import type { Palette } from '../../style/palette.ts';
import { LAYER_SYMBOLS, lineStrokes } from './symbology.ts';
import { segmentDistance as planarDistance } from '../geometry/planar.ts';

export type ScreenPoint = [number, number];

/** The map's projection, in CSS pixels from the map's top left. */
export interface ScreenProjection {
  project: (lonLat: LonLat) => ScreenPoint;
  unproject: (point: ScreenPoint) => LonLat;
}

/** How a feature is drawn, as far as hitting it goes (sizes in CSS pixels). */
export type PickShape =
  | { id: string; type: 'point'; at: LonLat; radius: number }
  /** `offset`: the line is drawn shifted this far to the right of its direction (deck.gl's convention). */
  | { id: string; type: 'line'; parts: LonLat[][]; halfWidth: number; offset: number }
  | { id: string; type: 'area'; polygons: LonLat[][][] };

interface Entry extends BBox {
  shape: PickShape;
  /** For a line: which part and which segment of it (from vertex `segment` to the next). */
  part: number;
  segment: number;
}

/** The drawn features of one scene, indexed by where they lie: one box per point, line segment and area. */
export interface PickIndex {
  readonly shapes: ReadonlyMap<string, PickShape>;
  readonly tree: RBush<Entry>;
  /** The farthest any mark reaches from its geometry, in pixels (a point's radius, a line's half width and shift). */
  readonly reach: number;
}

/** A feature under the pointer; `distance` in pixels from the edge of its mark (0: on it). */
export interface PickHit {
  id: string;
  distance: number;
}

/** A name drawn on the map that stands for a feature (a region is named, not marked), with the box it covers. */
export interface LabelTarget {
  id: string;
  box: Box;
}

/** Points are marked by a shape with a white ring round it (see map/pointIcons.ts): the ring counts. */
const RING_SHARE = 0.1;
const PLACE_SHRINK = 0.8;

/** How each drawn feature is hit: sizes as corridorLayers draws them with this palette. Regions have no mark. */
export function pickShapes(drawn: readonly DrawableFeature[], palette: Palette): PickShape[] {
  return drawn.flatMap((feature): PickShape[] => {
    const { layer, kind, status } = feature.properties;
    const symbol = LAYER_SYMBOLS[layer];
    const geometry = feature.geometry;
    switch (geometry.type) {
      case 'Point': {
        if (kind === 'region') return [];
        const radius = symbol.pointRadius * (kind === 'place' ? PLACE_SHRINK : 1) * Math.sqrt(palette.lineScale) * (1 + RING_SHARE);
        return [{ id: feature.id, type: 'point', at: lonLat(geometry.coordinates), radius }];
      }
      case 'LineString':
      case 'MultiLineString': {
        const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
        const casing = lineStrokes(symbol.color, symbol.width * palette.lineScale, status)[0].width;
        const offset = (symbol.offset ?? 0) * symbol.width * palette.lineScale;
        return [{ id: feature.id, type: 'line', parts: parts.map((part) => part.map(lonLat)), halfWidth: casing / 2, offset }];
      }
      case 'Polygon':
        return [{ id: feature.id, type: 'area', polygons: [geometry.coordinates.map((ring) => ring.map(lonLat))] }];
      case 'MultiPolygon':
        return [{ id: feature.id, type: 'area', polygons: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(lonLat))) }];
      default:
        return [];
    }
  });
}

const lonLat = (position: Position): LonLat => [position[0], position[1]];

export function buildPickIndex(shapes: readonly PickShape[]): PickIndex {
  const entries: Entry[] = [];
  let reach = 0;
  const boxOf = (points: readonly LonLat[], shape: PickShape, part = 0, segment = 0): Entry => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys), shape, part, segment };
  };
  for (const shape of shapes) {
    if (shape.type === 'point') {
      entries.push(boxOf([shape.at], shape));
      reach = Math.max(reach, shape.radius);
    } else if (shape.type === 'line') {
      shape.parts.forEach((part, partIndex) => {
        for (let i = 0; i + 1 < part.length; i++) entries.push(boxOf([part[i], part[i + 1]], shape, partIndex, i));
      });
      reach = Math.max(reach, shape.halfWidth + Math.abs(shape.offset));
    } else {
      entries.push(boxOf(shape.polygons.flatMap((polygon) => polygon[0]), shape));
    }
  }
  const tree = new RBush<Entry>();
  tree.load(entries);
  return { shapes: new Map(shapes.map((shape) => [shape.id, shape])), tree, reach };
}

/**
 * Every feature within `radius` pixels of the pointer, nearest first; points before lines where
 * equally near (they are drawn on top). Areas, and the names of regions, count only where no
 * point or line is hit: what is drawn on top of them wins.
 */
export function pickAt(
  index: PickIndex,
  projection: ScreenProjection,
  pointer: ScreenPoint,
  radius: number,
  labels: readonly LabelTarget[] = [],
): PickHit[] {
  const near = new Map<string, { distance: number; rank: number }>();
  const areas: string[] = [];
  const note = (id: string, distance: number, rank: number) => {
    const known = near.get(id);
    if (!known || distance < known.distance) near.set(id, { distance, rank });
  };
  for (const entry of index.tree.search(searchBox(projection, pointer, radius + index.reach))) {
    const shape = entry.shape;
    if (shape.type === 'point') {
      const distance = Math.max(0, Math.hypot(...minus(projection.project(shape.at), pointer)) - shape.radius);
      if (distance <= radius) note(shape.id, distance, 0);
    } else if (shape.type === 'line') {
      const part = shape.parts[entry.part];
      const [a, b] = shifted(projection.project(part[entry.segment]), projection.project(part[entry.segment + 1]), shape.offset);
      const distance = Math.max(0, segmentDistance(pointer, a, b) - shape.halfWidth);
      if (distance <= radius) note(shape.id, distance, 1);
    } else if (!areas.includes(shape.id) && containsPointer(shape.polygons, projection, pointer)) {
      areas.push(shape.id);
    }
  }
  if (near.size > 0) {
    return [...near.entries()]
      .sort(([, a], [, b]) => a.distance - b.distance || a.rank - b.rank)
      .map(([id, { distance }]) => ({ id, distance }));
  }
  const [x, y] = pointer;
  const named = labels.filter(({ box }) => x >= box.minX && x <= box.maxX && y >= box.minY && y <= box.maxY).map((label) => label.id);
  return [...new Set([...areas, ...named])].map((id) => ({ id, distance: 0 }));
}

/** The longitude/latitude box that holds every point within `reach` pixels of the pointer (rotated or tilted maps too). */
function searchBox(projection: ScreenProjection, [x, y]: ScreenPoint, reach: number) {
  const corners = [
    [x - reach, y - reach],
    [x + reach, y - reach],
    [x + reach, y + reach],
    [x - reach, y + reach],
  ].map((corner) => projection.unproject(corner as ScreenPoint));
  const lons = corners.map((c) => c[0]);
  const lats = corners.map((c) => c[1]);
  return { minX: Math.min(...lons), minY: Math.min(...lats), maxX: Math.max(...lons), maxY: Math.max(...lats) };
}

const minus = (a: ScreenPoint, b: ScreenPoint): ScreenPoint => [a[0] - b[0], a[1] - b[1]];

/** A segment moved `offset` pixels to the right of its direction (screen y points down). */
export function shifted(a: ScreenPoint, b: ScreenPoint, offset: number): [ScreenPoint, ScreenPoint] {
  if (offset === 0) return [a, b];
  const [dx, dy] = minus(b, a);
  const length = Math.hypot(dx, dy) || 1;
  const [nx, ny] = [(-dy / length) * offset, (dx / length) * offset];
  return [
    [a[0] + nx, a[1] + ny],
    [b[0] + nx, b[1] + ny],
  ];
}

/** How far a point on screen lies from a segment on screen (pixels). */
export const segmentDistance = ([px, py]: ScreenPoint, [ax, ay]: ScreenPoint, [bx, by]: ScreenPoint): number => planarDistance(px, py, ax, ay, bx, by);

/** Even-odd containment of the pointer in the projected rings (holes are rings too). */
function containsPointer(polygons: readonly LonLat[][][], projection: ScreenProjection, [x, y]: ScreenPoint): boolean {
  return polygons.some((polygon) => {
    let inside = false;
    for (const ring of polygon) {
      const points = ring.map(projection.project);
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i];
        const [xj, yj] = points[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}

/** A picked feature's outline on screen, as the highlight strokes it: polylines, and whether they are closed rings. */
export interface ScreenOutline {
  paths: ScreenPoint[][];
  closed: boolean;
  /** A point's mark radius, a line's half width; 0 for areas. */
  size: number;
}

export function screenOutline(shape: PickShape, projection: ScreenProjection): ScreenOutline {
  switch (shape.type) {
    case 'point':
      return { paths: [[projection.project(shape.at)]], closed: false, size: shape.radius };
    case 'line':
      return { paths: shape.parts.map((part) => shiftedPath(part.map(projection.project), shape.offset)), closed: false, size: shape.halfWidth };
    case 'area':
      return { paths: shape.polygons.flatMap((polygon) => polygon.map((ring) => ring.map(projection.project))), closed: true, size: 0 };
  }
}

/** A polyline moved sideways: each vertex by the mean of its segments' shifts, as deck.gl joins them. */
function shiftedPath(points: ScreenPoint[], offset: number): ScreenPoint[] {
  if (offset === 0 || points.length < 2) return points;
  const segments = points.slice(1).map((point, i) => shifted(points[i], point, offset));
  return points.map((_, i) => {
    const before = segments[i - 1]?.[1];
    const after = segments[i]?.[0];
    if (!before) return after;
    if (!after) return before;
    return [(before[0] + after[0]) / 2, (before[1] + after[1]) / 2];
  });
}

/** The drawn regions' names where the map shows them: a region is picked by its name (it has no mark). */
export function regionLabelTargets(placed: readonly { name: string; kind: string; box: Box }[], drawn: readonly DrawableFeature[]): LabelTarget[] {
  const regions = drawn.filter((feature) => feature.properties.kind === 'region');
  return placed.flatMap((label) => {
    if (label.kind !== 'region') return [];
    const region = regions.find((feature) => feature.properties.name.replace(/ \(.*\)$/, '') === label.name);
    return region ? [{ id: region.id, box: label.box }] : [];
  });
}
