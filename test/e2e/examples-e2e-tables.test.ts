/**
 * Every table fits (issue 16, issue 23), in Chromium at 1280 px and on a phone (390 px), on the pages a leader and a
 * rep read: the overview, the metrics, the matrix, the plan, the scenarios and every segment, process, role and
 * scenario page of both example playbooks.
 *
 * - At 1280 px no table needs sideways scrolling: every frame is as wide as its table.
 * - On a phone, a table that does not stack and is wider than the screen shows that it scrolls (a shadow at the edge
 *   with more: the frame's background, components.css).
 * - The number a row exists for (its row header and the cells marked `key`, Cell.astro) is shown (not
 *   `display: none`) and in view without scrolling sideways: inside the screen and inside its table's frame.
 *   A table without `key` cells (HoursTable, BuyingCenterTable) holds every cell to that.
 * - Every other cell is inside the screen or can be scrolled fully into view inside its `.table-scroll`.
 * - The page itself never scrolls sideways.
 * Tables that authors write in their bodies (`.prose`) are theirs, and left out.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DESKTOP, MOBILE, openExampleSite, screenshot, type SiteSession } from '../support/site-browser.ts';

let site: SiteSession;
let pages: string[];

beforeAll(async () => {
  site = await openExampleSite();
  pages = builtPages(site.dir).filter(
    (path) => /^[^/]+\/((matrix|metrics|plan|scenarios)\/)?$|^[^/]+\/(segments|processes|roles|scenarios)\/[^/]+\/$/.test(path) && !path.startsWith('docs/') && !path.startsWith('search/'),
  );
});

afterAll(async () => {
  await site?.close();
});

/** What does not fit on the page as it is, one line per cell; with `desktop`, every frame that scrolls sideways too. */
function clippedCells(page: Page, desktop = false): Promise<string[]> {
  return page.evaluate((desktop) => {
    const problems: string[] = [];
    document.querySelectorAll('main .table-scroll').forEach((frame, index) => {
      if (frame.closest('.prose') || frame.clientWidth === 0 || frame.scrollWidth <= frame.clientWidth + 1) return;
      const name = `table frame ${index + 1} (${(frame.querySelector('caption')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)})`;
      if (desktop) problems.push(`${name} scrolls sideways: ${frame.scrollWidth}px in ${frame.clientWidth}px`);
      else if (!getComputedStyle(frame).backgroundImage.includes('gradient')) problems.push(`${name} scrolls sideways without a cue`);
    });
    const screen = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > screen + 1) problems.push(`the page is ${document.documentElement.scrollWidth}px wide on a ${screen}px screen`);
    const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const hidden = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
      }
      return false;
    };
    document.querySelectorAll('main table').forEach((table, index) => {
      // A table another layout stands for (the scenario comparison's cards on a phone) is not shown at all.
      if (table.closest('.prose') || hidden(table)) return;
      const name = `table ${index + 1} (${textOf(table.querySelector('caption') ?? table)})`;
      const frame = table.closest('.table-scroll');
      const frameBox = frame?.getBoundingClientRect();
      const marked = table.querySelectorAll('td.key').length > 0;
      const keys = new Set(table.querySelectorAll(marked ? 'th[scope="row"], td.key' : 'th[scope="row"], td'));
      for (const cell of table.querySelectorAll('th, td')) {
        // A header row the stacked layout hides visually is still there for screen readers; an empty cell of a stacked row holds no number.
        const head = cell.closest('thead');
        if (head && getComputedStyle(head).position === 'absolute') continue;
        if (cell.classList.contains('empty') && hidden(cell)) continue;
        const box = cell.getBoundingClientRect();
        const where = `${name}: "${textOf(cell)}"`;
        if (keys.has(cell)) {
          if (hidden(cell) || box.width === 0 || box.height === 0) {
            problems.push(`${where} is hidden`);
            continue;
          }
          const left = Math.max(0, frameBox?.left ?? 0);
          const right = Math.min(screen, frameBox?.right ?? screen);
          if (box.left < left - 1 || box.right > right + 1) problems.push(`${where} is cut off: ${Math.round(box.left)}–${Math.round(box.right)}px, in view ${Math.round(left)}–${Math.round(right)}px`);
        } else if (!hidden(cell)) {
          if (frame && frameBox) {
            const reach = frameBox.left + frame.clientLeft + frame.scrollWidth;
            if (box.right > reach + 1 || box.width > frame.clientWidth + 1) problems.push(`${where} cannot be scrolled into view`);
          } else if (box.right > screen + 1) problems.push(`${where} runs off the screen`);
        }
      }
    });
    return problems;
  }, desktop);
}

