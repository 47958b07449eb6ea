import { describe, expect, it } from 'vitest';
import { matrixView } from '../src/site/index.ts';
import { fixtureSite } from './support/site-fixture.ts';

const site = fixtureSite();

describe('matrixView', () => {
  it('crosses roles with every process’s stages and maps the customer’s functions to ours', () => {
    const view = matrixView(site, 'demo');
    expect(view.processes.map((p) => [p.process.id, p.stages.map((s) => s.title)])).toEqual([
      ['quick', ['Close']],
      ['solution', ['Discover', 'Prove']],
    ]);
    expect(view.rows.map((r) => [r.role.id, r.cells])).toEqual([
      ['ae', ['AR', 'AR', 'A']],
      ['exec', [null, null, 'I']],
      ['se', [null, 'C', 'R']],
    ]);
    expect(view.mirror.segments.map((s) => [s.segment.id, s.required, s.buyers.map((b) => [b.function, b.gap])])).toEqual([
      [
        'enterprise',
        false,
        [
          ['CFO', true],
          ['CTO', false],
        ],
      ],
    ]);
    expect(view.chrome.prev?.href).toBe('/sub/demo/');
    expect(view.chrome.next?.href).toBe('/sub/demo/metrics/');
  });
});
