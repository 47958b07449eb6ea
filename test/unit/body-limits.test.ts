/**
 * Issue 25, items 3–6: `check` passes ⇔ the build renders, in time linear in
 * the body, with depth counted on the parsed tree. Every repro of the issue is
 * here, at unit level (the check and the render functions, no Astro build).
 *
 * Time is asserted as work, not as a clock: a body the bounds refuse is
 * refused without a single parse (parseStats), and every body that passes is
 * rendered. The clock times of these bodies are in the report of
 * scripts/body-limits.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBody, renderBody, type BodyContext, type BodyProblem } from '../../src/body/index.ts';
import { depthOf, tooDeep } from '../../src/body/depth.ts';
import { BUDGETS, MAX_BODY_DEPTH } from '../../src/body/limits.ts';
import { scanBody } from '../../src/body/limits-scan.ts';
import { chunkable } from '../../src/body/chunks.ts';
import { parseOnce, parseStats } from '../../src/body/parse.ts';
import { parseWithRecovery } from '../../src/body/recover.ts';
import { bodyMessage } from '../support/body-message.ts';
import { PATHOLOGICAL, VALID_LOOKALIKES } from '../support/body-corpus.ts';
import { everyBody } from '../support/body-files.ts';
import { bodies } from '../support/body-grammar.ts';

const ctx: BodyContext = {
  lang: 'en',
  kind: 'processes',
  stageIds: ['qualify'],
  metric: (request) => (request.of === 'coverage' ? { ok: true, text: '62.5%' } : { ok: false, what: 'metric', value: request.of }),
};

/** The check's errors and whether the render went through: they must agree. */
async function checkAndRender(body: string): Promise<{ errors: BodyProblem[]; rendered: boolean }> {
  const errors = checkBody(body, 1, ctx).filter((p) => p.code !== 'external-image');
  let rendered = true;
  try {
    await renderBody(body, ctx);
  } catch {
    rendered = false;
  }
  return { errors, rendered };
}

