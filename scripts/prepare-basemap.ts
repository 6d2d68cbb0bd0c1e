/**
 * Builds the embedded basemap: world-atlas countries (npm) + Natural Earth extras (data/basemap/)
 * → public/basemap/*.geojson. All the work is in src/basemap/ (pure, unit-tested); this only does I/O.
 * Run: npm run prepare-basemap
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBasemap, type BuildReport } from '../src/basemap/build.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const worldAtlas = dirname(require.resolve('world-atlas/package.json'));
const extras = join(root, 'data', 'basemap');
const outDir = join(root, 'public', 'basemap');

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const started = Date.now();
const report: BuildReport = { droppedLakeCentrelines: [] };
const outputs = buildBasemap(
  {
    countries50m: readJson(join(worldAtlas, 'countries-50m.json')),
    countries10m: readJson(join(worldAtlas, 'countries-10m.json')),
    lakes: readJson(join(extras, 'lakes.geojson')),
    rivers: readJson(join(extras, 'rivers.geojson')),
    marine: readJson(join(extras, 'marine.geojson')),
    places: readJson(join(extras, 'places.geojson')),
  },
  report,
);

mkdirSync(outDir, { recursive: true });
let total = 0;
const rows: string[] = [];
for (const [file, fc] of Object.entries(outputs)) {
  const path = join(outDir, file);
  writeFileSync(path, JSON.stringify(fc) + '\n');
  const bytes = statSync(path).size;
  total += bytes;
  rows.push(`  ${file.padEnd(22)} ${(bytes / 1024).toFixed(0).padStart(6)} KB  ${String(fc.features.length).padStart(4)} features`);
}
console.log(`prepare-basemap: wrote ${Object.keys(outputs).length} files to public/basemap/ in ${Date.now() - started} ms`);
console.log(rows.join('\n'));
console.log(`  ${'total'.padEnd(22)} ${(total / 1024).toFixed(0).padStart(6)} KB`);
if (report.droppedLakeCentrelines.length > 0) {
  console.log(`  dropped lake centrelines drawn inside lakes: ${report.droppedLakeCentrelines.join(', ')}`);
}
