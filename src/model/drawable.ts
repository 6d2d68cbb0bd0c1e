/**
 * What the map needs to know of a feature to draw and pick it. The full dataset type
 * (src/model/feature.ts) has many more properties; it satisfies this shape.
 */
import type { Feature, Geometry } from 'geojson';
import type { LayerId } from './layers';
import type { Status } from './feature';

export interface DrawableProperties {
  name: string;
  layer: LayerId;
  /** Absent for places, regions and anything that is not a project. */
  status?: Status;
  kind: string;
  /** Other names and spellings of it (the documents', other languages'). */
  alternate_names?: readonly string[];
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
