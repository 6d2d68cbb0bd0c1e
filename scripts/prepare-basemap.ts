/**
 * Builds the embedded basemap: world-atlas countries (npm) + Natural Earth extras (data/basemap/)
 * → public/basemap/*.geojson. All the work is in src/basemap/ (pure, unit-tested); this only does I/O.
 * Run: npm run prepare-basemap
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBasemap, type BuildReport } from '../src/basemap/build.ts';
import { projectRoot, readBasemapInputs } from './lib/basemapInputs.ts';

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
  rows.push(`  ${file.padEnd(22)} ${(bytes / 1024).toFixed(0).padStart(6)} KB  ${String(fc.features.length).padStart(4)} features`);
}
console.log(`prepare-basemap: wrote ${Object.keys(outputs).length} files to public/basemap/ in ${Date.now() - started} ms`);
console.log(rows.join('\n'));
console.log(`  ${'total'.padEnd(22)} ${(total / 1024).toFixed(0).padStart(6)} KB`);
if (report.droppedLakeCentrelines.length > 0) {
  console.log(`  dropped lake centrelines drawn inside lakes: ${report.droppedLakeCentrelines.join(', ')}`);
}
