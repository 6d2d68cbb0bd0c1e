/**
 * Speed and size figures for the closing notes, against a baseline: a bare MapLibre + deck.gl
 * page (bench/baseline/) drawing the same corridor layers over the Natural Earth basemap loaded
 * as plain GeoJSON. App and baseline run alternately in one browser (fresh context each run);
 * each figure is a median, each `…Ratio` is app ÷ baseline. Prints a table, writes
 * bench/results.json. Asserts nothing: the targets are printed beside the figures.
 * Run with `npm run bench` (it builds the app and the baseline first). BENCH_PAIRS=5 by default.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './lib/chromium.ts';
import { exportFromPage, openView } from './export.ts';
import { importFigures } from './benchImport.ts';
import type { AtlasMap } from '../src/map/atlasMap.ts';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 5);
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 2);
const VIEWPORT = { width: 1280, height: 800 };
const BASELINE_CONFIG = 'bench/baseline/vite.config.ts';

type Subject = 'app' | 'baseline';
const ROOT: Record<Subject, string> = { app: 'dist', baseline: 'bench-results/baseline' };
const FIRST_IDLE_MARK: Record<Subject, string> = { app: 'atlas-first-idle', baseline: 'baseline-first-idle' };

/** Point features spread over the opening view: clicked to time click → sidebar. */
const CLICK_TARGETS = ['mc-port-poti', 'mc-port-aktau', 'plant-metsamor-npp', 'mc-port-turkmenbashi', 'place-baku'];
/** Lines hovered along their vertices to find the longest task while the pointer moves over the map. */
const HOVER_LAYERS = ['middle-corridor', 'southern-gas-corridor', 'tripp'];

interface Bytes {
  jsRaw: number;
  jsGzip: number;
  dataRaw: number;
  dataGzip: number;
}

interface Sample {
  firstMapMs: number;
  /** WebGL programs linked before the first complete map. */
  programsAtFirstMap: number;
  bytes: Bytes;
  clickToSidebarMs: number[];
  hoverLongestTaskMs: number;
  statusToggleLongestTaskMs: number;
  /** The year slider, one year at a time by keyboard through the span with events (app only). */
  yearSteps: Longest[];
  redrawLongestTaskMs: number;
  passageMoveStartMs: number[];
  passageSelectionDrawnMs: number[];
}

const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// ── in the page ────────────────────────────────────────────────────────────────────────────

/**
 * Every task, and every animation frame, of 50 ms or more (the threshold of both APIs), from the
 * start of the page. A frame is what the page itself does to show a change (scripts, animation
 * callbacks, style, layout, paint); a task also holds the compositor's commit, which in this
 * machine's software compositing reads the whole WebGL canvas back (GLES2::ReadPixels in a trace),
 * a cost a bare page pays alike and a GPU-composited browser does not pay at all.
 */
function recordLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  const frames: { start: number; duration: number }[] = [];
  Object.assign(window, { benchLongTasks: tasks, benchLongFrames: frames });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) frames.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** Every WebGL program the page links, counted from the start: the software GL of this machine (and of exports) pays for each. */
function countLinkedPrograms() {
  const counted = { programs: 0 };
  Object.assign(window, { benchLinked: counted });
  for (const context of [WebGL2RenderingContext, WebGLRenderingContext]) {
    const link = context.prototype.linkProgram;
    context.prototype.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
      counted.programs++;
      return link.call(this, program);
    };
  }
}

/**
 * The map of either page, and its features by id. The app's map is asked through AtlasMap's own
 * methods; the baseline's bare MapLibre map is given the same few (BenchMap).
 */
const PAGE_HOOKS = `
  window.__name = (f) => f; // tsx names the functions it passes into the page with this helper
  const bareMap = (map) => ({
    project: (lonLat) => map.project(lonLat),
    pageBox: () => map.getContainer().getBoundingClientRect(),
    onRepaint: (listener) => { map.on('render', listener); return () => map.off('render', listener); },
    repaint: () => new Promise((resolve) => { map.once('idle', () => resolve()); map.triggerRepaint(); }),
    tilesLoaded: () => map.loaded(),
  });
  window.benchMap = () => window.corridorAtlas ?? bareMap(window.baseline.map);
  window.benchFeature = (id) => window.corridorAtlasFeatures ? window.corridorAtlasFeatures.get(id)
    : window.baseline.features().find((f) => f.id === id);
  window.benchFeatures = () => window.corridorAtlasFeatures ? [...window.corridorAtlasFeatures.values()] : window.baseline.features();
  // Settled: two frames without a render, or the map's 'idle' after a fresh repaint if it was still drawing.
  // (Forcing a repaint when nothing changed would time a WebGL readback the action never caused.)
  window.benchIdle = () => new Promise((resolve) => {
    const map = window.benchMap();
    let rendered = false;
    const stopListening = map.onRepaint(() => (rendered = true));
    requestAnimationFrame(() => requestAnimationFrame(() => {
      stopListening();
      if (!rendered && map.tilesLoaded()) return resolve();
      map.repaint().then(resolve);
    }));
  });
`;

