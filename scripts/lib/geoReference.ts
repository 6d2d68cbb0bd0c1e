/**
 * The reference geography for the dataset's geographic checks, built exactly as the basemap builds
 * its 10m countries (same simplification, corrections and clip), so the checks judge what the map shows.
 */
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { BUILD_SETTINGS } from '../../src/basemap/build.ts';
import { fixRiverName } from '../../src/basemap/corrections.ts';
import { clipToBBox, countryFeatures, prepareLakes, simplifyTopology } from '../../src/basemap/prepare.ts';
import { buildGeoIndex, type GeoIndex } from '../../src/model/geoIndex.ts';
import { readBasemapInputs } from './basemapInputs.ts';

export function geoReferenceFromDisk(): GeoIndex {
  const inputs = readBasemapInputs();
  const box = BUILD_SETTINGS.box;
  const countries = clipToBBox(countryFeatures(simplifyTopology(inputs.countries10m, BUILD_SETTINGS.simplify10m)), box);
  const lakes = prepareLakes(inputs.lakes, box);
  const rivers = clipToBBox(
    {
      type: 'FeatureCollection',
      features: inputs.rivers.features
        .filter((f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString')
        .map((f) => ({
          type: 'Feature' as const,
          properties: { name: fixRiverName(f.properties?.name_en ?? f.properties?.name) },
          geometry: f.geometry as LineString | MultiLineString,
        })),
    } as FeatureCollection<LineString | MultiLineString, { name: string }>,
    box,
  );
  return buildGeoIndex({
    countries: countries as FeatureCollection<Polygon | MultiPolygon, { name: string }>,
    lakes,
    rivers,
    area: box,
  });
}
