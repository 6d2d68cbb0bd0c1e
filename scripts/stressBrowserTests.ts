/**
 * Runs browser test files many times in a row on a slowed main thread, to catch tests that pass
 * only when the machine is quick: `npm run test:stress -- [--runs 10] [--throttle 4] [files…]`.
 * Needs the build in dist/ (npm run build). Prints each file's passes and exits 1 on any failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

const BROWSER_TESTS = 'tests/browser';

interface FileResult {
  name: string;
  status: string;
  assertionResults: { title: string; status: string; failureMessages: string[] }[];
}

function positiveInteger(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${option} must be a whole number of at least 1, not "${text}".`);
    process.exit(1);
  }
  return value;
}

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, throttle: { type: 'string', default: '4' } },
  allowPositionals: true,
});
const runs = positiveInteger(values.runs, 'runs');
const throttle = positiveInteger(values.throttle, 'throttle');
const files = positionals.length > 0 ? positionals : readdirSync(BROWSER_TESTS).filter((name) => name.endsWith('.test.ts')).map((name) => join(BROWSER_TESTS, name));

const passes = new Map(files.map((file) => [basename(file), 0]));
const failures: string[] = [];
const reports = mkdtempSync(join(tmpdir(), 'atlas-stress-'));

for (let run = 1; run <= runs; run++) {
  const report = join(reports, `run-${run}.json`);
  const started = Date.now();
  spawnSync('npx', ['vitest', 'run', '--config', `${BROWSER_TESTS}/vitest.config.ts`, '--reporter=json', `--outputFile=${report}`, ...files], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ATLAS_CPU_THROTTLE: String(throttle) },
  });
  let results: FileResult[];
  try {
    results = (JSON.parse(readFileSync(report, 'utf8')) as { testResults: FileResult[] }).testResults;
  } catch {
    failures.push(`run ${run}: vitest wrote no report (see the errors above)`);
    continue;
  }
  const missing = new Set(passes.keys());
  for (const result of results) {
    const file = basename(result.name);
    missing.delete(file);
    const failed = result.assertionResults.filter((test) => test.status !== 'passed');
    if (result.status === 'passed' && failed.length === 0) passes.set(file, (passes.get(file) ?? 0) + 1);
    else if (failed.length === 0) failures.push(`run ${run}, ${file}: the file failed outside its tests (a hook or an import)`);
    for (const test of failed) failures.push(`run ${run}, ${file}: ${test.title} (${test.status})\n    ${test.failureMessages.join('\n').split('\n').slice(0, 6).join('\n    ')}`);
  }
  for (const file of missing) failures.push(`run ${run}, ${file}: no result`);
  console.log(`run ${run}/${runs} at ${throttle}× CPU throttling: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

console.log(`\n${runs} runs at ${throttle}× CPU throttling:`);
for (const [file, passed] of passes) console.log(`  ${passed === runs ? 'ok  ' : 'FAIL'} ${file}: ${passed}/${runs} passed`);
if (failures.length > 0) {
  console.log(`\nFailures:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
