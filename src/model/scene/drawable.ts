/**
 * What the map needs to know of a feature to draw and pick it. The full dataset type
 * (src/model/features/feature.ts) has many more properties; it satisfies this shape.
 */
import type { Feature, Geometry } from 'geojson';
import { along, centroid, length } from '@turf/turf';
import type { LayerId } from '../features/layers.ts';
import type { GeometryAccuracy, Status } from '../features/featureVocabulary.ts';
import type { StatusTiming } from '../features/timeline.ts';
import type { StatusEvent } from '../features/feature.ts';

export interface DrawableProperties {
  name: string;
  layer: LayerId;
  /** Absent for places, regions and anything that is not a project. */
  status?: Status;
  /** At a moment other than the documents' present: how exact the status's date is (model/features/timeline.ts). */
  status_timing?: StatusTiming;
  /** The project's status through time, with the evidence (absent for places and the user's data). */
  status_events?: readonly StatusEvent[];
  kind: string;
  /** How exact the geometry is (every atlas feature says; absent: drawn as surveyed). */
  geometry_accuracy?: GeometryAccuracy;
  /** Other names and spellings of it (the documents', other languages'), each with whose usage it is. */
  alternate_names?: readonly { name: string }[];
}

export type DrawableFeature = Feature<Geometry, DrawableProperties> & { id: string };

export function isLineLike(feature: DrawableFeature): boolean {
  const type = feature.geometry.type;
  return type === 'LineString' || type === 'MultiLineString';
}

/** The feature under the pointer, and where the pointer is on the map (CSS pixels). */
export interface HoverInfo {
  id: string;
  name: string;
  x: number;
  y: number;
}

/** Where a feature's one mark stands: a point's place, the middle of a line (its first part), an area's centroid. */
export function markPoint(feature: DrawableFeature): [number, number] {
  const geometry = feature.geometry;
  if (geometry.type === 'Point') return geometry.coordinates as [number, number];
  const line = geometry.type === 'MultiLineString' ? { type: 'LineString' as const, coordinates: geometry.coordinates[0] } : geometry;
  if (line.type !== 'LineString') return centroid(feature).geometry.coordinates as [number, number];
  const asFeature = { type: 'Feature' as const, properties: {}, geometry: line };
  return along(asFeature, length(asFeature) / 2).geometry.coordinates as [number, number];
}

/**
 * The features whose mark is in view, in reading order (left to right, then top to bottom): the
 * order the keyboard steps through them on the map, as a pointer would sweep across it.
 */
export function marksInView<F extends DrawableFeature>(
  features: readonly F[],
  project: (lonLat: [number, number]) => [number, number],
  width: number,
  height: number,
): { feature: F; at: [number, number] }[] {
  return features
    .map((feature) => ({ feature, at: project(markPoint(feature)) }))
    .filter(({ at: [x, y] }) => x >= 0 && x <= width && y >= 0 && y <= height)
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
}
