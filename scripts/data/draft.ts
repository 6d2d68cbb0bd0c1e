/** The shape the layer tables are written in, and the shared geometry-source references. */
import type { AtlasGeometry, Citation, CitationWithRole, FeatureProperties, GeometrySource } from '../../src/model/features/feature.ts';
import type { Position } from './geo.ts';

/** A feature as its table writes it: a passage without a role describes the feature (build-features fills it in). */
export interface Draft {
  id: string;
  geometry: AtlasGeometry;
  properties: Omit<FeatureProperties, 'layer' | 'citations'> & { citations: (Citation | CitationWithRole)[] };
}

export const point = (coordinates: Position): AtlasGeometry => ({ type: 'Point', coordinates });
export const line = (coordinates: Position[]): AtlasGeometry => ({ type: 'LineString', coordinates });
export const lines = (...parts: Position[][]): AtlasGeometry => ({ type: 'MultiLineString', coordinates: parts });

export const NE_BORDER_BANK: GeometrySource = {
  title: 'Natural Earth 1:10m admin-0 countries (the Aras border, as the basemap draws it), followed on the own country\'s bank',
  url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-admin-0-countries/',
  note: 'Drawn a fixed distance inside the country along its river border, so the line stays on its own bank at every zoom.',
};
export const NE_PLACES: GeometrySource = {
  title: 'Natural Earth 1:10m populated places (town and city points, via data/basemap/places.geojson)',
  url: 'https://www.naturalearthdata.com/downloads/10m-cultural-vectors/10m-populated-places/',
};
export const UNSOURCED: GeometrySource = {
  title: 'Intermediate waypoints from general geographic knowledge',
  note: 'Not taken from a published source; expect errors of a few kilometres. Lines are straight between waypoints.',
};
