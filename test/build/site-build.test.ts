/**
 * One real build of the fixture site (test/fixtures/site: its own playbooks/
 * and content/, the project's pages and config) under a base path, shared by
 * every assertion: pages and their data, escaping, links, GFM, search. The
 * build runs as `astro build` in a child process, as CI and authors run it,
 * so that its log can be checked for warnings.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeInPage } from '../support/script-free.ts';
import { readHistory } from '../../src/model/history.ts';
import { FIXTURE_EDIT_URL, fixtureBuild } from '../support/fixture-builds.ts';

const ROOT = fileURLToPath(new URL('../fixtures/site/', import.meta.url));
const BASE = '/sub/';

let outDir: string;
let log = '';
const pages = new Map<string, string>();

/** A built file's text by its path under the base, e.g. `demo/index.html`. */
function html(path: string): string {
  const text = pages.get(path);
  if (text === undefined) throw new Error(`The build has no ${path}; it has ${[...pages.keys()].join(', ')}`);
  return text;
}

const dom = (path: string) => parse(html(path));
/** The text of an element, with a space between elements (as a reader hears it). */
const words = (node: Node): string => (node instanceof TextNode ? node.text : node.childNodes.map(words).join(' '));
const text = (el: HTMLElement | null | undefined) =>
  (el ? words(el) : '')
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ ([).,:])/g, '$1')
    .trim();

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

beforeAll(async () => {
  // Built once per run for every test that reads it (test/support/fixture-builds.ts).
  ({ dir: outDir, log } = await fixtureBuild('site'));
  for (const file of walk(outDir)) {
    if (file.endsWith('.html') || file.endsWith('.xml')) pages.set(relative(outDir, file).split('\\').join('/'), readFileSync(file, 'utf8'));
  }
});


describe('the build', () => {
  it('logs no warnings or errors', () => {
    expect(log).toContain('Complete!');
    expect(log).not.toMatch(/\[WARN\]|\[ERROR\]|\bwarning:/);
  });

  it('writes every kind of page at the addresses of format §6', () => {
    for (const path of [
      'index.html',
      'demo/index.html',
      'demo/segments/enterprise/index.html',
      'demo/offerings/platform/index.html',
      'demo/processes/solution/index.html',
      'demo/roles/ae/index.html',
      'demo/matrix/index.html',
      'demo/metrics/index.html',
      'zh-demo/index.html',
      'docs/index.html',
      'docs/index/index.html',
      'docs/gfm/index.html',
      '404.html',
      'search/index.html',
      'search/zh-cn/index.html',
      'zh-cn/index.html',
      'zh-cn/docs/index.html',
      'zh-cn/docs/writing/index.html',
    ]) {
      expect(pages.has(path), path).toBe(true);
    }
  });

  it('writes a sitemap when SITE_URL is set, without the search pages', () => {
    const urls = Object.entries(Object.fromEntries(pages)).filter(([p]) => p.startsWith('sitemap-') && p !== 'sitemap-index.xml');
    const all = urls.map(([, xml]) => xml).join('');
    expect(all).toContain('<loc>https://playbooks.example.com/sub/demo/segments/enterprise/</loc>');
    expect(all).not.toContain('/search/');
  });
});

