/**
 * Pure basemap preparation: world-atlas TopoJSON → country fills and border lines,
 * Natural Earth extras → clipped, renamed, rounded rivers and lakes.
 * No I/O here; scripts/prepare-basemap.ts reads and writes the files.
 */
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type {
  GeometryCollection as TopoGeometryCollection,
  GeometryObject as TopoGeometry,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { feature as topoFeature, merge as topoMerge, mesh as topoMesh } from 'topojson-client';
import { bboxClip, booleanPointInPolygon, lineString, simplify } from '@turf/turf';
import type { LonLat } from '../model/geometry/coordinates.ts';
import {
  RIVER_MIN_ZOOM,
  TERRITORY_TRANSFERS,
  countryName,
  fixLakeName,
  fixRiverName,
} from './corrections.ts';

export type Areal = Polygon | MultiPolygon;
export type Linear = LineString | MultiLineString;

export interface CountryProps {
  name: string;
}
export interface LakeProps {
  name: string;
  scalerank: number;
}
export interface RiverProps {
  name: string;
  scalerank: number;
  min_zoom: number;
}

// ---------------------------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------------------------

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

function roundLine(coords: Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const c of coords) {
    const p = [roundTo(c[0], decimals), roundTo(c[1], decimals)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundRing(ring: Position[], decimals: number): Position[] | null {
  const r = roundLine(ring, decimals);
  if (r.length > 1) {
    const a = r[0];
    const b = r[r.length - 1];
    if (a[0] !== b[0] || a[1] !== b[1]) r.push([a[0], a[1]]);
  }
  // A closed ring needs at least 3 distinct positions.
  return r.length >= 4 ? r : null;
}

function roundPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const out: Position[][] = [];
  for (let i = 0; i < rings.length; i++) {
    const r = roundRing(rings[i], decimals);
    if (r) out.push(r);
    else if (i === 0) return null; // exterior collapsed: drop the polygon
  }
  return out;
}

/**
 * Rounds every coordinate to `decimals`, removes consecutive duplicates created by the rounding and
 * drops collapsed rings, polygons and lines. Returns null if nothing is left.
 */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G | null {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: geometry.coordinates.slice(0, 2).map((v) => roundTo(v, decimals)) } as G;
    case 'LineString': {
      const c = roundLine(geometry.coordinates, decimals);
      return c.length >= 2 ? ({ type: 'LineString', coordinates: c } as G) : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2);
      if (lines.length === 0) return null;
      return (lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines }) as G;
    }
    case 'Polygon': {
      const p = roundPolygon(geometry.coordinates, decimals);
      return p ? ({ type: 'Polygon', coordinates: p } as G) : null;
    }
    case 'MultiPolygon': {
      const polys = geometry.coordinates.map((p) => roundPolygon(p, decimals)).filter((p): p is Position[][] => p !== null);
      if (polys.length === 0) return null;
      return (polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys }) as G;
    }
    default:
      throw new Error(`roundGeometry: unsupported geometry ${geometry.type}`);
  }
}

export function roundFeatures<G extends Geometry, P>(fc: FeatureCollection<G, P>, decimals: number): FeatureCollection<G, P> {
  const features: Feature<G, P>[] = [];
  for (const f of fc.features) {
    const g = roundGeometry(f.geometry, decimals);
    if (g) features.push({ type: 'Feature', properties: f.properties, geometry: g });
  }
  return { type: 'FeatureCollection', features };
}

