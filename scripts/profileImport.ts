/**
 * Where an import's time goes on the page's thread: imports a generated file into the built app
 * with the CPU profiler on, then prints the functions that took the most time (self time) and the
 * page's import stages (performance marks). `npx tsx scripts/profileImport.ts [points|lines]`;
 * build with `vite build --minify false` first for readable names.
 */
import { atlasReadyToImport, importKindArgument } from './lib/atlasReadyToImport.ts';

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const frameName = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;

/**
 * The busy stretches of the page's thread (consecutive samples that are not idle: one task, or
 * tasks back to back) of 50 ms or more, each with the functions it spent its time in, both their
 * own time and with what they called.
 */
function busyStretches(profile: CpuProfile): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) byNode.get(child)!.parent = node.id;
  const idle = (id: number) => byNode.get(id)!.callFrame.functionName === '(idle)';
  const report: string[] = [];
  let at = 0;
  let i = 0;
  while (i < profile.samples.length) {
    at += profile.timeDeltas[i] / 1000;
    if (idle(profile.samples[i])) {
      i++;
      continue;
    }
    const start = at;
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    let end = at;
    for (; i < profile.samples.length && !idle(profile.samples[i]); i++) {
      const step = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] / 1000 : 0;
      let node: ProfileNode | undefined = byNode.get(profile.samples[i]);
      self.set(frameName(node!), (self.get(frameName(node!)) ?? 0) + step);
      const seen = new Set<string>();
      for (; node; node = node.parent === undefined ? undefined : byNode.get(node.parent)) {
        const name = frameName(node);
        if (seen.has(name) || name.startsWith('(root)')) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + step);
      }
      end += step;
      if (i + 1 < profile.samples.length) at += profile.timeDeltas[i + 1] / 1000;
    }
    i++;
    if (end - start < 50) continue;
    const top = (map: Map<string, number>, n: number) =>
      [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => `      ${ms.toFixed(0).padStart(5)}  ${name}`);
    report.push(`  busy ${(end - start).toFixed(0)} ms from +${start.toFixed(0)} ms`, '    self:', ...top(self, 8), '    with callees:', ...top(total, 14));
  }
  return report;
}

const kind = importKindArgument();
const { page, file, close } = await atlasReadyToImport(kind);
try {
  page.on('console', (message) => console.log(`  page: ${message.text()}`));
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
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = frameName(byNode.get(id)!);
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
    const tasks = (window as unknown as { longTasks: number[] }).longTasks;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const before = tasks.length;
      const start = performance.now();
      await window.corridorAtlas!.repaint();
      times.push(Math.round(performance.now() - start), Math.round(Math.max(0, ...tasks.slice(before))));
    }
    return times;
  });
  console.log(`Repaint (ms to idle, longest task) x3: ${repaints.join(' ')}`);
  console.log('\nBusy stretches of the page\'s thread over 50 ms (with the profiler on):');
  busyStretches(profile).forEach((line) => console.log(line));
  console.log('\nMarks:');
  marks.forEach((mark) => console.log(`  ${mark}`));
} finally {
  await close();
}
