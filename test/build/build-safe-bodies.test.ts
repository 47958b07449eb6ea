/**
 * Safe bodies in real builds (format §1, §9): a body full of hostile HTML
 * is sanitized on the page; an unchanged body is rendered once and served
 * from the cache by the next build; a body that tries to run code stops the
 * build with the checker's report before Astro touches the output, runs
 * nothing and leaves the previous output as it was.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempSite, type TempSite } from '../support/temp-site.ts';
import { buildEnv } from '../support/build-site.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/site/', import.meta.url));
const SEGMENT = 'playbooks/demo/segments/smb.mdx';

function build(root: string, outDir: string): { code: number; log: string } {
  try {
    const log = execFileSync(join(PROJECT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: buildEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, log };
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    return { code: e.status ?? -1, log: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const sites: TempSite[] = [];
afterAll(() => {
  for (const site of sites) site.remove();
});

function site(): TempSite {
  const s = tempSite(FIXTURE);
  sites.push(s);
  return s;
}

/**
 * One temporary site, built twice: first with a body full of hostile HTML (sanitized on the page), then after an
 * edit of that body (rendered again, while the unchanged bodies come from the cache).
 */
const HOSTILE = `
Visible text before.

<script>alert('script')</script>

<iframe srcdoc="<script>alert(1)</script>"></iframe>

<base href="https://evil.example/" />

<meta http-equiv="refresh" content="0; url=https://evil.example/" />

<style>p \\{ display: none \\}</style>

<form action="https://evil.example/"><input name="q" /></form>

<svg><script>alert('svg')</script></svg>

<a href="javascript:alert(1)">a javascript link</a> and [a markdown one](javascript:alert(2)) and <a href="data:text/html,<b>x</b>">a data link</a>.

<p onclick="alert(3)">A paragraph with a handler.</p>

<img src="x" onerror="alert(4)" alt="an image" />

<details><summary>More</summary>Kept as it is.</details>

Visible text after.
`;
const SEGMENT_PAGE = 'demo/segments/smb/index.html';
/** A page whose body no build here changes. */
const UNCHANGED_PAGE = 'demo/segments/enterprise/index.html';

interface Built {
  outDir: string;
  code: number;
  log: string;
}
let cached: TempSite;
let first: Built;

beforeAll(() => {
  cached = site();
  appendFileSync(join(cached.root, SEGMENT), HOSTILE);
  const outDir = join(cached.root, 'out-1');
  first = { outDir, ...build(cached.root, outDir) };
});

/** The body cache's line of the build log for the segments. */
function rendered(log: string) {
  const line = /segments: (\d+) bod(?:y|ies) rendered, (\d+) unchanged/.exec(log);
  expect(line, log).not.toBeNull();
  return { rendered: Number(line![1]), unchanged: Number(line![2]) };
}

describe('a body with hostile HTML', () => {
  it('builds, and none of it reaches the page while the text does', () => {
    expect(first.code, first.log).toBe(0);
    const page = readFileSync(join(first.outDir, SEGMENT_PAGE), 'utf8');
    const body = parse(page).querySelector('.prose')!;
    const html = body.outerHTML;
    expect(body.textContent).toContain('Visible text before.');
    expect(body.textContent).toContain('Visible text after.');
    expect(body.textContent).toContain('A paragraph with a handler.');
    expect(body.querySelector('details summary')?.textContent).toBe('More');
    for (const forbidden of ['<script', '<iframe', 'srcdoc', '<base', 'http-equiv', '<style', '<form', '<svg', 'javascript:', 'data:text/html', 'onclick', 'onerror', 'alert(']) {
      expect(html, forbidden).not.toContain(forbidden);
    }
    // The page as a whole: no script at all (content pages ship none), no base, no refresh.
    const document = parse(page);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('base')).toHaveLength(0);
    expect(document.querySelectorAll('meta[http-equiv="refresh"]')).toHaveLength(0);
    expect(body.querySelectorAll('a').map((a) => a.textContent)).toEqual(['a javascript link', 'a markdown one', 'a data link']);
    for (const a of body.querySelectorAll('a')) expect(a.hasAttribute('href'), a.textContent).toBe(false);
  });
});

describe('the body cache', () => {
  it('renders a body once: the next build serves the unchanged ones from the cache and renders the edited one again', () => {
    expect(first.code, first.log).toBe(0);
    expect(rendered(first.log)).toEqual({ rendered: 3, unchanged: 0 });
    appendFileSync(join(cached.root, SEGMENT), '\nA sentence added in an edit.\n');
    const outDir = join(cached.root, 'out-2');
    const second = build(cached.root, outDir);
    expect(second.code, second.log).toBe(0);
    expect(rendered(second.log)).toEqual({ rendered: 1, unchanged: 2 });
    expect(readFileSync(join(outDir, SEGMENT_PAGE), 'utf8')).toContain('A sentence added in an edit.');
    // A body from the cache makes the same page as a body rendered afresh.
    expect(readFileSync(join(outDir, UNCHANGED_PAGE), 'utf8')).toBe(readFileSync(join(first.outDir, UNCHANGED_PAGE), 'utf8'));
  });
});

describe('a body that tries to run code', () => {
  it('stops the build with the diagnostics, runs nothing, and leaves the previous output untouched', () => {
    const s = site();
    const marker = join(tmpdir(), `playbook-pwned-${process.pid}-${Date.now()}`);
    const outDir = join(s.root, 'out');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'previous.html'), 'the previous build');
    appendFileSync(
      join(s.root, SEGMENT),
      `
import fs from 'node:fs'

export const pwned = fs.writeFileSync(${JSON.stringify(marker)}, 'pwned')

Our revenue is {fs.readFileSync('/etc/passwd', 'utf8')}.
`,
    );
    const { code, log } = build(s.root, outDir);
    expect(code).toBe(1);
    expect(log).toMatch(/playbooks\/demo\/segments\/smb\.mdx:\d+:1 error unsafe-body/);
    expect(log).toMatch(/playbooks\/demo\/segments\/smb\.mdx:\d+:\d+ error unsafe-body/);
    expect(log).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
    expect(log).not.toContain('root:x:0:0');
    expect(existsSync(marker)).toBe(false);
    expect(readFileSync(join(outDir, 'previous.html'), 'utf8')).toBe('the previous build');
  });
});
