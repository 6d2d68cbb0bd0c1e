/**
 * `npm test`: every check, the independent ones two at a time (the machine has two cores), the
 * browser tests last and alone. Stops after the first stage that fails; prints how long each step took.
 */
import { spawn } from 'node:child_process';

/** Each stage's scripts run side by side; a stage starts when the one before has passed. */
const STAGES: string[][] = [
  ['typecheck', 'lint'],
  // The build writes public/basemap/ and src/fonts/, which no unit test reads.
  ['test:unit', 'build'],
  ['test:browser'],
];

interface Step {
  script: string;
  seconds: number;
  ok: boolean;
}

/** Runs `npm run <script>`; beside another script its output is held back and printed whole when it ends. */
function run(script: string, alone: boolean): Promise<Step> {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const step = { script, seconds: (Date.now() - started) / 1000, ok: code === 0 };
      if (!alone) process.stdout.write(`\n── npm run ${script} ──\n${Buffer.concat(output).toString()}`);
      console.log(`── npm run ${script}: ${step.ok ? 'passed' : 'FAILED'} in ${step.seconds.toFixed(1)} s`);
      resolve(step);
    });
  });
}

const started = Date.now();
const steps: Step[] = [];
for (const stage of STAGES) {
  const results = await Promise.all(stage.map((script) => run(script, stage.length === 1)));
  steps.push(...results);
  if (results.some((step) => !step.ok)) break;
}

console.log('\nnpm test:');
for (const step of steps) console.log(`  ${step.ok ? 'ok    ' : 'FAILED'} ${step.script.padEnd(14)} ${step.seconds.toFixed(1).padStart(6)} s`);
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(steps.every((step) => step.ok) && steps.length === STAGES.flat().length ? 0 : 1);
