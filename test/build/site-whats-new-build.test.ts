/**
 * One real build of a project with a Git history of known dates (see
 * support/git-fixture.ts), under a sub-path with SITE_URL set: the RSS feeds
 * are valid RSS 2.0 whose links resolve to built pages, the what's-new pages
 * list the changes, every playbook page links its feed and shows when it
 * last changed.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { createGitFixture } from '../support/git-fixture.ts';
import { childrenNamed, childText, parseXml, RFC_822, type XmlElement } from '../support/xml.ts';
import { fixture } from '../support/helpers.ts';

const BASE = '/sub/';
const SITE_URL = 'https://playbooks.example.com';
const ENV = { BASE_PATH: BASE, SITE_URL };

let root: string;
let outDir: string;
let log = '';

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const dom = (path: string) => parse(read(path));
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The built file an absolute URL of the site points at, and its fragment. */
function target(url: string): { file: string; hash: string } {
  const parsed = new URL(url);
  expect(parsed.origin).toBe(SITE_URL);
  expect(parsed.pathname.startsWith(BASE), url).toBe(true);
  const path = parsed.pathname.slice(BASE.length);
  return { file: path === '' || path.endsWith('/') ? `${path}index.html` : path, hash: decodeURIComponent(parsed.hash.slice(1)) };
}

/** Asserts that an absolute URL names a built page (and an element of it, for a #fragment). */
function expectResolves(url: string): void {
  const { file, hash } = target(url);
  expect(existsSync(join(outDir, file)), `${url} → ${file}`).toBe(true);
  if (hash) expect(dom(file).getElementById(hash), `${url}: no id ${hash} in ${file}`).not.toBeNull();
}

function channelOf(path: string): XmlElement {
  const rss = parseXml(read(path));
  expect([rss.name, rss.attributes.version]).toEqual(['rss', '2.0']);
  const channels = childrenNamed(rss, 'channel');
  expect(channels).toHaveLength(1);
  return channels[0]!;
}

