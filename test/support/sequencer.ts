/**
 * The order in which `npm test` starts its files (vitest.config.ts): one queue for the three projects, not one project
 * after the other, so that the unit files fill the cores while the build and browser files wait on Astro, npm and
 * Chromium. The longest files start first — a long file started late is the end of the run — and the unit files,
 * short and many, last, where they even out the finish.
 *
 * Vitest knows the durations of the last run, but a fresh clone has none (it would start the largest files first),
 * so the longest are named here, longest first, as measured on a two-core machine; the other files follow by project
 * (e2e, build, unit), each in Vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that take longest, longest first. */
export const LONGEST = [
  'test/e2e/examples-e2e-a11y.test.ts',
  'test/build/build-package.test.ts',
  'test/e2e/examples-e2e-journeys.test.ts',
  'test/e2e/examples-e2e-pdf.test.ts',
  'test/e2e/examples-e2e-tables.test.ts',
  'test/build/build-pdf.test.ts',
  'test/build/build-scenarios-browser.test.ts',
  'test/e2e/dev-feedback.test.ts',
  'test/build/build-safe-bodies.test.ts',
];

/** The projects in the order their other files start. */
export const PROJECT_ORDER = ['e2e', 'build', 'unit'];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const named = LONGEST.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return named >= 0 ? named : LONGEST.length + PROJECT_ORDER.indexOf(spec.project.name);
    };
    // Array.prototype.sort is stable: Vitest's order holds among the files of equal rank.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
