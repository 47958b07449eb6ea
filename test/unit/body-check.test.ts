import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBody, needsParse, COMPONENTS, type BodyContext, type BodyProblem, type MetricRequest } from '../../src/body/index.ts';
import { plainContext } from '../../src/diagnostics/context.ts';
import { diagnostic, messageOf } from '../../src/diagnostics/diagnostic.ts';
import { allProblems, analyzeBody } from '../../src/body/check.ts';
import { parseStats } from '../../src/body/parse.ts';
import { RECOVERY_BUDGET } from '../../src/body/recover.ts';
import { scanElements } from '../../src/body/scan.ts';

/** The body starts at line 8 of its file (after seven lines of frontmatter), as in most tests here. */
const AT = 8;

const METRICS = ['coverage', 'winRate', 'segments.smb.coverage'];

function context(overrides: Partial<BodyContext> = {}): BodyContext & { requests: MetricRequest[] } {
  const requests: MetricRequest[] = [];
  return {
    lang: 'en',
    kind: 'processes',
    stageIds: ['qualify', 'propose', 'close'],
    requests,
    metric(request) {
      requests.push(request);
      if (!METRICS.includes(request.of)) return { ok: false, what: 'metric', value: request.of, ...(request.of.startsWith('segments.smb.cover') ? { suggestion: 'segments.smb.coverage' } : {}) };
      if (request.scenario !== undefined && request.scenario !== 'hire-two') return { ok: false, what: 'scenario', value: request.scenario, suggestion: 'hire-two' };
      if (request.month !== undefined && request.month !== '2027-01') return { ok: false, what: 'month', value: request.month };
      return { ok: true, text: '62.5%', title: '0.625' };
    },
    ...overrides,
  };
}

const check = (body: string, ctx: BodyContext = context()) => checkBody(body, AT, ctx);
/** `code line:column` of every problem, to compare whole results at once. */
const where = (problems: BodyProblem[]) => problems.map((p) => `${p.code} ${p.line}:${p.column}`);

