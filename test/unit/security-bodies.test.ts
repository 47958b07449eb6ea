/**
 * A security review of the promise of format §1, §3, §9: nothing in a
 * playbook file is ever executed, at build time or in a reader's browser,
 * and what a body may put on a page is GitHub's sanitized HTML.
 *
 * Each `describe` is one idea of a hostile pull request. Tests named
 * "ATTACK:" are attacks that got through when this file was written: they
 * fail until the hole is closed. The other tests are attacks that did not get
 * through: they pass, and keep it so.
 *
 * Unit level only (no Astro build): test/build/build-security.test.ts has what
 * only a build shows.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBody, renderBody, type BodyContext } from '../../src/body/index.ts';
import { allProblems, analyzeBody } from '../../src/body/check.ts';
import { scanElements } from '../../src/body/scan.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { prettyReport } from '../../src/lint/report.ts';
import { scopeHtml } from '../../src/site/book-html.ts';
import { bodyMarkdown } from '../../src/site/markdown/body.ts';
import { stringify } from '../../src/site/markdown/mdast.ts';
import { fixture } from '../support/helpers.ts';
import { bodyContext as context } from '../support/body-context.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));


const check = (body: string, overrides: Partial<BodyContext> = {}) => checkBody(body, 1, context(overrides));
const render = (body: string, overrides: Partial<BodyContext> = {}) => renderBody(body, context(overrides));
const codes = (body: string, overrides: Partial<BodyContext> = {}) => check(body, overrides).map((p) => p.code);

/** Renders a body that must pass the check, and returns its HTML (body and stages) as one DOM. */
async function page(body: string, overrides: Partial<BodyContext> = {}): Promise<{ html: string; root: HTMLElement }> {
  expect(check(body, overrides), body).toEqual([]);
  const rendered = await render(body, overrides);
  const html = [rendered.html, ...Object.values(rendered.stages)].join('\n');
  return { html, root: parse(html) };
}

/** Every attribute of every element of a DOM, as `tag attr=value`. */
function attributes(root: HTMLElement): { tag: string; name: string; value: string }[] {
  return root.querySelectorAll('*').flatMap((el) => Object.entries(el.attributes).map(([name, value]) => ({ tag: el.tagName.toLowerCase(), name: name.toLowerCase(), value })));
}

/** Whether a URL would run script or load inline content in a browser (after the browser's own clean-up of the URL). */
function isScriptOrDataUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data|livescript):/.test(cleaned);
}

/** The URLs an attribute value holds (`srcset` holds several). */
function urlsOf(name: string, value: string): string[] {
  if (name === 'srcset' || name === 'imagesrcset') return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  return [value];
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'cite', 'longdesc', 'poster', 'background', 'data', 'ping', 'imagesrcset']);

/** No element of the DOM has an event handler, a style, or a URL that runs script or loads `data:`. */
function expectInert(root: HTMLElement): void {
  for (const { tag, name, value } of attributes(root)) {
    expect(name.startsWith('on'), `${tag} ${name}="${value}"`).toBe(false);
    expect(name, `${tag} style="${value}"`).not.toBe('style');
    if (URL_ATTRIBUTES.has(name)) for (const url of urlsOf(name, value)) expect(isScriptOrDataUrl(url), `${tag} ${name}="${value}"`).toBe(false);
  }
  for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'form', 'svg', 'math', 'template', 'noscript', 'textarea', 'frame', 'frameset', 'applet', 'button', 'select']) {
    expect(root.querySelectorAll(tag), `<${tag}>`).toHaveLength(0);
  }
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of test/fixtures/valid (playbook `acme`) as a project root. */
function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'playbook-security-'));
  temps.push(root);
  cpSync(fixture('valid/playbooks'), join(root, 'playbooks'), { recursive: true });
  return root;
}

