/**
 * Vitest global setup of the `site` project (vitest.config.ts): builds the
 * example site of this project (playbooks/ and content/) once per test run,
 * as a deployment builds it, and hands the output folders to the tests with
 * `inject('exampleBuilds')`:
 * - `sales`: under the sub-path /sales/ — what the browser tests serve;
 * - `salesAgain`: the same build once more, warm (the incremental build restores every page it can), to compare
 *   byte for byte: a warm build is the cold one;
 * - `root`: under `/`.
 * The builds run one after another: they share the project's caches.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

export interface ExampleBuild {
  dir: string;
  /** The base path it was built for, e.g. `/sales/`. */
  base: string;
  /** The SITE_URL it was built with (canonical links, sitemap, feeds). */
  siteUrl: string;
  /** What `astro build` printed. */
  log: string;
}

export interface ExampleBuilds {
  sales: ExampleBuild;
  salesAgain: ExampleBuild;
  root: ExampleBuild;
}

declare module 'vitest' {
  export interface ProvidedContext {
    exampleBuilds: ExampleBuilds;
  }
}

export const SITE_URL = 'https://playbooks.example.com';

export default function setup(project: TestProject): () => void {
  const tmp = mkdtempSync(join(tmpdir(), 'playbook-example-'));
  const build = (name: string, base: string): ExampleBuild => {
    const dir = join(tmp, name);
    // NODE_ENV as `npm run build` has it (Vitest sets `test`, which makes Astro start a dev server during the build).
    const log = buildSite(dir, { NODE_ENV: 'production', BASE_PATH: base, SITE_URL });
    return { dir, base, siteUrl: SITE_URL, log };
  };
  project.provide('exampleBuilds', {
    sales: build('sales', '/sales/'),
    salesAgain: build('sales-again', '/sales/'),
    root: build('root', '/'),
  });
  return () => rmSync(tmp, { recursive: true, force: true });
}
