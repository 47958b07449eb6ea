/**
 * Journeys through the built example site in Chromium, by clicking links as
 * a reader does, under the sub-path /sales/: the English and the Chinese
 * playbook from the home page down to a role and the metrics, the mobile
 * menu without JavaScript, print, and screenshots of every kind of page.
 */
import { existsSync, statSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, MOBILE, openExampleSite, screenshot, type SiteSession } from '../support/site-browser.ts';

let site: SiteSession;

beforeAll(async () => {
  site = await openExampleSite();
});

afterAll(async () => {
  await site?.close();
});

/** Clicks a link and waits for the page at `path` (under the base) that it leads to. */
async function follow(page: Page, link: Locator, path: string): Promise<void> {
  await Promise.all([page.waitForURL(site.url(path)), link.click()]);
}

const h1 = (page: Page) => page.locator('h1').innerText();
const lang = (page: Page) => page.locator('html').getAttribute('lang');
const inMain = (page: Page, name: string) => page.getByRole('main').getByRole('link', { name, exact: true }).first();
const inNav = (page: Page, name: string) => page.locator('#site-nav').getByRole('link', { name, exact: true });

describe('journeys by clicking links', () => {
  it('English: home → playbook → segment → its process → matrix → role → metrics, in English throughout', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url());
    expect(await h1(page)).toBe('Sales playbooks');

    const steps: [(p: Page) => Locator, string, string][] = [
      [(p) => inMain(p, 'Northwind Software sales model'), 'northwind-software/', 'Northwind Software sales model'],
      [(p) => inMain(p, 'Strategic enterprise manufacturers'), 'northwind-software/segments/strategic-enterprises/', 'Strategic enterprise manufacturers'],
      [(p) => inMain(p, 'Key-account sale'), 'northwind-software/processes/key-account/', 'Key-account sale'],
      [(p) => inNav(p, 'Team-role matrix'), 'northwind-software/matrix/', 'Team-role matrix'],
      [(p) => inMain(p, 'Strategic account director'), 'northwind-software/roles/strategic-account-director/', 'Strategic account director'],
      [(p) => inNav(p, 'Metrics'), 'northwind-software/metrics/', 'Metrics'],
    ];
    for (const [link, path, heading] of steps) {
      await follow(page, link(page), path);
      expect(await h1(page), path).toBe(heading);
      expect(await lang(page), path).toBe('en');
      expect(await page.title(), path).toContain(heading);
    }
    // The current page is marked in the playbook's navigation; the chrome speaks English.
    expect(await page.locator('#site-nav [aria-current="page"]').innerText()).toBe('Metrics');
    expect(await page.locator('.skip-link').innerText()).toBe('Skip to content');
    expect(await page.getByRole('navigation', { name: 'Breadcrumbs' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Search' }).isVisible()).toBe(true);

    // And back home by the breadcrumbs.
    await follow(page, page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'All playbooks' }), '');
    expect(await h1(page)).toBe('Sales playbooks');
    await context.close();
    expect(context.problems).toEqual([]);
  });

  it('Chinese: the same journey through huayuan-equipment, in Chinese throughout', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url());
    const steps: [(p: Page) => Locator, string, string][] = [
      [(p) => inMain(p, '华远装备销售模式'), 'huayuan-equipment/', '华远装备销售模式'],
      [(p) => inMain(p, '集团要客'), 'huayuan-equipment/segments/key-accounts/', '集团要客'],
      [(p) => inMain(p, '集团要客合作流程'), 'huayuan-equipment/processes/key-account-partnership/', '集团要客合作流程'],
      [(p) => inNav(p, '团队角色矩阵'), 'huayuan-equipment/matrix/', '团队角色矩阵'],
      [(p) => inMain(p, '大客户经理'), 'huayuan-equipment/roles/key-account-manager/', '大客户经理'],
      [(p) => inNav(p, '指标'), 'huayuan-equipment/metrics/', '指标'],
    ];
    for (const [link, path, heading] of steps) {
      await follow(page, link(page), path);
      expect(await h1(page), path).toBe(heading);
      expect(await lang(page), path).toBe('zh-CN');
      expect(await page.locator('.skip-link').innerText(), path).toBe('跳到正文');
      expect(await page.getByRole('navigation', { name: '手册目录' }).count(), path).toBe(1);
      expect(await page.getByRole('navigation', { name: '当前位置' }).count(), path).toBe(1);
      expect(await page.getByRole('button', { name: '搜索' }).isVisible(), path).toBe(true);
    }
    expect(await page.locator('.brand').innerText()).toBe('销售作战手册');
    // The documentation link of a Chinese page leads to the Chinese guides.
    await follow(page, page.locator('.site-header').getByRole('link', { name: '文档' }), 'zh-cn/docs/');
    expect(await lang(page)).toBe('zh-CN');
    await context.close();
    expect(context.problems).toEqual([]);
  });
});

