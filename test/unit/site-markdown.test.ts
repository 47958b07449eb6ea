/**
 * The book and what assistants read, without Astro: a body as plain Markdown
 * (GFM, the body components resolved, raw HTML dropped), the Markdown twins of
 * the pages, /llms.txt, the book's parts and the scoping of a part's ids and
 * links (src/site/book-html.ts). test/build/build-book.test.ts checks the same on a
 * real build; test/build/build-pdf.test.ts prints the book.
 */
import { describe, expect, it } from 'vitest';
import type { BodyContext, MetricRequest } from '../../src/body/types.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { bookHref, scopeHtml } from '../../src/site/book-html.ts';
import { createSite } from '../../src/site/index.ts';
import { bodyMarkdown, isSafeUrl } from '../../src/site/markdown/body.ts';
import { llmsTxt } from '../../src/site/markdown/llms.ts';
import { stringify } from '../../src/site/markdown/mdast.ts';
import { topTwinPaths, twinMarkdown } from '../../src/site/markdown/twins.ts';
import { bookView } from '../../src/site/views/book.ts';
import type { DocEntry } from '../../src/site/views/docs.ts';

const BOOK_ROOT = 'test/fixtures/site';
const site = createSite(checkProject(BOOK_ROOT), { base: '/sub/' });
const absolute = createSite(checkProject(BOOK_ROOT), { base: '/sub/', siteUrl: 'https://playbooks.example.com' });

/** A body context whose figures are fixed strings, so that the test states them. */
function context(lang: BodyContext['lang'] = 'en', kind = 'processes'): BodyContext & { asked: MetricRequest[] } {
  const asked: MetricRequest[] = [];
  return {
    lang,
    kind,
    stageIds: ['discover', 'prove'],
    asked,
    metric: (request) => {
      asked.push(request);
      return { ok: true, text: request.component === 'Delta' ? '+10.6 pts' : '42.5%' };
    },
  };
}

const markdownOf = (body: string, ctx = context()) => {
  const { tree, stages } = bodyMarkdown(body, ctx);
  return { text: stringify(tree), stages: new Map([...stages].map(([id, nodes]) => [id, stringify({ type: 'root', children: nodes })])) };
};

