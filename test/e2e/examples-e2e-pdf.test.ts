/**
 * The books of the two example playbooks: in Chromium without a problem
 * (console errors, CSP violations, failed requests, WCAG A/AA violations by
 * axe-core, and colour ones in the dark scheme too), and printed to PDF by
 * `npm run playbook -- pdf <playbook> --site <build>` from the /sales/ build
 * of the example site: a page per part at least, every segment title, page
 * numbers in the playbook's language. The PDFs land in test-results/pdf/
 * (CI keeps test-results/), to look at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite } from '../../src/site/index.ts';
import { bookParts } from '../../src/site/views/book.ts';
import { PROJECT_ROOT, withoutTestRunner } from '../support/build-site.ts';
import { describeViolations, openExampleSite, runAxeBothSchemes, type SiteSession } from '../support/site-browser.ts';

const OUT = join(PROJECT_ROOT, 'test-results/pdf');
const examples = createSite(checkProject(PROJECT_ROOT), { base: '/sales/' });

let site: SiteSession;

beforeAll(async () => {
  site = await openExampleSite();
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await site?.close();
});

describe.each(examples.playbooks.map((pb) => [pb.id, pb] as const))('the book of %s', (id, pb) => {
  const parts = bookParts(examples, pb);

  it('opens in Chromium with every part, nothing failing and no WCAG A/AA violation, in either colour scheme', async () => {
    const context = await site.context({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.url(`${id}/book/`));
    expect(await page.locator('section.book-part').evaluateAll((sections) => sections.map((s) => s.id))).toEqual(parts.map((p) => p.id));
    const { light, dark } = await runAxeBothSchemes(page, `/${id}/book/`);
    await context.close();
    expect([...describeViolations(`light /${id}/book/`, light.violations), ...describeViolations(`dark /${id}/book/`, dark.violations), ...context.problems]).toEqual([]);
  });

  it('prints to a PDF with a page per part at least, every segment title and page numbers', () => {
    const out = join(OUT, `${id}.pdf`);
    const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'src/cli/bin.ts'), 'pdf', id, '--site', site.dir, '--out', out], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...withoutTestRunner(), NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(0);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(parts.length + 1);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const segment of pb.segments) expect(text).toContain(segment.data.title);
    expect(text).toContain(pb.t.book.pageFooter('1', String(pages)));
  });
});
