/**
 * The soak of the body pipeline: the property of test/unit/body-property.test.ts
 * (check passes ⇔ the render renders; the check's shortcuts answer as the full
 * analysis; a broken body is parsed a bounded number of times its size) over
 * many random bodies, with a random seed, timing each body.
 *
 *   node scripts/soak-bodies.ts [runs] [seed]       (default 2,000 runs)
 *   SOAK_MAX_MS=3000 node scripts/soak-bodies.ts     (also fail when a body takes longer)
 *
 * Prints the seed (to replay a failure), the slowest bodies and the totals;
 * exits 1 when the property fails, or a body is slower than SOAK_MAX_MS when
 * it is set (times depend on the machine and its load: each body is checked
 * and rendered, then analysed once more to compare the check's shortcuts).
 */
import fc from 'fast-check';
import { bodies, longBodies } from '../test/support/body-grammar.ts';
import { holdsFor, type Outcome } from '../test/support/body-property.ts';

const runs = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const maxMs = process.env.SOAK_MAX_MS ? Number(process.env.SOAK_MAX_MS) : Infinity;

const slowest: { ms: number; length: number; outcome: Outcome; body: string }[] = [];
let rendered = 0;
let refused = 0;
const started = performance.now();

try {
  await fc.assert(
    fc.asyncProperty(fc.oneof({ arbitrary: bodies, weight: 9 }, { arbitrary: longBodies, weight: 1 }), async (body) => {
      const outcome = await holdsFor(body);
      if (outcome.rendered) rendered++;
      else refused++;
      slowest.push({ ms: outcome.ms, length: body.length, outcome, body });
      slowest.sort((a, b) => b.ms - a.ms);
      slowest.length = Math.min(slowest.length, 5);
      if (outcome.ms > maxMs) throw new Error(`a body of ${body.length} characters took ${outcome.ms.toFixed(0)} ms (more than ${maxMs}): ${JSON.stringify(body.slice(0, 300))}…`);
    }),
    { numRuns: runs, seed },
  );
} catch (error) {
  // fast-check's message holds the whole counterexample; the cause says what broke.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`soak failed (seed ${seed}): ${(cause ?? message).slice(0, 2000)}`);
  if (cause) console.error(message.split('\n').find((line) => line.startsWith('{ seed')) ?? '');
  process.exitCode = 1;
}

console.log(`seed ${seed}: ${rendered + refused} bodies, ${rendered} rendered, ${refused} refused, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log('slowest (check + render):');
for (const s of slowest) console.log(`  ${s.ms.toFixed(0).padStart(6)} ms  ${String(s.length).padStart(7)} chars  ${s.outcome.rendered ? 'rendered' : `refused (${s.outcome.firstProblem})`}`);
