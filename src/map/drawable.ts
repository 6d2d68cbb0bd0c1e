/**
 * What the map needs to know of a feature to draw and pick it. The full dataset type
 * (src/model/feature.ts) has many more properties; it satisfies this shape.
 */
import type { Feature, Geometry } from 'geojson';
import type { LayerId } from '../model/layers';
import type { Status } from '../style/symbology';

export interface DrawableProperties {
  name: string;
  layer: LayerId;
  status: Status;
  kind: string;
}

export type DrawableFeature = Feature<Geometry, DrawableProperties> & { id: string };

export function isLineLike(feature: DrawableFeature): boolean {
  const type = feature.geometry.type;
  return type === 'LineString' || type === 'MultiLineString';
}
