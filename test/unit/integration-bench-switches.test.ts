import type { Root } from 'hast';
import { afterEach, describe, expect, it } from 'vitest';
import { BENCH_OFF_ENV, benchTurnsOff } from '../../src/integration/bench-switches.ts';
import { rehypeHighlightCode } from '../../src/integration/rehype-highlight-code.ts';

const SHIKI = { themes: { light: 'github-light-default', dark: 'github-dark-default' } } as const;
const codeBlock = (): Root => ({
  type: 'root',
  children: [{ type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'element', tagName: 'code', properties: { className: ['language-sh'] }, children: [{ type: 'text', value: 'npm run check' }] }] }],
});

const before = process.env[BENCH_OFF_ENV];
afterEach(() => {
  if (before === undefined) delete process.env[BENCH_OFF_ENV];
  else process.env[BENCH_OFF_ENV] = before;
});

describe('the bench switches', () => {
  it('are off unless the variable lists them', () => {
    expect(benchTurnsOff('shiki', {})).toBe(false);
    expect(benchTurnsOff('search', { [BENCH_OFF_ENV]: 'shiki' })).toBe(false);
    expect(benchTurnsOff('search', { [BENCH_OFF_ENV]: 'shiki,search' })).toBe(true);
    expect(benchTurnsOff('shiki', { [BENCH_OFF_ENV]: 'shikis' })).toBe(false);
  });

  it('with shiki off, leave a code block unhighlighted; without, highlight it', async () => {
    process.env[BENCH_OFF_ENV] = 'shiki';
    const off = codeBlock();
    const untouched = JSON.stringify(off);
    await rehypeHighlightCode(SHIKI)(off);
    expect(JSON.stringify(off)).toBe(untouched);

    delete process.env[BENCH_OFF_ENV];
    const on = codeBlock();
    await rehypeHighlightCode(SHIKI)(on);
    expect((on.children[0] as { properties: { class?: string } }).properties.class).toContain('astro-code');
  });
});