describe('code in a body: import, export and {…} never pass the check', () => {
  const unsafe: [string, string][] = [
    ['an expression', 'Revenue is {process.env.SECRET}.'],
    ['a comment expression', '{/* a reviewer may think this is a comment */}'],
    ['a comment inline', 'Text {/* c */} more.'],
    ['an empty expression', 'Text {} more.'],
    ['an expression in an HTML attribute', '<a href={"javascript:alert(1)"}>x</a>'],
    ['an expression in a string-looking attribute', '<a title={`${fetch("https://evil.example")}`}>x</a>'],
    ['a spread attribute', '<a {...{ onclick: "alert(1)" }}>x</a>'],
    ['a template literal in a component prop', '<Metric of={`coverage`} />'],
    ['an expression in a second prop', '<Metric of="coverage" scenario={`${x}`} />'],
    ['an expression in a table cell', '| a | b |\n|---|---|\n| x | {1 + 1} |'],
    ['JSX with an expression in a table cell', '| a | b |\n|---|---|\n| <a href={x}>y</a> | z |'],
    ['an expression in a footnote definition', 'Note[^1].\n\n[^1]: see {process.env.HOME}'],
    ['an expression inside a Callout', '<Callout type="tip">\n{process.exit(1)}\n</Callout>'],
    ['an expression inside a Stage', '<Stage id="qualify">\nAsk {x}\n</Stage>'],
    ['an expression inside a list inside a Callout', '<Callout>\n\n- a\n- {b}\n\n</Callout>'],
    ['an expression in a heading', '## Title {x}'],
    ['an expression in link text', '[{x}](https://example.com)'],
    ['an expression in emphasis', '*{x}*'],
    ['an expression after a code fence', '```\ncode\n```\n{x}'],
    ['an expression after a tilde fence closed by an indented fence', '~~~\ncode\n      ~~~\n{x}'],
    ['an expression after a fence closed with CRLF', '```\r\ncode\r\n```\r\n{x}'],
    ['an expression after a fence closed with CR only', '```\rcode\r```\r{x}'],
    ['an unclosed expression', 'Text {unclosed'],
    ['an expression as an attribute of a nested element', '<details><summary>s</summary><b title={x}>y</b></details>'],
    ['an expression after a Stage', '<Stage id="qualify">\nok\n</Stage>\n\n{x}'],
  ];
  for (const [what, body] of unsafe) {
    it(`${what}: unsafe-body`, () => {
      expect(codes(body)).toContain('unsafe-body');
    });
  }

  const esm: [string, string][] = [
    ['after blank lines', '\n\n\nimport fs from "node:fs"'],
    ['at the end of the body', 'Text.\n\nexport const x = 1'],
    ['with CRLF', 'a\r\n\r\nimport fs from "fs"\r\n'],
    ['with CR only', 'a\r\rimport fs from "fs"\r'],
    ['inside a Callout block', '<Callout>\n\nimport fs from "fs"\n\n</Callout>'],
    ['export default', 'export default function Layout() { return null }'],
    ['an invalid statement that MDX still reads as ESM', 'import the list of accounts\n\nText.'],
    ['export from', 'export * from "node:fs"'],
  ];
  for (const [what, body] of esm) {
    it(`import/export ${what}: unsafe-body`, () => {
      expect(codes(body)).toContain('unsafe-body');
    });
  }

  it('ESM-looking prose in odd positions is prose, never ESM: indented, in a list, in a paragraph', async () => {
    for (const body of ['\n  import fs from "fs"', '- import fs from "fs"', 'text\nimport fs from "fs"', '> import fs from "fs"', 'Important: imports are taxed.']) {
      const { root } = await page(body);
      expect(root.textContent).toContain('import');
    }
  });

  it('a brace in a link title is text (not an expression), and stays text on the page', async () => {
    const { root } = await page('[link](https://example.com "title {x}")');
    expect(root.querySelector('a')!.getAttribute('title')).toBe('title {x}');
  });

  it('the renderer refuses a body with problems: nothing in it is rendered, let alone run', async () => {
    await expect(render('Revenue is {globalThis.pwned = 1}.')).rejects.toThrow(/unsafe-body/);
    await expect(render('import fs from "node:fs"\n\nText.')).rejects.toThrow(/unsafe-body/);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('the scanner (fast path) and the parser agree on hostile bodies: the check never passes what the render would refuse', () => {
    const bodies = [
      '```\n{x}\n```\n<Metric of="coverage" />',
      '````\n```\n{x}\n````\n<br />',
      '```\n{x}\n   ```\n<br />',
      '~~~ `x`\n{x}\n~~~\n<br />',
      '- item\n<Stage id="qualify">\nx\n</Stage>',
      '> quote\n<Callout>\nx\n</Callout>',
      '<Callout>\n```\n</Callout>\n{x}\n```\n</Callout>',
      '| a |\n|---|\n| <Metric of="coverage" /> |',
      'a `<Metric of="x" />` b <br />',
      '\\<Metric of="nope" /> <br />',
      '[x](<a> "t") <br />',
      '<Metric of="coverage" />\u2028import x from "y"',
      '<Metric of="coverage" />\rimport x from "y"',
      '<Callout type="tip">\r\n{x}\r\n</Callout>',
      '<br />\n\u0000```\n{x}\n```',
    ];
    for (const body of bodies) {
      if (!scanElements(body)) continue;
      expect(checkBody(body, 1, context()), JSON.stringify(body)).toEqual(allProblems(analyzeBody(body, 1, context())));
    }
  });
});

describe('URLs that run script or load data: never on the page', () => {
  it('javascript:, vbscript: and data: in every spelling are removed from links and images', async () => {
    const body = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href="&#106;avascript:alert(1)">b</a>',
      '<a href="&#x6A;avascript&colon;alert(1)">c</a>',
      '<a href="java&#x09;script:alert(1)">d</a>',
      '<a href="java&#10;script:alert(1)">e</a>',
      '<a href="&#1;javascript:alert(1)">f</a>',
      '<a href=" javascript:alert(1)">g</a>',
      '<a href="JaVaScRiPt:alert(1)">h</a>',
      '<a href="vbscript:msgbox(1)">i</a>',
      '<a href="data:text/html,<script>alert(1)</script>">j</a>',
      '[k](JaVaScRiPt:alert(1)) [l](javascript&#58;alert(1)) [m](&#106;avascript:alert(1)) [n](<javascript:alert(1)>)',
      '[o][ref] ![p][ref]',
      '',
      '[ref]: javascript:alert(1)',
      '',
      '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="q" />',
      '![r](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)',
      '<img src="javascript:alert(1)" alt="s" />',
      '<img srcset="javascript:alert(1) 1x, data:image/png;base64,AAAA 2x" src="x.png" alt="t" />',
      '<q cite="javascript:alert(1)">u</q> <blockquote cite="data:x">v</blockquote>',
      '<img longdesc="javascript:alert(1)" src="x.png" alt="w" />',
    ].join('\n');
    const { root } = await page(body);
    expectInert(root);
    expect(root.querySelectorAll('a[href]')).toHaveLength(0);
  });

  it('xlink:href, formaction, action and poster do not survive', async () => {
    const { root } = await page(
      '<a xlink:href="javascript:alert(1)">a</a> <button formaction="javascript:alert(1)">b</button> <form action="javascript:alert(1)"><input type="submit" /></form> <video poster="javascript:alert(1)" />',
    );
    expectInert(root);
    expect(root.textContent).toContain('a');
  });

  it('target=_blank (reverse tabnabbing) is dropped; so are rel, ping and download', async () => {
    const { root } = await page('<a href="https://evil.example/" target="_blank" rel="opener" ping="https://evil.example/p" download="x">t</a>');
    const a = root.querySelector('a')!;
    expect(Object.keys(a.attributes)).toEqual(['href']);
  });

  it('a protocol-relative link (//evil.example) is kept as the external link it is, like https:// ones (never script)', async () => {
    const { root } = await page('[y](//evil.example/) <a href="//evil.example/x">z</a>');
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['//evil.example/', '//evil.example/x']);
    expectInert(root);
  });

  it('ATTACK: a data: image gets through in <picture><source srcset> (GitHub’s schema allows srcSet on <source> with no protocol check; the CSP allows data: images)', async () => {
    const svg = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1200' height='600'%3E%3Ctext x='10' y='50' font-size='40'%3ESession expired: sign in at evil.example%3C/text%3E%3C/svg%3E";
    const { root } = await page(`<picture><source srcset="${svg}" /><img src="logo.png" alt="Our logo" /></picture>`);
    // format §1 and the guide: `javascript:`/`data:` links are removed. A data: URL must not reach the page in any attribute.
    expectInert(root);
  });

  it('ATTACK: javascript: and remote URLs in <source srcset> are not checked against the allowed protocols either', async () => {
    const { root } = await page('<picture><source srcset="javascript:alert(1) 1x, https://evil.example/track.png 2x" /><img alt="a" /></picture>');
    const srcsets = root.querySelectorAll('source').map((s) => s.getAttribute('srcset') ?? '');
    for (const srcset of srcsets) for (const url of urlsOf('srcset', srcset)) expect(isScriptOrDataUrl(url), srcset).toBe(false);
  });
});

