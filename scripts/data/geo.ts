/**
 * Geometry helpers for the feature generator: paths, lines along a country's own bank of a border river, rounding.
 * Everything here reads only files under data/ and the world-atlas package (never ../shared).
 */
import * as turf from '@turf/turf';
import type { Feature } from 'geojson';
import { BUILD_SETTINGS } from '../../src/basemap/build.ts';
import { countryFeatures, simplifyTopology } from '../../src/basemap/prepare.ts';
import { readBasemapInputs } from '../lib/basemapInputs.ts';

export type Position = [number, number];

/** Rounded to 4 decimals (about 10 m): more would pretend a precision the sources do not have. */
export const round = ([lon, lat]: Position): Position => [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];

/** Join paths into one, dropping a point that repeats the previous one. */
export function path(...parts: (Position | Position[])[]): Position[] {
  const points = parts.flatMap((part) => (typeof part[0] === 'number' ? [part as Position] : (part as Position[])));
  const out: Position[] = [];
  for (const point of points.map(round)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/** Drawn length of a line in km, to compare with a stated length while authoring. */
export function lengthKm(coordinates: Position[]): number {
  return turf.length(turf.lineString(coordinates), { units: 'kilometers' });
}

type Areal = import('geojson').Polygon | import('geojson').MultiPolygon;
let countryShapes: Map<string, Feature<Areal>> | undefined;

/** The Natural Earth 1:10m country, as the basemap and the geographic check see it. */
export function countryShape(name: string): Feature<Areal> {
  countryShapes ??= loadCountryShapes();
  const shape = countryShapes.get(name);
  if (!shape) throw new Error(`country ${name} not found`);
  return shape;
}

function loadCountryShapes(): Map<string, Feature<Areal>> {
  const inputs = readBasemapInputs();
  const countries = countryFeatures(simplifyTopology(inputs.countries10m, BUILD_SETTINGS.simplify10m));
  return new Map(countries.features.map((f) => [f.properties.name, f as Feature<Areal>]));
}

const kmToLat = (km: number) => km / 110.57;
const kmToLon = (km: number, lat: number) => km / (111.32 * Math.cos((lat * Math.PI) / 180));

/**
 * A line along a country's border between the border points nearest `from` and `to` (the shorter
 * way round), moved `insetKm` inside the country: a line that follows a border river on its own bank.
 */
export function alongBorderInside(country: string, from: Position, to: Position, insetKm: number): Position[] {
  const shape = countryShape(country);
  const rings = shape.geometry.type === 'Polygon' ? shape.geometry.coordinates : shape.geometry.coordinates.flat();
  let best: { ring: Position[]; i: number; j: number; d: number } | undefined;
  for (const ring of rings as Position[][]) {
    const nearest = (p: Position) =>
      ring.reduce((acc, q, k) => {
        const d = turf.distance(p, q);
        return d < acc.d ? { k, d } : acc;
      }, { k: -1, d: Infinity });
    const a = nearest(from);
    const b = nearest(to);
    if (!best || a.d + b.d < best.d) best = { ring: ring.slice(0, -1), i: a.k, j: b.k, d: a.d + b.d };
  }
  const { ring, i, j } = best!;
  const n = ring.length;
  const forward: Position[] = [];
  for (let k = i; ; k = (k + 1) % n) {
    forward.push(ring[k]);
    if (k === j) break;
  }
  const backward: Position[] = [];
  for (let k = i; ; k = (k - 1 + n) % n) {
    backward.push(ring[k]);
    if (k === j) break;
  }
  const border = lengthKm(forward) <= lengthKm(backward) ? forward : backward;
  // A vertex at a spike of the border has no inside direction: it is dropped rather than pushed outside.
  const inset = border.flatMap((p, k): Position[] => {
    const prev = border[Math.max(0, k - 1)];
    const next = border[Math.min(border.length - 1, k + 1)];
    const [dx, dy] = [(next[0] - prev[0]) * Math.cos((p[1] * Math.PI) / 180), next[1] - prev[1]];
    const norm = Math.hypot(dx, dy) || 1;
    const [nx, ny] = [-dy / norm, dx / norm];
    const candidate = (sign: number): Position => [p[0] + sign * kmToLon(nx * insetKm, p[1]), p[1] + sign * kmToLat(ny * insetKm)];
    return [candidate(1), candidate(-1)].filter((c) => turf.booleanPointInPolygon(c, shape)).slice(0, 1);
  });
  const simplified = turf.simplify(turf.lineString(inset), { tolerance: 0.001, highQuality: true });
  return path(simplified.geometry.coordinates as Position[]);
}