describe('the fast path', () => {
  it('knows which bodies cannot fail', () => {
    expect(needsParse('Plain **Markdown** with a [link](https://example.com), a table | a |, 3 > 2 and a ~~strike~~.')).toBe(false);
    expect(needsParse('Important: imports are taxed.\nExporters too.\n  import x from "y" (indented: prose)')).toBe(false);
    expect(needsParse('a < b')).toBe(true);
    expect(needsParse('a {b}')).toBe(true);
    expect(needsParse('text\nimport x from "y"')).toBe(true);
    expect(needsParse('export const x = 1')).toBe(true);
  });

  it('does not parse a body without `<`, `{` or ESM lines', () => {
    const before = parseStats.parses;
    const body = '## Talk track\n\n- Ask about the **budget**.\n- [ ] Send the deck\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nA note[^1].\n\n[^1]: Footnote.';
    const ctx = context();
    expect(check(body, ctx)).toEqual([]);
    expect(parseStats.parses).toBe(before);
    expect(ctx.requests).toEqual([]);
  });

  it('does not parse a simple body with components either: it scans it', () => {
    const before = parseStats.parses;
    const body = '## Numbers\n\nCoverage is <Metric of="coverage" />.\n\n<Callout type="tip">\nAsk about the **budget**.\n</Callout>\n\n```sh\nnpm run check <x>\n```';
    const ctx = context();
    expect(scanElements(body)?.elements.map((e) => e.node.name)).toEqual(['Metric', 'Callout']);
    expect(check(body, ctx)).toEqual([]);
    expect(check('Coverage is <Metric of="cover" />.', ctx)).toMatchObject([{ code: 'unknown-metric', line: 8, column: 21 }]);
    expect(parseStats.parses).toBe(before);
    expect(ctx.requests.map((r) => r.of)).toEqual(['coverage', 'cover']);
  });

  it('parses (once) a body the scanner does not understand', () => {
    const before = parseStats.chars;
    const body = 'Coverage is <Metric of="coverage" />.\n\n<details>\n<summary>More</summary>\n\nText.\n\n</details>';
    expect(scanElements(body)).toBeUndefined();
    expect(check(body)).toEqual([]);
    // Chunk by chunk (chunks.ts), every character once.
    expect(parseStats.chars - before).toBe(body.length);
  });

  it('scans exactly what the parser finds: same problems, same places', () => {
    const lines = [
      '', '', '', 'Plain words and a [link](https://example.com/a).', '## Heading <Metric of="coverage" />',
      'Coverage is <Metric of="coverage" /> today.', 'Two: <Metric of="winRate"/> and <Delta of="coverage" scenario="hire-two" />.',
      '<Metric of="nope" />', '<Metric off="coverage" />', '<Metric of="coverage" month="March" />', "<Metric of='coverage' month='2031-01' />",
      '<Delta of="coverage" />', '<Chart kind="bar" />', 'Line<br />break', '<img src="x.png" alt="a" />', '<Callout type="tip" />',
      'Say <Callout />.', '\\<Metric of="x" /> escaped', '\\\\<Metric of="x" /> not escaped', 'a < b', 'we <3 it',
      'see [docs](https://x.com/a) then <Metric of="coverage" />', '[<Metric of="coverage" />](#x)', '![a <Metric of="coverage" />](p.png)',
      'inline `<Metric of="coverage" />` code', '`a', 'b`', '| a | <Metric of="coverage" /> |', '| a | b |', '|---|---|',
      '<Metric of="a|b" />', '<Metric of="a&amp;b" />', '<Metric   of="coverage"   />', '<Metric of="coverage" / >',
      '<Callout type="tip">', '<Callout type="danger">', '<Callout>', '</Callout>', '<Callout colour="red">', '</ Callout>',
      '<Stage id="qualify">', '<Stage id="nope">', '</Stage>', '<Chart>', '</Chart>', '<Metric of="coverage">', '</Metric>',
      '```', '```sh', '~~~', '  ```', '````', '{x}', 'import x from "y"', '[ref]: <https://x.com>', '[^1]: Note <Metric of="coverage" />',
      '<!-- c -->', '<div>', '</div>', 'Setext', '===',
    ];
    const prefixes = ['', '', '', '- ', '> ', '  ', '1. ', '    ', '\t', '- [ ] '];
    const body = fc
      .tuple(fc.array(fc.tuple(fc.constantFrom(...prefixes), fc.constantFrom(...lines)), { maxLength: 14 }), fc.constantFrom('\n', '\n', '\r\n'))
      .map(([parts, eol]) => parts.map(([prefix, line]) => prefix + line).join(eol));
    let scanned = 0;
    fc.assert(
      fc.property(body, (text) => {
        if (scanElements(text)) scanned++;
        expect(checkBody(text, AT, context())).toEqual(allProblems(analyzeBody(text, AT, context())));
      }),
      { numRuns: 400 },
    );
    // The comparison means something only if many bodies took the scanner's way.
    expect(scanned).toBeGreaterThan(60);
  });
});

describe('unsafe-body', () => {
  it('reports every import and export line, at its line in the file', () => {
    const problems = check('import fs from "node:fs"\nexport const x = fs.readFileSync("/etc/passwd", "utf8")\n\nText.\n\nexport default function Layout() {}');
    expect(where(problems)).toEqual(['unsafe-body 8:1', 'unsafe-body 9:1', 'unsafe-body 13:1']);
    expect(problems.map((p) => p.params.construct)).toEqual(['import', 'export', 'export']);
  });

  it('reports a line of prose that MDX reads as an import', () => {
    const problems = check('Intro.\n\nimport the CSV file first\nthen check it.');
    expect(problems).toEqual([{ code: 'unsafe-body', line: 10, column: 1, params: { construct: 'import' } }]);
  });

  it('reports expressions at their `{`, valid JavaScript or not', () => {
    const problems = check('Total: {1 + 1}.\n\n{x y}\n\n{/* a comment */}\n\n{\n  process.exit(1)\n}');
    expect(where(problems)).toEqual(['unsafe-body 8:8', 'unsafe-body 10:1', 'unsafe-body 12:1', 'unsafe-body 14:1']);
    expect(problems.every((p) => p.params.construct === 'expression')).toBe(true);
  });

  it('reports expression attributes and spreads, on HTML and components alike', () => {
    const problems = check('<a href={"java"+"script:alert(1)"}>x</a>\n\n<a {...{onclick: alert}}>y</a>\n\n<Callout type={kind}>z</Callout>');
    expect(problems).toEqual([
      { code: 'unsafe-body', line: 8, column: 4, params: { construct: 'expression-attribute', name: 'href', element: 'a' } },
      { code: 'unsafe-body', line: 10, column: 4, params: { construct: 'spread-attribute', element: 'a' } },
      { code: 'unsafe-body', line: 12, column: 10, params: { construct: 'expression-attribute', name: 'type', element: 'Callout' } },
    ]);
  });

  it('reports an attribute expression that is not valid JavaScript', () => {
    expect(check('See <a href={1 +}>this</a>.')).toEqual([
      { code: 'unsafe-body', line: 8, column: 13, params: { construct: 'expression-attribute', name: 'href', element: 'a' } },
    ]);
  });
});