describe('elements that run script or change how HTML parses: never on the page', () => {
  it('script, style, iframe, base, meta, form, object, embed, link are removed, their text with them where it is code', async () => {
    const { root, html } = await page(
      [
        'Visible before.',
        '',
        '<script>alert(1)</script>',
        '',
        '<style>body \\{ display: none \\}</style>',
        '',
        '<iframe srcdoc="<script>alert(1)</script>" src="https://evil.example/"></iframe>',
        '',
        '<base href="https://evil.example/" />',
        '',
        '<meta http-equiv="refresh" content="0; url=https://evil.example/" />',
        '',
        '<link rel="stylesheet" href="https://evil.example/x.css" />',
        '',
        '<object data="https://evil.example/x.swf"></object> <embed src="https://evil.example/x.swf" />',
        '',
        'Visible after.',
      ].join('\n'),
    );
    expectInert(root);
    expect(html).not.toContain('alert(');
    expect(html).not.toContain('display: none');
    expect(root.textContent).toContain('Visible before.');
    expect(root.textContent).toContain('Visible after.');
  });

  it('<svg>, <math>, <foreignObject>, <template>, <noscript> and mutation-XSS shapes leave no markup behind', async () => {
    const bodies = [
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a><foreignObject><img src="x" onerror="alert(1)" /></foreignObject></svg>',
      '<svg><script>alert(1)</script></svg>',
      '<math><mtext><img src="x" onerror="alert(1)" /></mtext><mglyph><style>x</style></mglyph></math>',
      '<template><img src="x" onerror="alert(1)" /></template>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
      '<p title="</p><img src=x onerror=alert(1)>">t</p>',
      '<textarea><img src=x onerror=alert(1)></textarea>',
      '<select><option><img src=x onerror=alert(1)></option></select>',
      '<table><tr><td><img src="x" onerror="alert(1)" /></td></tr></table>',
      '<details open ontoggle="alert(1)"><summary>s</summary>t</details>',
    ];
    let rendered = 0;
    for (const body of bodies) {
      const problems = check(body);
      if (problems.length > 0) continue; // a syntax error (an unquoted attribute…): the build stops, nothing is rendered
      rendered++;
      const { root, html } = await page(body);
      expectInert(root);
      // Re-parsing the output gives no element the sanitizer did not see: no <img onerror>, whatever the nesting.
      expect(root.querySelectorAll('img').filter((img) => Object.keys(img.attributes).some((a) => a.toLowerCase().startsWith('on'))), html).toHaveLength(0);
    }
    expect(rendered).toBeGreaterThanOrEqual(8);
  });

  it('style attributes are dropped: a body cannot overlay the page (no position:fixed fake sign-in)', async () => {
    const { root } = await page(
      '<div style="position:fixed;inset:0;z-index:9999;background:white"><p style="font-size:40px">Your session expired. <a href="https://evil.example/login">Sign in</a></p></div>',
    );
    expectInert(root);
    expect(root.querySelector('div')!.getAttribute('style')).toBeUndefined();
  });

  it('a body cannot forge the site’s classes: no raw callout, metric, sr-only-less tricks', async () => {
    const { root } = await page('<aside class="callout callout--warning" role="note"><p class="callout__title">Warning</p>x</aside> <span class="metric" title="0.99">99%</span> <div class="table-scroll skip-link">y</div>');
    expect(root.querySelectorAll('.callout, .metric, .table-scroll, .skip-link, aside')).toHaveLength(0);
  });
});

