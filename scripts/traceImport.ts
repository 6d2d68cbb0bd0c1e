/**
 * The page's long tasks during one import, from a Chromium trace: each task over 50 ms with the
 * events inside it (script, garbage collection, IndexedDB, and the compositor's Commit waiting on
 * the GPU process, which is where a software GPU's drawing shows on the page's thread).
 * `npx tsx scripts/traceImport.ts [points|lines]` after `vite build --minify false`; the whole
 * trace is written to /tmp/import-trace-<kind>.json (open it in chrome://tracing or Perfetto).
 */
import { writeFileSync } from 'node:fs';
import { atlasReadyToImport, importKindArgument } from './lib/atlasReadyToImport.ts';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown>; cat: string }

const kind = importKindArgument();
const { page, browser, file, close } = await atlasReadyToImport(kind);
try {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'toplevel', 'gpu', 'disabled-by-default-v8.gc', 'blink.user_timing', 'IndexedDB', 'gpu.angle', 'gpu.service', 'disabled-by-default-gpu.service', 'gpu.decoder', 'disabled-by-default-gpu_decoder', 'disabled-by-default-gpu.device', 'gpu.capture'],
  });
  await page.setInputFiles('[data-testid=user-file]', file);
  await page.waitForFunction(() => performance.getEntriesByName('user-layer-drawn').length > 0, undefined, { timeout: 900_000, polling: 500 });
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  writeFileSync(`/tmp/import-trace-${kind}.json`, buffer);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
  const onMain = events.filter((e) => e.pid === main!.pid && e.tid === main!.tid && e.ph === 'X');
  const marks = events.filter((e) => e.cat.includes('user_timing') && e.name.startsWith('user-'));
  const t0 = marks.find((m) => m.name === 'user-import-start')?.ts ?? 0;
  marks.forEach((m) => console.log(`mark ${m.name} +${((m.ts - t0) / 1000).toFixed(0)} ms`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').filter((e) => (e.dur ?? 0) > 50_000 && e.ts >= t0 - 100_000);
  for (const task of tasks) {
    console.log(`\nTASK ${(task.dur! / 1000).toFixed(0)} ms at +${((task.ts - t0) / 1000).toFixed(0)} ms`);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur! && (e.dur ?? 0) > 3000);
    for (const e of inside.sort((a, b) => a.ts - b.ts)) {
      const depth = inside.filter((p) => p !== e && p.ts <= e.ts && p.ts + p.dur! >= e.ts + e.dur!).length;
      const detail = JSON.stringify(e.args?.data ?? e.args ?? {}).slice(0, 140);
      console.log(`${'  '.repeat(depth + 1)}${(e.dur! / 1000).toFixed(1)} ms ${e.name} +${((e.ts - t0) / 1000).toFixed(0)} ${detail}`);
    }
  }
} finally {
  await close();
}
