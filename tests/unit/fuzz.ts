/** How many cases a property test tries: a few hundred in `npm test`, many more with `npm run test:fuzz`. */
export function fuzzRuns(everyDay = 300): number {
  const asked = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(asked) && asked > 0 ? asked : everyDay;
}
