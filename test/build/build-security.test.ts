/**
 * The security review of test/unit/security-bodies.test.ts, for what only a real
 * build shows: one `astro build` of the site fixture (test/fixtures/site)
 * with hostile playbook files and a hostile Git history, under SITE_URL (so
 * that the feeds are written).
 *
 * Tests named "ATTACK:" are attacks that got through when this file was
 * written: they fail until the hole is closed. The others are attacks that
 * did not get through, kept as guards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeInPage } from '../support/script-free.ts';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { childrenNamed, childText, parseXml } from '../support/xml.ts';
import { buildEnv } from '../support/build-site.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/site/', import.meta.url));
const SITE_URL = 'https://playbooks.example.com';

/** A commit subject that tries HTML, XML and CDATA at once. */
const SUBJECT = `</title><script>alert("subject")</script><img src=x onerror=alert(1)> & ]]><![CDATA[ <b>bold</b>`;
/** A file the playbook has no page for (an `unknown-file` warning, not an error): its path is listed on what's new. */
const ODD_FILE = 'notes <img src=x onerror=alert(2)>.txt';
/** Deep enough to overflow the renderer's stack; the scanner checks it without parsing. */
const CALLOUT_DEPTH = 3000;

let site: TempSite;
let outDir: string;
let log = '';
let code = 0;
/** The second build: the site fixture with only a deeply nested body. */
let deep: { site: TempSite; outDir: string; log: string; code: number };

function build(root: string, out: string, env: Record<string, string> = {}): { code: number; log: string } {
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/astro'), ['build', '--outDir', out], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });
  // stdout and stderr both: Shiki's warnings go to stderr.
  return { code: result.status ?? -1, log: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function git(...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Mallory', '-c', 'user.email=m@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: site.root,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-03-01T10:00:00Z', GIT_COMMITTER_DATE: '2026-03-01T10:00:00Z' },
  });
}

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
const dom = (path: string) => parse(read(path));

function files(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...files(path, ext));
    else if (entry.endsWith(ext)) out.push(relative(outDir, path));
  }
  return out;
}

function attributes(root: HTMLElement): { tag: string; name: string; value: string }[] {
  return root.querySelectorAll('*').flatMap((el) => Object.entries(el.attributes).map(([name, value]) => ({ tag: el.tagName.toLowerCase(), name: name.toLowerCase(), value })));
}

beforeAll(() => {
  site = tempSite(FIXTURE);
  outDir = join(site.root, 'out');
  const segment = join(site.root, 'playbooks/demo/segments/smb.mdx');
  // A maintainers' doc page with a code block (content/ is full MDX; its code shares the highlighter with the bodies).
  writeFileSync(join(site.root, 'content/code.mdx'), '---\ntitle: Code sample\ndescription: A code block.\norder: 9\n---\n\n```js\nconst answer = 42;\n```\n');
  git('init', '-q', '-b', 'main');
  git('add', 'playbooks');
  git('commit', '-q', '-m', 'Start the playbooks');
  appendFileSync(
    segment,
    [
      '',
      'Visible text of the small-business segment.',
      '',
      // A code block in language `constructor`: Shiki's language lookup (`{}[lang]`) finds Object itself.
      '```constructor',
      'x',
      '```',
      '',
      // A data: image in <picture><source srcset>: GitHub's schema allows srcSet with no protocol check; the CSP allows data: images.
      `<picture><source srcset="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='600' height='200'%3E%3Ctext x='10' y='50' font-size='30'%3ESession expired: sign in at evil.example%3C/text%3E%3C/svg%3E" /><img src="logo.png" alt="Logo" /></picture>`,
      '',
    ].join('\n'),
  );
  writeFileSync(join(site.root, 'playbooks/demo', ODD_FILE), 'not a page\n');
  git('add', 'playbooks');
  git('commit', '-q', '-m', SUBJECT);
  ({ code, log } = build(site.root, outDir, { SITE_URL }));

  const deepSite = tempSite(FIXTURE);
  appendFileSync(
    join(deepSite.root, 'playbooks/demo/segments/enterprise.mdx'),
    `\nDeep text before.\n\n${'<Callout>\n'.repeat(CALLOUT_DEPTH)}Deep text inside.\n${'</Callout>\n'.repeat(CALLOUT_DEPTH)}`,
  );
  const deepOut = join(deepSite.root, 'out');
  deep = { site: deepSite, outDir: deepOut, ...build(deepSite.root, deepOut) };
});

afterAll(() => {
  site?.remove();
  deep?.site.remove();
});