/** What the bench asks of either page's map: AtlasMap's own methods, which the baseline's is given too. */
type BenchMap = Pick<AtlasMap, 'project' | 'pageBox' | 'onRepaint' | 'repaint' | 'tilesLoaded'>;

type PageWindow = Window & {
  benchMap: () => BenchMap;
  benchFeature: (id: string) => { geometry: { coordinates: [number, number] }; properties: { name: string } } | undefined;
  benchFeatures: () => { properties: { layer: string }; geometry: { type: string; coordinates: unknown } }[];
  benchIdle: () => Promise<void>;
  benchLongTasks: { start: number; duration: number }[];
  benchLongFrames: { start: number; duration: number }[];
  benchDone?: Promise<number>;
};

interface Longest {
  /** The longest task (0: none of 50 ms or more). */
  task: number;
  /** The longest animation frame (0: none of 50 ms or more). */
  frame: number;
}

async function longestDuring(page: Page, action: () => Promise<void>): Promise<Longest> {
  const from = await page.evaluate(() => performance.now());
  await action();
  await page.evaluate(() => (window as unknown as PageWindow).benchIdle());
  return page.evaluate((start) => {
    const w = window as unknown as PageWindow;
    const longest = (entries: { start: number; duration: number }[]) =>
      Math.max(0, ...entries.filter((entry) => entry.start >= start).map((entry) => entry.duration));
    return { task: longest(w.benchLongTasks), frame: longest(w.benchLongFrames) };
  }, from);
}

async function longestTaskDuring(page: Page, action: () => Promise<void>): Promise<number> {
  return (await longestDuring(page, action)).task;
}

// ── one run of one page ────────────────────────────────────────────────────────────────────

