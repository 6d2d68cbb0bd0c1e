/**
 * A user's checked features in the shape the map draws without any work per feature on the page:
 * flat Float32 positions with the vertex pairs of the lines, the triangles (earcut) and outlines of
 * the areas, and a grid of where every part lies for picking. Built in the import worker and
 * handed to the page without copying. Names are kept for hovering; the properties as one JSON text,
 * read only when someone asks about a feature.
 */
import { earcut } from '@math.gl/polygon';
import type { Position } from 'geojson';
import type { CheckedFeature, SimpleGeometry } from './geojsonCheck.ts';
import { buildGridIndex, type GridIndex } from './gridIndex.ts';
import type { Bounds } from '../geometry/coordinates.ts';
import { segmentDistance } from '../geometry/planar.ts';

export interface UserPoints {
  /** Longitude, latitude of each point. */
  positions: Float32Array;
  /** Per point: the feature's index in the file. */
  featureIds: Uint32Array;
}

export interface UserLines {
  positions: Float32Array;
  /** Where each path's vertices start, and one more: the end of the last. */
  starts: Uint32Array;
  /** Per path: the feature's index in the file. */
  featureIds: Uint32Array;
  /** Vertex pairs, one per segment, drawn as one list of lines. */
  segments: Uint32Array;
  /**
   * The same paths simplified for the zooms of SIMPLIFIED_ZOOMS (vertex pairs over the same
   * positions): a path keeps the vertices that stray more than half a pixel at that zoom.
   */
  simplified: Uint32Array[];
}

export interface UserPolygons {
  positions: Float32Array;
  /** Where each ring's vertices start (rings of a polygon follow each other, outer first), and one more. */
  ringStarts: Uint32Array;
  /** Where each polygon's rings start, and one more. */
  polygonStarts: Uint32Array;
  /** Per polygon: the feature's index in the file. */
  featureIds: Uint32Array;
  /** Vertex triples of the filled areas. */
  triangles: Uint32Array;
  /** Vertex pairs of the rings' edges. */
  outlines: Uint32Array;
  /** The same outlines simplified for the zooms of SIMPLIFIED_ZOOMS, as the lines are. */
  simplifiedOutlines: Uint32Array[];
}

/**
 * The parts a click can hit, numbered points first, then paths, then polygons; the grid holds
 * each part's bounding box.
 */
export interface UserFeatures {
  points: UserPoints;
  lines: UserLines;
  polygons: UserPolygons;
  index: GridIndex;
  vertexCount: number;
  names: string[];
  /** JSON array of each feature's properties, parsed on first use. */
  propertiesJson: string;
}

/** Zooms with a simplified drawing of the lines; from the last one on, every vertex is drawn. */
export const SIMPLIFIED_ZOOMS = [3, 4, 5, 6, 7, 8, 9];
/** Half a pixel in degrees of longitude at a zoom (Web Mercator's 512-pixel world at zoom 0). */
export const halfPixelDegrees = (zoom: number) => 180 / (512 * 2 ** zoom);

/** Which simplified drawing suits a zoom: an index into `simplified`, or -1 for every vertex. */
export function simplifiedLevel(zoom: number): number {
  const level = SIMPLIFIED_ZOOMS.findLastIndex((levelZoom) => levelZoom <= zoom);
  return zoom >= SIMPLIFIED_ZOOMS[SIMPLIFIED_ZOOMS.length - 1] + 1 ? -1 : Math.max(0, level);
}

/** Where one feature lies: the box round all its points, paths and polygons; null if it has none. */
export function userFeatureBounds({ points, lines, polygons }: Pick<UserFeatures, 'points' | 'lines' | 'polygons'>, index: number): Bounds | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const take = (positions: Float32Array, from: number, to: number) => {
    for (let v = from; v < to; v++) {
      [west, east] = [Math.min(west, positions[v * 2]), Math.max(east, positions[v * 2])];
      [south, north] = [Math.min(south, positions[v * 2 + 1]), Math.max(north, positions[v * 2 + 1])];
    }
  };
  points.featureIds.forEach((id, point) => id === index && take(points.positions, point, point + 1));
  lines.featureIds.forEach((id, path) => id === index && take(lines.positions, lines.starts[path], lines.starts[path + 1]));
  const { ringStarts, polygonStarts } = polygons;
  polygons.featureIds.forEach((id, polygon) => id === index && take(polygons.positions, ringStarts[polygonStarts[polygon]], ringStarts[polygonStarts[polygon + 1]]));
  return west <= east ? [[west, south], [east, north]] : null;
}

const NAME_KEYS = ['name', 'Name', 'NAME', 'title', 'Title', 'label', 'name_en'];

/** What to call a feature: its name or title if it has one, else its id, else its number. */
export function featureName(feature: Pick<CheckedFeature, 'properties' | 'id'>, index: number): string {
  for (const key of NAME_KEYS) {
    const value = feature.properties[key];
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value).trim().slice(0, 120);
  }
  return feature.id !== undefined ? String(feature.id) : `Feature ${index + 1}`;
}