/** Largest number of decimals used by any coordinate of the collection (for tests and checks). */
export function maxDecimals(fc: FeatureCollection): number {
  let max = 0;
  const visit = (v: unknown): void => {
    if (typeof v === 'number') {
      const s = String(v);
      const i = s.indexOf('.');
      if (i >= 0) max = Math.max(max, s.length - i - 1);
    } else if (Array.isArray(v)) v.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return max;
}

// ---------------------------------------------------------------------------------------------
// Simplification (Douglas–Peucker, planar in degrees)
// ---------------------------------------------------------------------------------------------

/** Douglas–Peucker on a polyline (turf's, without its radial pre-pass); the first and last positions are always kept. */
export function simplifyLine(coords: Position[], tolerance: number): Position[] {
  if (coords.length <= 2 || tolerance <= 0) return coords.slice();
  return simplify(lineString(coords), { tolerance, highQuality: true }).geometry.coordinates;
}

/**
 * Simplifies every arc of a topology (shared borders stay shared, so neighbours keep matching).
 * Returns a new topology without a transform (absolute coordinates); the input is not modified.
 * With `onlyWithin`, arcs entirely outside that box are left unsimplified (quicker when the result is clipped to it).
 */
export function simplifyTopology(topology: Topology, toleranceDeg: number, onlyWithin?: BBox): Topology {
  const tr = topology.transform;
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const abs: Position[] = arc.map((p) => {
      if (!tr) return [p[0], p[1]];
      x += p[0];
      y += p[1];
      return [x * tr.scale[0] + tr.translate[0], y * tr.scale[1] + tr.translate[1]];
    });
    if (onlyWithin && !bboxIntersects(lineBBox(abs), onlyWithin)) return abs as [number, number][];
    return simplifyLine(abs, toleranceDeg) as [number, number][];
  });
  return { type: 'Topology', objects: topology.objects, arcs, ...(topology.bbox ? { bbox: topology.bbox } : {}) } as Topology;
}

function lineBBox(coords: Position[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of coords) {
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return box;
}

/** Douglas–Peucker applied to each line of a collection. */
export function simplifyLines<G extends Linear, P>(fc: FeatureCollection<G, P>, tolerance: number): FeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const g = f.geometry;
      const geometry =
        g.type === 'LineString'
          ? { type: 'LineString' as const, coordinates: simplifyLine(g.coordinates, tolerance) }
          : { type: 'MultiLineString' as const, coordinates: g.coordinates.map((l) => simplifyLine(l, tolerance)) };
      return { type: 'Feature' as const, properties: f.properties, geometry: geometry as G };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Clipping
// ---------------------------------------------------------------------------------------------

function geometryBBox(g: Geometry): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (v: unknown): void => {
    if (Array.isArray(v) && typeof v[0] === 'number') {
      const [x, y] = v as number[];
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    } else if (Array.isArray(v)) v.forEach(visit);
  };
  if ('coordinates' in g) visit(g.coordinates);
  return [w, s, e, n];
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function bboxInside(inner: BBox, outer: BBox): boolean {
  return inner[0] >= outer[0] && inner[2] <= outer[2] && inner[1] >= outer[1] && inner[3] <= outer[3];
}

/** Drops empty parts / rings that bboxClip leaves behind; null if nothing is left. */
function tidyClipped(g: Geometry): Geometry | null {
  switch (g.type) {
    case 'LineString':
      return g.coordinates.length >= 2 ? g : null;
    case 'MultiLineString': {
      const lines = g.coordinates.filter((l) => l.length >= 2);
      if (lines.length === 0) return null;
      return lines.length === 1 ? { type: 'LineString', coordinates: lines[0] } : { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon': {
      if (!g.coordinates[0] || g.coordinates[0].length < 4) return null;
      return { type: 'Polygon', coordinates: g.coordinates.filter((r) => r.length >= 4) };
    }
    case 'MultiPolygon': {
      const polys = g.coordinates
        .filter((p) => p[0] && p[0].length >= 4)
        .map((p) => p.filter((r) => r.length >= 4));
      if (polys.length === 0) return null;
      return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
    }
    default:
      return g;
  }
}

/**
 * Clips lines and polygons to the box (turf bboxClip). Features entirely outside are dropped,
 * features entirely inside are kept untouched.
 */
export function clipToBBox<G extends Areal | Linear, P>(fc: FeatureCollection<G, P>, box: BBox): FeatureCollection<G, P> {
  const features: Feature<G, P>[] = [];
  for (const f of fc.features) {
    const b = geometryBBox(f.geometry);
    if (!bboxIntersects(b, box)) continue;
    if (bboxInside(b, box)) {
      features.push(f);
      continue;
    }
    const clipped = tidyClipped(bboxClip(f as unknown as Feature<G>, box).geometry as Geometry);
    if (clipped) features.push({ type: 'Feature', properties: f.properties, geometry: clipped as G });
  }
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------------------------
// The antimeridian
// ---------------------------------------------------------------------------------------------

/** A ring made continuous across ±180° (a step of more than 180° becomes a step across the line). */
function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x, y] = ring[i];
    if (i > 0) {
      const step = x + shift - out[i - 1][0];
      if (step > 180) shift -= 360;
      else if (step < -180) shift += 360;
    }
    out.push([x + shift, y]);
  }
  return out;
}

