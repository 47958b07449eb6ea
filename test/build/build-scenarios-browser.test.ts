/**
 * The scenario pages in a real browser (Debian's Chromium), over a build of
 * test/fixtures/scenario-site: axe-core (WCAG A/AA) in the light and the dark
 * scheme at phone width (the example site's check covers desktop width); the
 * comparison readable on a phone with no figure clipped or hidden, a table at
 * 1280 px, and in print.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBuild } from '../support/fixture-builds.ts';
import { DESKTOP, describeViolations, MOBILE, openSite, runAxeBothSchemes, screenshot, type SiteSession } from '../support/site-browser.ts';

const PAGES = [
  'acme/scenarios/',
  'acme/scenarios/better-close/',
  'acme/scenarios/bigger-deals/',
  'acme/scenarios/hire-rep/',
  'huayuan/scenarios/',
  'huayuan/scenarios/faster-close/',
  'huayuan/scenarios/more-presales/',
];
/** The comparison of acme: the baseline and three scenarios, seven rows. */
const COLUMNS = 4;
const ROWS = 7;

let site: SiteSession;

beforeAll(async () => {
  // Built once per run for every test that reads it (test/support/fixture-builds.ts), under the root `/`.
  site = await openSite(await fixtureBuild('scenario-site'));
});

afterAll(async () => {
  await site?.close();
});

const url = (path: string) => site.url(path);

async function open(options: BrowserContextOptions = {}) {
  const context = await site.context(options);
  return { context, problems: context.problems, page: await context.newPage() };
}

/** The figures of the comparison that are visible and not clipped: inside the screen and inside their scrolling frame, if any. */
async function clipped(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const box = cell.getBoundingClientRect();
      const name = `${cell.closest('[data-row]')?.getAttribute('data-row') ?? '?'}: ${cell.textContent?.trim()}`;
      const style = getComputedStyle(cell);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') return [`${name} is not shown`];
      const frame = cell.closest('.table-scroll')?.getBoundingClientRect() ?? { left: 0, right: document.documentElement.clientWidth };
      const left = Math.max(0, frame.left);
      const right = Math.min(document.documentElement.clientWidth, frame.right);
      return box.left < left - 0.5 || box.right > right + 0.5 ? [`${name} spans ${Math.round(box.left)}–${Math.round(box.right)} px, outside ${Math.round(left)}–${Math.round(right)} px`] : [];
    }),
  );
}

// At desktop width the example site's check covers the scenario pages (test/e2e/examples-e2e-a11y.test.ts); the
// phone's layout of the comparison, cards instead of a table, is checked here.
describe('on a phone', () => {
  it.each(PAGES)('/%s has no WCAG A/AA violation in the light scheme, nor a colour one in the dark, and no console error', async (path) => {
    const { context, problems, page } = await open({ viewport: MOBILE });
    const response = await page.goto(url(path));
    expect(response?.status(), path).toBe(200);
    const { light, dark } = await runAxeBothSchemes(page, `/${path}`);
    await context.close();
    expect([...describeViolations(`light /${path}`, light.violations), ...describeViolations(`dark /${path}`, dark.violations)]).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('the comparison', () => {
  it('is a card per scenario on a phone, every figure of every row shown and none clipped', async () => {
    const { context, problems, page } = await open({ viewport: MOBILE, isMobile: true });
    for (const path of ['acme/scenarios/', 'huayuan/scenarios/']) {
      await page.goto(url(path));
      expect(await page.locator('table.comparison').isVisible(), `${path}: the table is for wide screens`).toBe(false);
      const cards = page.locator('.comparison-card');
      const columns = path.startsWith('acme') ? COLUMNS : 3;
      expect(await cards.count()).toBe(columns);
      for (let i = 0; i < columns; i++) expect(await cards.nth(i).isVisible(), `${path} card ${i}`).toBe(true);
      // Every row of every column: its label and its value.
      expect(await page.locator('.comparison-card [data-row] dd').count()).toBe(columns * ROWS);
      expect(await clipped(page, '.comparison-card [data-row] dt')).toEqual([]);
      expect(await clipped(page, '.comparison-card [data-row] .comparison-value')).toEqual([]);
      expect(await clipped(page, '.comparison-card .best-mark')).toEqual([]);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(scrollWidth, `${path} is no wider than the phone`).toBeLessThanOrEqual(clientWidth);
      await screenshot(page, `scenarios-${path.split('/')[0]}-phone`);
    }
    // The check itself: a card made wider than the phone is reported.
    await page.locator('.comparison-card').first().evaluate((el: HTMLElement) => (el.style.width = '700px'));
    expect((await clipped(page, '.comparison-card [data-row] .comparison-value')).length).toBeGreaterThan(0);
    await context.close();
    expect(problems).toEqual([]);
  });

  it('is a table with a column per scenario at 1280 px, every cell inside its frame without scrolling', async () => {
    const { context, problems, page } = await open({ viewport: DESKTOP });
    await page.goto(url('acme/scenarios/'));
    expect(await page.locator('.comparison-cards').isVisible()).toBe(false);
    expect(await page.locator('table.comparison thead th').count()).toBe(COLUMNS + 1);
    expect(await page.locator('table.comparison tbody td').count()).toBe(COLUMNS * ROWS);
    expect(await clipped(page, 'table.comparison tbody td')).toEqual([]);
    expect(await clipped(page, 'table.comparison thead th')).toEqual([]);
    const frame = await page.locator('.comparison-wide .table-scroll').evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(frame.scrollWidth).toBeLessThanOrEqual(frame.clientWidth);
    await screenshot(page, 'scenarios-acme-desktop');
    await page.goto(url('acme/scenarios/hire-rep/'));
    await screenshot(page, 'scenario-hire-rep-desktop');
    await context.close();
    expect(problems).toEqual([]);
  });

  it('prints as the table, without navigation or the phone’s cards', async () => {
    const { context, problems, page } = await open({ viewport: MOBILE });
    await page.goto(url('acme/scenarios/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('table.comparison').isVisible()).toBe(true);
    expect(await page.locator('.comparison-cards').isVisible()).toBe(false);
    expect(await page.locator('.side-nav').isVisible()).toBe(false);
    await page.goto(url('acme/scenarios/better-close/'));
    expect(await page.locator('.scenario-changes').isVisible()).toBe(true);
    await screenshot(page, 'scenario-better-close-print');
    await context.close();
    expect(problems).toEqual([]);
  });
});
