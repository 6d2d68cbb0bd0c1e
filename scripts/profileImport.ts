/**
 * Where an import's time goes on the page's thread: imports a generated file into the built app
 * with the CPU profiler on, then prints the functions that took the most time (self time) and the
 * page's import stages (performance marks). `npx tsx scripts/profileImport.ts [points|lines]`;
 * build with `vite build --minify false` first for readable names.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, serveDist } from './lib/chromium';
import { syntheticLines } from './lib/syntheticGeojson';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const kind = process.argv[2] === 'points' ? 'points' : 'lines';
const dir = mkdtempSync(join(tmpdir(), 'atlas-profile-'));
const file = join(dir, `${kind}.geojson`);
writeFileSync(file, syntheticLines(100_000, kind === 'points' ? 1 : 10));
const app = await serveDist();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (message) => console.log(`  page: ${message.text()}`));
  await page.goto(app.url);
  await page.waitForFunction(() => performance.getEntriesByName('atlas-first-idle').length > 0, undefined, { timeout: 120_000 });
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask' });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.setInputFiles('[data-testid=user-file]', file);
  await page.waitForFunction(() => performance.getEntriesByName('user-layer-drawn').length > 0, undefined, { timeout: 900_000, polling: 500 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  console.log(`\nMain thread, self time (ms), import of 100,000 ${kind}:`);
  for (const [key, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${ms.toFixed(0).padStart(7)}  ${key}`);
  const marks = await page.evaluate(() => {
    const start = performance.getEntriesByName('user-import-start')[0].startTime;
    return performance
      .getEntriesByType('mark')
      .filter((mark) => mark.startTime >= start)
      .map((mark) => `${mark.name} +${(mark.startTime - start).toFixed(0)} ms`);
  });
  await page.screenshot({ path: `/tmp/import-${kind}.png` });
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
  console.log(`\nLongest main-thread task: ${longest.toFixed(0)} ms (with the profiler on)`);
  const repaints = await page.evaluate(async () => {
    const map = (window as unknown as { corridorAtlas: { map: { triggerRepaint(): void; once(event: string, f: () => void): void } } }).corridorAtlas.map;
    const tasks = (window as unknown as { longTasks: number[] }).longTasks;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = tasks.length;
      const start = performance.now();
      await new Promise<void>((resolve) => {
        map.once('idle', () => resolve());
        map.triggerRepaint();
      });
      times.push(Math.round(performance.now() - start), Math.round(Math.max(0, ...tasks.slice(before))));
    }
    return times;
  });
  console.log(`Repaint (ms to idle, longest task) x3: ${repaints.join(' ')}`);
  console.log('\nMarks:');
  marks.forEach((mark) => console.log(`  ${mark}`));
} finally {
  await browser.close();
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
