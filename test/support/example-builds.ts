/**
 * The example site of this project (playbooks/ and content/), built as a deployment builds it, once per run each
 * (shared-builds.ts):
 * - `sales`: under the sub-path /sales/ — what the browser tests serve;
 * - `salesAgain`: the same build once more, warm (the incremental build restores every page it can), to compare
 *   byte for byte: a warm build is the cold one. It starts once `sales` is done, whose caches it reads.
 */
import { buildSiteAsync, TEST_SITE_URL, type SiteBuild } from './build-site.ts';
import { sharedBuild } from './shared-builds.ts';

export type ExampleBuild = SiteBuild;

const BASE = '/sales/';

async function build(dir: string): Promise<ExampleBuild> {
  const log = await buildSiteAsync(dir, { BASE_PATH: BASE, SITE_URL: TEST_SITE_URL });
  return { dir, base: BASE, siteUrl: TEST_SITE_URL, log };
}

/** The build of the example site for this run: `sales`, or `salesAgain` (the same, warm). */
export function exampleBuild(name: 'sales' | 'salesAgain'): Promise<ExampleBuild> {
  if (name === 'sales') return sharedBuild('example-sales', build);
  return sharedBuild('example-sales-again', async (dir) => {
    await exampleBuild('sales');
    return build(dir);
  });
}
