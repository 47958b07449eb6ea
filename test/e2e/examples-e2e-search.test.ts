/**
 * Search in Chromium on the built example site: Pagefind's index and UI
 * under the sub-path /sales/, reached from the search form in the header of
 * an English and of a Chinese page; the playbook filter; all of it under the
 * site's Content-Security-Policy (WebAssembly, a worker, Pagefind's styles)
 * without a single violation.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExampleSite, resultsLoaded, type SiteSession } from '../support/site-browser.ts';

let site: SiteSession;

beforeAll(async () => {
  site = await openExampleSite();
});

afterAll(async () => {
  await site?.close();
});

/** Searches with the form in the page's header, as a reader does, and waits for Pagefind's results. */
async function searchFromHeader(page: Page, query: string, searchPage: string): Promise<void> {
  await page.locator('.site-header input[type="search"]').fill(query);
  await Promise.all([page.waitForURL(site.url(`${searchPage}?q=${encodeURIComponent(query)}`)), page.locator('.site-header input[type="search"]').press('Enter')]);
  await resultsLoaded(page);
}

const resultLinks = (page: Page) =>
  page.locator('.pagefind-ui__result-title .pagefind-ui__result-link').evaluateAll((links) => links.map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute('href')! })));

/** The number in Pagefind's "17 results for coverage" (or "找到 19 个 节能 的相关结果"). */
async function resultCount(page: Page): Promise<number> {
  const message = await page.locator('.pagefind-ui__message').innerText();
  return Number(/\d+/.exec(message)?.[0]);
}

describe('search', () => {
  it('finds an English page from an English page, and the result leads there', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url('northwind-software/'));
    await searchFromHeader(page, 'velocity', 'search/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const [first] = await resultLinks(page);
    expect(first).toEqual({ text: 'Velocity sale', href: '/sales/northwind-software/processes/velocity-sale/' });

    await Promise.all([page.waitForURL(site.url('northwind-software/processes/velocity-sale/')), page.getByRole('link', { name: 'Velocity sale', exact: true }).first().click()]);
    expect(await page.locator('h1').innerText()).toBe('Velocity sale');
    await context.close();
    expect(context.problems).toEqual([]);
  });

  it('finds a Chinese page from a Chinese page, in the Chinese index', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url('huayuan-equipment/'));
    await searchFromHeader(page, '节能', 'search/zh-cn/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const links = await resultLinks(page);
    expect(links[0]).toEqual({ text: '节能方案销售流程', href: '/sales/huayuan-equipment/processes/energy-solution/' });
    // Only the Chinese playbook is in the Chinese index.
    for (const link of links) expect(link.href).toMatch(/^\/sales\/huayuan-equipment\//);
    expect(await page.locator('.pagefind-ui__message').innerText()).toContain('节能');
    // Excerpts read as Chinese: Pagefind's ". " between blocks became a full stop (src/site/search-excerpt.ts).
    const excerpts = (await page.locator('.pagefind-ui__result-excerpt').allInnerTexts()).join('\n');
    expect(excerpts).toMatch(/\p{Script=Han}/u);
    expect(excerpts).not.toMatch(/\p{Script=Han}\u200b?\. /u);
    await context.close();
    expect(context.problems).toEqual([]);
  });

  it('narrows the results to one playbook with the Playbook filter', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url('search/?q=coverage'));
    await resultsLoaded(page);
    const all = await resultCount(page);
    // The documentation explains coverage too: Pagefind counts its pages among the results, by kind.
    await page.locator('.pagefind-ui__filter-name', { hasText: 'Kind' }).click();
    expect(await page.locator('.pagefind-ui__filter-label', { hasText: /^Documentation \([1-9]\d*\)$/ }).count()).toBe(1);

    await page.locator('.pagefind-ui__filter-name', { hasText: 'Playbook' }).click();
    await page.getByRole('checkbox', { name: /Northwind Software sales model/ }).check();
    // Pagefind filters as it is asked: wait for the count to drop (a condition, not a clock).
    await page.waitForFunction((before) => Number(/\d+/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[0]) < before, all);
    await resultsLoaded(page);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.href).toMatch(/^\/sales\/northwind-software\//);
    expect(await page.locator('.pagefind-ui__filter-label', { hasText: /^Documentation \(0\)$/ }).count()).toBe(1);
    await context.close();
    expect(context.problems).toEqual([]);
  });

  it('searches in the page itself where there is no worker: WebAssembly under the page’s policy', async () => {
    const context = await site.context();
    // Pagefind runs its WebAssembly in a worker (which a <meta> policy does not govern) and falls back to the page.
    await context.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(site.url('search/?q=velocity'));
    await resultsLoaded(page);
    expect((await resultLinks(page))[0]!.href).toBe('/sales/northwind-software/processes/velocity-sale/');
    expect(requests).toContain('/sales/pagefind/wasm.en.pagefind');
    expect(requests).not.toContain('/sales/pagefind/pagefind-worker.js');
    await context.close();
    expect(context.problems).toEqual([]);
  });

  it('searches again from its own box with Enter, without leaving the page or breaking the policy', async () => {
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(site.url('search/'));
    const box = page.getByRole('textbox', { name: 'Search the playbooks' });
    await box.fill('matrix');
    await box.press('Enter');
    await resultsLoaded(page);
    expect(page.url()).toBe(site.url('search/'));
    expect((await resultLinks(page)).map((link) => link.href)).toContain('/sales/northwind-software/matrix/');
    await context.close();
    expect(context.problems).toEqual([]);
  });
});
