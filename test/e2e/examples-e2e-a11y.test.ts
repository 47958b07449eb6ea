/**
 * Accessibility in a real browser: axe-core (WCAG 2.0–2.2, A and AA) on every
 * page of the built example site, in the light colour scheme, and its colour
 * rules again in the dark, with the page under its Content-Security-Policy — and not one console
 * error, CSP violation or failed request on the way. Also the states that
 * only exist after interaction: search results, and the mobile menu opened.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, describeViolations, MOBILE, openExampleSite, preloadAxe, resultsLoaded, runAxe, runAxeBothSchemes, type SiteSession } from '../support/site-browser.ts';

let site: SiteSession;
let pages: string[];

beforeAll(async () => {
  site = await openExampleSite();
  // The books repeat every page of a playbook on one, and axe takes long on a page that size:
  // test/e2e/examples-e2e-pdf.test.ts checks them, with time of its own.
  pages = builtPages(site.dir).filter((path) => !path.endsWith('/book/'));
});

afterAll(async () => {
  await site?.close();
});

it('every built page has no WCAG A/AA violation in the light scheme, nor a colour one in the dark, and no console error', async () => {
  // Both example playbooks, the docs, search and 404 pages, at the least.
  expect(pages.length).toBeGreaterThan(50);
  const context = await site.context();
  await preloadAxe(context);
  const problems: string[] = [];
  // A few tabs at once: the pages are independent, and a browser waits on its renderer as much as on axe.
  const queue = [...pages];
  const tab = async () => {
    const page = await context.newPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const response = await page.goto(site.url(path));
      expect(response?.status(), path).toBe(200);
      const { light, dark } = await runAxeBothSchemes(page, `/${path}`);
      problems.push(...describeViolations(`light /${path}`, light.violations), ...describeViolations(`dark /${path}`, dark.violations));
    }
  };
  await Promise.all([tab(), tab(), tab()]);
  await context.close();
  expect(problems).toEqual([]);
  expect(context.problems).toEqual([]);
});

it('search results and the open mobile menu have no violations either, in the light scheme nor in the dark', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto(site.url('search/?q=coverage'));
  await resultsLoaded(page);
  // The filters too: open the Playbook filter group.
  await page.locator('.pagefind-ui__filter-name', { hasText: 'Playbook' }).click();
  const search = await runAxeBothSchemes(page, 'search results');

  // The menu opens without JavaScript (examples-e2e-journeys), but axe needs it.
  const mobile = await site.context({ viewport: MOBILE });
  const phone = await mobile.newPage();
  await phone.goto(site.url('northwind-software/processes/solution-sale/#site-nav'));
  await phone.locator('#site-nav').waitFor({ state: 'visible' });
  const menu = await runAxeBothSchemes(phone, 'the open mobile menu');

  expect(
    (['light', 'dark'] as const).flatMap((scheme) => [...describeViolations(`${scheme} search`, search[scheme].violations), ...describeViolations(`${scheme} mobile menu`, menu[scheme].violations)]),
  ).toEqual([]);
  await context.close();
  await mobile.close();
  expect([...context.problems, ...mobile.problems]).toEqual([]);
});

describe('the check itself', () => {
  it('reports a violation when there is one: text whose contrast is made too low', async () => {
    const context = await site.context({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.url());
    // A style change through the DOM, which the page's policy allows (unlike an injected stylesheet).
    await page.locator('.lede').evaluate((el: HTMLElement) => (el.style.color = '#c8c8c8'));
    const { violations } = await runAxe(page);
    expect(violations.map((v) => v.id)).toEqual(['color-contrast']);
    expect(describeViolations('home', violations)[0]).toContain('.lede');
    await context.close();
  });
});
