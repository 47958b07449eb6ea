import { defineConfig } from 'vitest/config';

// The built example site and the browser: tests over a real build of playbooks/ and content/ (built once per run by
// the global setup) and Chromium sessions against it. `npm run test:unit` leaves them out.
const SITE_TESTS = ['test/example-site.test.ts', 'test/e2e-*.test.ts'];
// `astro dev` with a browser on its error overlay.
const DEV_TESTS = ['test/dev-feedback.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...SITE_TESTS, ...DEV_TESTS] } },
      {
        extends: true,
        test: { name: 'site', include: SITE_TESTS, globalSetup: ['test/support/example-builds.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
      },
      { extends: true, test: { name: 'dev', include: DEV_TESTS, testTimeout: 60_000, hookTimeout: 90_000 } },
    ],
  },
});