describe('clobbering the page’s ids and names', () => {
  it('id and name get the user-content- prefix: #main, #page-notes, getElementById stay the page’s', async () => {
    const { root } = await page(
      '<a id="main">m</a> <a name="page-notes">n</a> <img name="getElementById" src="x.png" alt="i" /> <p id="search">s</p>\n\n<h2 id="main">Explicit</h2>\n\n## page-notes\n\n## Main',
    );
    const ids = root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!);
    const names = root.querySelectorAll('[name]').map((el) => el.getAttribute('name')!);
    for (const value of [...ids, ...names]) expect(value.startsWith('user-content-'), value).toBe(true);
  });

  it('footnote ids are prefixed once, and a forged footnote id cannot steal the footnote link’s target from another body', async () => {
    const { root } = await page('x[^1]\n\n[^1]: note\n\n<p id="fn-1">forged</p>');
    const ids = root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!);
    for (const id of ids) expect(id.startsWith('user-content-'), id).toBe(true);
    expect(ids.join(' ')).not.toContain('user-content-user-content');
  });

  it('ATTACK: a body takes the first Tab stop of the page, before the skip link, and binds access keys (tabindex>0, accesskey)', async () => {
    const { root } = await page('<a href="https://evil.example/" tabindex="1" accesskey="s">Skip to content</a>');
    const a = root.querySelector('a')!;
    // A positive tabindex puts the link before every other focusable element of the page (the skip link first of all).
    expect(Number(a.getAttribute('tabindex') ?? '0')).toBeLessThanOrEqual(0);
    expect(a.getAttribute('accesskey')).toBeUndefined();
  });
});

