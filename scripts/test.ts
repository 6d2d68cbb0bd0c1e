/**
 * `npm test`: every check, two at a time (the machine has two cores), the browser tests last and
 * alone. A check starts as soon as a core is free and what it needs has passed, so no core waits
 * for a stage's slower half; nothing new starts after a failure. Prints how long each step took.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PACKED_FILE_NAME } from './lib/packedFiles.ts';
import { PACK_OUT_DIR } from '../vite.pack.config.ts';

interface Check {
  name: string;
  command: string[];
  /** Checks that must have passed first. */
  after?: string[];
  /** Runs with both cores to itself, its output as it comes. */
  alone?: boolean;
  env?: Record<string, string>;
}

/** The page packed.test.ts opens; built here beside the slow checks rather than inside the browser stage. */
const PACKED_PAGE = resolve(PACK_OUT_DIR, PACKED_FILE_NAME);

/** In the order they are started when a core is free: the longest first, so both cores finish together. */
const CHECKS: Check[] = [
  { name: 'test:unit', command: ['npm', 'run', '--silent', 'test:unit'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  // The build's validation and prepared basemap and fonts are what the pack needs first: only its own Vite build is left.
  { name: 'pack', command: ['npx', 'tsx', 'scripts/pack.ts'], after: ['build'] },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  {
    name: 'test:browser',
    command: ['npm', 'run', '--silent', 'test:browser'],
    after: ['test:unit', 'build', 'pack', 'typecheck', 'lint'],
    alone: true,
    env: { ATLAS_PACKED_PAGE: PACKED_PAGE },
  },
];
const CORES = 2;

interface Step {
  name: string;
  seconds: number;
  ok: boolean;
}

/** Runs a check; beside another its output is held back and printed whole when it ends. */
function run(check: Check): Promise<Step> {
  const started = Date.now();
  const [command, ...args] = check.command;
  const child = spawn(command, args, { stdio: check.alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...check.env } });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const step = { name: check.name, seconds: (Date.now() - started) / 1000, ok: code === 0 };
      if (!check.alone) process.stdout.write(`\n── ${check.name} ──\n${Buffer.concat(output).toString()}`);
      console.log(`── ${check.name}: ${step.ok ? 'passed' : 'FAILED'} in ${step.seconds.toFixed(1)} s`);
      resolve(step);
    });
  });
}

const started = Date.now();
const steps: Step[] = [];
const waiting = [...CHECKS];
const running = new Map<string, Promise<Step>>();
const passed = (name: string) => steps.some((step) => step.name === name && step.ok);
const failed = () => steps.some((step) => !step.ok);

while (waiting.length > 0 || running.size > 0) {
  // Start what can start: a free core (or both, for a check that runs alone), and what it needs passed.
  for (const check of [...waiting]) {
    if (failed()) break;
    const cores = check.alone ? CORES : 1;
    const busy = [...running.keys()].reduce((sum, name) => sum + (CHECKS.find((c) => c.name === name)!.alone ? CORES : 1), 0);
    if (busy + cores > CORES || !(check.after ?? []).every(passed)) continue;
    waiting.splice(waiting.indexOf(check), 1);
    running.set(check.name, run(check));
  }
  if (running.size === 0) break;
  const step = await Promise.race(running.values());
  running.delete(step.name);
  steps.push(step);
}

console.log('\nnpm test:');
for (const step of steps) console.log(`  ${step.ok ? 'ok    ' : 'FAILED'} ${step.name.padEnd(14)} ${step.seconds.toFixed(1).padStart(6)} s`);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(steps.every((step) => step.ok) && steps.length === CHECKS.length ? 0 : 1);
