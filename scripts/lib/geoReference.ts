/**
 * The reference geography for the dataset's geographic checks, built exactly as the basemap builds
 * its 10m countries (same simplification, corrections and clip), so the checks judge what the map shows.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { BUILD_SETTINGS } from '../../src/basemap/build.ts';
import { fixRiverName } from '../../src/basemap/corrections.ts';
import { clipToBBox, countryFeatures, prepareLakes, simplifyTopology, type RawProps } from '../../src/basemap/prepare.ts';
import { buildGeoIndex, type GeoIndex } from '../../src/model/validation/geoIndex.ts';
import { projectRoot } from './basemapInputs.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function geoReferenceFromDisk(): GeoIndex {
  // Only what the checks need (not the 50m countries, seas or places); arcs outside the region are left as they are.
  const worldAtlas = dirname(createRequire(import.meta.url).resolve('world-atlas/package.json'));
  const inputs = {
    countries10m: readJson<Topology>(join(worldAtlas, 'countries-10m.json')),
    lakes: readJson<FeatureCollection<Geometry, RawProps>>(join(projectRoot, 'data', 'basemap', 'lakes.geojson')),
    rivers: readJson<FeatureCollection<Geometry, RawProps>>(join(projectRoot, 'data', 'basemap', 'rivers.geojson')),
  };
  const box = BUILD_SETTINGS.box;
  const countries = clipToBBox(countryFeatures(simplifyTopology(inputs.countries10m, BUILD_SETTINGS.simplify10m, box)), box);
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