describe('Unicode tricks', () => {
  it('homoglyph component names (Cyrillic М, Greek ο) are unknown components, never a Metric', () => {
    expect(codes('<Меtric of="coverage" />')).toEqual(['unknown-component']);
    expect(codes('<Callοut>\nx\n</Callοut>')).toEqual(['unknown-component']);
    expect(codes('<Metric\u200Dx of="coverage" />')).toEqual(['unknown-component']);
  });

  it('fullwidth and zero-width "script" tags are text or dropped, never elements', async () => {
    for (const body of ['＜script＞alert(1)＜/script＞', '<scr\u200Dipt>alert(1)</scr\u200Dipt>', '<\u200Bscript>alert(1)</script>']) {
      if (check(body).length > 0) continue;
      const { root } = await page(body);
      expectInert(root);
      expect(root.querySelectorAll('*').map((el) => el.tagName.toLowerCase())).not.toContain('script');
    }
  });

  it('an RTL override in text stays text (it cannot make an element)', async () => {
    const { root } = await page('Invoice \u202Egpj.exe and <b>bold\u202E</b>');
    expect(root.querySelectorAll('*').map((el) => el.tagName.toLowerCase())).toEqual(['p', 'b']);
  });
});

describe('<Metric of> paths that try the prototype', () => {
  it('constructor, __proto__, toString and friends name nothing: unknown-metric, never a function’s text', () => {
    const root = tempProject();
    const file = join(root, 'playbooks/acme/segments/smb.mdx');
    appendFileSync(
      file,
      [
        '',
        '<Metric of="constructor" />',
        '<Metric of="toString" />',
        '<Metric of="segments.__proto__.coverage" />',
        '<Metric of="segments.smb.constructor" />',
        '<Metric of="roles.rep.__proto__" />',
        '<Metric of="processes.quick.hasOwnProperty" />',
        '<Metric of="segments.smb.coverage" scenario="__proto__" />',
        '<Metric of="coverage" month="constructor" />',
        '',
      ].join('\n'),
    );
    const diagnostics = checkProject(root).diagnostics.filter((d) => d.file === 'playbooks/acme/segments/smb.mdx');
    expect(diagnostics.map((d) => d.code)).toEqual(Array(8).fill('unknown-metric'));
  });
});

