/**
 * Builds the embedded basemap: world-atlas countries (npm) + Natural Earth extras (data/basemap/)
 * → public/basemap/*.geojson, and the same cut into vector tiles, public/basemap/tiles/{z}/{x}/{y}.pbf,
 * which is what the app loads (the bench's baseline loads the GeoJSON). All the work is in
 * src/basemap/ (pure, unit-tested); this only does I/O.
 * Run: npm run prepare-basemap
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBasemap, type BuildReport } from '../src/basemap/build.ts';
import { projectRoot, readBasemapInputs } from './lib/basemapInputs.ts';
import { cutTiles, type TileLayerInput } from '../src/basemap/tiles.ts';
import { DETAIL_ZOOM, TILED_BASEMAP_FILES } from '../src/map/basemapStyle.ts';
import { tileZoomRange } from '../src/map/basemapTiles.ts';

const outDir = join(projectRoot, 'public', 'basemap');

const started = Date.now();
const report: BuildReport = { droppedLakeCentrelines: [] };
const outputs = buildBasemap(readBasemapInputs(), report);

mkdirSync(outDir, { recursive: true });
let total = 0;
const rows: string[] = [];
for (const [file, fc] of Object.entries(outputs)) {
  const path = join(outDir, file);
  writeFileSync(path, JSON.stringify(fc) + '\n');
  const bytes = statSync(path).size;
  total += bytes;
  const count = 'features' in fc ? `${String(fc.features.length).padStart(4)} features` : `${String(fc.areas.length).padStart(4)} names`;
  rows.push(`  ${file.padEnd(22)} ${(bytes / 1024).toFixed(0).padStart(6)} KB  ${count}`);
}
console.log(`prepare-basemap: wrote ${Object.keys(outputs).length} files to public/basemap/ in ${Date.now() - started} ms`);
console.log(rows.join('\n'));
console.log(`  ${'total'.padEnd(22)} ${(total / 1024).toFixed(0).padStart(6)} KB`);
if (report.droppedLakeCentrelines.length > 0) {
  console.log(`  dropped lake centrelines drawn inside lakes: ${report.droppedLakeCentrelines.join(', ')}`);
}

// The tiles: every file the style draws through MapLibre, one tile layer each.
const tilesStarted = Date.now();
const tileDir = join(outDir, 'tiles');
rmSync(tileDir, { recursive: true, force: true });
const tileLayers: Record<string, TileLayerInput> = {};
for (const name of TILED_BASEMAP_FILES) {
  const collection = outputs[`${name}.geojson` as Exclude<keyof typeof outputs, 'label-anchors.json'>];
  if (collection) tileLayers[name] = { collection, zooms: tileZoomRange(name, DETAIL_ZOOM) };
}
let tileBytes = 0;
const tiles = cutTiles(tileLayers);
for (const [key, bytes] of tiles) {
  const path = join(tileDir, `${key}.pbf`);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, bytes);
  tileBytes += bytes.length;
}
console.log(`  tiles: ${tiles.size} files, ${(tileBytes / 1024).toFixed(0)} KB, in ${Date.now() - tilesStarted} ms`);
