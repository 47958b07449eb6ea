import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.ts';
import { LONGEST } from '../support/sequencer.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The test files, as paths from the project root: `test/unit/x.test.ts`. */
function testFiles(dir = 'test'): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name.startsWith('.') ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Project {
  test: { name: string; include: string[] };
}
const projects = (config as { test: { projects: Project[] } }).test.projects;

/** What marks a test that needs Astro or a browser: a build, a dev server, the built sites, Chromium. */
const SLOW = /buildSite\(|fixtureProject\(|\.bin\/astro|from 'astro'|example-builds|fixture-builds|shared-builds|inject\('|site-browser|chromium/;

describe('the Vitest projects', () => {
  it('are the three folders of test/, and every test file is in one of them', () => {
    expect(projects.map((p) => [p.test.name, p.test.include])).toEqual([
      ['unit', ['test/unit/**/*.test.ts']],
      ['build', ['test/build/**/*.test.ts']],
      ['e2e', ['test/e2e/**/*.test.ts']],
    ]);
    const files = testFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => !/^test\/(unit|build|e2e)\/[^/]+\.test\.ts$/.test(f))).toEqual([]);
  });

  it('keep every test that runs Astro or a browser out of test/unit/', () => {
    // This file names the markers itself, in SLOW.
    const slow = testFiles('test/unit').filter((file) => file !== 'test/unit/vitest-config.test.ts' && SLOW.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(slow).toEqual([]);
    // The markers do find the slow tests where they are.
    expect(testFiles('test/build').filter((file) => SLOW.test(readFileSync(join(ROOT, file), 'utf8'))).length).toBeGreaterThan(5);
  });

  it('start the longest files first: the ones the sequencer names are test files', () => {
    const files = testFiles();
    expect(LONGEST.filter((file) => !files.includes(file))).toEqual([]);
    expect(new Set(LONGEST).size).toBe(LONGEST.length);
  });
});
