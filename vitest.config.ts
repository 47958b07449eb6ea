import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/support/sequencer.ts';

// `npm test` runs every project; `npm run test:unit` only the first, the fast one that needs neither Astro nor a
// browser. A test's folder is its project:
// - test/unit/:  plain TypeScript against the modules of src/ (no build, no browser, no server);
// - test/build/: `astro build` of the test sites in test/fixtures/ (each built once per run, by the first test that
//   reads it: test/support/shared-builds.ts), the pages as built; and the engine packed, installed into a new site
//   and upgraded;
// - test/e2e/:   Chromium against the example site (built once per run, likewise) and `astro dev`.
// The three projects' files run side by side, the longest first (test/support/sequencer.ts).
// No test waits on a clock for something to happen: the timeouts below only end a test that is hung, on any machine.
export default defineConfig({
  test: {
    // Three test files at a time, whatever the number of cores (Vitest's default is one less than the cores: one, on
    // two): the build and browser tests spend most of their time waiting on child processes (astro build, Chromium,
    // npm), so a few side by side finish sooner even on a busy machine.
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // No test here mocks modules or changes the environment, so each worker imports src/ once for all its files
        // (the model, the checker and the site's views are most of a test file's time otherwise). Random inputs come
        // from a fixed seed (test/support/property-seed.ts); `npm run soak` runs them long with new seeds.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false, setupFiles: ['test/support/property-seed.ts'] },
      },
      {
        extends: true,
        test: { name: 'build', include: ['test/build/**/*.test.ts'], globalSetup: ['test/support/shared-builds-setup.ts'], testTimeout: 900_000, hookTimeout: 900_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/support/shared-builds-setup.ts'], testTimeout: 900_000, hookTimeout: 900_000 },
      },
    ],
  },
});
