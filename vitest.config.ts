import { defineConfig } from 'vitest/config';

// `npm test` runs every project; `npm run test:unit` only the first, the fast one that needs neither Astro nor a browser.

// The built example site and the browser: tests over a real build of playbooks/ and content/ (built once per run by
// the global setup) and Chromium sessions against it.
export const SITE_TESTS = ['test/examples-site.test.ts', 'test/examples-e2e-*.test.ts'];
// `astro dev` with a browser on its error overlay.
export const DEV_TESTS = ['test/dev-feedback.test.ts'];
// Tests that run `astro build` of a fixture in a child process (seconds each): the pages as built, the feed, the
// build's own check; and the engine packed, installed into a new site and upgraded. test/vitest-config.test.ts makes
// sure no other test file runs a build.
export const BUILD_TESTS = ['test/build-*.test.ts', 'test/site-build.test.ts', 'test/site-whats-new-build.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        // No test here mocks modules or changes the environment, so each worker imports src/ once for all its files
        // (the model, the checker and the site's views are most of a test file's time otherwise).
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...SITE_TESTS, ...DEV_TESTS, ...BUILD_TESTS], isolate: false },
      },
      { extends: true, test: { name: 'build', include: BUILD_TESTS, testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        extends: true,
        test: { name: 'site', include: SITE_TESTS, globalSetup: ['test/support/example-builds.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
      { extends: true, test: { name: 'dev', include: DEV_TESTS, testTimeout: 60_000, hookTimeout: 90_000 } },
    ],
  },
});