function linesOf(geometry: SimpleGeometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

function pointsOf(geometry: SimpleGeometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  return [];
}

function polygonsOf(geometry: SimpleGeometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

export type GeometryKind = 'points' | 'lines' | 'areas';

/** Grows typed arrays as parts are appended (the sizes are counted first, so nothing is copied). */
class Appender {
  at = 0;
  constructor(readonly values: Float32Array | Uint32Array) {}
  push(...values: number[]): void {
    for (const value of values) this.values[this.at++] = value;
  }
}

/** Counts first, then fills arrays of exactly the right size. */
export function toUserFeatures(features: readonly CheckedFeature[]): UserFeatures {
  let pointCount = 0;
  let pathCount = 0;
  let lineVertices = 0;
  let polygonCount = 0;
  let ringCount = 0;
  let polygonVertices = 0;
  for (const feature of features) {
    for (const geometry of feature.geometries) {
      pointCount += pointsOf(geometry).length;
      for (const line of linesOf(geometry)) {
        pathCount++;
        lineVertices += line.length;
      }
      for (const polygon of polygonsOf(geometry)) {
        polygonCount++;
        ringCount += polygon.length;
        for (const ring of polygon) polygonVertices += ring.length;
      }
    }
  }
  const points = { positions: new Appender(new Float32Array(pointCount * 2)), featureIds: new Appender(new Uint32Array(pointCount)) };
  const lines = {
    positions: new Appender(new Float32Array(lineVertices * 2)),
    starts: new Appender(new Uint32Array(pathCount + 1)),
    featureIds: new Appender(new Uint32Array(pathCount)),
    segments: new Appender(new Uint32Array((lineVertices - pathCount) * 2)),
  };
  const polygons = {
    positions: new Appender(new Float32Array(polygonVertices * 2)),
    ringStarts: new Appender(new Uint32Array(ringCount + 1)),
    polygonStarts: new Appender(new Uint32Array(polygonCount + 1)),
    featureIds: new Appender(new Uint32Array(polygonCount)),
    outlines: new Appender(new Uint32Array((polygonVertices - ringCount) * 2)),
  };
  const triangles: number[][] = [];
  const boxes = new Float32Array((pointCount + pathCount + polygonCount) * 4);
  const box = new BoxWriter(boxes);

  features.forEach((feature, index) => {
    for (const geometry of feature.geometries) {
      for (const [lon, lat] of pointsOf(geometry)) {
        points.positions.push(lon, lat);
        points.featureIds.push(index);
      }
    }
  });
  for (let i = 0; i < pointCount; i++) box.add(points.positions.values, i, i + 1);
  features.forEach((feature, index) => {
    for (const geometry of feature.geometries) {
      for (const line of linesOf(geometry)) {
        const start = lines.positions.at / 2;
        lines.starts.push(start);
        lines.featureIds.push(index);
        line.forEach(([lon, lat], v) => {
          lines.positions.push(lon, lat);
          if (v > 0) lines.segments.push(start + v - 1, start + v);
        });
      }
    }
  });
  lines.starts.push(lines.positions.at / 2);
  const simplified = simplifyPaths(lines.positions.values as Float32Array, lines.starts.values as Uint32Array);
  for (let i = 0; i < pathCount; i++) box.add(lines.positions.values, lines.starts.values[i], lines.starts.values[i + 1]);
  features.forEach((feature, index) => {
    for (const geometry of feature.geometries) {
      for (const polygon of polygonsOf(geometry)) {
        const first = polygons.positions.at / 2;
        polygons.polygonStarts.push(polygons.ringStarts.at);
        polygons.featureIds.push(index);
        const holes: number[] = [];
        for (const ring of polygon) {
          const start = polygons.positions.at / 2;
          if (start > first) holes.push(start - first);
          polygons.ringStarts.push(start);
          ring.forEach(([lon, lat], v) => {
            polygons.positions.push(lon, lat);
            if (v > 0) polygons.outlines.push(start + v - 1, start + v);
          });
        }
        const flat = polygons.positions.values.subarray(first * 2, polygons.positions.at);
        triangles.push(earcut(flat, holes, 2).map((vertex) => vertex + first));
        box.add(polygons.positions.values, first, polygons.positions.at / 2);
      }
    }
  });
  polygons.ringStarts.push(polygons.positions.at / 2);
  polygons.polygonStarts.push(polygons.ringStarts.at - 1);

  return {
    points: { positions: points.positions.values as Float32Array, featureIds: points.featureIds.values as Uint32Array },
    lines: {
      positions: lines.positions.values as Float32Array,
      starts: lines.starts.values as Uint32Array,
      featureIds: lines.featureIds.values as Uint32Array,
      segments: lines.segments.values as Uint32Array,
      simplified,
    },
    polygons: {
      positions: polygons.positions.values as Float32Array,
      ringStarts: polygons.ringStarts.values as Uint32Array,
      polygonStarts: polygons.polygonStarts.values as Uint32Array,
      featureIds: polygons.featureIds.values as Uint32Array,
      triangles: Uint32Array.from(triangles.flat()),
      outlines: polygons.outlines.values as Uint32Array,
      // A ring is a path that ends where it began.
      simplifiedOutlines: simplifyPaths(polygons.positions.values as Float32Array, polygons.ringStarts.values as Uint32Array),
    },
    index: buildGridIndex(boxes),
    vertexCount: pointCount + lineVertices + polygonVertices,
    names: features.map(featureName),
    propertiesJson: JSON.stringify(features.map((feature) => feature.properties)),
  };
}

/**
 * Douglas–Peucker once per path, remembering for each vertex the largest tolerance at which it is
 * still kept (never more than its parent's): every zoom's drawing is then one pass over them.
 * Kept rather than turf's simplify, measured (scripts/simplifyVsTurf.ts, Node 20 on this 2-core
 * machine under load): a million vertices in 1,000-vertex paths take 1.7 s here for all seven zooms,
 * turf 2.7 s run once per zoom, before its coordinates are matched back to the worker's vertex
 * indices (which the drawing needs) and with every path copied out of the typed arrays first.
 */
export function simplifyPaths(positions: Float32Array, starts: Uint32Array): Uint32Array[] {
  const vertexCount = positions.length / 2;
  const significance = new Float32Array(vertexCount);
  const stack: number[] = [];
  for (let path = 0; path + 1 < starts.length; path++) {
    const first = starts[path];
    const last = starts[path + 1] - 1;
    significance[first] = Infinity;
    significance[last] = Infinity;
    stack.push(first, last, Infinity);
    while (stack.length > 0) {
      const parent = stack.pop()!;
      const to = stack.pop()!;
      const from = stack.pop()!;
      if (to - from < 2) continue;
      let farthest = from + 1;
      let distance = -1;
      for (let v = from + 1; v < to; v++) {
        const d = offLine(positions, from, to, v);
        if (d > distance) [farthest, distance] = [v, d];
      }
      const kept = Math.min(distance, parent);
      significance[farthest] = kept;
      stack.push(from, farthest, kept, farthest, to, kept);
    }
  }
  return SIMPLIFIED_ZOOMS.map((zoom) => {
    const tolerance = halfPixelDegrees(zoom);
    const pairs: number[] = [];
    for (let path = 0; path + 1 < starts.length; path++) {
      let previous = starts[path];
      for (let v = previous + 1; v < starts[path + 1]; v++) {
        if (significance[v] > tolerance) {
          pairs.push(previous, v);
          previous = v;
        }
      }
    }
    return Uint32Array.from(pairs);
  });
}

/** How far vertex v lies from the straight line between vertices a and b (degrees). */
function offLine(positions: Float32Array, a: number, b: number, v: number): number {
  return segmentDistance(positions[v * 2], positions[v * 2 + 1], positions[a * 2], positions[a * 2 + 1], positions[b * 2], positions[b * 2 + 1]);
}

/** Writes each part's bounding box (west, south, east, north) from a run of its vertices. */
class BoxWriter {
  private part = 0;
  constructor(private readonly boxes: Float32Array) {}
  add(positions: Float32Array | Uint32Array, fromVertex: number, toVertex: number): void {
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let v = fromVertex; v < toVertex; v++) {
      const lon = positions[v * 2];
      const lat = positions[v * 2 + 1];
      if (lon < west) west = lon;
      if (lon > east) east = lon;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
    }
    this.boxes.set([west, south, east, north], this.part++ * 4);
  }
}

/** The typed arrays' buffers, to hand from the worker to the page without copying. */
export function transferablesOf(features: UserFeatures): ArrayBuffer[] {
  const { points, lines, polygons, index } = features;
  const { simplified, ...lineArrays } = lines;
  const { simplifiedOutlines, ...polygonArrays } = polygons;
  const arrays = [
    ...Object.values(points),
    ...Object.values(lineArrays),
    ...simplified,
    ...Object.values(polygonArrays),
    ...simplifiedOutlines,
    index.cellStarts,
    index.cellParts,
    index.wideParts,
    index.boxes,
  ];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/** How many parts of each kind come before a part number: points, then paths, then polygons. */
export function partKinds(features: Pick<UserFeatures, 'points' | 'lines'>): { pathsFrom: number; polygonsFrom: number } {
  const pathsFrom = features.points.featureIds.length;
  return { pathsFrom, polygonsFrom: pathsFrom + features.lines.featureIds.length };
}

export function hasLines(features: Pick<UserFeatures, 'lines' | 'polygons'>): boolean {
  return features.lines.featureIds.length > 0 || features.polygons.featureIds.length > 0;
}