describe('a body as plain Markdown', () => {
  it('keeps GFM: tables with their alignment, task lists, strikethrough, footnotes, autolinks', () => {
    const { text } = markdownOf(
      [
        '| Left | Right |',
        '| :--- | ----: |',
        '| a \\| b | 2 |',
        '',
        '- [x] done',
        '- [ ] to do',
        '',
        '~~gone~~ and a note[^n], see https://example.com/x.',
        '',
        '[^n]: The note.',
      ].join('\n'),
    );
    expect(text).toContain('| Left | Right |\n| :- | -: |\n| a \\| b | 2 |');
    expect(text).toContain('- [x] done\n- [ ] to do');
    expect(text).toContain('~~gone~~ and a note[^n], see <https://example.com/x>.');
    expect(text).toContain('[^n]: The note.');
  });

  it('writes <Metric> and <Delta> as their values, and <Callout> as a quote under its title', () => {
    const { text } = markdownOf(
      [
        'Coverage is <Metric of="coverage" />, <Delta of="coverage" scenario="hire" /> with a hire.',
        '',
        '<Metric of="winRate" />',
        '',
        '<Callout type="warning">',
        'Never **discount**.',
        '</Callout>',
        '',
        '<Callout type="tip">Short tip.</Callout>',
      ].join('\n'),
    );
    expect(text).toContain('Coverage is 42.5%, +10.6 pts with a hire.');
    expect(text).toContain('\n42.5%\n');
    expect(text).toContain('> **Warning**\n>\n> Never **discount**.');
    expect(text).toContain('> **Tip**\n>\n> Short tip.');
    expect(text).not.toMatch(/<Metric|<Delta|<Callout/);
  });

  it('takes each <Stage> out, in order, with its Markdown (components inside resolved)', () => {
    const { text, stages } = markdownOf(
      [
        'Before.',
        '',
        '<Stage id="discover">',
        'Ask **two** questions:',
        '',
        '1. Cost?',
        '2. Who signs?',
        '</Stage>',
        '',
        '<Stage id="prove">Win rate <Metric of="processes.solution.winRate" />.</Stage>',
        '',
        '<Stage id="discover">',
        '<Callout type="note">And one more.</Callout>',
        '</Stage>',
        '',
        'After.',
      ].join('\n'),
    );
    expect(text).toBe('Before.\n\nAfter.\n');
    expect(stages.get('discover')).toBe('Ask **two** questions:\n\n1. Cost?\n2. Who signs?\n\n> **Note**\n>\n> And one more.\n');
    expect(stages.get('prove')).toBe('Win rate 42.5%.\n');
  });

  it('titles callouts in the page’s language', () => {
    expect(markdownOf('<Callout type="note">先见总经理。</Callout>', context('zh-CN', 'segments')).text).toBe('> **备注**\n>\n> 先见总经理。\n');
  });

  it('drops raw HTML as the sanitizer does: script and style with their content, other tags leaving their content as Markdown', () => {
    const { text } = markdownOf(
      [
        '<script>alert("x")</script>',
        '',
        '<style>p.red</style>',
        '',
        '<div class="evil" onclick="alert(1)">Kept <b>bold</b>, <i>leaning</i>, <code>x &lt; y</code>,<br />next line.</div>',
        '',
        '<details><summary>More</summary>Hidden <kbd>Ctrl</kbd>.</details>',
        '',
        'An <span style="color:red">inline</span> tag and <img src="https://example.com/a.png" alt="a chart" /> and <img src="javascript:x" alt="no src" />.',
      ].join('\n'),
    );
    expect(text).not.toMatch(/<[a-z/!]|alert|p\.red|onclick|evil/i);
    expect(text).toContain('Kept **bold**, _leaning_, `x < y`,\\\nnext line.');
    expect(text).toContain('**More**');
    expect(text).toContain('Hidden `Ctrl`.');
    expect(text).toContain('An inline tag and ![a chart](https://example.com/a.png) and no src.');
  });

  it('keeps only the links and images the sanitizer keeps', () => {
    const { text } = markdownOf(
      [
        '[script](javascript:alert(1)), [mixed](JaVaScRiPt:alert(2)), [data](data:text/html;base64,PHNjcmlwdD4=), [mail](mailto:a@example.com),',
        '[relative](../quick/), [fragment](#objections), [ref][bad], [ref][good], <a href="vbscript:x">vb</a>, <a href="https://example.com">web</a>.',
        '',
        '[bad]: javascript:alert(3)',
        '[good]: https://example.org/',
      ].join('\n'),
    );
    expect(text).toContain('script, mixed, data, [mail](mailto:a@example.com),');
    expect(text).toContain('[relative](../quick/), [fragment](#objections), ref, [ref][good], vb, [web](https://example.com).');
    expect(text).toContain('[good]: https://example.org/');
    expect(text).not.toMatch(/javascript|vbscript|data:/i);
    expect([isSafeUrl('https://x', 'href'), isSafeUrl('a/b:c', 'href'), isSafeUrl('?q=a:b', 'href'), isSafeUrl('mailto:x', 'src'), isSafeUrl('data:x', 'src')]).toEqual([true, true, true, false, false]);
  });

  it('refuses a body that does not pass the check (no twin for what the build would reject)', () => {
    expect(() => bodyMarkdown('{1 + 1}', context())).toThrow(/problem/);
    expect(() => bodyMarkdown('<Chart />', context())).toThrow(/problem/);
  });
});

