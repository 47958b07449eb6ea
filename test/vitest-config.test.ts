import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config, { BUILD_TESTS, DEV_TESTS, SITE_TESTS } from '../vitest.config.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The test files, as paths from the project root: `test/x.test.ts`. */
const TEST_FILES = readdirSync(join(ROOT, 'test'))
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => `test/${name}`)
  .sort();

/** The globs of vitest.config.ts use `*` only within a file name. */
const matches = (file: string, glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`).test(file);

interface Project {
  test: { name: string; include: string[]; exclude?: string[] };
}
const projects = (config as { test: { projects: Project[] } }).test.projects;
const projectsOf = (file: string) =>
  projects.filter((p) => p.test.include.some((g) => matches(file, g)) && !(p.test.exclude ?? []).some((g) => matches(file, g))).map((p) => p.test.name);

/** What marks a test that needs Astro or a browser: a build, a dev server, the example builds, Chromium. */
const SLOW = /buildSite\(|fixtureProject\(|\.bin\/astro|from 'astro'|example-builds|site-browser|chromium/;

describe('the Vitest projects', () => {
  it('put every test file in exactly one project, so `npm test` runs each once', () => {
    expect(TEST_FILES.length).toBeGreaterThan(20);
    for (const file of TEST_FILES) expect(projectsOf(file), file).toHaveLength(1);
  });

  it('keep every test that runs Astro or a browser out of `unit`', () => {
    // This file names the markers itself, in SLOW.
    const slow = TEST_FILES.filter((file) => file !== 'test/vitest-config.test.ts' && SLOW.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(slow).toEqual(expect.arrayContaining(['test/site-build.test.ts', 'test/build-check.test.ts', 'test/dev-feedback.test.ts']));
    for (const file of slow) expect(projectsOf(file), file).not.toEqual(['unit']);
  });

  it('run the `astro build` tests in `build`, the example site in `site` and the dev server in `dev`', () => {
    for (const file of TEST_FILES.filter((f) => BUILD_TESTS.some((g) => matches(f, g)))) expect(projectsOf(file)).toEqual(['build']);
    for (const file of TEST_FILES.filter((f) => SITE_TESTS.some((g) => matches(f, g)))) expect(projectsOf(file)).toEqual(['site']);
    for (const file of TEST_FILES.filter((f) => DEV_TESTS.some((g) => matches(f, g)))) expect(projectsOf(file)).toEqual(['dev']);
    expect(projectsOf('test/site-build.test.ts')).toEqual(['build']);
    expect(projectsOf('test/examples-e2e-search.test.ts')).toEqual(['site']);
    expect(projectsOf('test/examples-site.test.ts')).toEqual(['site']);
    expect(projectsOf('test/examples-docs.test.ts')).toEqual(['unit']);
    expect(projectsOf('test/lint-codes.test.ts')).toEqual(['unit']);
  });
});
