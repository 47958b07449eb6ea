/**
 * Times the body pipeline where src/body/limits.ts draws its lines:
 *
 * 1. the pathological bodies of issue 25 (test/support/body-corpus.ts): each
 *    must be refused at its line, by the check and the render, in far less
 *    than a second;
 * 2. valid content the old raw-text depth count refused: each must check and
 *    render;
 * 3. for each kind of cost the budgets bound, the largest body of that shape
 *    the bounds let through, checked and rendered: the dearest bodies the
 *    build can meet, next to an ordinary body of the largest size.
 *
 *   node scripts/body-limits.ts
 *
 * Times are of this machine at the time of the run (a busy 2-core machine
 * makes them several times longer); the shapes of section 3 should stay close
 * to the ordinary body's, whatever the machine.
 */
import { checkBody, renderBody, type BodyContext } from '../src/body/index.ts';
import { scanBody } from '../src/body/limits-scan.ts';
import { alternating, PATHOLOGICAL, VALID_LOOKALIKES } from '../test/support/body-corpus.ts';

const ctx: BodyContext = { lang: 'en', kind: 'processes', stageIds: ['qualify'], metric: () => ({ ok: true, text: '62.5%' }) };

async function time(body: string): Promise<{ check: number; render: number; outcome: string }> {
  let start = performance.now();
  const problems = checkBody(body, 1, ctx).filter((p) => p.code !== 'external-image');
  const check = performance.now() - start;
  start = performance.now();
  let outcome = 'rendered';
  try {
    await renderBody(body, ctx);
  } catch {
    const first = problems[0];
    outcome = first ? `refused at line ${first.line} (${String(first.params.limit ?? first.params.hint ?? first.code)})` : 'render FAILED after a passing check';
  }
  return { check, render: performance.now() - start, outcome };
}

const row = (name: string, length: number, t: { check: number; render: number; outcome: string }) =>
  console.log(`${name.padEnd(58)} ${length.toLocaleString('en-US').padStart(8)} chars  check ${t.check.toFixed(0).padStart(6)} ms  render ${t.render.toFixed(0).padStart(6)} ms  ${t.outcome}`);

/** The largest body `make(k)` that passes the bounds (bisection on k). */
function largest(make: (k: number) => string, high: number): string {
  let low = 1;
  let best = '';
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const body = make(mid);
    if (body.length > 0 && body.length <= 200_000 && !scanBody(body, 1).problem) {
      best = body;
      low = mid + 1;
    } else high = mid - 1;
  }
  return best;
}

// Warm up the parser, the renderer and Shiki.
await renderBody('# Warm\n\nup *this* [x](y) <Metric of="coverage" />\n\n```js\nx\n```', ctx);

console.log('1. The pathological bodies of issue 25');
for (const { name, body } of PATHOLOGICAL) row(name, body.length, await time(body));

console.log('\n2. Valid content the old depth count refused');
for (const { name, body } of VALID_LOOKALIKES) row(name, body.length, await time(body));

console.log('\n3. The dearest bodies the bounds let through, and an ordinary one');
const shapes: [string, (k: number) => string, number][] = [
  ['`*_` in one paragraph', (k) => '*_'.repeat(k), 20_000],
  ['`*_` paragraphs filling 200 KB', (k) => `${'*_'.repeat(k)}\n\n`.repeat(Math.floor(200_000 / (2 * k + 2))), 20_000],
  ['`[a]` in one paragraph', (k) => '[a]'.repeat(k), 60_000],
  ['images nested in images', (k) => `${'![a'.repeat(k)}${'](b)'.repeat(k)}`, 5_000],
  ['alternating emphasis `_x *x`', (k) => alternating(k, ['_', '*']), 20_000],
  ['a list of `- a`', (k) => '- a\n'.repeat(k), 50_000],
  ['lines of eight nested list markers', (k) => '- - - - - - - - x\n'.repeat(k), 10_000],
  ['`a` underlined with `=`', (k) => 'a\n=\n'.repeat(k), 20_000],
  ['quotes between blank lines', (k) => '> a\n\n'.repeat(k), 40_000],
  ['a table with markup in every cell', (k) => `| a | b |\n|---|---|\n${'| **x** _y_ [l](u) | `c` |\n'.repeat(k)}`, 10_000],
];
for (const [name, make, high] of shapes) {
  const body = largest(make, high);
  row(name, body.length, await time(body));
}
const ordinary = 'Some *text* with a [link](https://example.com/x) and `code`, <Metric of="coverage" />.\n\n- item **bold**\n- item\n\n';
const big = largest((k) => ordinary.repeat(k), 3_000);
row('ordinary prose, lists and components, as large as allowed', big.length, await time(big));
