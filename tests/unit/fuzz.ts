/** How many cases a property test tries: a few hundred in `npm test`, many more with `npm run test:fuzz`. */
export function fuzzRuns(everyDay = 300): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(asked) && asked > 0 ? asked : everyDay;
}

/** Time for one property test: generous, since the machine may be busy and fuzzing runs thousands. */
export function fuzzTimeout(): number {
  return 60_000 + fuzzRuns() * 40;
}
