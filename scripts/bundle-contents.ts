/**
 * What the code loaded before the first map is made of: builds the app with source maps into a
 * temporary folder, takes the scripts index.html loads or preloads and the map's worker (the JS the
 * bench counts), and lists the packages and modules that weigh most. Needs src/fonts/ (made by
 * `npm run build` or `npm start`). Run with `npm run bundle-contents [-- --top 30]`.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { bytesBySource, packageOf, shortPath, type SourceMap } from './lib/sourceMapBytes.ts';

const topArgument = process.argv.indexOf('--top');
const TOP = topArgument > 0 ? Number(process.argv[topArgument + 1]) : 20;

const outDir = mkdtempSync(join(tmpdir(), 'atlas-bundle-'));
try {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { sourcemap: true, outDir, emptyOutDir: true } });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const loadedByPage = [...html.matchAll(/<(?:script[^>]*\ssrc|link rel="modulepreload"[^>]*\shref)="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  const mapWorker = readdirSync(join(outDir, 'assets')).filter((name) => /^maplibre-gl-worker-.*\.js$/.test(name)).map((name) => `assets/${name}`);
  const files = [...new Set([...loadedByPage, ...mapWorker])];

  const byPackage = new Map<string, number>();
  const byModule = new Map<string, number>();
  const add = (table: Map<string, number>, key: string, bytes: number) => table.set(key, (table.get(key) ?? 0) + bytes);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const code = readFileSync(join(outDir, file), 'utf8');
    raw += Buffer.byteLength(code);
    gzip += gzipSync(code).length;
    let map: SourceMap = { sources: [], mappings: '' };
    try {
      map = JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')) as SourceMap;
    } catch {
      // A chunk without a map (the runtime helpers) is listed under its own name.
    }
    for (const [source, bytes] of bytesBySource(code, map)) {
      const name = source ?? `(no source map: ${file.replace(/^assets\//, '')})`;
      add(byPackage, source ? packageOf(source) : name, bytes);
      add(byModule, source ? shortPath(source) : name, bytes);
    }
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(8)} KB`;
  const top = (table: Map<string, number>) =>
    [...table].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([name, bytes]) => `${kb(bytes)}  ${name}`).join('\n');
  console.log(`JS before the first map: ${files.length} files, ${kb(raw).trim()} raw, ${kb(gzip).trim()} gzip\n`);
  console.log(`By package or project folder (top ${TOP}):\n${top(byPackage)}\n`);
  console.log(`By module (top ${TOP}):\n${top(byModule)}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