beforeAll(() => {
  // A standalone copy of this project (its src/, public/ and config; a node_modules/ of links to its packages, so
  // that the build's caches stay in the copy) with the Git fixture's playbooks and the site fixture's small docs.
  // A copy, not links: Astro resolves a linked src/ to its real path, outside the root, and cannot build its scripts.
  root = mkdtempSync(join(tmpdir(), 'playbook-whats-new-build-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(PROJECT_ROOT, entry), join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(root, 'node_modules', name));
  }
  cpSync(fixture('site/content'), join(root, 'content'), { recursive: true });
  createGitFixture(root);
  outDir = join(root, 'dist');
  log = buildSite(outDir, ENV, root);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the build', () => {
  it('logs no warnings or errors', () => {
    expect(log).toContain('Complete!');
    expect(log).not.toMatch(/\[WARN\]|\[ERROR\]|\bwarning:/);
  });
});

describe('the RSS feed', () => {
  it('is RSS 2.0 with the channel’s title, absolute link, language and self link', () => {
    const channel = channelOf('acme/rss.xml');
    expect(childText(channel, 'title')).toBe('Acme sales model: what’s new');
    expect(childText(channel, 'link')).toBe(`${SITE_URL}/sub/acme/whats-new/`);
    expect(childText(channel, 'description')).toBe('Recent changes to the playbook “Acme sales model” and the pages they touched.');
    expect(childText(channel, 'language')).toBe('en');
    expect(childrenNamed(channel, 'atom:link')[0]!.attributes.href).toBe(`${SITE_URL}/sub/acme/rss.xml`);
    // Nothing that depends on when the site was built.
    expect(childrenNamed(channel, 'lastBuildDate')).toEqual([]);
    expectResolves(childText(channel, 'link'));
    expectResolves(childrenNamed(channel, 'atom:link')[0]!.attributes.href!);
  });

  it('has an item per change, newest first, with title, link, guid and an RFC 822 pubDate', () => {
    const items = childrenNamed(channelOf('acme/rss.xml'), 'item');
    expect(items.map((i) => [childText(i, 'title'), childText(i, 'pubDate')])).toEqual([
      // What each commit changed in the playbook, not its subject.
      ['Sales representative: title — Account executive → Sales representative', 'Thu, 05 Mar 2026 10:00:00 GMT'],
      ['Segment removed: Legacy accounts; and 1 more change', 'Fri, 20 Feb 2026 07:30:00 GMT'],
      ['New playbook: Acme sales model; and 5 more changes', 'Sat, 10 Jan 2026 09:00:00 GMT'],
    ]);
    for (const item of items) {
      const link = childText(item, 'link');
      expect(link).toMatch(/^https:\/\/playbooks\.example\.com\/sub\/acme\/whats-new\/#change-[0-9a-f]{12}$/);
      expect(childText(item, 'pubDate')).toMatch(RFC_822);
      const [guid] = childrenNamed(item, 'guid');
      expect([guid!.text, guid!.attributes.isPermaLink]).toEqual([link, 'true']);
      expectResolves(link);
    }
  });

  it('describes each change by what it changed, the figures it moved and the pages it touched, linked absolutely under the sub-path', () => {
    const items = childrenNamed(channelOf('acme/rss.xml'), 'item');
    const description = parse(childText(items[1]!, 'description'));
    expect(description.querySelectorAll('p').map((p) => text(p.text))).toEqual(['What changed:', 'Figures that moved:', 'Pages changed:']);
    const lists = description.querySelectorAll('ul').map((ul) => ul.querySelectorAll('li').map((li) => text(li.text)));
    expect(lists[0]).toEqual(['Segment removed: Legacy accounts', 'Small businesses: target accounts — 100 → 120']);
    expect(lists[1]).toContain('Expected new bookings a year −$8K, to $12K');
    expect(lists[2]).toEqual(['segments/legacy.mdx (no page)', 'Small businesses (Segment)']);
    const hrefs = description.querySelectorAll('a').map((a) => a.getAttribute('href')!);
    expect(hrefs).toEqual([`${SITE_URL}/sub/acme/segments/smb/`]);
    for (const item of items) {
      for (const a of parse(childText(item, 'description')).querySelectorAll('a')) expectResolves(a.getAttribute('href')!);
    }
  });

  it('is written for each playbook, in its language', () => {
    const channel = channelOf('beta/rss.xml');
    expect(childText(channel, 'title')).toBe('贝塔销售模式：最近更新');
    expect(childText(channel, 'language')).toBe('zh-cn');
    expect(childrenNamed(channel, 'item').map((i) => childText(i, 'title'))).toEqual(['Account executive：编制人数 1 → 2', '新增手册：贝塔销售模式；另有 4 处修改']);
  });
});

describe('the what’s-new page', () => {
  it('lists each change with its date, what it changed and the pages it touched, and links the feed', () => {
    const page = dom('acme/whats-new/index.html');
    expect(text(page.querySelector('h1')?.text)).toBe('What’s new');
    const sections = page.querySelectorAll('main section[id^="change-"]');
    expect(sections.map((s) => [text(s.querySelector('h2')?.text), s.querySelector('time')!.getAttribute('datetime'), text(s.querySelector('time')!.text)])).toEqual([
      ['Sales representative: title — Account executive → Sales representative', '2026-03-05', 'March 5, 2026'],
      ['Segment removed: Legacy accounts; and 1 more change', '2026-02-20', 'February 20, 2026'],
      ['New playbook: Acme sales model; and 5 more changes', '2026-01-10', 'January 10, 2026'],
    ]);
    const lists = sections[1]!.querySelectorAll('ul').map((ul) => ul.querySelectorAll('li').map((li) => text(li.text)));
    expect(lists[0]).toEqual(['Segment removed: Legacy accounts', 'Small businesses: target accounts — 100 → 120']);
    expect(lists.at(-1)).toEqual(['segments/legacy.mdx (no page)', 'Small businesses (Segment)']);
    expect(sections[1]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/sub/acme/segments/smb/']);
    expect(page.querySelector('main a[type="application/rss+xml"]')!.getAttribute('href')).toBe('/sub/acme/rss.xml');
    // A log of changes is not worth searching: the page is left out of the index.
    expect(read('acme/whats-new/index.html')).not.toContain('data-pagefind-body');
  });
});

describe('every playbook page', () => {
  const acmePages = ['acme/index.html', 'acme/segments/smb/index.html', 'acme/roles/rep/index.html', 'acme/matrix/index.html', 'acme/metrics/index.html', 'acme/whats-new/index.html'];

  it('links the playbook’s feed in its <head> and the what’s-new page and feed in its navigation', () => {
    for (const path of acmePages) {
      const page = dom(path);
      const alternate = page.querySelectorAll('head link[rel="alternate"][type="application/rss+xml"]');
      expect(alternate.map((l) => [l.getAttribute('title'), l.getAttribute('href')]), path).toEqual([['Acme sales model: what’s new', '/sub/acme/rss.xml']]);
      const nav = page.querySelectorAll('nav.side-nav a').map((a) => a.getAttribute('href'));
      expect(nav, path).toContain('/sub/acme/whats-new/');
      expect(nav, path).toContain('/sub/acme/rss.xml');
    }
    // The home page has no feed (its alternates are its other language's version).
    expect(dom('index.html').querySelector('link[rel="alternate"][type="application/rss+xml"]')).toBeNull();
  });

  it('shows when it last changed, from Git, in the playbook’s language', () => {
    const date = (path: string) => {
      const time = dom(path).querySelector('.page-meta time')!;
      return [time.getAttribute('datetime'), text(time.text)];
    };
    expect(date('acme/segments/smb/index.html')).toEqual(['2026-02-20', 'February 20, 2026']);
    expect(date('acme/offerings/starter/index.html')).toEqual(['2026-01-10', 'January 10, 2026']);
    expect(date('acme/roles/rep/index.html')).toEqual(['2026-03-05', 'March 5, 2026']);
    for (const path of ['acme/index.html', 'acme/matrix/index.html', 'acme/metrics/index.html']) expect(date(path), path).toEqual(['2026-03-05', 'March 5, 2026']);
    expect(date('beta/roles/rep/index.html')).toEqual(['2026-04-01', '2026年4月1日']);
    expect(date('beta/segments/smb/index.html')).toEqual(['2026-01-10', '2026年1月10日']);
  });
});
