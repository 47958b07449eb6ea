/**
 * One real build of test/fixtures/site (two playbooks, English and Chinese,
 * with a plan, a scenario and bodies that use every body component, GFM and
 * raw HTML) under a base path: the Markdown twin of every playbook page and
 * the link to it, /llms.txt, and the book of each playbook — every part,
 * no navigation chrome, ids unique on the page, every link resolving.
 * test/build/build-pdf.test.ts prints the book.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureBuild } from '../support/fixture-builds.ts';
import { buildFiles, findBrokenLinks } from '../support/link-check.ts';

const BASE = '/sub/';
const SITE_URL = 'https://playbooks.example.com';
const PLAYBOOKS = ['demo', 'zh-demo'];

let outDir: string;
let log = '';
let files: string[] = [];

const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
const dom = (file: string) => parse(read(file));

beforeAll(async () => {
  // Built once per run for every test that reads it (test/support/fixture-builds.ts).
  ({ dir: outDir, log } = await fixtureBuild('site'));
  files = buildFiles(outDir);
});

/** The HTML pages of the playbooks: `demo/index.html`, `demo/segments/smb/index.html`… */
const playbookPages = () => files.filter((f) => PLAYBOOKS.some((pb) => f.startsWith(`${pb}/`)) && f.endsWith('/index.html'));

/** The links of a Markdown file that go to this site (`/sub/…`). */
const markdownLinks = (text: string) => [...text.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1]!);

/** A link of the site as the file it names. */
const fileOf = (href: string) => {
  const path = decodeURIComponent(new URL(href, `${SITE_URL}${BASE}`).pathname);
  expect(path.startsWith(BASE), href).toBe(true);
  const rest = path.slice(BASE.length);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
};

describe('the build', () => {
  it('logs no warnings or errors', () => {
    expect(log).toContain('Complete!');
    expect(log).not.toMatch(/\[WARN\]|\[ERROR\]|\bwarning:/);
  });

  it('resolves every link, asset and #fragment of every page, the books included', () => {
    expect(findBrokenLinks(outDir, BASE, SITE_URL)).toEqual([]);
  });
});

describe('the Markdown twins', () => {
  it('exist next to every page of every playbook, each linked from its page as text/markdown', () => {
    const pages = playbookPages();
    expect(pages).toEqual(expect.arrayContaining(['demo/index.html', 'demo/book/index.html', 'demo/plan/index.html', 'demo/scenarios/second-ae/index.html', 'zh-demo/segments/group/index.html']));
    for (const page of pages) {
      const twin = page.replace(/index\.html$/, 'index.md');
      expect(files, twin).toContain(twin);
      const alternates = dom(page).querySelectorAll('link[rel="alternate"][type="text/markdown"]');
      expect(alternates.map((l) => l.getAttribute('href')), page).toEqual([`${BASE}${twin}`]);
    }
    // Pages outside the playbooks have none.
    expect(dom('index.html').querySelectorAll('link[type="text/markdown"]')).toHaveLength(0);
    expect(dom('docs/gfm/index.html').querySelectorAll('link[type="text/markdown"]')).toHaveLength(0);
  });

  it('link only to files of the build (other twins, pages), and hold no HTML', () => {
    const twins = files.filter((f) => f.endsWith('.md'));
    expect(twins.length).toBe(playbookPages().length);
    for (const twin of twins) {
      const text = read(twin);
      expect(text, twin).toMatch(/^# \S/);
      expect(text, twin).not.toMatch(/(?<!\\)<(script|img|b|details|aside|div|span)\b/i);
      expect(text, twin).not.toMatch(/javascript:/i);
      for (const href of markdownLinks(text)) expect(files, `${twin} → ${href}`).toContain(fileOf(href));
    }
  });

  it('carry the body with its components resolved, in the playbook’s language', () => {
    const solution = read('demo/processes/solution/index.md');
    expect(solution).toContain('#### Talk track\n\nAsk **three** questions before you demo:');
    expect(solution).toContain('> **Tip**\n>\n> Write the answers in the CRM.');
    expect(solution).toMatch(/Prove it with their data \(win rate 25%\)\./);
    expect(solution).not.toContain('alert');
    expect(read('demo/index.md')).toContain('coverage is 50% today, +50 pts with a second account executive.');
    const group = read('zh-demo/segments/group/index.md');
    expect(group).toMatch(/^# 集团客户\n/);
    expect(group).toContain('> **备注**\n>\n> 先见总经理。');
  });
});

describe('/llms.txt', () => {
  it('lists every playbook (the whole of it in Markdown) and every docs page, a line each, with absolute links that resolve', () => {
    const text = read('llms.txt');
    expect(text.startsWith('# Sales playbooks\n\n> ')).toBe(true);
    const lines = text.split('\n').filter((l) => l.startsWith('- ['));
    const hrefs = lines.map((l) => /\]\(([^)]+)\)/.exec(l)![1]!);
    expect(hrefs).toEqual([
      `${SITE_URL}${BASE}demo/book/index.md`,
      `${SITE_URL}${BASE}zh-demo/book/index.md`,
      `${SITE_URL}${BASE}docs/index/`,
      `${SITE_URL}${BASE}docs/writing/`,
      `${SITE_URL}${BASE}docs/gfm/`,
      `${SITE_URL}${BASE}zh-cn/docs/writing/`,
    ]);
    for (const href of hrefs) expect(files, href).toContain(fileOf(href));
    expect(lines[1]).toContain('[华东装备销售模式]');
    expect(lines[3]).toBe(`- [Writing \\<em>playbooks\\</em>](${SITE_URL}${BASE}docs/writing/): How to write one & why.`);
  });
});

