/**
 * Speed and size figures for the closing notes: the production bundle (raw and gzip) and the
 * time from navigation to the map's first complete picture in headless Chromium.
 * Prints figures; asserts nothing. Run with `npm run bench` (it builds first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveDist } from './lib/chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function bundleSizes() {
  const groups = new Map<string, { raw: number; gzip: number; files: number }>();
  for (const path of filesUnder('dist')) {
    const group = path.endsWith('.js')
      ? path.includes('worker')
        ? 'map worker (js)'
        : 'javascript'
      : path.endsWith('.css')
        ? 'css'
        : /\.(woff2?|ttf)$/.test(path)
          ? 'fonts'
          : path.includes('basemap')
            ? 'basemap data'
            : 'other';
    const bytes = readFileSync(path);
    const entry = groups.get(group) ?? { raw: 0, gzip: 0, files: 0 };
    entry.raw += bytes.length;
    entry.gzip += gzipSync(bytes).length;
    entry.files += 1;
    groups.set(group, entry);
  }
  console.log('\nProduction build (dist/)');
  let total = { raw: 0, gzip: 0 };
  for (const [group, { raw, gzip, files }] of [...groups].sort()) {
    console.log(`  ${group.padEnd(18)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzip  (${files} files)`);
    total = { raw: total.raw + raw, gzip: total.gzip + gzip };
  }
  console.log(`  ${'total'.padEnd(18)} ${kb(total.raw).padStart(9)} raw ${kb(total.gzip).padStart(9)} gzip`);
}

function summary(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}, ${values.length} runs)`;
}

async function firstIdleTimes(url: string): Promise<number[]> {
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each run: nothing cached.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(url);
      const mark = await page.waitForFunction(
        () => performance.getEntriesByName('atlas-first-idle')[0]?.startTime,
        undefined,
        { timeout: 120_000 },
      );
      times.push((await mark.jsonValue()) as number);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function main() {
  bundleSizes();
  const server = await serveDist();
  try {
    console.log('\nHeadless Chromium, 1280×800, software WebGL');
    console.log(`  navigation → first idle map (labels drawn): ${summary(await firstIdleTimes(server.url))}`);
  } finally {
    await server.close();
  }
}

await main();