function bytesOf(subject: Subject, urls: readonly string[], origin: string): Bytes {
  const bytes: Bytes = { jsRaw: 0, jsGzip: 0, dataRaw: 0, dataGzip: 0 };
  for (const url of new Set(urls)) {
    if (!url.startsWith(origin)) continue;
    let path = decodeURIComponent(new URL(url).pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(ROOT[subject], path);
    if (!existsSync(file)) continue;
    const content = readFileSync(file);
    const gzip = gzipSync(content).length;
    if (/\.m?js$/.test(path)) {
      bytes.jsRaw += content.length;
      bytes.jsGzip += gzip;
    } else {
      bytes.dataRaw += content.length;
      bytes.dataGzip += gzip;
    }
  }
  return bytes;
}

async function clickToSidebar(page: Page, subject: Subject): Promise<number[]> {
  const times: number[] = [];
  for (const id of CLICK_TARGETS) {
    await page.evaluate(() => {
      const state = window.corridorAtlasStore?.getState();
      state?.select(null);
      state?.offerChoices(null);
      // The baseline names whatever is on top at the pointer, which may be a neighbour.
      if (!state) document.querySelector('.feature-details h2')!.textContent = '';
    });
    const where = await page.evaluate(async (featureId) => {
      const w = window as unknown as PageWindow;
      await w.benchIdle();
      const feature = w.benchFeature(featureId)!;
      const map = w.benchMap();
      const point = map.project(feature.geometry.coordinates);
      const box = map.pageBox();
      const name = feature.properties.name;
      // The clock starts when the pointer goes down and stops when the sidebar names the feature.
      w.benchDone = new Promise<number>((resolve) => {
        let start = 0;
        setTimeout(() => resolve(Number.NaN), 10_000);
        window.addEventListener('pointerdown', () => (start = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          // Where features overlap, the app answers a click with the chooser instead.
          const shown = document.querySelector('.feature-details h2')?.textContent;
          if (shown === name || (!window.corridorAtlas && shown) || document.querySelector('.pick-chooser')) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      return { x: box.left + point.x, y: box.top + point.y };
    }, id);
    await page.mouse.click(where.x, where.y);
    const time = await page.evaluate(() => (window as unknown as PageWindow).benchDone!);
    if (Number.isNaN(time)) console.log(`  (${subject}: a click on ${id} did not show it in the sidebar within 10 s)`);
    else times.push(time);
  }
  return times;
}

/** The pointer moved along the vertices of the main lines, as a user skims the map. */
async function hoverLongestTask(page: Page): Promise<number> {
  const points = await page.evaluate((layers) => {
    const w = window as unknown as PageWindow;
    const map = w.benchMap();
    const box = map.pageBox();
    const lines = w.benchFeatures().filter((f) => layers.includes(f.properties.layer) && f.geometry.type === 'LineString');
    return lines
      .flatMap((f) => (f.geometry.coordinates as [number, number][]).filter((_, i) => i % 3 === 0))
      .map((c) => map.project(c))
      .map((p) => ({ x: box.left + p.x, y: box.top + p.y }))
      .filter((p) => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom)
      .slice(0, 60);
  }, HOVER_LAYERS);
  return longestTaskDuring(page, async () => {
    for (const point of points) await page.mouse.move(point.x, point.y, { steps: 3 });
  });
}

async function statusToggleLongestTask(page: Page, subject: Subject): Promise<number> {
  const toggle = async () => {
    // The Find panel's status filter: "Planned", off and on again.
    if (subject === 'app') await page.locator('fieldset.facet:has(legend:text-is("Status")) button.chip', { hasText: 'Planned' }).click();
    else await page.evaluate(() => window.baseline!.toggleStatus('planned'));
  };
  const off = await longestTaskDuring(page, toggle);
  const on = await longestTaskDuring(page, toggle);
  return Math.max(off, on);
}

/** The map drawn once more, unchanged: what any frame costs on this machine, the floor of every step. */
async function redrawLongestTask(page: Page): Promise<number> {
  const redraws: number[] = [];
  for (let run = 0; run < 5; run++) redraws.push(await longestTaskDuring(page, async () => page.evaluate(() => (window as unknown as PageWindow).benchMap().repaint())));
  return median(redraws);
}

/** The year slider stepped by the arrow key, year after year: the longest task and frame of each step. */
async function yearSteps(page: Page): Promise<Longest[]> {
  const slider = page.getByRole('slider', { name: 'Year shown' });
  // From the 1990s to 2035: the years in which most of the network began.
  await page.evaluate(() => window.corridorAtlasStore!.getState().setYear(1995));
  await slider.focus();
  await page.evaluate(() => (window as unknown as PageWindow).benchIdle());
  const steps: Longest[] = [];
  for (let year = 1996; year <= 2035; year++) steps.push(await longestDuring(page, () => page.keyboard.press('ArrowRight')));
  await page.evaluate(() => window.corridorAtlasStore!.getState().setYear(null));
  return steps;
}

/**
 * Click on a cited passage in the reader → the map starts moving to its features, and → the
 * selection halo is in a drawn frame (read from the map's layer list at each render).
 */
async function passageToMap(page: Page): Promise<{ moveStart: number[]; drawn: number[] }> {
  await page.evaluate(() => window.corridorAtlasStore!.getState().setPanel('read'));
  await page.locator('mark.cited[data-feature-ids]:not(.uncited)').first().waitFor();
  const marks = page.locator('mark.cited[data-feature-ids]:not(.uncited)');
  const count = await marks.count();
  const result = { moveStart: [] as number[], drawn: [] as number[] };
  for (const index of [0, 3, 6, 9, 12].filter((i) => i < count)) {
    await page.evaluate(async () => {
      const atlas = window.corridorAtlas!;
      window.corridorAtlasStore!.getState().select(null);
      atlas.resetView();
      await atlas.settled();
      await (window as unknown as PageWindow).benchIdle();
      const w = window as unknown as PageWindow & { benchPassage?: Promise<[number, number]> };
      w.benchPassage = new Promise((resolve) => {
        let start = 0;
        let moveStart = Number.NaN;
        window.addEventListener('pointerdown', () => (start = performance.now()), { capture: true, once: true });
        const stopTiming = atlas.onMoveStart(() => {
          stopTiming();
          moveStart = performance.now() - start;
        });
        const onRender = () => {
          const layers = (atlas as unknown as { corridorLayers: { id: string }[] }).corridorLayers;
          if (!layers.some((layer) => layer.id === 'corridor-selection-halo')) return;
          stopListening();
          resolve([moveStart, performance.now() - start]);
        };
        const stopListening = atlas.onRepaint(onRender);
        setTimeout(() => resolve([Number.NaN, Number.NaN]), 10_000);
      });
    });
    await marks.nth(index).scrollIntoViewIfNeeded();
    await marks.nth(index).click();
    const [moveStart, drawn] = await page.evaluate(() => (window as unknown as { benchPassage: Promise<[number, number]> }).benchPassage);
    if (!Number.isNaN(moveStart)) result.moveStart.push(moveStart);
    if (!Number.isNaN(drawn)) result.drawn.push(drawn);
  }
  return result;
}

async function runOnce(browser: Browser, subject: Subject, url: string): Promise<Sample> {
  // A fresh context each run: nothing cached.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(recordLongTasks);
    await context.addInitScript(countLinkedPrograms);
    await context.addInitScript(PAGE_HOOKS);
    const page = await context.newPage();
    const loaded: string[] = [];
    let counting = true;
    // Worker requests (the map's tiles and GeoJSON) are reported through the page too.
    page.on('requestfinished', (request) => counting && loaded.push(request.url()));
    await page.goto(url);
    const mark = await page.waitForFunction(
      (name) => performance.getEntriesByName(name)[0]?.startTime,
      FIRST_IDLE_MARK[subject],
      { timeout: 120_000, polling: 'raf' },
    );
    counting = false;
    const firstMapMs = (await mark.jsonValue()) as number;
    const programsAtFirstMap = await page.evaluate(() => (window as unknown as { benchLinked: { programs: number } }).benchLinked.programs);
    const bytes = bytesOf(subject, loaded, new URL(url).origin);
    const hover = await hoverLongestTask(page);
    const toggle = await statusToggleLongestTask(page, subject);
    const clicks = await clickToSidebar(page, subject);
    const passages = subject === 'app' ? await passageToMap(page) : { moveStart: [], drawn: [] };
    const redraw = await redrawLongestTask(page);
    const years = subject === 'app' ? await yearSteps(page) : [];
    return {
      firstMapMs,
      programsAtFirstMap,
      bytes,
      clickToSidebarMs: clicks,
      hoverLongestTaskMs: hover,
      statusToggleLongestTaskMs: toggle,
      passageMoveStartMs: passages.moveStart,
      passageSelectionDrawnMs: passages.drawn,
      yearSteps: years,
      redrawLongestTaskMs: redraw,
    };
  } finally {
    await context.close();
  }
}

// ── sections of the report ─────────────────────────────────────────────────────────────────

interface Row {
  key: string;
  label: string;
  unit: 'ms' | 'KB' | 'count';
  app: number;
  baseline?: number;
  target?: string;
  met?: boolean;
}

async function pageFigures(browser: Browser, urls: Record<Subject, string>): Promise<Row[]> {
  const samples: Record<Subject, Sample[]> = { app: [], baseline: [] };
  for (let pair = 0; pair < PAIRS; pair++) {
    // Alternate who goes first, so neither always meets a warmer machine.
    const order: Subject[] = pair % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const subject of order) {
      const sample = await runOnce(browser, subject, urls[subject]);
      samples[subject].push(sample);
      console.log(`  pair ${pair + 1} ${subject.padEnd(8)} first map ${sample.firstMapMs.toFixed(0)} ms`);
    }
  }
  const of = (subject: Subject, pick: (s: Sample) => number) => median(samples[subject].map(pick));
  const pooled = (subject: Subject, pick: (s: Sample) => number[]) => median(samples[subject].flatMap(pick));
  const both = (pick: (s: Sample) => number) => ({ app: of('app', pick), baseline: of('baseline', pick) });
  const kib = (pick: (b: Bytes) => number) => both((s) => pick(s.bytes) / 1024);

  const firstMap = both((s) => s.firstMapMs);
  const js = kib((b) => b.jsRaw);
  const click = { app: pooled('app', (s) => s.clickToSidebarMs), baseline: pooled('baseline', (s) => s.clickToSidebarMs) };
  const hover = both((s) => s.hoverLongestTaskMs);
  const steps = samples.app.flatMap((s) => s.yearSteps);
  const yearStepFrame = Math.max(0, ...steps.map((step) => step.frame));
  const yearStepTask = median(steps.map((step) => step.task));
  return [
    { key: 'firstMapMs', label: 'navigation → first complete map', unit: 'ms', ...firstMap, target: '≤ 1.2× (aim 1.0×)', met: firstMap.app <= 1.2 * firstMap.baseline },
    {
      key: 'programsAtFirstMap',
      label: 'WebGL programs linked before it',
      unit: 'count',
      ...both((s) => s.programsAtFirstMap),
      target: '≤ 8',
      met: of('app', (s) => s.programsAtFirstMap) <= 8,
    },
    { key: 'initialJsRawKB', label: 'JS before it, raw', unit: 'KB', ...js, target: '≤ 1.15×', met: js.app <= 1.15 * js.baseline },
    { key: 'initialJsGzipKB', label: 'JS before it, gzip', unit: 'KB', ...kib((b) => b.jsGzip) },
    { key: 'initialDataRawKB', label: 'data before it, raw', unit: 'KB', ...kib((b) => b.dataRaw) },
    { key: 'initialDataGzipKB', label: 'data before it, gzip', unit: 'KB', ...kib((b) => b.dataGzip) },
    { key: 'clickToSidebarMs', label: 'click on a feature → sidebar', unit: 'ms', ...click, target: '< 50 ms', met: click.app < 50 },
    {
      key: 'passageToMoveStartMs',
      label: 'click on a passage → map moving',
      unit: 'ms',
      app: pooled('app', (s) => s.passageMoveStartMs),
      target: '< 50 ms',
      met: pooled('app', (s) => s.passageMoveStartMs) < 50,
    },
    {
      key: 'passageToSelectionDrawnMs',
      label: 'click on a passage → selection drawn',
      unit: 'ms',
      app: pooled('app', (s) => s.passageSelectionDrawnMs),
      target: '< 50 ms',
      met: pooled('app', (s) => s.passageSelectionDrawnMs) < 50,
    },
    { key: 'hoverLongestTaskMs', label: 'longest task while hovering (0: none ≥ 50)', unit: 'ms', ...hover, target: '< 50 ms', met: hover.app < 50 },
    { key: 'statusToggleLongestTaskMs', label: 'longest task on a status toggle', unit: 'ms', ...both((s) => s.statusToggleLongestTaskMs) },
    { key: 'redrawLongestTaskMs', label: 'longest task of a plain redraw', unit: 'ms', ...both((s) => s.redrawLongestTaskMs) },
    {
      key: 'yearStepLongestFrameMs',
      label: 'longest frame of a year step (0: none ≥ 50)',
      unit: 'ms',
      app: yearStepFrame,
      target: '< 50 ms',
      met: yearStepFrame < 50,
    },
    {
      // Beside the bare page's plain redraw: a step costs a frame, and on this machine every frame's
      // task carries the compositor's readback of the canvas.
      key: 'yearStepLongestTaskMs',
      label: 'longest task of a year step, median',
      unit: 'ms',
      app: yearStepTask,
      baseline: of('baseline', (s) => s.redrawLongestTaskMs),
      target: '≤ 1.5× a bare redraw',
      met: yearStepTask <= 1.5 * of('baseline', (s) => s.redrawLongestTaskMs),
    },
  ];
}

/** Picture export in the page, through the same function as the button and `npm run export`. */
async function exportFigures(browser: Browser, url: string): Promise<Row[]> {
  const page = await openView(browser, url, '', VIEWPORT);
  const rows: Row[] = [];
  for (const [key, width, height, limit] of [
    ['export1920Ms', 1920, 1080, undefined],
    ['export3840Ms', 3840, 2160, 5000],
  ] as const) {
    const times: number[] = [];
    for (let run = 0; run < EXPORT_RUNS; run++) {
      const result = await exportFromPage(page, { width, height });
      if (!result.ok) throw new Error(`export ${width}×${height}: ${result.message}`);
      times.push(result.milliseconds);
    }
    const app = median(times);
    rows.push({ key, label: `export ${width}×${height} in the page`, unit: 'ms', app, ...(limit ? { target: `< ${limit} ms`, met: app < limit } : {}) });
  }
  await page.close();
  return rows;
}

/** `npm run export` as a user runs it: a whole process, from start to the PNG on disk. */
function cliExportFigures(): Row[] {
  const out = join(tmpdir(), 'corridor-atlas-bench-4k.png');
  const times: number[] = [];
  for (let run = 0; run < CLI_RUNS; run++) {
    const started = performance.now();
    const result = spawnSync('npm', ['run', '--silent', 'export', '--', '--size', 'slide-4k', '--out', out], { encoding: 'utf8' });
    if (result.status !== 0) {
      console.log(`  (npm run export failed: ${result.stderr.trim()})`);
      continue;
    }
    times.push(performance.now() - started);
  }
  const app = median(times);
  return [{ key: 'exportCli3840Ms', label: '`npm run export` 3840×2160, whole', unit: 'ms', app, target: '< 15000 ms', met: app < 15_000 }];
}

// ── output ─────────────────────────────────────────────────────────────────────────────────

function printTable(rows: readonly Row[]) {
  const number = (value: number | undefined, unit: string) =>
    value === undefined ? '' : Number.isNaN(value) ? 'n/a' : unit === 'count' ? value.toFixed(0) : `${value.toFixed(0)} ${unit}`;
  console.log(`\n${'figure'.padEnd(44)}${'app'.padStart(11)}${'baseline'.padStart(11)}${'ratio'.padStart(8)}  target`);
  for (const row of rows) {
    const ratio = ratioOf(row);
    const verdict = row.met === undefined ? '' : row.met ? ' met' : ' NOT met';
    console.log(
      `${row.label.padEnd(44)}${number(row.app, row.unit).padStart(11)}${number(row.baseline, row.unit).padStart(11)}` +
        `${ratio === null ? '' : ratio.toFixed(2).padStart(8)}  ${row.target ?? ''}${verdict}`,
    );
  }
}

function ratioOf(row: Row): number | null {
  if (row.baseline === undefined || !(row.baseline > 0) || Number.isNaN(row.app)) return null;
  return row.app / row.baseline;
}

function resultsJson(rows: readonly Row[], webgl: string) {
  const figures: Record<string, number | null> = {};
  const targets: Record<string, { target: string; met: boolean }> = {};
  for (const row of rows) {
    const ratio = ratioOf(row);
    const round = (value: number) => (Number.isNaN(value) ? null : Math.round(value * 10) / 10);
    figures[row.key] = round(row.app);
    if (row.baseline !== undefined) figures[`baseline${row.key[0].toUpperCase()}${row.key.slice(1)}`] = round(row.baseline);
    if (ratio !== null) figures[`${row.key.replace(/(Ms|KB)$/, '')}Ratio`] = Math.round(ratio * 100) / 100;
    if (row.target && row.met !== undefined) targets[row.key] = { target: row.target, met: row.met };
  }
  return {
    date: new Date().toISOString(),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(),
    machine: { cores: cpus().length, loadAverage1m: Math.round(loadavg()[0] * 100) / 100, browser: `headless Chromium ${VIEWPORT.width}×${VIEWPORT.height}`, webgl },
    pairs: PAIRS,
    figures,
    targets,
  };
}

/** What draws the pages' WebGL (a software driver here: the figures depend on it). */
async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'no WebGL 2';
  });
  await page.close();
  return renderer;
}

