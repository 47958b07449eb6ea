import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject } from '../support/helpers.ts';
import { withoutTestRunner } from '../support/build-site.ts';

/** `astro build` runs the check first and fails on errors with the same readable report as `npm run check`. */
describe('astro build with broken playbooks', () => {
  it('stops with the diagnostics, exit code 1 and no stack trace', () => {
    const project = fixtureProject('codes/broken-reference');
    try {
      const result = spawnSync(join(project.dir, 'node_modules/.bin/astro'), ['build', '--outDir', join(project.dir, 'out')], {
        cwd: project.dir,
        encoding: 'utf8',
        env: { ...withoutTestRunner(), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const output = result.stdout + result.stderr;
      expect(result.status).toBe(1);
      expect(output).toContain('playbooks/p/segments/buyers.mdx:13:10 error broken-reference');
      expect(output).toContain('> 13 | process: sael');
      expect(output).toContain('The build stopped: the playbooks have 1 error, listed above.');
      expect(output).toContain('Fix them and build again');
      expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack frames
    } finally {
      project.cleanup();
    }
  });
});
