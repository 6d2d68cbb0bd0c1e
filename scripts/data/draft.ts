/** The shape the layer tables are written in, and the shared geometry-source references. */
import type { AtlasGeometry, FeatureProperties, GeometrySource } from '../../src/model/feature.ts';
import type { Position } from './geo.ts';

export interface Draft {
  id: string;
  geometry: AtlasGeometry;
  properties: Omit<FeatureProperties, 'layer'>;
}

export const point = (coordinates: Position): AtlasGeometry => ({ type: 'Point', coordinates });
export const line = (coordinates: Position[]): AtlasGeometry => ({ type: 'LineString', coordinates });
export const lines = (...parts: Position[][]): AtlasGeometry => ({ type: 'MultiLineString', coordinates: parts });

export const NE_RIVERS: GeometrySource = {
  title: 'Natural Earth 1:10m rivers and lake centrelines (Aras/Araz centreline, via data/basemap/rivers.geojson)',
  url: 'https://www.naturalearthdata.com/downloads/10m-physical-vectors/10m-rivers-lake-centerlines/',
  note: 'Drawn on the river centreline (the state border); the real alignment runs on the north bank, within about 1–3 km.',
};
export const NE_PLACES: GeometrySource = {
  title: 'Natural Earth 1:10m populated places (town and city points, via data/basemap/places.geojson)',
  url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-populated-places/',
};
export const UNSOURCED: GeometrySource = {
  title: 'Intermediate waypoints from general geographic knowledge',
  note: 'Not taken from a published source; expect errors of a few kilometres. Lines are straight between waypoints.',
};