describe('the build of hostile playbook files', () => {
  it('builds (the files pass the check: only warnings)', () => {
    expect(code, log).toBe(0);
  });

  it('no built page has a script other than the search page’s, an inline handler or a javascript: URL', () => {
    for (const path of files(outDir, '.html')) {
      expect(codeInPage(read(path), { scriptsAllowed: path.startsWith('search/') || path.startsWith('zh-cn/search/') }), path).toEqual([]);
    }
  });

  it('ATTACK (closed): a data: image in a body’s srcset never reaches the page (the page’s CSP would let it load)', () => {
    const page = dom('demo/segments/smb/index.html');
    const csp = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("img-src 'self' data:");
    const prose = page.querySelector('.prose')!;
    expect(prose.textContent).toContain('Visible text of the small-business segment.');
    const dataUrls = attributes(prose).filter(({ value }) => /(^|[\s,])data:/i.test(value));
    expect(dataUrls.map(({ tag, name }) => `${tag} ${name}`)).toEqual([]);
  });

  it('ATTACK (closed): a body’s code block in language `constructor` is plain text, and the docs’ code blocks keep their highlighting', () => {
    const body = dom('demo/segments/smb/index.html').querySelector('.prose pre')!;
    expect(body.getAttribute('data-language')).toBe('plaintext');
    const pre = dom('docs/code/index.html').querySelector('pre')!;
    expect(pre.getAttribute('data-language')).toBe('js');
  });
});

describe('a body too deeply nested for the renderer', () => {
  it('ATTACK (closed): <Callout>s nested thousands deep stop the build with body-syntax at their line, before any render: no stack overflow, no empty page', () => {
    expect(deep.code, deep.log).toBe(1);
    expect(deep.log).toMatch(/playbooks\/demo\/segments\/enterprise\.mdx:\d+:1 error body-syntax/);
    expect(deep.log).toContain('nested more than 32 levels deep');
    expect(deep.log).not.toMatch(/RangeError|Maximum call stack/);
    expect(existsSync(join(deep.outDir, 'demo/segments/enterprise/index.html'))).toBe(false);
  });
});

describe('a hostile Git history', () => {
  it('never shows a commit subject on the what’s-new page (it tells what changed), and what it shows is text', () => {
    const page = dom('demo/whats-new/index.html');
    const main = page.querySelector('main')!;
    expect(main.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(main.textContent).not.toContain(SUBJECT);
    expect(main.querySelectorAll('section[id^="change-"]').length).toBeGreaterThan(0);
    expect(read('demo/whats-new/index.html')).not.toContain('<script>alert("subject")');
  });

  it('lists a path with markup in it as text', () => {
    const main = dom('demo/whats-new/index.html').querySelector('main')!;
    expect(main.textContent).toContain(ODD_FILE);
    expect(main.querySelectorAll('img')).toHaveLength(0);
  });

  it('keeps the feed well-formed XML, without the subject, and no markup in the descriptions', () => {
    const xml = read('demo/rss.xml');
    const rss = parseXml(xml);
    const channel = childrenNamed(rss, 'channel')[0]!;
    const items = childrenNamed(channel, 'item');
    const titles = items.map((item) => childText(item, 'title'));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).not.toContain(SUBJECT);
    for (const item of items) {
      // The description is HTML for feed readers: text from files in it is escaped, so it holds no element of theirs.
      const description = parse(childText(item, 'description') ?? '');
      expect(description.querySelectorAll('script, img, b'), childText(item, 'description')).toHaveLength(0);
    }
  });
});

describe('the text outputs', () => {
  it('llms.txt and the Markdown twins hold the fixture’s hostile titles and file names as text: no raw HTML, no script link', () => {
    const outputs = ['llms.txt', ...files(outDir, '.md')];
    expect(outputs.length).toBeGreaterThan(5);
    const markdown = unified().use(remarkParse).use(remarkGfm);
    for (const path of outputs) {
      const text = read(path);
      const html: string[] = [];
      const links: string[] = [];
      const visit = (node: { type: string; value?: string; url?: string; children?: unknown[] }) => {
        if (node.type === 'html') html.push(node.value ?? '');
        if (node.type === 'link' || node.type === 'image' || node.type === 'definition') links.push(node.url ?? '');
        for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
      };
      visit(markdown.parse(text) as never);
      expect(html, path).toEqual([]);
      expect(links.filter((url) => /^(javascript|vbscript|data):/i.test(url.trim())), path).toEqual([]);
    }
  });
});