describe('tables fit', () => {
  it('the pages of both example playbooks are all here', () => {
    for (const pb of ['northwind-software', 'huayuan-equipment']) {
      expect(pages).toContain(`${pb}/`);
      expect(pages).toContain(`${pb}/metrics/`);
      expect(pages).toContain(`${pb}/matrix/`);
      expect(pages.filter((p) => p.startsWith(`${pb}/processes/`)).length).toBeGreaterThan(1);
      expect(pages).toContain(`${pb}/plan/`);
      expect(pages).toContain(`${pb}/scenarios/`);
      expect(pages.filter((p) => p.startsWith(`${pb}/scenarios/`)).length).toBeGreaterThan(2);
    }
  });

  it.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const)('at %s width, the number each row exists for is in view, and every cell can be reached', async (device, viewport) => {
    const context = await site.context({ viewport, isMobile: device === 'mobile' });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      const response = await page.goto(site.url(path));
      expect(response?.status(), path).toBe(200);
      problems.push(...(await clippedCells(page, device === 'desktop')).map((p) => `${device} /${path}: ${p}`));
    }
    for (const path of ['northwind-software/metrics/', 'huayuan-equipment/', 'northwind-software/matrix/']) {
      await page.goto(site.url(path));
      await screenshot(page, `tables-${path.replace(/\/$/, '').replace(/\//g, '-')}-${device}`);
    }
    await context.close();
    expect(problems).toEqual([]);
    expect(context.problems).toEqual([]);
  });

  it('catches a cut-off number: a key cell pushed out of its table’s frame', async () => {
    const context = await site.context({ viewport: MOBILE, isMobile: true });
    const page = await context.newPage();
    await page.goto(site.url('northwind-software/metrics/'));
    expect(await clippedCells(page)).toEqual([]);
    // A style change through the DOM (the page's policy allows it): the capacity table unstacked and too wide.
    await page.locator('table.capacity').evaluate((el: HTMLElement) => {
      el.classList.remove('stack');
      el.style.minWidth = '60rem';
    });
    expect((await clippedCells(page)).some((p) => /is cut off/.test(p))).toBe(true);
    await context.close();
  });

  it('catches a table that scrolls sideways at 1280 px, and one that hides that it scrolls on a phone', async () => {
    const desktop = await site.context({ viewport: DESKTOP });
    const wide = await desktop.newPage();
    await wide.goto(site.url('northwind-software/plan/'));
    expect(await clippedCells(wide, true)).toEqual([]);
    await wide.locator('main .table-scroll table').first().evaluate((el: HTMLElement) => (el.style.minWidth = '200rem'));
    expect((await clippedCells(wide, true)).some((p) => /scrolls sideways: /.test(p))).toBe(true);
    await desktop.close();
    const phone = await site.context({ viewport: MOBILE, isMobile: true });
    const narrow = await phone.newPage();
    await narrow.goto(site.url('northwind-software/plan/'));
    const frame = narrow.locator('main .table-scroll').first();
    await frame.evaluate((el: HTMLElement) => {
      el.querySelector('table')!.style.minWidth = '60rem';
      el.style.background = 'none';
    });
    expect((await clippedCells(narrow)).some((p) => /without a cue/.test(p))).toBe(true);
    await phone.close();
  });
});