describe('the book', () => {
  const PARTS: Record<string, string[]> = {
    demo: [
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
    ],
    'zh-demo': ['overview', 'segments-group', 'offerings-partnership', 'processes-key-account', 'roles-ceo', 'roles-kam', 'matrix', 'metrics'],
  };

  it.each(PLAYBOOKS)('of %s has every part of the playbook, in reading order, and no navigation chrome', (pb) => {
    const page = dom(`${pb}/book/index.html`);
    expect(page.querySelectorAll('section.book-part').map((s) => s.id)).toEqual(PARTS[pb]);
    for (const chrome of ['.site-header', '.side-nav', '.site-footer', '.breadcrumbs', 'nav[aria-label]', '.pagination', '.search-form', '.page-footer']) {
      expect(page.querySelectorAll(chrome), chrome).toHaveLength(0);
    }
    // Each part is its page's own content: one top heading each, and the cover's.
    expect(page.querySelectorAll('h1')).toHaveLength(PARTS[pb]!.length + 1);
    // The book is not in the search index (every page of it is).
    expect(page.querySelectorAll('[data-pagefind-body]')).toHaveLength(0);
  });

  it.each(PLAYBOOKS)('of %s has unique ids, and contents whose every link goes to an element of the page', (pb) => {
    const page = dom(`${pb}/book/index.html`);
    const ids = page.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const contents = page.querySelectorAll('.book-contents a').map((a) => a.getAttribute('href')!);
    expect(contents.length).toBeGreaterThan(PARTS[pb]!.length);
    for (const href of contents) expect(ids, href).toContain(href.slice(1));
    // Links between parts stay in the book: the segment's process goes to the process's part.
    const links = page.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => href.startsWith(`${BASE}${pb}/`) && !href.startsWith(`${BASE}${pb}/whats-new/`) && !href.endsWith('.xml'))).toEqual([]);
  });

  it('reads in its playbook’s language, with a Chinese font that has bold, and starts each part on a new page in print', () => {
    const zh = dom('zh-demo/book/index.html');
    expect(zh.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(zh.querySelector('.book-contents h2')!.text).toBe('目录');
    expect(zh.querySelector('#segments-group h1')!.text).toBe('集团客户');
    const css = zh
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => read(fileOf(l.getAttribute('href')!)))
      .join('\n');
    expect(css).toMatch(/\.book-part\{break-before:page\}|\.book-part \{\s*break-before: page;?\s*\}/);
    expect(css).toMatch(/@font-face\{font-family:Playbook CJK|@font-face \{\s*font-family: 'Playbook CJK'/);
    // Only the books load the book's stylesheet.
    const segmentCss = dom('zh-demo/segments/group/index.html')
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => read(fileOf(l.getAttribute('href')!)))
      .join('\n');
    expect(segmentCss).not.toContain('book-part');
  });

  it('is in the navigation of every page of its playbook', () => {
    const nav = dom('demo/segments/smb/index.html').querySelectorAll('.side-nav a').map((a) => [a.text.trim(), a.getAttribute('href')]);
    expect(nav).toContainEqual(['Whole playbook (print)', `${BASE}demo/book/`]);
  });
});
