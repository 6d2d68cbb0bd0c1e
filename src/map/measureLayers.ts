/** The measuring line: the clicked points joined along great circles, with a dot at each. */
import { PathLayer } from '@deck.gl/layers';
import { roundMarkLayer } from './pointIcons.ts';
import type { Layer } from '@deck.gl/core';
import { greatCircle } from '@turf/turf';
import type { LonLat } from '../model/geometry/coordinates.ts';

const INK: [number, number, number, number] = [20, 20, 20, 255];

/** Each leg as drawn on the ground: a great-circle arc, so long legs curve as the distance does. */
function legPath(from: LonLat, to: LonLat): LonLat[] {
  if (from[0] === to[0] && from[1] === to[1]) return [from, to];
  const arc = greatCircle(from, to, { npoints: 32 });
  return arc.geometry.type === 'LineString' ? (arc.geometry.coordinates as LonLat[]) : [from, to];
}

export function buildMeasureLayers(points: readonly LonLat[]): Layer[] {
  if (points.length === 0) return [];
  const path = points.slice(1).flatMap((point, i) => legPath(points[i], point));
  return [
    new PathLayer<LonLat[]>({
      id: 'measure-line',
      data: points.length > 1 ? [path] : [],
      getPath: (p) => p,
      getColor: INK,
      getWidth: 2.5,
      widthUnits: 'pixels',
    }),
    // Each point a white dot in a 2-pixel ink ring, from the marks' atlas (no program of its own).
    roundMarkLayer<LonLat>({ id: 'measure-point-rings', data: points, getPosition: (p) => p, getRadius: () => 5, getColor: INK }),
    roundMarkLayer<LonLat>({ id: 'measure-points', data: points, getPosition: (p) => p, getRadius: () => 3, getColor: [255, 255, 255, 255] }),
  ];
}