describe('huge and deep bodies against the check and the render', () => {
  // Parsers and renderers recurse and slow down far faster than a body grows: the check bounds every body's size and
  // nesting (a linear scan, before the fast path), so what it passes, the build renders in the time such a body takes.
  const limit = (body: string) => check(body).filter((p) => p.code === 'body-syntax' && p.params.limit !== undefined);

  it('a body of more than 200,000 characters is a body-syntax error, found without parsing it', () => {
    const body = 'Plain words of a talk track. '.repeat(360_000); // about 10 MB
    expect(limit(body)).toEqual([expect.objectContaining({ line: 1, column: 1, params: expect.objectContaining({ limit: 'size', max: 200_000 }) })]);
    expect(check('Plain words of a talk track. '.repeat(5000))).toEqual([]);
  });

  it('ATTACK (closed): 4 KB of nested list markers (`- - - … x`) is refused by the check at its line, before any render', () => {
    const body = `Intro.\n\n${'- '.repeat(2000)}x\n`;
    expect(limit(body)).toEqual([expect.objectContaining({ line: 1 + 2, column: 1, params: expect.objectContaining({ limit: 'depth', max: 32 }) })]);
    // Lists as deep as a real page's stay fine, and render.
    expect(check(`${'- '.repeat(8)}x\n`)).toEqual([]);
  });

  it('ATTACK (closed): 1.6 KB of nested emphasis (`***…x…***`) is refused by the check, so it never reaches the Markdown twin', () => {
    const body = `${'*'.repeat(800)}x${'*'.repeat(800)}\n`;
    expect(limit(body)).toEqual([expect.objectContaining({ params: expect.objectContaining({ limit: 'depth' }) })]);
    // A thematic break of many stars is no emphasis, and stays fine.
    expect(check(`Before.\n\n${'*'.repeat(40)}\n\nAfter.\n`)).toEqual([]);
  });

  it('ATTACK (closed): lists nested 1000 deep are refused by the check, so the twin never overflows the stack', async () => {
    expect(limit(`${'- '.repeat(1000)}x\n`)).toHaveLength(1);
    expect(limit(`${'> '.repeat(1000)}x\n`)).toHaveLength(1);
    // Depth is counted on what the parser makes: 400 spaces before a word are no nesting (MDX has no indented code),
    // and the body renders, Markdown twin included.
    const indented = `${' '.repeat(400)}x\n`;
    expect(check(indented)).toEqual([]);
    expect((await render(indented)).html).toBe('<p>x</p>');
    expect(stringify(bodyMarkdown(indented, context()).tree)).toBe('x\n');
  });

  it('ATTACK (closed): <Callout>s or tags nested 5000 deep are refused by the check at the line where they pass the limit', () => {
    const depth = 5000;
    const callouts = `${'<Callout>\n'.repeat(depth)}Deep text.\n${'</Callout>\n'.repeat(depth)}`;
    expect(limit(callouts)).toEqual([expect.objectContaining({ line: 33, params: expect.objectContaining({ limit: 'depth' }) })]);
    expect(limit(`${'<b>'.repeat(600)}x${'</b>'.repeat(600)}`)).toHaveLength(1);
    // Nesting a page can have renders as it should.
    expect(check(`${'<Callout>\n\n'.repeat(3)}Text.\n\n${'</Callout>\n\n'.repeat(3)}`)).toEqual([]);
  });
});