describe('on a phone (390×844) without JavaScript', () => {
  it('opens and closes the playbook menu (:target) and navigates from it; search explains it needs JavaScript', async () => {
    const context = await site.context({ viewport: MOBILE, isMobile: true, hasTouch: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('northwind-software/segments/growth-operators/'));
    const nav = page.locator('#site-nav');
    const menu = page.getByRole('link', { name: 'Menu', exact: true });
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.isVisible()).toBe(true);

    await menu.tap();
    await page.waitForURL(/#site-nav$/);
    expect(await nav.isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Close menu' }).isVisible()).toBe(true);

    await Promise.all([page.waitForURL(site.url('northwind-software/processes/solution-sale/')), nav.getByRole('link', { name: 'Solution sale' }).tap()]);
    expect(await h1(page)).toBe('Solution sale');
    expect(await nav.isVisible()).toBe(false);

    await menu.tap();
    await page.waitForURL(/#site-nav$/);
    expect(await nav.isVisible()).toBe(true);
    await nav.getByRole('link', { name: 'Close menu' }).tap();
    await page.waitForURL(/#main$/);
    expect(await nav.isVisible()).toBe(false);

    // The header's search form still leads to the search page, which says that search needs JavaScript.
    await page.getByRole('searchbox', { name: 'Search the playbooks' }).fill('velocity');
    await Promise.all([page.waitForURL(/\/sales\/search\/\?q=velocity$/), page.getByRole('button', { name: 'Search' }).tap()]);
    const noScript = page.locator('noscript p');
    expect(await noScript.isVisible()).toBe(true);
    expect(await noScript.innerText()).toContain('Search needs JavaScript.');
    await context.close();
    expect(context.problems).toEqual([]);
  });
});

/** Each kind of page (format §6), English and Chinese. */
const KINDS: [string, string][] = [
  ['home', ''],
  ['overview', 'northwind-software/'],
  ['segment', 'northwind-software/segments/strategic-enterprises/'],
  ['offering', 'northwind-software/offerings/ops-platform/'],
  ['process', 'northwind-software/processes/solution-sale/'],
  ['role', 'northwind-software/roles/account-executive/'],
  ['matrix', 'northwind-software/matrix/'],
  ['metrics', 'northwind-software/metrics/'],
  ['docs', 'docs/writing-a-playbook/'],
  ['search', 'search/?q=coverage'],
  ['not-found', 'no/such/page/'],
  ['zh-overview', 'huayuan-equipment/'],
  ['zh-process', 'huayuan-equipment/processes/energy-solution/'],
  ['zh-search', 'search/zh-cn/?q=节能'],
];

describe('screenshots', () => {
  it.each([
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const)('of every kind of page, %s, fitting the width, to test-results/screenshots/', async (device, viewport) => {
    const context = await site.context({ viewport, isMobile: device === 'mobile' });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const [kind, path] of KINDS) {
      const response = await page.goto(site.url(path));
      expect(response?.status(), path).toBe(kind === 'not-found' ? 404 : 200);
      if (kind.endsWith('search')) await page.locator('.pagefind-ui__result').first().waitFor();
      // Nothing wider than the screen: wide tables scroll inside their own frame.
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      if (scrollWidth > clientWidth) overflowing.push(`${kind}: ${scrollWidth}px wide on a ${clientWidth}px screen`);
      // The first screen of each (the whole of the long ones is examples-e2e-tables'): the width is measured above.
      const file = await screenshot(page, `${kind}-${device}`, { fullPage: false });
      expect(existsSync(file) && statSync(file).size, file).toBeGreaterThan(10_000);
    }
    await context.close();
    expect(overflowing).toEqual([]);
    // The one expected failure: the address that does not exist answers 404 (with the site's 404 page).
    const missing = site.url('no/such/page/');
    const expected = (problem: string) =>
      problem.endsWith(`HTTP 404 for ${missing}`) || problem === `${new URL(missing).pathname}: console error: Failed to load resource: the server responded with a status of 404 (Not Found)`;
    expect(context.problems.filter((problem) => !expected(problem))).toEqual([]);
  });

  it('renders Chinese with a CJK font, not as missing-glyph boxes (CI installs fonts-wqy-zenhei)', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url('huayuan-equipment/'));
    // Two different characters drawn in the page's font: identical pictures mean both are the same "missing glyph" box.
    const distinct = await page.evaluate(() => {
      const draw = (text: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 64;
        const context = canvas.getContext('2d')!;
        context.font = `48px ${getComputedStyle(document.body).fontFamily}`;
        context.fillText(text, 4, 52);
        return canvas.toDataURL();
      };
      return draw('华') !== draw('装');
    });
    expect(distinct, 'No font for Chinese is installed: apt-get install fonts-wqy-zenhei').toBe(true);
    await context.close();
  });
});

describe('print', () => {
  it('prints a process page without navigation, search or footer, with its content', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url('northwind-software/processes/solution-sale/'));
    const chrome = ['.site-header', '.side-nav', '.pagination', '.site-footer', '.search-form'];
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    for (const selector of chrome) expect(await visible(selector), `${selector} on screen`).toBe(true);

    await page.emulateMedia({ media: 'print' });
    for (const selector of [...chrome, '.skip-link', '.menu-link']) expect(await visible(selector), `${selector} in print`).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.stage-card').first().isVisible()).toBe(true);
    expect(await page.locator('table.matrix').isVisible()).toBe(true);
    await screenshot(page, 'process-print');
    await context.close();
    expect(context.problems).toEqual([]);
  });
});
