/**
 * The test sites of test/fixtures/ that several build tests read, each built once per run (shared-builds.ts):
 * - `site`: fixtures/site under /sub/, with a site URL and an edit link (the pages, the book, the twins, llms.txt,
 *   the PDF);
 * - `scenario-site`: fixtures/scenario-site under the root `/`, with a site URL (the scenario pages, in HTML and in
 *   a browser; and a build at the root, where the others have a sub-path).
 * Tests that need a site of their own (a hostile body, a git history, a warm build) still build it themselves.
 */
import { fileURLToPath } from 'node:url';
import { buildSiteAsync, TEST_SITE_URL, type SiteBuild } from './build-site.ts';
import { sharedBuild } from './shared-builds.ts';

export interface FixtureBuild extends SiteBuild {
  /** The fixture it was built from (its root). */
  root: string;
}

export const FIXTURE_BASE = '/sub/';
export const FIXTURE_EDIT_URL = 'https://git.example.com/acme/playbooks/edit/main';

export type FixtureName = 'site' | 'scenario-site';
const OPTIONS: Record<FixtureName, { base: string; env: Record<string, string> }> = {
  site: { base: FIXTURE_BASE, env: { EDIT_URL_BASE: FIXTURE_EDIT_URL } },
  'scenario-site': { base: '/', env: {} },
};

/** The build of test/fixtures/<fixture>/ for this run. */
export function fixtureBuild(fixture: FixtureName): Promise<FixtureBuild> {
  return sharedBuild(`fixture-${fixture}`, async (dir) => {
    const root = fileURLToPath(new URL(`../fixtures/${fixture}/`, import.meta.url));
    const { base, env } = OPTIONS[fixture];
    const log = await buildSiteAsync(dir, { BASE_PATH: base, SITE_URL: TEST_SITE_URL, ...env }, root);
    return { dir, root, base, siteUrl: TEST_SITE_URL, log };
  });
}