describe('state shared between bodies (one build renders every body in one process)', () => {
  /** Renders the bodies in order in a fresh Node process (the highlighter is process-wide) and returns each code block’s data-language. */
  function languagesAfter(bodies: string[]): string[] {
    const script = `
      import { renderBody } from ${JSON.stringify(join(PROJECT, 'src/body/index.ts'))};
      const ctx = { lang: 'en', kind: 'segments', metric: () => ({ ok: false, what: 'metric', value: '' }) };
      const out = [];
      for (const body of ${JSON.stringify(bodies)}) {
        const { html } = await renderBody(body, ctx);
        out.push(...[...html.matchAll(/data-language="([^"]*)"/g)].map((m) => m[1]));
      }
      process.stdout.write(JSON.stringify(out));
    `;
    const output = execFileSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', script], { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return JSON.parse(output) as string[];
  }

  it('an unknown code language falls back to plain text for that block only', () => {
    expect(languagesAfter(['```nosuchlanguage\nx\n```', '```js\nconst x = 1\n```'])).toEqual(['plaintext', 'js']);
  });

  it('ATTACK (closed): a code block in language `constructor` (or `toString`, `__proto__`) is plain text and breaks no later code block', () => {
    // Shiki looks the language up in a plain object ({}[lang]): `constructor` is Object itself, and the shared highlighter stays broken.
    expect(languagesAfter(['```constructor\nx\n```', '```js\nconst x = 1\n```', '```python\nx = 1\n```'])).toEqual(['plaintext', 'js', 'python']);
  });
});

describe('files: links, names and frontmatter', () => {
  it('a playbook folder that is a link outside the root is never read (symlink-outside)', () => {
    const root = tempProject();
    const outside = mkdtempSync(join(tmpdir(), 'playbook-outside-'));
    temps.push(outside);
    cpSync(fixture('valid/playbooks/acme'), join(outside, 'stolen'), { recursive: true });
    symlinkSync(join(outside, 'stolen'), join(root, 'playbooks/stolen'));
    const result = checkProject(root);
    expect(result.playbooks.map((p) => p.id)).toEqual(['acme']);
    expect(result.diagnostics.map((d) => `${d.code} ${d.file}`)).toContain('symlink-outside playbooks/stolen');
  });

  it('an entity file that is a link outside the root is never read', () => {
    const root = tempProject();
    const outside = mkdtempSync(join(tmpdir(), 'playbook-outside-'));
    temps.push(outside);
    writeFileSync(join(outside, 'secret.mdx'), 'TOKEN=outside-secret\n');
    symlinkSync(join(outside, 'secret.mdx'), join(root, 'playbooks/acme/segments/leak.mdx'));
    const result = checkProject(root);
    expect(result.diagnostics.map((d) => `${d.code} ${d.file}`)).toContain('symlink-outside playbooks/acme/segments/leak.mdx');
    expect(prettyReport(root, result.diagnostics, { color: false })).not.toContain('outside-secret');
  });

  it('ATTACK: playbooks/ itself as a link outside the root is followed: every file under it is read and published, with no symlink-outside', () => {
    const base = mkdtempSync(join(tmpdir(), 'playbook-security-'));
    temps.push(base);
    const root = join(base, 'project');
    mkdirSync(root);
    cpSync(fixture('valid/playbooks'), join(base, 'elsewhere/playbooks'), { recursive: true });
    symlinkSync(join(base, 'elsewhere/playbooks'), join(root, 'playbooks'));
    const result = checkProject(root);
    // format §1: a file or folder that resolves outside the project root is never read.
    expect(result.playbooks.map((p) => p.id)).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toContain('symlink-outside');
  });

  it('ATTACK: a link in playbooks/ to an untracked file inside the root (.env, .git/config) prints that file’s first lines in the check’s report (CI logs)', () => {
    const root = tempProject();
    writeFileSync(join(root, '.env'), 'DEPLOY_TOKEN=ghp_0123456789abcdefSECRET\nOTHER=1\n');
    symlinkSync('../../../.env', join(root, 'playbooks/acme/segments/leak.mdx'));
    const result = checkProject(root);
    expect(result.diagnostics.map((d) => `${d.code} ${d.file}`)).toContain('frontmatter-missing playbooks/acme/segments/leak.mdx');
    const report = prettyReport(root, result.diagnostics, { color: false });
    expect(report).not.toContain('ghp_0123456789abcdefSECRET');
  });

  it('a __proto__ key in the frontmatter is an error, not a silent prototype change', () => {
    const root = tempProject();
    const file = join(root, 'playbooks/acme/segments/smb.mdx');
    writeFileSync(file, `---\n__proto__:\n  title: Forged\ntitle: Small\nsummary: s\n---\nBody.\n`);
    const result = checkProject(root);
    const codesOf = result.diagnostics.filter((d) => d.file === 'playbooks/acme/segments/smb.mdx').map((d) => d.code);
    expect(codesOf.some((c) => c === 'unknown-field' || c === 'invalid-field')).toBe(true);
    expect(Object.prototype).not.toHaveProperty('title');
  });

  it('YAML cannot run code (no !!js/function) and an alias bomb is refused in time', () => {
    const root = tempProject();
    const file = join(root, 'playbooks/acme/segments/smb.mdx');
    writeFileSync(file, '---\ntitle: !!js/function "function () { globalThis.pwnedYaml = 1 }"\n---\n');
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    writeFileSync(join(root, 'playbooks/acme/offerings/starter.mdx'), `---\n${levels.join('\n')}\ntitle: Bomb\n---\n`);
    const start = performance.now();
    const result = checkProject(root);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(result.diagnostics.filter((d) => d.file.endsWith('smb.mdx')).map((d) => d.code)).toContain('yaml-syntax');
    expect(result.diagnostics.filter((d) => d.file.endsWith('starter.mdx')).map((d) => d.severity)).toContain('error');
    expect((globalThis as { pwnedYaml?: unknown }).pwnedYaml).toBeUndefined();
  });

  it('file names with quotes, < and spaces are not loaded as entities (invalid-id), so they never reach a page', () => {
    const root = tempProject();
    const smb = join(root, 'playbooks/acme/segments/smb.mdx');
    for (const name of ['a"b.mdx', '<img src=x onerror=alert(1)>.mdx', 'with space.mdx']) cpSync(smb, join(root, 'playbooks/acme/segments', name));
    const result = checkProject(root);
    const acme = result.playbooks.find((p) => p.id === 'acme')!;
    expect(acme.segments.map((s) => s.id)).toEqual(['smb']);
    expect(result.diagnostics.filter((d) => d.code === 'invalid-id')).toHaveLength(3);
  });
});

