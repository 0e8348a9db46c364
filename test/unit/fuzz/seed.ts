// One seed for every fuzz property, so a run is repeatable. Set PIR_FUZZ_SEED to explore other
// inputs and PIR_FUZZ_RUNS to run a property longer (`PIR_FUZZ_RUNS=200000 npx mocha out/test/unit/fuzz`);
// fast-check prints the seed and path of any failure either way, to replay it with the same seed.
export const FUZZ_SEED = Number(process.env.PIR_FUZZ_SEED ?? 20261127);

/** How many runs a property makes: `ci` by default, PIR_FUZZ_RUNS when set. */
export function fuzzRuns(ci: number): number {
  return Number(process.env.PIR_FUZZ_RUNS ?? ci);
}