describe('the pathological bodies of issue 25', () => {
  for (const { name, body, limit, line } of PATHOLOGICAL) {
    it(`${name}: refused at line ${line} (${limit}) before any parse, by the check and the render alike`, async () => {
      const before = parseStats.parses;
      const { errors, rendered } = await checkAndRender(body);
      expect(parseStats.parses - before).toBe(0);
      expect(rendered).toBe(false);
      expect(errors).toEqual([expect.objectContaining({ code: 'body-syntax', line, params: expect.objectContaining({ limit }) })]);
      const [problem] = errors;
      // Said in both languages, with the numbers that matter, never a raw key or `undefined`.
      for (const lang of ['en', 'zh-CN'] as const) {
        const message = bodyMessage('body-syntax', problem!.params, lang);
        expect(message).not.toMatch(/undefined|NaN|\[object/);
        expect(message.length).toBeGreaterThan(60);
      }
      expect(bodyMessage('body-syntax', problem!.params, 'zh-CN')).toMatch(/\p{Script=Han}.*。$/u);
    });
  }

  it('the budgets say what they measure in the messages: characters and marks with thousands separators', () => {
    const markup = PATHOLOGICAL.find((p) => p.limit === 'markup')!;
    const [problem] = checkBody(markup.body, 1, ctx);
    expect(bodyMessage('body-syntax', problem!.params, 'en')).toMatch(/\(\d{1,3}(,\d{3})+ marks such as `\*`, `_`, `\[` or `<` in \d{1,3}(,\d{3})+ characters\)/);
  });
});

describe('valid content the old raw-text depth count refused', () => {
  for (const { name, body } of VALID_LOOKALIKES) {
    it(`${name}: passes the check and renders`, async () => {
      const { errors, rendered } = await checkAndRender(body);
      expect(errors).toEqual([]);
      expect(rendered).toBe(true);
    });
  }
});

describe('depth, counted on the parsed tree', () => {
  /** `levels` levels of alternating emphasis: `_x *x _x … y … x* x_`. */
  const alternating = (levels: number, marks = ['_', '*']) => {
    let open = '';
    let close = '';
    for (let i = 0; i < levels; i++) {
      const m = marks[i % marks.length]!;
      open += `${m}x `;
      close = ` x${m}${close}`;
    }
    return `${open}y${close}`;
  };

  it('counts emphasis levels, whatever marks open them (the old count saw runs of one mark only)', () => {
    const tree = parseOnce(alternating(20));
    expect(tree.ok && depthOf(tree.tree)).toBe(20);
    const mixed = parseOnce(alternating(12, ['*', '~~']));
    expect(mixed.ok && depthOf(mixed.tree)).toBe(12);
  });

  it('refuses the first node past 32 levels, at its place, and the render refuses it too', async () => {
    const body = `Intro.\n\n${alternating(40)}`;
    const { errors, rendered } = await checkAndRender(body);
    expect(rendered).toBe(false);
    // The 33rd level opens with the 33rd mark of line 3, at column 1 + 3 × 32.
    expect(errors).toEqual([expect.objectContaining({ code: 'body-syntax', line: 3, column: 97, params: expect.objectContaining({ limit: 'depth', max: MAX_BODY_DEPTH }) })]);
    expect((await checkAndRender(alternating(32))).errors).toEqual([]);
    expect((await checkAndRender(alternating(32))).rendered).toBe(true);
  });

  it('counts lists, quotes, links and tags as levels, and nothing else', () => {
    const deep = (body: string) => {
      const result = parseOnce(body);
      return result.ok ? depthOf(result.tree) : -1;
    };
    expect(deep('- a\n  - b\n    > c <b>[d](e)</b> f')).toBe(5);
    expect(deep('# Title\n\n| a | b |\n|---|---|\n| c | d |\n\nText.')).toBe(0);
    const tree = parseOnce(`${'<b>'.repeat(40)}x${'</b>'.repeat(40)}`);
    expect(tree.ok && tooDeep(tree.tree)?.position?.start.column).toBe(1 + 3 * 32);
  });

  it('the bound that lets the check skip the parse is never below the depth the parser finds', () => {
    const bodies = [
      alternating(10),
      `${'> '.repeat(5)}${alternating(6)}`,
      '- a\n  - b\n    - c **d _e_ [f](g)**',
      '[a [b [c](d) e](f) g](h) and ***x*** ~~y~~',
      '1. a\n2. b\n\n   > c',
      '| **a** | _b_ |\n|---|---|\n| [c](d) | ~~e~~ |',
      '[^1]: a\n\n    - b *c*',
    ];
    for (const body of bodies) {
      const parsed = parseOnce(body);
      expect(parsed.ok, body).toBe(true);
      if (parsed.ok) expect(scanBody(body, 1).depthBound, body).toBeGreaterThanOrEqual(depthOf(parsed.tree));
    }
  });
});

describe('the bounds', () => {
  it('leave ordinary bodies far within every budget', () => {
    const body = [
      '## Talk track',
      '',
      'Ask about the **budget** and the _timeline_; see [the deck](https://example.com/deck) and `quick-quote`.',
      '',
      '- [ ] Send the deck',
      '- [x] Book the **demo** with <Metric of="coverage" />',
      '',
      '| They say | We answer |',
      '|---|---|',
      '| "Too **expensive**" | Compare the _result_, see [the case](https://example.com/c). |',
      '',
      '> **Note** quotes stay quotes.',
      '',
    ]
      .join('\n')
      .repeat(450);
    expect(body.length).toBeGreaterThan(150_000);
    const scan = scanBody(body, 1);
    expect(scan.problem).toBeUndefined();
    expect(scan.depthBound).toBeLessThanOrEqual(MAX_BODY_DEPTH);
  });

  it('count a table row by row, a list item by item, and fenced code not at all', () => {
    const row = '| **a** _b_ [c](d) `e` | ~~f~~ <b>g</b> |';
    const table = `| x | y |\n|---|---|\n${`${row}\n`.repeat(4000)}`;
    expect(scanBody(table, 1).problem).toBeUndefined();
    // The same rows as one paragraph (no delimiter row) are one unit: too much markup in one paragraph.
    expect(scanBody(`${row}\n`.repeat(4000), 1).problem).toMatchObject({ params: { limit: 'markup' } });
    const list = `${'- **a** _b_ [c](d) `e` ~~f~~\n'.repeat(1000)}`;
    expect(scanBody(list, 1).problem).toBeUndefined();
    const code = `\`\`\`js\n${'const x = a[b] * c_d + `${e}` /* ** */;\n'.repeat(3000)}\`\`\``;
    expect(scanBody(code, 1).problem).toBeUndefined();
  });

  it('are budgets, not limits on size: the same markup split into paragraphs passes', () => {
    const paragraph = '*_'.repeat(100);
    expect(scanBody(paragraph.repeat(40), 1).problem).toMatchObject({ params: { limit: 'markup' } });
    expect(scanBody(`${paragraph}\n\n`.repeat(40), 1).problem).toBeUndefined();
    expect(BUDGETS.markup).toBeGreaterThan(0);
  });
});

describe('parsing chunk by chunk', () => {
  it('makes the tree the whole body makes, on every body of the fixtures, the examples, the bench and random ones', () => {
    const candidates = [...everyBody(120).map((b) => b.body), ...fc.sample(bodies, { numRuns: 600, seed: 17 })];
    let compared = 0;
    for (const body of candidates) {
      if (!chunkable(body) || scanBody(body, 1).problem) continue;
      const whole = parseOnce(body);
      if (!whole.ok) continue;
      compared++;
      const chunked = parseWithRecovery(body, 1);
      expect(chunked.problems, body).toEqual([]);
      expect(chunked.tree, body).toEqual({ type: 'root', children: whole.tree.children });
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('never makes a valid body fail when it cuts in the wrong place (a tag written over several lines)', () => {
    const body = '<Callout\n  type="tip"\n>\n\nAsk about the budget.\n\n</Callout>\n\nAfter.';
    expect(chunkable(body)).toBe(true);
    expect(parseWithRecovery(body, 1).problems).toEqual([]);
    expect(checkBody(body, 1, ctx)).toEqual([]);
  });

  it('keeps a list of many items, between paragraphs, within the budget that one long list exceeds', () => {
    const lists = `${'Intro.\n\n- a\n- b\n- c\n\n'.repeat(3000)}`;
    expect(scanBody(lists, 1).problem).toBeUndefined();
    const one = '- a\n'.repeat(9000);
    expect(scanBody(one, 1).problem).toMatchObject({ params: { limit: 'structure' } });
  });
});
