// Every fast-check property in the suite runs from one fixed seed, so a run is repeatable: the same inputs on every
// machine and under any load. On failure fast-check's message names the seed and the shrunk path
// ({ seed: ..., path: "..." }); FC_SEED=<that seed> reproduces it, and FC_SEED=random explores new inputs.
import fc from 'fast-check';

const DEFAULT_SEED = 20_250_903;

function seedFromEnv(value: string | undefined): number {
  if (value === 'random') return Date.now() ^ (Math.random() * 0x7fffffff);
  if (value === undefined || value === '') return DEFAULT_SEED;
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  return seed;
}

const seed = seedFromEnv(process.env.FC_SEED);
fc.configureGlobal({ seed });
if (seed !== DEFAULT_SEED) console.log(`fast-check seed ${seed}`);
