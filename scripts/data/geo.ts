/**
 * Geometry helpers for the feature generator: named waypoints, river slices, rounding.
 * Everything here reads only files under data/ (never ../shared).
 */
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';

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

type RiverFeature = Feature<LineString | MultiLineString, { name?: string; featurecla?: string }>;

let rivers: RiverFeature[] | undefined;

function riverLine(name: string): Feature<LineString> {
  rivers ??= (
    JSON.parse(readFileSync(new URL('../../data/basemap/rivers.geojson', import.meta.url), 'utf8')) as {
      features: RiverFeature[];
    }
  ).features;
  const river = rivers.find((f) => f.properties.name === name && f.properties.featurecla === 'River');
  if (!river || river.geometry.type !== 'LineString') throw new Error(`river ${name} not found as a LineString`);
  return river as Feature<LineString>;
}

/**
 * The course of a river (Natural Earth 10m centreline) between the points nearest to `from` and `to`,
 * in the order from → to whichever way the river flows.
 */
export function alongRiver(name: string, from: Position, to: Position): Position[] {
  const line = riverLine(name);
  const at = (p: Position) => turf.nearestPointOnLine(line, turf.point(p)).properties.location;
  const slice = turf.lineSlice(turf.point(from), turf.point(to), line).geometry.coordinates as Position[];
  return at(from) <= at(to) ? slice : [...slice].reverse();
}

/** Drawn length of a line in km, to compare with a stated length while authoring. */
export function lengthKm(coordinates: Position[]): number {
  return turf.length(turf.lineString(coordinates), { units: 'kilometers' });
}