describe('body-syntax', () => {
  it('gives `we <3 customers {x` both of its problems, at their columns', () => {
    const problems = check('we <3 customers {x');
    expect(where(problems)).toEqual(['body-syntax 8:5', 'unsafe-body 8:17']);
    expect(problems[0]!.params).toMatchObject({ hint: 'less-than' });
    expect(String(problems[0]!.params.reason)).toContain('Unexpected character `3`');
  });

  it('says HTML comments are not supported, without suggesting `{/* */}`', () => {
    const [problem, ...rest] = check('Text.\n\n<!-- TODO: numbers -->');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'body-syntax', line: 10, column: 2, params: { hint: 'comment' } });
    expect(String(problem!.params.reason)).not.toContain('{/*');
    expect(bodyMessage(problem!, 'en')).toContain('do not support comments');
  });

  it('explains `<https://…>` autolinks and unquoted attribute values', () => {
    expect(check('Go to <https://example.com>.')).toMatchObject([{ code: 'body-syntax', line: 8, column: 14, params: { hint: 'link' } }]);
    expect(check('<img src=x onerror=alert(1)>')).toMatchObject([{ code: 'body-syntax', line: 8, column: 10, params: { hint: 'attribute-value' } }]);
  });

  it('points an unclosed element at its opening tag, with positions in the reason moved to the file', () => {
    const [problem, ...rest] = check('Intro.\n\n<Callout type="tip">\n\nNever closed.\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'body-syntax', line: 10, column: 1, params: { hint: 'unclosed', tag: 'Callout' } });
    expect(problem!.params.reason).toBe('Expected a closing tag for `<Callout>` (10:1-10:21)');
  });

  it('takes void elements as HTML writes them, with or without a slash (GitHub’s `<br>`, `<img …>`)', () => {
    expect(check('Line<br>break')).toEqual([]);
    expect(check('Line<br />break')).toEqual([]);
    expect(check('<p align="center">\n<img src="logo.png" width="100">\n</p>')).toEqual([]);
    // A void element given content is still wrong: the closing tag has no opening tag left.
    expect(check('<br>x</br>')).toMatchObject([{ code: 'body-syntax', line: 8 }]);
  });

  it('reports a closing tag with a typo once, not once for each tag', () => {
    expect(check('<Callout>\n\nText.\n\n</Calout>')).toMatchObject([{ code: 'body-syntax', line: 12, column: 1, params: { hint: 'mismatch' } }]);
    expect(check('</Callout>')).toMatchObject([{ code: 'body-syntax', line: 8, column: 2, params: { hint: 'stray-closing' } }]);
  });

  it('keeps going after a syntax error: every problem of the body at once', () => {
    const body = [
      '<!-- draft -->', // 8
      '',
      'Coverage is <Metric of="coverag" />.', // 10
      '',
      '<Chart />', // 12
      '',
      '{total}', // 14
      '',
      'A < b, and <3', // 16
    ].join('\n');
    expect(where(check(body))).toEqual(['body-syntax 8:2', 'unknown-metric 10:21', 'unknown-component 12:1', 'unsafe-body 14:1', 'body-syntax 16:13']);
  });

  it('counts lines the same with CRLF line endings', () => {
    expect(where(check('Intro.\r\n\r\n<Chart />\r\n\r\n{x}\r\n'))).toEqual(['unknown-component 10:1', 'unsafe-body 12:1']);
  });

  it('reports every syntax error of a broken body, parsing it in time linear in its size', () => {
    const body = Array.from({ length: 100 }, (_, i) => `<!-- ${i} -->`).join('\n\n');
    const before = parseStats.chars;
    const problems = check(body);
    // Chunk by chunk, whole, the broken chunk's blocks one by one, and the repairs within their budget.
    expect(parseStats.chars - before).toBeLessThanOrEqual(3 * body.length + RECOVERY_BUDGET(body.length));
    expect(problems).toHaveLength(100);
    expect(problems.every((p) => p.code === 'body-syntax' && p.params.hint === 'comment')).toBe(true);
    expect(problems.map((p) => p.line)).toEqual(Array.from({ length: 100 }, (_, i) => AT + 2 * i));
  });

  it('says which lines it did not check when the repairs of one block run out of budget', () => {
    // 400 broken tags in one paragraph: each repair parses the paragraph again.
    const body = `Intro.\n\n${'a <3 b '.repeat(400)}\n\nEnd with <Chart />.`;
    const before = parseStats.chars;
    const problems = check(body);
    expect(parseStats.chars - before).toBeLessThanOrEqual(3 * body.length + RECOVERY_BUDGET(body.length));
    const rest = problems.find((p) => p.params.hint === 'unchecked');
    expect(rest).toMatchObject({ code: 'body-syntax', line: AT + 2, params: { from: AT + 2, to: AT + 4 } });
    expect(bodyMessage(rest!, 'en')).toBe(`Lines ${AT + 2}–${AT + 4} of this body were not checked after the problems above. Fix those first, then check again.`);
    expect(bodyMessage(rest!, 'zh-CN')).toBe(`本正文第 ${AT + 2}–${AT + 4} 行在上述问题之后没有继续检查。请先修正上述问题，再重新检查。`);
  });

  it('never throws, and every position is inside the body', () => {
    const pieces = ['<', '>', '{', '}', '/', '<Callout>', '</Callout>', '<Metric of="x" />', '<div>', '</div>', 'import ', 'export ', '\n', '\n\n', '> ', '- ', 'text', '"', '=', '`', '<!--', '\\', '<>', '[^1]', '|'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const body = parts.join('');
        const lines = body.split(/\r\n|\r|\n/).length;
        for (const problem of checkBody(body, AT, context())) {
          expect(problem.line).toBeGreaterThanOrEqual(AT);
          expect(problem.line).toBeLessThan(AT + lines);
          expect(problem.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('unknown-component', () => {
  it('names an unknown component, the known ones and the closest', () => {
    expect(check('Here: <Metrc of="coverage" />')).toEqual([
      { code: 'unknown-component', line: 8, column: 7, params: { problem: 'component', component: 'Metrc', known: Object.keys(COMPONENTS), suggestion: 'Metric' } },
    ]);
    expect(check('<ui.Chart />\n\n<>fragment</>')).toMatchObject([
      { code: 'unknown-component', line: 8, column: 1, params: { problem: 'component', component: 'ui.Chart' } },
      { code: 'unknown-component', line: 10, column: 1, params: { problem: 'fragment' } },
    ]);
  });

  it('checks the content of an unknown component too', () => {
    expect(where(check('<Chart>\n\n{x}\n\n</Chart>'))).toEqual(['unknown-component 8:1', 'unsafe-body 10:1']);
  });

  it('treats lowercase elements as HTML, not components', () => {
    expect(check('<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n\n<div class="x">y</div>')).toEqual([]);
  });

  it('reports a prop a component does not take, at the prop, with the closest', () => {
    expect(check('<Metric off="coverage" />')).toEqual([
      { code: 'unknown-component', line: 8, column: 1, params: { component: 'Metric', problem: 'missing', prop: 'of', known: ['of', 'scenario', 'month'] } },
      { code: 'unknown-component', line: 8, column: 9, params: { component: 'Metric', problem: 'prop', prop: 'off', known: ['of', 'scenario', 'month'], suggestion: 'of' } },
    ]);
    expect(check('<Callout tpye="tip">x</Callout>')).toMatchObject([{ column: 10, params: { problem: 'prop', prop: 'tpye', suggestion: 'type' } }]);
  });

  it('checks the values of a prop with allowed values; `type` of a Callout is optional', () => {
    expect(check('<Callout type="tips">x</Callout>')).toEqual([
      { code: 'unknown-component', line: 8, column: 10, params: { component: 'Callout', problem: 'value', prop: 'type', value: 'tips', allowed: ['note', 'tip', 'warning'], suggestion: 'tip' } },
    ]);
    expect(check('<Callout>\n\nA note.\n\n</Callout>\n\n<Callout type="warning">Careful.</Callout>')).toEqual([]);
  });

  it('requires the props a component needs', () => {
    expect(check('Change: <Delta of="coverage" />')).toEqual([
      { code: 'unknown-component', line: 8, column: 9, params: { component: 'Delta', problem: 'missing', prop: 'scenario', known: ['of', 'scenario'] } },
    ]);
  });

  it('takes string literals only: no boolean props, no duplicates, no content in a void component', () => {
    expect(check('<Metric of />')).toMatchObject([{ code: 'unknown-component', column: 9, params: { problem: 'boolean', prop: 'of' } }]);
    expect(check('<Metric of="coverage" of="winRate" />')).toMatchObject([{ code: 'unknown-component', column: 23, params: { problem: 'duplicate', prop: 'of' } }]);
    expect(check('x <Metric of="coverage">62%</Metric>')).toMatchObject([{ code: 'unknown-component', column: 3, params: { problem: 'content' } }]);
  });

  it('keeps blocks out of sentences and Stage at the top level', () => {
    expect(check('Before <Callout>inline</Callout> after.')).toMatchObject([{ code: 'unknown-component', line: 8, column: 8, params: { problem: 'placement', placement: 'block' } }]);
    expect(check('<Callout>\n<Stage id="qualify">x</Stage>\n</Callout>\n\n- <Stage id="close">y</Stage>')).toMatchObject([
      { code: 'unknown-component', line: 9, column: 1, params: { component: 'Stage', problem: 'placement', placement: 'top-level' } },
      { code: 'unknown-component', line: 12, column: 3, params: { component: 'Stage', problem: 'placement' } },
    ]);
    // On a line of its own, a one-line Callout or Stage is a block.
    expect(check('<Callout type="tip">Short tip.</Callout>\n\n<Stage id="qualify">Ask for the budget.</Stage>')).toEqual([]);
  });

  it('allows Stage in process bodies only', () => {
    const body = '<Stage id="qualify">\n\nAsk.\n\n</Stage>';
    expect(check(body)).toEqual([]);
    expect(check(body, context({ kind: 'segments' }))).toEqual([
      { code: 'unknown-component', line: 8, column: 1, params: { component: 'Stage', problem: 'kind', kind: 'segments', kinds: ['processes'] } },
    ]);
  });
});

describe('unknown-metric', () => {
  it('asks the model, with exactly the props given', () => {
    const ctx = context();
    expect(check('<Metric of="coverage" />, <Metric of="winRate" scenario="hire-two" month="2027-01" />, <Delta of="coverage" scenario="hire-two" />', ctx)).toEqual([]);
    expect(ctx.requests).toEqual([
      { component: 'Metric', of: 'coverage' },
      { component: 'Metric', of: 'winRate', scenario: 'hire-two', month: '2027-01' },
      { component: 'Delta', of: 'coverage', scenario: 'hire-two' },
    ]);
  });

  it('reports what names nothing at the prop that names it, with the model’s suggestion', () => {
    expect(check('A\n\nSMB: <Metric of="segments.smb.cover" />')).toEqual([
      { code: 'unknown-metric', line: 10, column: 14, params: { component: 'Metric', prop: 'of', what: 'metric', value: 'segments.smb.cover', suggestion: 'segments.smb.coverage' } },
    ]);
    expect(check('<Delta of="coverage" scenario="hire-too" />')).toEqual([
      { code: 'unknown-metric', line: 8, column: 22, params: { component: 'Delta', prop: 'scenario', what: 'scenario', value: 'hire-too', suggestion: 'hire-two' } },
    ]);
    expect(check('<Metric of="coverage" month="2031-05" />')).toMatchObject([{ code: 'unknown-metric', column: 23, params: { what: 'month', value: '2031-05' } }]);
  });

  it('reports a month that is not YYYY-MM without asking, and still checks the metric', () => {
    const ctx = context();
    expect(where(check('<Metric of="cover" month="March" />', ctx))).toEqual(['unknown-metric 8:9', 'unknown-metric 8:20']);
    expect(ctx.requests).toEqual([{ component: 'Metric', of: 'cover' }]);
  });

  it('reports a Stage id that the process does not have', () => {
    expect(check('<Stage id="qualfy">\n\nAsk.\n\n</Stage>')).toEqual([
      { code: 'unknown-metric', line: 8, column: 8, params: { component: 'Stage', prop: 'id', what: 'stage', value: 'qualfy', suggestion: 'qualify' } },
    ]);
  });
});

/** A body problem's message as the checker renders it, from the catalogue (src/diagnostics/messages/body.ts). */
function bodyMessage(p: BodyProblem, lang: 'en' | 'zh-CN'): string {
  return messageOf(diagnostic(p.code, 'playbooks/p/processes/x.mdx', p, p.params as never), plainContext(lang));
}

describe('body messages', () => {
  const samples: BodyProblem[] = [
    ...check('we <3 customers {x'),
    ...check('import fs from "node:fs"'),
    ...check('<a href={x}>y</a> <a {...x}>z</a>'),
    ...check('<Metirc /> <Callout colour="red">x</Callout>\n\n<Delta of="coverage" />\n\n<Callout type="danger">y</Callout>'),
    ...check('<Stage id="x">y</Stage>', context({ kind: 'roles' })),
    ...check('<Metric of="segments.smb.cover" /> <Metric of="coverage" scenario="hire-too" month="2031-01" />\n\n<Stage id="qualfy">x</Stage>'),
  ];

  it('has samples of every code and kind of problem', () => {
    expect(new Set(samples.map((p) => p.code))).toEqual(new Set(['body-syntax', 'unsafe-body', 'unknown-component', 'unknown-metric']));
  });

  it('says in English what happened and names the values', () => {
    const en = samples.map((p) => bodyMessage(p, 'en'));
    expect(en.find((m) => m.includes('`<Metirc>` is not a body component'))).toContain('Did you mean `<Metric>`?');
    expect(en.find((m) => m.includes('`colour`'))).toContain('Its props are `type`');
    expect(en.find((m) => m.includes('`danger`'))).toContain('Use `note`, `tip` or `warning`');
    expect(en.find((m) => m.includes('needs the prop `scenario`'))).toContain('`<Delta>`');
    expect(en.find((m) => m.includes('`segments.smb.cover`'))).toContain('Did you mean `segments.smb.coverage`?');
    expect(en.find((m) => m.includes('`qualfy`'))).toContain('Did you mean `qualify`?');
    expect(en.find((m) => m.includes('`<Stage>` can only be used'))).toContain('this file is a role');
    expect(en.find((m) => m.includes('`href` attribute of `<a>`'))).toContain('`href="…"`');
    for (const message of en) expect(message).not.toMatch(/^Error|undefined|\[object/);
  });

  it('says it in Chinese, with full-width punctuation', () => {
    const zh = samples.map((p) => bodyMessage(p, 'zh-CN'));
    for (const message of zh) {
      expect(message).toMatch(/[。）？]$/);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(message).not.toMatch(/undefined|\[object/);
    }
    expect(zh.find((m) => m.includes('`<Metirc>`'))).toBe(
      '`<Metirc>` 不是正文组件。正文可以使用 `<Metric>`、`<Delta>`、`<Callout>` 和 `<Stage>`；HTML 元素须用小写字母书写。是不是想写 `<Metric>`？',
    );
    expect(zh.find((m) => m.includes('`qualfy`'))).toBe('`<Stage>` 引用的阶段 `qualfy` 在本流程中不存在。是不是想写 `qualify`？请使用本流程某个阶段的 `id`。');
    expect(zh.find((m) => m.includes('`<Stage>` 只能'))).toContain('本文件是“岗位”文件');
  });
});