function crossesAntimeridian(rings: Position[][]): boolean {
  return rings.some((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180));
}

/**
 * world-atlas keeps Chukotka (and Fiji) in rings that jump from +180° to −180° and back; drawn flat,
 * such a ring fills a band round the whole world (the "water bands" over Arctic Russia). Each such
 * polygon is unwrapped and cut at the line into one piece per side.
 */
export function splitAtAntimeridian(geometry: Areal): Areal {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!polygons.some(crossesAntimeridian)) return geometry;
  const out: Position[][][] = [];
  for (const rings of polygons) {
    if (!crossesAntimeridian(rings)) {
      out.push(rings);
      continue;
    }
    const unwrapped = rings.map(unwrapRing);
    const [west, , east] = geometryBBox({ type: 'Polygon', coordinates: unwrapped });
    for (let offset = Math.floor((west + 180) / 360) * 360; offset - 180 < east; offset += 360) {
      const window: BBox = [offset - 180, -90, offset + 180, 90];
      const piece = tidyClipped(bboxClip({ type: 'Polygon', coordinates: unwrapped }, window).geometry as Geometry);
      if (!piece) continue;
      const parts = piece.type === 'Polygon' ? [piece.coordinates] : (piece as MultiPolygon).coordinates;
      for (const part of parts) out.push(part.map((ring) => ring.map(([x, y]) => [x - offset, y])));
    }
  }
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0] } : { type: 'MultiPolygon', coordinates: out };
}

// ---------------------------------------------------------------------------------------------
// Countries and borders from world-atlas
// ---------------------------------------------------------------------------------------------

type CountryGeometry = (TopoPolygon<CountryProps> | TopoMultiPolygon<CountryProps>) & { properties: CountryProps };

/**
 * The country units of a world-atlas topology after the corrections: breakaway / non-country units
 * merged into their state (by name), renames applied, and territory transfers (Crimea) split off
 * into their own geometry carrying the receiving country's name.
 */
export function correctedCountryGeometries(topology: Topology, objectName = 'countries'): CountryGeometry[] {
  const collection = topology.objects[objectName] as TopoGeometryCollection<{ name?: string }>;
  const out: CountryGeometry[] = [];
  for (const g of collection.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    const raw = g.properties?.name ?? '';
    const transfers = TERRITORY_TRANSFERS.filter((t) => t.from === raw);
    if (transfers.length === 0 || g.type === 'Polygon') {
      out.push({ ...g, properties: { name: countryName(raw) } } as CountryGeometry);
      continue;
    }
    const keep: number[][][] = [];
    for (const polygonArcs of g.arcs) {
      const part: TopoPolygon = { type: 'Polygon', arcs: polygonArcs };
      const decoded = topoFeature(topology, part) as Feature<Polygon>;
      const transfer = transfers.find((t) => booleanPointInPolygon(t.at, decoded));
      if (transfer) out.push({ type: 'Polygon', arcs: polygonArcs, properties: { name: countryName(transfer.to) } });
      else keep.push(polygonArcs);
    }
    out.push({ type: 'MultiPolygon', arcs: keep, properties: { name: countryName(raw) } });
  }
  return out;
}

/**
 * One feature per country (units with the same corrected name dissolved with topojson merge),
 * sorted by name for deterministic output.
 */
export function countryFeatures(topology: Topology, objectName = 'countries'): FeatureCollection<Areal, CountryProps> {
  const groups = new Map<string, CountryGeometry[]>();
  for (const g of correctedCountryGeometries(topology, objectName)) {
    const list = groups.get(g.properties.name) ?? [];
    list.push(g);
    groups.set(g.properties.name, list);
  }
  const names = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const features: Feature<Areal, CountryProps>[] = [];
  for (const name of names) {
    const list = groups.get(name)!;
    let geometry: Areal;
    if (list.length === 1) {
      geometry = (topoFeature(topology, list[0] as TopoGeometry) as Feature<Areal>).geometry;
    } else {
      const merged = topoMerge(topology, list);
      geometry = merged.coordinates.length === 1 ? { type: 'Polygon', coordinates: merged.coordinates[0] } : merged;
    }
    features.push({ type: 'Feature', properties: { name }, geometry: splitAtAntimeridian(geometry) });
  }
  return { type: 'FeatureCollection', features };
}

