/**
 * Speed and size figures for the closing notes: the production bundle (raw and gzip) and the
 * time from navigation to the map's first complete picture in headless Chromium.
 * Prints figures; asserts nothing. Run with `npm run bench` (it builds first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, serveDist } from './lib/chromium';
import { exportFromPage, openView } from './export';
import { EXPORT_PRESETS } from '../src/map/exportLayout';

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

/**
 * Click on a feature → its name in the sidebar: from the pointer going down on the map to the
 * sidebar's heading showing the feature (or, where features overlap, the chooser), for point
 * features spread over the opening view.
 */
async function clickToSidebarTimes(url: string): Promise<number[]> {
  const browser = await launchBrowser();
  const times: number[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => window.corridorAtlas !== undefined);
    await page.evaluate(() => window.corridorAtlas!.ready);
    const targets = ['mc-port-poti', 'mc-port-aktau', 'plant-metsamor-npp', 'mc-port-turkmenbashi', 'place-baku'];
    for (const id of targets) {
      await page.evaluate(() => {
        const state = window.corridorAtlasStore!.getState();
        state.select(null);
        state.offerChoices(null);
      });
      const where = await page.evaluate(async (featureId) => {
        const atlas = window.corridorAtlas!;
        await new Promise<void>((resolve) => {
          atlas.map.once('idle', () => resolve());
          atlas.map.triggerRepaint();
        });
        const coordinates = window.corridorAtlasFeatures!.get(featureId) as {
          geometry: { coordinates: [number, number] };
          properties: { name: string };
        };
        const point = atlas.map.project(coordinates.geometry.coordinates);
        const box = atlas.map.getContainer().getBoundingClientRect();
        const name = coordinates.properties.name;
        // Start the clock when the pointer goes down; stop it when the sidebar shows the feature.
        (window as unknown as { benchDone: Promise<number> }).benchDone = new Promise<number>((resolve) => {
          let start = 0;
          setTimeout(() => resolve(Number.NaN), 10_000);
          window.addEventListener('pointerdown', () => (start = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            // Where features overlap, the answer to a click is the chooser instead.
            if (document.querySelector('.feature-details h2')?.textContent === name || document.querySelector('.pick-chooser')) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        });
        return { x: box.left + point.x, y: box.top + point.y };
      }, id);
      await page.mouse.click(where.x, where.y);
      const time = await page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
      if (Number.isNaN(time)) console.log(`  (a click on ${id} did not show it in the sidebar within 10 s)`);
      else times.push(time);
    }
  } finally {
    await browser.close();
  }
  return times;
}

/** Picture export per preset, through the same page function as the button and `npm run export`. */
async function exportTimes(url: string): Promise<Map<string, number[]>> {
  const browser = await launchBrowser();
  const times = new Map<string, number[]>();
  try {
    const page = await openView(browser, url, '', { width: 1280, height: 800 });
    for (const preset of EXPORT_PRESETS) {
      const label = `${preset.id} ${preset.width}×${preset.height}`;
      times.set(label, []);
      for (let run = 0; run < RUNS; run++) {
        const result = await exportFromPage(page, { width: preset.width, height: preset.height });
        if (!result.ok) throw new Error(`${label}: ${result.message}`);
        times.get(label)!.push(result.milliseconds);
      }
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
    console.log(`  click on a feature → sidebar (or chooser):   ${summary(await clickToSidebarTimes(server.url))}`);
    console.log('  picture export (title, legend, scale bar, sources; PNG encoded):');
    for (const [preset, times] of await exportTimes(server.url)) console.log(`    ${preset.padEnd(26)} ${summary(times)}`);
  } finally {
    await server.close();
  }
}

await main();