describe('page data', () => {
  it('home: a card per playbook with language, segments, coverage and win rate against the goals', () => {
    const cards = dom('index.html').querySelectorAll('.card');
    expect(cards).toHaveLength(2);
    expect(text(cards[0])).toContain('2 segments');
    expect(text(cards[0])).toMatch(/Coverage 50% \(Goal 90%\) below the goal/);
    expect(text(cards[0])).toMatch(/Win rate 39\.7% \(Goal 30%\) meets the goal/);
    expect(cards[1]!.querySelector('h2')!.getAttribute('lang')).toBe('zh-CN');
    expect(text(cards[1])).toContain('Simplified Chinese');
  });

  it('overview: the sales model row per segment and the body', () => {
    const page = dom('demo/index.html');
    const rows = page.querySelectorAll('table.model tbody tr');
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual([
      'Enterprise "big" <b>accounts</b> Strategic high ground Buying motive: Value realisation',
      'Small businesses Core Buying motive: Price-performance',
    ]);
    expect(text(rows[0])).toContain('Solution sale Solution');
    expect(text(page.querySelector('.prose'))).toContain('The overview body: coverage is');
  });

  it('segment: buying centre with mirrors and gaps, stage strip, numbers, edit link and last update', () => {
    const page = dom('demo/segments/enterprise/index.html');
    const buyers = (page.querySelector('#buying-center-caption')!.parentNode as HTMLElement).querySelectorAll('tbody tr');
    // A solution sale: a function nobody mirrors is no gap there (mirroring is expected in key-account selling only).
    expect(buyers.map((r) => text(r))).toEqual(['CFO Economic buyer none (mirroring is expected in key-account selling only)', 'CTO Technical buyer Solutions engineer']);
    expect(page.querySelectorAll('.stage-strip li').map((li) => text(li))).toEqual(['Discover 10 days 50% go on', 'Prove 20 days 50% close won']);
    expect(text(page.querySelector('#numbers')?.nextElementSibling)).toContain('Sales velocity per day $342'); // 20 × 50% × $50,000 × 25% / 365
    expect(page.querySelector('.page-meta a')!.getAttribute('href')).toBe(`${FIXTURE_EDIT_URL}/playbooks/demo/segments/enterprise.mdx`);
    // The fixture is committed in this repository: the date is its file's last commit, or `updated` in a shallow clone.
    const lastCommit = readHistory(ROOT).lastChanged.get('playbooks/demo/segments/enterprise.mdx');
    expect(page.querySelector('.page-meta time')!.getAttribute('datetime')).toBe(lastCommit ?? '2026-01-15');
    expect(page.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/sub/demo/segments/smb/');
  });

  it('offering: backlinks to the segments that use it', () => {
    const page = dom('demo/offerings/onboarding/index.html');
    expect(text(page.querySelector('#segments')?.nextElementSibling)).toBe('Enterprise "big" <b>accounts</b> (Included in Platform)');
  });

  it('process: one stage strip, a card per stage with its exit criteria as a checklist, and the RACI table', () => {
    const page = dom('demo/processes/solution/index.html');
    expect(page.querySelectorAll('.stage-strip li').map(text)).toEqual(['Discover 10 days 50% go on', 'Prove 20 days 50% close won']);
    expect(page.querySelectorAll('#stage-discover .checklist li').map(text)).toEqual(['Pain confirmed', 'Budget named']);
    expect(page.querySelectorAll('#stage-discover .checklist input[type="checkbox"]').map((i) => page.querySelector(`label[for="${i.id}"]`) !== null)).toEqual([true, true]);
    expect(page.querySelectorAll('table.matrix tbody tr').map((r) => r.querySelectorAll('td').map(text))).toEqual([
      ['AR', 'A'],
      ['C', 'R'],
      ['—', 'I'],
    ]);
  });

  it('role: participation, coverage it owns, required against available hours', () => {
    const page = html('demo/roles/ae/index.html');
    expect(page).toContain('2,000 hr');
    expect(page).toContain('200%');
    expect(parse(page).querySelectorAll('#owns-caption').length).toBe(1);
  });

  it('matrix: a table of roles × stages per process, with a legend, and the mirror map', () => {
    const page = dom('demo/matrix/index.html');
    const tables = page.querySelectorAll('table.matrix');
    expect(tables.map((t) => t.querySelectorAll('thead th[scope="col"]').length)).toEqual([2, 3]);
    expect(tables.map((t) => t.querySelectorAll('tbody tr').map((r) => text(r.querySelector('th'))))).toEqual([
      ['Account executive Sales'],
      ['Account executive Sales', 'Solutions engineer Presales', 'Chief executive Executive'],
    ]);
    expect(page.querySelectorAll('.legend dt').map(text)).toEqual(['R', 'A', 'C', 'I', 'AR']);
    expect(text(page.querySelector('#mirror-map')?.parentNode as HTMLElement)).toContain('none (mirroring is expected in key-account selling only)');
    expect(text(page.querySelector('#mirror-map')?.parentNode as HTMLElement)).not.toContain('Gap: nobody on our side mirrors this function');
  });

  it('metrics: the metric warnings of the check, capacity bars and explanations', () => {
    const page = dom('demo/metrics/index.html');
    expect(page.querySelectorAll('.warnings li strong').map(text)).toEqual(['Coverage below goal', 'Capacity exceeded', 'Win rate below goal']);
    // The codes for engineers, not as text: where each warning is reads in words, its tooltip gives the code and position.
    expect(page.querySelectorAll('.warnings li').map((li) => li.getAttribute('data-code'))).toEqual(['coverage-below-goal', 'capacity-exceeded', 'win-rate-below-goal']);
    expect(page.querySelectorAll('.warnings li .where').map(text)).toEqual([
      'playbook Demo <script>alert(1)</script> & "quoted" sales model, field goals.coverage',
      'role Account executive, field headcount',
      'segment Enterprise "big" <b>accounts</b>, field process',
    ]);
    expect(page.querySelector('.warnings li .where')!.getAttribute('title')).toBe('coverage-below-goal · playbooks/demo/index.mdx:11:13');
    expect(page.querySelectorAll('.capacity-bar')).toHaveLength(3);
    expect(text(page.querySelector('#how-computed')?.nextElementSibling)).toContain('Expected wins: opportunities × coverage × win rate');
  });

  it('a zh-CN playbook gets <html lang="zh-CN"> and Chinese UI', () => {
    const page = dom('zh-demo/segments/group/index.html');
    expect(page.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(text(page.querySelector('.badges'))).toContain('战略高地');
    expect(text(page.querySelector('.skip-link'))).toBe('跳到正文');
    expect(page.querySelector('form[role="search"]')!.getAttribute('action')).toBe('/sub/search/zh-cn/');
    expect(dom('docs/gfm/index.html').querySelector('html')!.getAttribute('lang')).toBe('en');
    // “全部手册” leads to the Chinese home page, the docs link to the Chinese docs.
    expect(page.querySelector('.breadcrumbs a')!.getAttribute('href')).toBe('/sub/zh-cn/');
    expect(page.querySelector('.site-header .brand')!.getAttribute('href')).toBe('/sub/zh-cn/');
    expect(page.querySelector('.site-footer a')!.getAttribute('href')).toBe('/sub/zh-cn/');
    expect(page.querySelector('link[rel="icon"]')!.getAttribute('href')).toBe('/sub/favicon.svg');
  });

  it('the home page and the docs in Chinese, with a switch to the other language and hreflang alternates', () => {
    const home = dom('zh-cn/index.html');
    expect(home.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(text(home.querySelector('h1'))).toBe('销售作战手册');
    expect(text(home.querySelectorAll('.card')[0])).toMatch(/覆盖率 50% ?（目标 90%） 低于目标/);
    const alternates = (path: string) => dom(path).querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    const both = [
      ['en', 'https://playbooks.example.com/sub/'],
      ['zh-CN', 'https://playbooks.example.com/sub/zh-cn/'],
    ];
    expect(alternates('zh-cn/index.html')).toEqual(both);
    expect(alternates('index.html')).toEqual(both);
    const toEnglish = home.querySelector('.site-header a.lang-switch')!;
    expect([toEnglish.getAttribute('href'), toEnglish.getAttribute('hreflang'), toEnglish.getAttribute('lang'), text(toEnglish)]).toEqual(['/sub/', 'en', 'en', 'English']);
    const toChinese = dom('docs/writing/index.html').querySelector('.site-header a.lang-switch')!;
    expect([toChinese.getAttribute('href'), text(toChinese)]).toEqual(['/sub/zh-cn/docs/writing/', '中文']);
    // A page without a Chinese version has no switch and no alternates.
    expect(dom('docs/gfm/index.html').querySelector('a.lang-switch')).toBeNull();
    expect(alternates('docs/gfm/index.html')).toEqual([]);

    const doc = dom('zh-cn/docs/writing/index.html');
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelectorAll('.side-nav a:not(.nav-close)').map((a) => a.getAttribute('href'))).toEqual(['/sub/zh-cn/docs/writing/']);
    expect(doc.querySelectorAll('.breadcrumbs a').map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['全部手册', '/sub/zh-cn/'],
      ['文档', '/sub/zh-cn/docs/'],
    ]);
    expect(doc.querySelector('a[href="../../../docs/gfm/"]')).not.toBeNull();
    expect(dom('zh-cn/docs/index.html').querySelector('.content li')!.text).toBe('编写手册：怎样写，为什么这样写。');
  });

  it('docs: navigation in `order`, previous and next', () => {
    const page = dom('docs/writing/index.html');
    expect(page.querySelectorAll('.side-nav a:not(.nav-close)').map((a) => a.getAttribute('href'))).toEqual(['/sub/docs/index/', '/sub/docs/writing/', '/sub/docs/gfm/']);
    expect(page.querySelector('a[aria-current="page"]')!.getAttribute('href')).toBe('/sub/docs/writing/');
    expect(page.querySelector('a[rel="prev"]')!.getAttribute('href')).toBe('/sub/docs/index/');
    expect(page.querySelector('a[rel="next"]')!.getAttribute('href')).toBe('/sub/docs/gfm/');
  });
});

describe('safety and structure', () => {
  it('escapes hostile frontmatter text everywhere, including <title> and attributes', () => {
    for (const [path, page] of pages) {
      if (!path.endsWith('.html')) continue;
      // Inside a quoted attribute value `<` is inert; everywhere else it must be escaped.
      const markup = page.replace(/="[^"]*"/g, '=""');
      expect(markup, path).not.toContain('<script>alert(1)</script>');
      expect(markup, path).not.toMatch(/<img src=x/);
      expect(markup, path).not.toContain('<b>accounts</b>');
      expect(markup, path).not.toContain('<team>');
      const doc = parse(page);
      expect(doc.querySelectorAll('img[onerror]'), path).toHaveLength(0);
      // The bodies' own raw <b> is kept (test/build/build-book.test.ts); the frontmatter's is text.
      expect(doc.querySelectorAll('b').filter((b) => b.text === 'accounts'), path).toHaveLength(0);
    }
    const overview = html('demo/index.html');
    expect(overview).toContain('<title>Demo &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; sales model</title>');
    expect(overview).toContain('<h1>Demo &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; sales model</h1>');
    // Pagefind's UI writes filter values as HTML: the attribute holds the title with its markup escaped once more.
    expect(overview).toContain('content="Demo &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; &amp;amp; &amp;quot;quoted&amp;quot; sales model"');
    expect(html('demo/segments/enterprise/index.html')).toContain('<li>&lt;img src=x onerror=alert(3)&gt;</li>');
    expect(dom('demo/index.html').querySelector('meta[name="description"]')!.getAttribute('content')).toContain("'single quotes'");
  });

  it('drops javascript:, vbscript: and HTML data: URLs and inline handlers from MDX bodies (rehypeSafeUrls)', () => {
    // Scripts: the next test.
    const problems = [...pages].filter(([path]) => path.endsWith('.html')).flatMap(([path, page]) => codeInPage(page, { scriptsAllowed: true }).map((p) => `${path}: ${p}`));
    expect(problems).toEqual([]);
    // test/fixtures/site/content/writing.mdx: seven hostile links keep their text and lose their target; the rest stays.
    const body = dom('docs/writing/index.html').querySelector('.prose')!;
    const link = (name: string) => body.querySelectorAll('a').find((a) => text(a) === name);
    for (const name of ['a javascript link', 'a mixed-case one', 'an encoded one', 'a vbscript link', 'an HTML data link', 'a padded one', 'an expression']) {
      expect(link(name), name).toBeDefined();
      expect(link(name)!.hasAttribute('href'), name).toBe(false);
    }
    expect(link('a handler')!.getAttribute('href')).toBe('#main');
    expect(link('relative link')!.getAttribute('href')).toBe('../gfm/');
    expect(body.querySelector('img[alt="a red dot"]')!.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  });

  it('ships no JavaScript except on the search pages', () => {
    for (const [path, page] of pages) {
      if (!path.endsWith('.html')) continue;
      const scripts = parse(page).querySelectorAll('script');
      if (path.startsWith('search/')) expect(scripts.length, path).toBeGreaterThan(0);
      else expect(scripts, path).toHaveLength(0);
    }
    expect(dom('search/index.html').querySelector('script[src]')!.getAttribute('src')).toBe('/sub/pagefind/pagefind-ui.js');
  });

  it('resolves every internal href, src and action, and every #fragment, to a file and an id in the build', () => {
    const problems: string[] = [];
    const ids = (path: string) => new Set(dom(path).querySelectorAll('[id]').map((el) => el.getAttribute('id')!));
    for (const [path, page] of pages) {
      if (!path.endsWith('.html')) continue;
      const here = new URL(path, `https://site.test${BASE}`);
      for (const [, , raw] of page.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
        const value = raw!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(value) && !value.startsWith('https://site.test')) continue;
        const url = new URL(value, here);
        if (url.origin !== 'https://site.test') continue;
        if (!url.pathname.startsWith(BASE)) {
          problems.push(`${path}: ${value} is outside the base path`);
          continue;
        }
        let target = decodeURIComponent(url.pathname.slice(BASE.length));
        if (target === '' || target.endsWith('/')) target += 'index.html';
        if (!existsSync(join(outDir, target))) {
          problems.push(`${path}: ${value} → ${target} does not exist`);
          continue;
        }
        if (url.hash && target.endsWith('.html') && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) {
          problems.push(`${path}: ${value} → no id ${url.hash} in ${target}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has landmarks, a skip link, one h1, and tables with captions and scoped headers', () => {
    for (const [path] of pages) {
      if (!path.endsWith('.html')) continue;
      const page = dom(path);
      expect(page.querySelectorAll('main#main'), path).toHaveLength(1);
      expect(page.querySelector('a.skip-link')?.getAttribute('href'), path).toBe('#main');
      // A playbook's book holds every page of it, each part with its page's own h1, after the book's.
      expect(page.querySelectorAll('h1'), path).toHaveLength(path.endsWith('/book/index.html') ? page.querySelectorAll('section.book-part').length + 1 : 1);
      for (const table of page.querySelectorAll('.table-scroll table')) {
        // The site's own tables have captions; tables in authors' bodies have what the author wrote.
        if (!table.closest('.prose')) expect(table.querySelector('caption'), path).not.toBeNull();
        for (const th of table.querySelectorAll('th')) expect(th.getAttribute('scope'), `${path}: ${th.toString()}`).toMatch(/^(col|row|colgroup)$/);
      }
    }
  });

  it('renders GFM in MDX bodies: tables, task lists, footnotes, strikethrough, autolinks', () => {
    for (const path of ['docs/gfm/index.html', 'demo/segments/enterprise/index.html']) {
      const body = dom(path).querySelector('.prose')!;
      expect(body.querySelector('table'), path).not.toBeNull();
      expect(body.querySelectorAll('input[type="checkbox"]'), path).toHaveLength(2);
      expect(body.querySelector('input[type="checkbox"][checked]'), path).not.toBeNull();
      expect(body.querySelector('section[data-footnotes]'), path).not.toBeNull();
      expect(body.querySelector('del'), path).not.toBeNull();
      expect(body.querySelector('a[href^="https://example."]'), path).not.toBeNull();
      // Made accessible by rehypeAccessibleMarkdown: labelled checkboxes, focusable table frames, scoped headers.
      expect(body.querySelectorAll('label > input[type="checkbox"]'), path).toHaveLength(2);
      expect(body.querySelector('.table-scroll[tabindex="0"] > table th[scope="col"]'), path).not.toBeNull();
    }
    const frames = dom('docs/gfm/index.html').querySelectorAll('.prose .table-scroll');
    expect(frames.map((f) => f.getAttribute('aria-label'))).toEqual(['Left, Right', 'Left']);
    expect(frames[1]!.querySelector('thead td')).not.toBeNull();
  });
});

describe('search', () => {
  it('indexes English and Chinese pages separately, by <html lang>', () => {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    // The zh-demo playbook's eight pages (overview, segment, offering, process, two roles, matrix, metrics) and the two Chinese docs pages.
    expect(entry.languages['zh-cn']!.page_count).toBe(10);
  });

  it('marks bodies, chrome and filters for Pagefind', () => {
    const page = dom('demo/segments/enterprise/index.html');
    expect(page.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    expect(page.querySelector('header.site-header')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(page.querySelector('nav.side-nav')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(page.querySelectorAll('meta[data-pagefind-filter]').map((m) => [m.getAttribute('data-pagefind-filter'), m.getAttribute('content')])).toEqual([
      ['Playbook[content]', 'Demo &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; sales model'],
      ['Kind[content]', 'Segment'],
    ]);
    for (const path of ['index.html', '404.html', 'search/index.html']) expect(html(path), path).not.toContain('data-pagefind-body');
  });
});
