/**
 * Bodies of issue 25, for the tests (test/unit/body-limits.test.ts) and for
 * scripts/body-limits.ts, which times them:
 *
 * - PATHOLOGICAL: each took seconds to minutes to render (or crashed the
 *   build after a passing check); each must now be refused at its line, by
 *   the check and the render alike, before any parse;
 * - VALID_LOOKALIKES: content the old raw-text depth count refused although
 *   it parses and renders fine.
 */
import type { LimitKind } from '../../src/body/limits.ts';

/** `text` repeated to exactly `length` characters. */
export const repeatTo = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** Nested emphasis that alternates its marks, `_x *x _x … y … x* x_ x* x_`, of about `length` characters. */
export function alternating(length: number, marks: readonly string[]): string {
  let open = '';
  let close = '';
  for (let i = 0; open.length + close.length < length; i++) {
    const mark = marks[i % marks.length]!;
    open += `${mark}x `;
    close = ` x${mark}${close}`;
  }
  return `${open}y${close}`;
}

export interface Pathological {
  name: string;
  body: string;
  limit: LimitKind;
  /** The line (of the body, from 1) the check refuses it at. */
  line: number;
}

export const PATHOLOGICAL: readonly Pathological[] = [
  { name: '`*_` repeated, 16 KB', body: repeatTo('*_', 16_000), limit: 'markup', line: 1 },
  { name: '`*_` repeated, 32 KB', body: repeatTo('*_', 32_000), limit: 'markup', line: 1 },
  { name: '`*_` repeated, 48 KB', body: repeatTo('*_', 48_000), limit: 'markup', line: 1 },
  { name: '`*_` repeated, 64 KB', body: repeatTo('*_', 64_000), limit: 'markup', line: 1 },
  { name: '`*a_` repeated, 32 KB', body: repeatTo('*a_', 32_000), limit: 'markup', line: 1 },
  { name: 'images nested in images, 12 KB', body: `${'![a'.repeat(1715)}${'](b)'.repeat(1715)}`, limit: 'markup', line: 1 },
  { name: '`a` underlined with `=`, 32 KB', body: repeatTo('a\n=\n', 32_000), limit: 'structure', line: 266 },
  { name: 'a list of `- a`, 199 KB', body: repeatTo('- a\n', 199_000), limit: 'structure', line: 300 },
  { name: '`[a]` repeated, 199 KB', body: repeatTo('[a]', 199_000), limit: 'markup', line: 1 },
  { name: 'alternating emphasis `_x *x`, 9 KB', body: alternating(9_000, ['_', '*']), limit: 'markup', line: 1 },
  { name: 'alternating `*x ~~x`, 9 KB', body: alternating(9_000, ['*', '~~']), limit: 'markup', line: 1 },
  { name: 'alternating emphasis `_x *x`, 4 KB, after a paragraph', body: `Intro.\n\n${alternating(4_000, ['_', '*'])}`, limit: 'nesting', line: 3 },
  {
    name: '16 KB of `*_` and 12 `Step N<br> done.` lines (re-parsed 12 times before)',
    body: `${repeatTo('*_', 16_000)}\n\n${Array.from({ length: 12 }, (_, i) => `Step ${i + 1}<br> done.`).join('\n')}`,
    limit: 'markup',
    line: 1,
  },
];

export const VALID_LOOKALIKES: readonly { name: string; body: string }[] = [
  { name: 'a signature line', body: 'Customer signature: ________________________________________\n\nDate: ______________' },
  { name: '33+ `_` and `*` in prose', body: `Rate it ${'*'.repeat(40)} or leave ${'_'.repeat(60)} blank; ${'*'.repeat(33)}` },
  { name: 'a `/*****…*/` banner in a code block', body: `\`\`\`c\n/${'*'.repeat(72)}\n * Pricing engine\n ${'*'.repeat(72)}/\n\`\`\`` },
  { name: 'a long code span of underscores', body: `Fill in \`${'_'.repeat(80)}\` on the form.` },
  { name: '33+ `line<br>` lines in a fenced block', body: `\`\`\`html\n${'line<br>\n'.repeat(40)}\`\`\`` },
  { name: '33 escaped `\\<div>`', body: '\\<div>\n'.repeat(33) },
  { name: '40 `line<br>` lines (GitHub’s `<br>`)', body: 'line<br>\n'.repeat(40) },
  { name: 'a thematic break of 80 stars', body: `Before.\n\n${'*'.repeat(80)}\n\nAfter.` },
];
