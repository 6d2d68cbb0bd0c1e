/** Reads what the basemap is built from: world-atlas (npm) and the Natural Earth extras in data/basemap/. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BasemapInputs } from '../../src/basemap/build.ts';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function readBasemapInputs(): BasemapInputs {
  const worldAtlas = dirname(createRequire(import.meta.url).resolve('world-atlas/package.json'));
  const extras = join(projectRoot, 'data', 'basemap');
  return {
    countries50m: readJson(join(worldAtlas, 'countries-50m.json')),
    countries10m: readJson(join(worldAtlas, 'countries-10m.json')),
    lakes: readJson(join(extras, 'lakes.geojson')),
    rivers: readJson(join(extras, 'rivers.geojson')),
    marine: readJson(join(extras, 'marine.geojson')),
    places: readJson(join(extras, 'places.geojson')),
  };
}
