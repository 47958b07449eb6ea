/**
 * Vitest global setup of the `build` project (vitest.config.ts): builds each test site of test/fixtures/ that several
 * build tests read, once per run, and hands the output folders to the tests with `inject('fixtureBuilds')`:
 * - `site`: fixtures/site under /sub/, with a site URL and an edit link (test/build/site-build.test.ts);
 * - `book`: fixtures/book under /sub/, with a site URL (the book, the twins, llms.txt, the PDF);
 * - `scenarioSite`: fixtures/scenario-site under /sub/, with a site URL (the scenario pages, in HTML and in a browser).
 * The builds run one after another: they share the project's caches. Tests that need a site of their own (a
 * hostile body, a git history, a warm build) still build it themselves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

export interface FixtureBuild {
  /** The built site. */
  dir: string;
  /** The fixture it was built from (its root). */
  root: string;
  base: string;
  siteUrl: string;
  /** What `astro build` printed. */
  log: string;
}

export interface FixtureBuilds {
  site: FixtureBuild;
  book: FixtureBuild;
  scenarioSite: FixtureBuild;
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureBuilds: FixtureBuilds;
  }
}

export const FIXTURE_BASE = '/sub/';
export const FIXTURE_SITE_URL = 'https://playbooks.example.com';
export const FIXTURE_EDIT_URL = 'https://git.example.com/acme/playbooks/edit/main';

export default function setup(project: TestProject): () => void {
  const tmp = mkdtempSync(join(tmpdir(), 'playbook-fixtures-'));
  const build = (fixture: string, env: Record<string, string> = {}): FixtureBuild => {
    const root = fileURLToPath(new URL(`../fixtures/${fixture}/`, import.meta.url));
    const dir = join(tmp, fixture);
    // NODE_ENV as `npm run build` has it (Vitest sets `test`, which makes Astro start a dev server during the build).
    const log = buildSite(dir, { NODE_ENV: 'production', BASE_PATH: FIXTURE_BASE, SITE_URL: FIXTURE_SITE_URL, ...env }, root);
    return { dir, root, base: FIXTURE_BASE, siteUrl: FIXTURE_SITE_URL, log };
  };
  project.provide('fixtureBuilds', {
    site: build('site', { EDIT_URL_BASE: FIXTURE_EDIT_URL }),
    book: build('book'),
    scenarioSite: build('scenario-site'),
  });
  return () => rmSync(tmp, { recursive: true, force: true });
}
