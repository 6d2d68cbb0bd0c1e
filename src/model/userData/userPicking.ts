/**
 * Which feature of the user's own layers is under the pointer, found on the CPU from the grid the
 * import worker built: hovering a layer of 100,000 features costs a look at a few cells, and no
 * GPU picking pass or repaint. Pure: the map passes in its projection.
 */
import type { UserFeatures } from './userFeatures.ts';
import { partKinds } from './userFeatures.ts';
import { partsInBox } from './gridIndex.ts';
import { segmentDistance, type ScreenPoint as Pixel, type ScreenProjection as PickProjection } from '../scene/picking.ts';
import type { LonLat } from '../geometry/coordinates.ts';

export type { PickProjection };

/** How the layers are drawn, as far as hitting them goes (CSS pixels). */
export interface UserMarkSizes {
  pointRadius: number;
  lineHalfWidth: number;
}

/** How near the pointer must come to a mark, in CSS pixels. */
export const PICK_TOLERANCE_PX = 5;

export interface UserFeatureHit {
  layerId: string;
  /** The feature's index in its file. */
  index: number;
}

/** The nearest feature of the topmost layer that has one within reach of (x, y); null if none. */
export function pickUserFeature(
  layers: readonly { id: string; features: UserFeatures }[],
  x: number,
  y: number,
  projection: PickProjection,
  sizes: UserMarkSizes,
): UserFeatureHit | null {
  const reach = PICK_TOLERANCE_PX + Math.max(sizes.pointRadius, sizes.lineHalfWidth);
  const corners = [projection.unproject([x - reach, y - reach]), projection.unproject([x + reach, y + reach])];
  const [west, east] = [Math.min(corners[0][0], corners[1][0]), Math.max(corners[0][0], corners[1][0])];
  const [south, north] = [Math.min(corners[0][1], corners[1][1]), Math.max(corners[0][1], corners[1][1])];
  const pointer = projection.unproject([x, y]);
  // Layers added later are drawn on top.
  for (let l = layers.length - 1; l >= 0; l--) {
    const { features } = layers[l];
    let best: { index: number; distance: number } | null = null;
    for (const part of partsInBox(features.index, west, south, east, north)) {
      const hit = partDistance(features, part, [x, y], pointer, projection, sizes);
      if (hit.distance <= PICK_TOLERANCE_PX && (!best || hit.distance <= best.distance)) best = hit;
    }
    if (best) return { layerId: layers[l].id, index: best.index };
  }
  return null;
}

/** How far (pixels) the pointer is from a part's mark (0: on it), and the part's feature. */
function partDistance(
  features: UserFeatures,
  part: number,
  at: Pixel,
  pointer: LonLat,
  projection: PickProjection,
  sizes: UserMarkSizes,
): { index: number; distance: number } {
  const { pathsFrom, polygonsFrom } = partKinds(features);
  if (part < pathsFrom) {
    const { positions, featureIds } = features.points;
    const [px, py] = projection.project([positions[part * 2], positions[part * 2 + 1]]);
    return { index: featureIds[part], distance: Math.max(0, Math.hypot(px - at[0], py - at[1]) - sizes.pointRadius) };
  }
  if (part < polygonsFrom) {
    const path = part - pathsFrom;
    const { positions, starts, featureIds } = features.lines;
    const distance = runDistance(positions, starts[path], starts[path + 1], at, projection) - sizes.lineHalfWidth;
    return { index: featureIds[path], distance: Math.max(0, distance) };
  }
  const polygon = part - polygonsFrom;
  const { positions, ringStarts, polygonStarts, featureIds } = features.polygons;
  let inside = false;
  let edge = Infinity;
  for (let ring = polygonStarts[polygon]; ring < polygonStarts[polygon + 1]; ring++) {
    if (containsLonLat(positions, ringStarts[ring], ringStarts[ring + 1], pointer)) inside = !inside;
    edge = Math.min(edge, runDistance(positions, ringStarts[ring], ringStarts[ring + 1], at, projection));
  }
  return { index: featureIds[polygon], distance: inside ? 0 : Math.max(0, edge - sizes.lineHalfWidth) };
}

/** The pointer's distance in pixels to a run of vertices joined by straight segments on screen. */
function runDistance(positions: Float32Array, from: number, to: number, [x, y]: Pixel, projection: PickProjection): number {
  let nearest = Infinity;
  let previous: Pixel | null = null;
  for (let v = from; v < to; v++) {
    const current = projection.project([positions[v * 2], positions[v * 2 + 1]]);
    nearest = Math.min(nearest, previous ? segmentDistance([x, y], previous, current) : Math.hypot(current[0] - x, current[1] - y));
    previous = current;
  }
  return nearest;
}

/** Even-odd test of one ring, in longitude/latitude. */
function containsLonLat(positions: Float32Array, from: number, to: number, [lon, lat]: LonLat): boolean {
  let inside = false;
  for (let i = from, j = to - 1; i < to; j = i++) {
    const [xi, yi, xj, yj] = [positions[i * 2], positions[i * 2 + 1], positions[j * 2], positions[j * 2 + 1]];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
