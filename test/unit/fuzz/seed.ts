// One seed for every fuzz property, so a run is repeatable. Set PIR_FUZZ_SEED to explore other
// inputs; fast-check prints the seed and path of any failure either way.
export const FUZZ_SEED = Number(process.env.PIR_FUZZ_SEED ?? 20261127);