/** Land borders: arcs shared by two different (corrected) countries. No coastlines. */
export function borderLines(topology: Topology, objectName = 'countries'): FeatureCollection<MultiLineString, Record<string, never>> {
  const geometries = correctedCountryGeometries(topology, objectName);
  const collection: TopoGeometryCollection = { type: 'GeometryCollection', geometries: geometries as TopoGeometry[] };
  const mesh = topoMesh(topology, collection, (a, b) => a !== b && (a.properties as CountryProps | undefined)?.name !== (b.properties as CountryProps | undefined)?.name);
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: mesh }] };
}

// ---------------------------------------------------------------------------------------------
// Extras: lakes and rivers
// ---------------------------------------------------------------------------------------------

export interface RawProps {
  name?: string | null;
  name_en?: string | null;
  scalerank?: number | null;
  min_zoom?: number | null;
  featurecla?: string | null;
}

export function prepareLakes(raw: FeatureCollection<Geometry, RawProps>, box: BBox, decimals = 3): FeatureCollection<Areal, LakeProps> {
  const lakes: FeatureCollection<Areal, LakeProps> = {
    type: 'FeatureCollection',
    features: raw.features
      .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f) => ({
        type: 'Feature' as const,
        properties: { name: fixLakeName(f.properties?.name), scalerank: f.properties?.scalerank ?? 10 },
        geometry: f.geometry as Areal,
      })),
  };
  return roundFeatures(clipToBBox(lakes, box), decimals);
}

function linePositions(g: Linear): Position[] {
  return g.type === 'LineString' ? g.coordinates : g.coordinates.flat();
}

/** Share of a line's vertices that lie inside one of the polygons (bbox-prefiltered). */
export function shareInside(line: Linear, polygons: FeatureCollection<Areal, unknown>): number {
  const pts = linePositions(line);
  if (pts.length === 0) return 0;
  const lb = geometryBBox(line);
  const candidates = polygons.features.filter((p) => bboxIntersects(geometryBBox(p.geometry), lb));
  if (candidates.length === 0) return 0;
  let inside = 0;
  for (const p of pts) if (candidates.some((c) => booleanPointInPolygon(p as LonLat, c as Feature<Areal>))) inside++;
  return inside / pts.length;
}

export interface RiverReport {
  droppedLakeCentrelines: string[];
}

/**
 * Rivers: English names (name_en preferred, then the fixes table), "Lake Centerline" parts that
 * run inside a lake we draw anyway are dropped (they would be drawn over the lake), clipped, rounded.
 */
export function prepareRivers(
  raw: FeatureCollection<Geometry, RawProps>,
  lakes: FeatureCollection<Areal, unknown>,
  box: BBox,
  decimals = 3,
  report: RiverReport = { droppedLakeCentrelines: [] },
): FeatureCollection<Linear, RiverProps> {
  const features: Feature<Linear, RiverProps>[] = [];
  for (const f of raw.features) {
    if (!f.geometry || (f.geometry.type !== 'LineString' && f.geometry.type !== 'MultiLineString')) continue;
    const p = f.properties ?? {};
    const name = fixRiverName(p.name_en || p.name);
    if (p.featurecla === 'Lake Centerline' && shareInside(f.geometry, lakes) >= 0.5) {
      report.droppedLakeCentrelines.push(name || '(unnamed)');
      continue;
    }
    features.push({
      type: 'Feature',
      properties: { name, scalerank: p.scalerank ?? 10, min_zoom: Math.min(p.min_zoom ?? 7, RIVER_MIN_ZOOM[name]?.min_zoom ?? Infinity) },
      geometry: f.geometry,
    });
  }
  return roundFeatures(clipToBBox({ type: 'FeatureCollection', features }, box), decimals);
}

