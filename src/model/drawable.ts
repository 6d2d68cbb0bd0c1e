/**
 * What the map needs to know of a feature to draw and pick it. The full dataset type
 * (src/model/feature.ts) has many more properties; it satisfies this shape.
 */
import type { Feature, Geometry } from 'geojson';
import type { LayerId } from './layers';
import type { GeometryAccuracy, Status } from './featureVocabulary';
import type { StatusTiming } from './timeline';
import type { StatusEvent } from './feature';

export interface DrawableProperties {
  name: string;
  layer: LayerId;
  /** Absent for places, regions and anything that is not a project. */
  status?: Status;
  /** At a moment other than the documents' present: how exact the status's date is (model/timeline.ts). */
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
