/**
 * The import figure: a generated GeoJSON of 100,000 lines and 1,000,000 vertices added through the
 * file input, timed from choosing the file to the layer on screen, with the longest main-thread
 * task in between (PerformanceObserver 'longtask') and the page's JS heap before and after.
 * `npx tsx scripts/benchImport.ts` (after `npm run build`) runs only this figure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, serveDist } from './lib/chromium.ts';
import { syntheticLines } from './lib/syntheticGeojson.ts';

const FEATURES = 100_000;
const MB = 1024 * 1024;

/** 100,000 points, then 100,000 lines of 10 vertices (1,000,000 vertices). */
export async function importFigures(url: string): Promise<void> {
  for (const vertices of [1, 10]) await importFigure(url, vertices);
}

async function importFigure(url: string, verticesPerFeature: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
  const file = join(dir, 'hundred-thousand.geojson');
  const text = syntheticLines(FEATURES, verticesPerFeature);
  writeFileSync(file, text);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('atlas-first-idle').length > 0, undefined, { timeout: 120_000 });
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // A person points at the button and spends seconds in the file chooser: the map prepares meanwhile.
    await page.hover('section.user-layers label.file-button');
    await page.evaluate(() => window.corridorAtlas!.prepareForUserData());
    const heapBefore = await heap();
    await page.evaluate(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { benchTasks: typeof tasks }).benchTasks = tasks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask' });
    });
    await page.setInputFiles('[data-testid=user-file]', file);
    await page.waitForFunction(() => performance.getEntriesByName('user-layer-drawn').length > 0, undefined, { timeout: 900_000, polling: 1000 });
    const figures = await page.evaluate(() => {
      const start = performance.getEntriesByName('user-import-start')[0].startTime;
      const drawn = performance.getEntriesByName('user-layer-drawn')[0].startTime;
      const workerDone = performance.getEntriesByName('user-import-worker-done')[0].startTime;
      const tasks = (window as unknown as { benchTasks: { start: number; duration: number }[] }).benchTasks.filter(
        (task) => task.start + task.duration >= start && task.start <= drawn,
      );
      return { toDrawn: drawn - start, inWorker: workerDone - start, longest: Math.max(0, ...tasks.map((task) => task.duration)), tasks: tasks.length };
    });
    const heapAfter = await heap();
    const kind = verticesPerFeature === 1 ? 'points' : 'lines';
    const vertices = (FEATURES * verticesPerFeature).toLocaleString('en-GB');
    console.log(`\nImport of a generated GeoJSON (${FEATURES.toLocaleString('en-GB')} ${kind}, ${vertices} vertices, ${(text.length / MB).toFixed(0)} MB)`);
    console.log(`  file chosen → layer drawn:   ${figures.toDrawn.toFixed(0)} ms (read, checked and laid out in the worker: ${figures.inWorker.toFixed(0)} ms)`);
    console.log(`  longest main-thread task:    ${figures.longest.toFixed(0)} ms (${figures.tasks} tasks over 50 ms)`);
    console.log(`  JS heap before → after:      ${(heapBefore / MB).toFixed(0)} MB → ${(heapAfter / MB).toFixed(0)} MB (after garbage collection)`);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('benchImport.ts')) {
  const app = await serveDist();
  try {
    await importFigures(app.url);
  } finally {
    await app.close();
  }
}
