/**
 * Vitest global setup of the `build` and `e2e` projects (vitest.config.ts): a folder for the builds that several test
 * files of the project read (test/support/shared-builds.ts), removed at the end of the run. It builds nothing itself:
 * the first test that needs a build makes it, while the other workers go on with other files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the run's shared builds (test/support/shared-builds.ts). */
    sharedBuilds: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), `playbook-${project.name}-`));
  project.provide('sharedBuilds', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