describe('the Markdown twins', () => {
  const twin = (pb: string, kind: string, id?: string) => twinMarkdown(site, pb, id === undefined ? { kind } : { kind, id });

  it('give a segment its fields as a table, its computed figures and its body, escaping what the files say', () => {
    const md = twin('demo', 'segments', 'enterprise');
    expect(md.startsWith('# Enterprise "big" \\<b>accounts\\</b>\n\nLarge companies.\n')).toBe(true);
    expect(md).toContain('| `priority` | Strategic high ground |');
    expect(md).toContain('| `criteria.industries` | Manufacturing and Logistics |');
    expect(md).toContain('| `dealSize` | $50,000 |');
    expect(md).toContain('| `offerings` | [Platform](/sub/demo/offerings/platform/index.md) |');
    expect(md).toContain('| `coverage.owner` | [Account executive](/sub/demo/roles/ae/index.md) |');
    // The figures as the segment's page prints them (one figure, one string), people by role included (v1.2).
    expect(md).toContain('| Account coverage | 50% (50 of 100 accounts) |');
    expect(md).toContain('| Win rate | 25% |');
    expect(md).toContain('| Expected new bookings a year | $125K |');
    expect(md).toContain('| People · [Account executive](/sub/demo/roles/ae/index.md) | 0.5 people |');
    expect(md).toContain('1. \\<img src=x onerror=alert(3)>');
    expect(md).toContain('## Notes\n\n## Talk track\n\n| Objection | Answer |');
    expect(md).not.toMatch(/(?<!\\)<(img|b|script)\b/);
  });

  it('put a process’s stage guidance under its stage, and the rest of the body under Notes', () => {
    const md = twin('demo', 'processes', 'solution');
    const discover = md.indexOf('### Stage 1 of 2 · Discover');
    const prove = md.indexOf('### Stage 2 of 2 · Prove');
    const guidance = md.indexOf('#### Talk track\n\nAsk **three** questions before you demo:');
    expect(discover).toBeGreaterThan(0);
    expect(guidance).toBeGreaterThan(discover);
    expect(guidance).toBeLessThan(prove);
    expect(md).toContain('#### Talk track\n\nProve it with their data (win rate 25%).');
    expect(md).toContain('- [ ] Pain confirmed');
    expect(md).toContain('- **AR** [Account executive](/sub/demo/roles/ae/index.md) (4 hr) (Accountable and responsible)');
    expect(md).toContain('> **Warning**\n>\n> Never discount in the proof.');
    expect(md).toContain('**Raw HTML**');
    expect(md).toContain('Kept as **text**, no script link, [a safe link](https://example.com/guide).\\\nA line.');
    expect(md).toContain('A script link and [a relative one](../quick/).');
    expect(md).toContain('| They say | We say |\n| :- | -: |');
    expect(md).toContain('[^price]: After the proof.');
    expect(md).not.toMatch(/<Stage|<script|alert|javascript/);
  });

  it('resolve <Metric> and <Delta> to the figures the pages show, in the playbook’s language', () => {
    expect(twin('demo', 'overview')).toContain('The overview body: coverage is 50% today, +50 pts with a second account executive.');
    expect(twin('demo', 'scenarios', 'second-ae')).toMatch(/Coverage would be \d/);
    const zh = twin('zh-demo', 'segments', 'group');
    expect(zh).toContain('| `priority` | 战略高地 |');
    expect(zh).toMatch(/集团客户的覆盖率是 \d+(\.\d+)?%。/);
    expect(zh).toContain('> **备注**');
  });

  it('exist for every playbook page: the plan and the scenarios only where there are', () => {
    expect(topTwinPaths(site).map((p) => `${p.params.pb}/${p.params.page}`)).toEqual([
      'demo/matrix',
      'demo/metrics',
      'demo/plan',
      'demo/scenarios',
      'demo/whats-new',
      'demo/book',
      'zh-demo/matrix',
      'zh-demo/metrics',
      'zh-demo/whats-new',
      'zh-demo/book',
    ]);
    for (const { params } of topTwinPaths(site)) expect(twin(params.pb, params.page)).toMatch(/^# \S/);
    expect(twin('demo', 'matrix')).toContain('| Role | Quick sale › Close | Solution sale › Discover | Solution sale › Prove |');
    expect(twin('demo', 'plan')).toContain('| Quarter | Coverage | Expected wins | New bookings |');
    expect(twin('demo', 'scenarios')).toContain('[A second account executive](/sub/demo/scenarios/second-ae/index.md)');
  });

  it('make the book the whole playbook: every page’s twin, a heading level down, after a list of contents', () => {
    const md = twin('demo', 'book');
    expect(md.startsWith('# Demo \\<script>alert(1)\\</script> & "quoted" sales model\n')).toBe(true);
    expect(md).toContain('1. Playbook: [Demo');
    expect(md).toContain('12. [Team-role matrix](/sub/demo/matrix/index.md)');
    expect(md).toContain('2. Segment: [Enterprise "big" \\<b>accounts\\</b>](/sub/demo/segments/enterprise/index.md)');
    for (const heading of ['## Small businesses', '## Platform', '## Solution sale', '#### Stage 1 of 2 · Discover', '## Solutions engineer', '## Team-role matrix', '## Metrics', '## Scenarios', '## A second account executive', '## Plan']) {
      expect(md, heading).toContain(`\n${heading}\n`);
    }
    expect(md.match(/^# /gm)).toHaveLength(1);
    // Each body's footnotes are its own, in one document.
    expect(md).toContain('fair[^processes-solution-price]');
    expect(md).toContain('[^processes-solution-price]: After the proof.');
    expect(md).toContain('five[^segments-enterprise-1]');
  });
});

describe('/llms.txt', () => {
  const docs: DocEntry[] = [
    { id: 'writing', slug: 'writing', lang: 'en', title: 'Writing <em>playbooks</em>', description: 'How to write one\n& why.', order: 1 },
    { id: 'index', slug: 'index', lang: 'en', title: 'Guide home', description: 'Where the guide starts.', order: 0 },
    { id: 'zh-cn/index', slug: 'index', lang: 'zh-CN', title: '指南首页', description: '从这里开始。', order: 0 },
  ];

  it('follows the llms.txt proposal: a title, a summary in a quote, then sections of links with a line each', () => {
    const txt = llmsTxt(site, docs);
    const lines = txt.trimEnd().split('\n');
    expect(lines[0]).toBe('# Sales playbooks');
    expect(lines[2]).toMatch(/^> \S/);
    expect(txt).toContain('`index.md`');
    const section = (name: string) => {
      const start = lines.indexOf(`## ${name}`);
      const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
      return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
    };
    expect(section('Playbooks')).toEqual([
      '- [Demo \\<script>alert(1)\\</script> & "quoted" sales model](/sub/demo/book/index.md): A test playbook whose texts try to break out of HTML \\<img src=x onerror=alert(2)> and \'single quotes\'.',
      '- [华东装备销售模式](/sub/zh-demo/book/index.md): 面向集团客户的要客型销售。',
    ]);
    expect(section('Docs')).toEqual([
      '- [Guide home](/sub/docs/index/): Where the guide starts.',
      '- [Writing \\<em>playbooks\\</em>](/sub/docs/writing/): How to write one & why.',
      '- [指南首页](/sub/zh-cn/docs/index/): 从这里开始。',
    ]);
  });

  it('gives absolute addresses when the site’s URL is known', () => {
    expect(llmsTxt(absolute, docs)).toContain('(https://playbooks.example.com/sub/demo/book/index.md)');
  });
});

describe('the book', () => {
  const view = bookView(site, 'demo');

  it('has every page of the playbook as a part, in reading order', () => {
    expect(view.parts.map((p) => p.id)).toEqual([
      'overview',
      'segments-enterprise',
      'segments-smb',
      'offerings-onboarding',
      'offerings-platform',
      'offerings-starter',
      'processes-quick',
      'processes-solution',
      'roles-ae',
      'roles-exec',
      'roles-se',
      'matrix',
      'metrics',
      'scenarios',
      'scenarios-second-ae',
      'plan',
    ]);
    expect(bookView(site, 'zh-demo').parts.map((p) => p.id)).toEqual(['overview', 'segments-group', 'offerings-partnership', 'processes-key-account', 'roles-ceo', 'roles-kam', 'matrix', 'metrics']);
    expect(view.pages.get('/sub/demo/segments/smb/')).toBe('segments-smb');
    expect(view.chrome.indexed).toBe(false);
    expect(view.chrome.markdown).toBe('/sub/demo/book/index.md');
  });

  it('lists the parts in its contents, a heading per kind, a process with its stages', () => {
    const labels = view.contents.map((e) => [e.label, e.href]);
    expect(labels).toEqual([
      ['Demo <script>alert(1)</script> & "quoted" sales model', '#overview'],
      ['Segments', null],
      ['Offerings', null],
      ['Processes', null],
      ['Roles', null],
      ['Team-role matrix', '#matrix'],
      ['Metrics', '#metrics'],
      ['Scenarios', '#scenarios'],
      ['Plan', '#plan'],
    ]);
    const solution = view.contents[3]!.children.find((c) => c.href === '#processes-solution')!;
    expect(solution.children.map((c) => [c.label, c.href])).toEqual([
      ['Discover', '#processes-solution--stage-discover'],
      ['Prove', '#processes-solution--stage-prove'],
    ]);
    expect(view.contents[7]!.children.map((c) => c.href)).toEqual(['#scenarios-second-ae']);
  });

  it('is in the navigation of every page of the playbook, and every page links its Markdown twin', () => {
    const overview = bookView(site, 'zh-demo').chrome;
    expect(overview.nav[0]!.items.map((i) => [i.label, i.href])).toContainEqual(['整本手册（打印版）', '/sub/zh-demo/book/']);
  });
});

describe('scoping a part of the book', () => {
  const links = { pages: new Map([['/sub/demo/', 'overview'], ['/sub/demo/processes/solution/', 'processes-solution']]) };

  it('prefixes every id and every reference to one with the part', () => {
    const html = '<h2 id="goals">Goals</h2><table aria-labelledby="goals cap"><caption id="cap">x</caption><tr><th id="h1">a</th><td headers="h1">b</td></tr></table><label for="q">Q</label><a name="old">o</a>';
    expect(scopeHtml(html, 'segments-smb', links)).toBe(
      '<h2 id="segments-smb--goals">Goals</h2><table aria-labelledby="segments-smb--goals segments-smb--cap"><caption id="segments-smb--cap">x</caption><tr><th id="segments-smb--h1">a</th><td headers="segments-smb--h1">b</td></tr></table><label for="segments-smb--q">Q</label><a name="segments-smb--old">o</a>',
    );
  });

  it('points fragment links at the part, links to pages of the book at their parts, and leaves the others', () => {
    expect(bookHref('#user-content-fn-1', 'roles-ae', links)).toBe('#roles-ae--user-content-fn-1');
    expect(bookHref('/sub/demo/', 'roles-ae', links)).toBe('#overview');
    expect(bookHref('/sub/demo/processes/solution/#stage-prove', 'roles-ae', links)).toBe('#processes-solution--stage-prove');
    expect(bookHref('/sub/demo/whats-new/', 'roles-ae', links)).toBe('/sub/demo/whats-new/');
    expect(bookHref('https://example.com/#x', 'roles-ae', links)).toBe('https://example.com/#x');
    expect(bookHref('#', 'roles-ae', links)).toBe('#');
    // Relative links of a body go where they went from the part's own page.
    expect(bookHref('../solution/#stage-prove', 'processes-quick', links, '/sub/demo/processes/quick/')).toBe('#processes-solution--stage-prove');
    expect(bookHref('../../whats-new/', 'processes-quick', links, '/sub/demo/processes/quick/')).toBe('/sub/demo/whats-new/');
    expect(scopeHtml('<img src="chart.png" alt=""><img src="https://example.com/a.png" alt="">', 'roles-ae', links, '/sub/demo/roles/ae/')).toBe(
      '<img src="/sub/demo/roles/ae/chart.png" alt=""><img src="https://example.com/a.png" alt="">',
    );
  });

  it('leaves text, comments, attribute values that are not ids and the content of scripts alone', () => {
    const html = '<p title="id=&quot;x&quot;">Write id="x" and href="#x" &lt;a id="y"&gt;</p><!-- <a id="c"> --><pre><code>&lt;h2 id="z"&gt;</code></pre><script>document.getElementById("w")</script><a class="x" href=\'#k\' data-id="d">k</a>';
    expect(scopeHtml(html, 'p', links)).toBe(
      '<p title="id=&quot;x&quot;">Write id="x" and href="#x" &lt;a id="y"&gt;</p><!-- <a id="c"> --><pre><code>&lt;h2 id="z"&gt;</code></pre><script>document.getElementById("w")</script><a class="x" href="#p--k" data-id="d">k</a>',
    );
  });
});
