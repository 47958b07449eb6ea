import { describe, expect, it } from 'vitest';
import { parsePhases } from '../../bench/builds.ts';

describe("the bench's reading of Astro's build log", () => {
  it('reads the bundles, the page rendering and the total, in ms, s and past a minute', () => {
    const log = [
      '\u001b[32m[vite] ✓ built in 1m 5s\u001b[39m',
      '[vite] ✓ built in 923ms',
      'generating static routes',
      '▶ src/routes/[pb]/index.astro',
      '✓ Completed in 48.50s.',
      '[build] 2807 page(s) built in 1m 38s',
    ].join('\n');
    expect(parsePhases(log)).toEqual({ bundle: 65_923, render: 48_500, astroTotal: 98_000 });
  });

  it('leaves out what the log does not say', () => {
    expect(parsePhases('[vite] ✓ built in 5.53s')).toEqual({ bundle: 5530, render: null, astroTotal: null });
  });
});
