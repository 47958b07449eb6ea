/**
 * Setup of the `unit` project: every property test of `npm test` draws its random inputs from one fixed seed, so
 * that a run on any machine checks the same cases (a failure prints the seed and the counterexample, and is the
 * same on a second run). `npm run soak` runs the same properties long, with a new seed each time
 * (PROPERTY_SEED=random, FC_RUNS=…); PROPERTY_SEED=<n> replays one.
 */
import fc from 'fast-check';

export const DEFAULT_SEED = 20261207;

const asked = process.env.PROPERTY_SEED;
const seed = asked === 'random' ? Math.floor(Math.random() * 2 ** 31) : asked ? Number(asked) : DEFAULT_SEED;
if (asked === 'random') process.stderr.write(`property tests: seed ${seed} (replay with PROPERTY_SEED=${seed})\n`);
fc.configureGlobal({ seed });
