/**
 * `npm run playbook -- pdf` (src/cli/pdf.ts) as an author runs it, in a child
 * process with Debian's Chromium: the Chinese book from a built site
 * (`--site`, under its base path), the English one on its own (it builds the
 * site in a temporary folder). The PDFs are read back with poppler-utils (`pdfinfo`,
 * `pdftotext`; .ci/run installs them): A4 pages, at least one page per part
 * of the book, the segment titles, page numbers in the footer.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv, PROJECT_ROOT } from '../support/build-site.ts';
import { fixtureBuild } from '../support/fixture-builds.ts';

const ROOT = fileURLToPath(new URL('../fixtures/site/', import.meta.url));
const CLI = join(PROJECT_ROOT, 'src/cli/bin.ts');
/** The parts of each fixture playbook's book (test/build/build-book.test.ts lists them): each starts a page. */
const PARTS = { demo: 16, 'zh-demo': 8 };

let tmp: string;
let site: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'playbook-pdf-test-'));
  // Built once per run for every test that reads it (test/support/fixture-builds.ts).
  site = (await fixtureBuild('site')).dir;
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function pdf(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, 'pdf', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: buildEnv(env),
  });
}

function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils), as .ci/run does.`);
    throw error;
  }
}

/** Pages and page size from pdfinfo, and the text, on one line. */
function readPdf(file: string) {
  const info = poppler('pdfinfo', [file]);
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    title: /^Title:\s+(.*)$/m.exec(info)?.[1] ?? '',
    text: poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, ' '),
  };
}

describe('pdf', () => {
  it('stops before building when there is no Chromium, exit 2, saying how to install it', () => {
    const out = join(tmp, 'none.pdf');
    const run = pdf(['demo', ROOT, '--out', out], { CHROMIUM_PATH: join(tmp, 'no-chromium') });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`there is none at ${join(tmp, 'no-chromium')} (CHROMIUM_PATH)`);
    expect(run.stderr).toContain('apt-get install -y chromium');
    expect(existsSync(out)).toBe(false);
  });

  it('says which playbooks there are when asked for one that is not (exit 2)', () => {
    const run = pdf(['nope', ROOT, '--out', join(tmp, 'nope.pdf')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('There is no playbook `nope` in playbooks/.');
    expect(run.stderr).toContain('`demo`, `zh-demo`');
  });

  it('prints the Chinese book from a built site under its base path, in Chinese, with its segment titles and Chinese page numbers', () => {
    const out = join(tmp, 'zh-demo.pdf');
    const run = pdf(['zh-demo', ROOT, '--site', site, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const book = readPdf(out);
    expect(book.pages).toBeGreaterThanOrEqual(PARTS['zh-demo'] + 1);
    expect(book.title).toBe('华东装备销售模式（全本）');
    for (const title of ['华东装备销售模式', '集团客户', '目录', '先见总经理。']) expect(book.text).toContain(title);
    expect(book.text).toContain(`第 1 页，共 ${book.pages} 页`);
  });

  it('builds the site itself when not given one, leaving no build behind; the English book: A4, a page per part at least, the segment titles, page numbers', () => {
    const out = join(tmp, 'demo.pdf');
    const run = pdf(['demo', ROOT, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('Building the site into a temporary folder');
    expect(run.stderr).toMatch(/Wrote .*demo\.pdf \(\d+ pages\)/);
    expect(run.stdout.trim()).toBe(out);
    expect(existsSync(join(ROOT, 'dist'))).toBe(false);
    const book = readPdf(out);
    expect(book.size).toContain('(A4)');
    expect(book.pages).toBeGreaterThanOrEqual(PARTS.demo + 1);
    expect(book.title).toBe('Demo <script>alert(1)</script> & "quoted" sales model — the whole playbook');
    for (const title of ['Enterprise "big" <b>accounts</b>', 'Small businesses', 'Solution sale', 'A second account executive', 'Team-role matrix']) expect(book.text).toContain(title);
    expect(book.text).toContain(`Page 1 of ${book.pages}`);
    expect(book.text).toContain(`Page ${book.pages} of ${book.pages}`);
    expect(book.text).not.toContain('alert(\'dropped\')');
  });
});