describe('the book scopes ids with a regular expression over the rendered HTML', () => {
  it('hostile attribute values (tags inside titles) cannot break out of their attribute', async () => {
    const { html } = await page(
      '<a href="https://example.com/" title="<b id=x><img src=x onerror=alert(1)>">a</a> <abbr title=\'<a href="#x" id="y">\'>b</abbr> [c](#x "<p id=z>") <img src="x.png" alt="<b id=q>" title="&quot;><img src=x onerror=alert(1)>" />',
    );
    const scoped = scopeHtml(html, 'segments-smb', { pages: new Map() }, '/demo/segments/smb/');
    const root = parse(scoped);
    expectInert(root);
    expect(root.querySelectorAll('img').length).toBe(1);
    expect(root.querySelectorAll('b, p[id]')).toHaveLength(0);
  });
});

describe('the Markdown twin of a hostile body', () => {
  const markdown = (body: string) => stringify(bodyMarkdown(body, context({ kind: 'segments' })).tree);

  it('escaped HTML stays escaped; script links and data: images are dropped', () => {
    const out = markdown(
      'Text &lt;script&gt;alert(1)&lt;/script&gt; <a href="javascript:alert(1)">x</a> [y](JAVASCRIPT:alert(1)) <img src="data:image/png;base64,AAA" alt="d" />\n\n[r]: javascript:alert(1)\n\n[go][r]',
    );
    expect(out).not.toMatch(/(^|[^\\])<script/);
    expect(out.toLowerCase()).not.toContain('javascript:');
    expect(out).not.toContain('data:');
  });

  it('a URL made to close the Markdown link stays inside it', () => {
    const out = markdown('<a href="https://x)[y](javascript:alert(1)">t</a> <a href="https://x/> <script>">u</a>');
    // Read back as Markdown, there is exactly one link per anchor, and none to javascript:.
    const reread = analyzeBody(out, 1, context({ kind: 'segments' }));
    const links: string[] = [];
    const visit = (node: { type: string; url?: string; children?: unknown[] }) => {
      if (node.type === 'link') links.push(node.url!);
      for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
    };
    if (reread.tree) visit(reread.tree as never);
    expect(links.some((l) => l.toLowerCase().startsWith('javascript:'))).toBe(false);
  });
});
