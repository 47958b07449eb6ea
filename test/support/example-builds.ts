/**
 * The example site of this project (playbooks/ and content/), built as a deployment builds it, once per run each
 * (shared-builds.ts):
 * - `sales`: under the sub-path /sales/ — what the browser tests serve;
 * - `salesAgain`: the same build once more, warm (the incremental build restores every page it can), to compare
 *   byte for byte: a warm build is the cold one. It starts once `sales` is done, whose caches it reads.
 */
import { buildSiteAsync } from './build-site.ts';
import { sharedBuild } from './shared-builds.ts';

export interface ExampleBuild {
  dir: string;
  /** The base path it was built for, e.g. `/sales/`. */
  base: string;
  /** The SITE_URL it was built with (canonical links, sitemap, feeds). */
  siteUrl: string;
  /** What `astro build` printed. */
  log: string;
}

export const SITE_URL = 'https://playbooks.example.com';
const BASE = '/sales/';

async function build(dir: string): Promise<ExampleBuild> {
  const log = await buildSiteAsync(dir, { BASE_PATH: BASE, SITE_URL });
  return { dir, base: BASE, siteUrl: SITE_URL, log };
}

/** The build of the example site for this run: `sales`, or `salesAgain` (the same, warm). */
export function exampleBuild(name: 'sales' | 'salesAgain'): Promise<ExampleBuild> {
  if (name === 'sales') return sharedBuild('example-sales', build);
  return sharedBuild('example-sales-again', async (dir) => {
    await exampleBuild('sales');
    return build(dir);
  });
}
