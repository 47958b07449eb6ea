/**
 * The browser side of the end-to-end tests: the example site (built once per
 * run, example-builds.ts) served under its sub-path by the CDN-like static
 * server, Debian's Chromium, and a watch on every page for what must never
 * happen — console errors, uncaught exceptions, Content-Security-Policy
 * violations and failed requests.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './chromium.ts';
import { exampleBuild } from './example-builds.ts';
import { PROJECT_ROOT, type SiteBuild } from './build-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** Where screenshots go (gitignored; CI keeps test-results/ as an artifact). */
export const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');

export const DESKTOP = { width: 1280, height: 800 };
export const MOBILE = { width: 390, height: 844 };

export interface SiteSession {
  browser: Browser;
  server: StaticServer;
  /** The build folder being served. */
  dir: string;
  /** An absolute URL of a path under the base, e.g. `url('northwind-software/')`. */
  url: (path?: string) => string;
  /** A new browser context whose pages are all watched (see `watch`). */
  context: (options?: BrowserContextOptions) => Promise<BrowserContext & { problems: string[] }>;
  close: () => Promise<void>;
}

/** Serves the /sales/ build of the example site and starts Chromium. */
export async function openExampleSite(): Promise<SiteSession> {
  return openSite(await exampleBuild('sales'));
}

/** Serves a build under its base path, as a CDN would, and starts Chromium, every page of it watched. */
export async function openSite({ dir, base }: SiteBuild): Promise<SiteSession> {
  const server = await serveStatic(dir, base);
  const browser = await launchChromium();
  return {
    browser,
    server,
    dir,
    url: (path = '') => new URL(path, server.url).href,
    context: async (options = {}) => {
      const context = await browser.newContext({ viewport: DESKTOP, ...options });
      // Every wait is for a condition, however long a busy machine takes: the test's own timeout ends a hung one.
      context.setDefaultTimeout(0);
      const problems: string[] = [];
      await context.addInitScript(() => {
        // Reported by the page itself, so that a violation is seen even where Chromium logs nothing.
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      context.on('page', (page) => watch(page, problems));
      return Object.assign(context, { problems });
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Records on `problems` every console error, uncaught exception, failed request and HTTP error of the page. */
export function watch(page: Page, problems: string[]): void {
  const where = () => page.url().replace(/^http:\/\/127\.0\.0\.1:\d+/, '');
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${where()}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${where()}: uncaught ${error.name}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading (net::ERR_ABORTED); any other failure is a problem.
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') problems.push(`${where()}: request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    // The 404 page is visited on purpose; any other error status is a broken link or asset.
    if (response.status() >= 400 && !response.url().endsWith('/404.html')) problems.push(`${where()}: HTTP ${response.status()} for ${response.url()}`);
  });
}

/**
 * Waits for Pagefind's results, each with its title and link: the UI draws a result's frame first and fills it when
 * the page's fragment arrives, so a busy machine can show frames without links for a while.
 */
export async function resultsLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const results = [...document.querySelectorAll('.pagefind-ui__result')];
    return results.length > 0 && results.every((result) => result.querySelector('.pagefind-ui__result-link'));
  });
}

/** Every HTML page of a build, as paths under the base (`northwind-software/`, `404.html`). */
export function builtPages(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return walk(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dir, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

const AXE_SOURCE = readFileSync(join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The rules of those whose outcome depends on the colours: all that can differ between the light and the dark
 * scheme of one page, whose colours are CSS media queries.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** What one run of axe-core found. */
export interface AxeRun {
  violations: AxeFinding[];
  /** How many rules passed: none means axe checked nothing. */
  passes: number;
}

/**
 * axe-core in every page the context opens, from the page's start (as an init script, which the page's CSP does not
 * govern either): for a context that visits many pages, ~40 ms less CPU a page than evaluating it after each load.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * Runs axe-core on the page as it is: every WCAG A/AA rule, or only `rules` (by id). Unless the context preloaded it,
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern, so the page itself stays under
 * its policy; once per document, however many runs.
 */
export async function runAxe(page: Page, options: { rules?: string[] } = {}): Promise<AxeRun> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = options.rules ? { type: 'rule', values: options.rules } : { type: 'tag', values: WCAG_TAGS };
  return page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeFinding[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      })),
    };
  }, runOnly);
}

/**
 * axe-core on the page in both colour schemes without loading it twice (the site's colours are CSS media queries):
 * every WCAG A/AA rule in the light scheme, then the colour rules in the dark. The page is left in the light scheme.
 */
export async function runAxeBothSchemes(page: Page, where: string): Promise<{ light: AxeRun; dark: AxeRun }> {
  const run = async (colorScheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${colorScheme} ${where}`).toBe(colorScheme === 'dark');
    const result = await runAxe(page, colorScheme === 'dark' ? { rules: COLOUR_RULES } : {});
    expect(result.passes, `axe ran on ${where} in the ${colorScheme} scheme`).toBeGreaterThan(0);
    return result;
  };
  const light = await run('light');
  const dark = await run('dark');
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}

/** One line per violation and element, for a readable failure. */
export function describeViolations(where: string, violations: AxeFinding[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
}

/**
 * A PNG of the page in test-results/screenshots/: the whole page, or with `{ fullPage: false }` the screen as the
 * reader first sees it (a whole long page costs Chromium several times as much to draw and encode).
 */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