async function main() {
  if (!existsSync('dist/index.html') || !existsSync(join(ROOT.baseline, 'index.html'))) {
    throw new Error('Build first: `npm run bench` builds the app and the baseline.');
  }
  const rows: Row[] = [];
  const app = await serveDist();
  const baseline = await serveDist(BASELINE_CONFIG);
  const browser = await launchBrowser();
  const webgl = await webglRenderer(browser);
  try {
    console.log(`App and baseline, ${PAIRS} alternating pairs, headless Chromium ${VIEWPORT.width}×${VIEWPORT.height}, WebGL on ${webgl}`);
    rows.push(...(await pageFigures(browser, { app: app.url, baseline: baseline.url })));
    rows.push(...(await exportFigures(browser, app.url)));
    // Its own browser and figures: a heavy import would disturb the timings above.
    await importFigures(app.url);
  } finally {
    await browser.close();
    await baseline.close();
    await app.close();
  }
  // The export command starts its own server and browser, as a user's would.
  rows.push(...cliExportFigures());
  printTable(rows);
  mkdirSync('bench', { recursive: true });
  // Earlier runs are kept, newest first, so a change's before and after sit side by side.
  const path = 'bench/results.json';
  const earlier = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { earlierRuns?: unknown[] }) : null;
  const earlierRuns = earlier ? [{ ...earlier, earlierRuns: undefined }, ...(earlier.earlierRuns ?? [])] : [];
  writeFileSync(path, JSON.stringify({ ...resultsJson(rows, webgl), earlierRuns }, null, 2) + '\n');
  console.log('\nwritten to bench/results.json');
}

await main();
