import { describe, expect, it } from 'vitest';
import { matrixView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('matrixView', () => {
  it('has one table per process, of the roles that take part in it, and maps the customer’s functions to ours', () => {
    const view = matrixView(site, 'demo');
    expect(view.processes.map((p) => [p.process.id, p.type.label, p.captionId, p.stages.map((s) => [s.title, s.href])])).toEqual([
      ['quick', 'Transactional', 'raci-quick-caption', [['Close', '/sub/demo/processes/quick/#stage-close']]],
      [
        'solution',
        'Solution',
        'raci-solution-caption',
        [
          ['Discover', '/sub/demo/processes/solution/#stage-discover'],
          ['Prove', '/sub/demo/processes/solution/#stage-prove'],
        ],
      ],
    ]);
    expect(view.processes.map((p) => p.rows.map((r) => [r.role.id, r.function, r.cells]))).toEqual([
      [['ae', 'Sales', ['AR']]],
      [
        ['ae', 'Sales', ['AR', 'A']],
        ['se', 'Presales', ['C', 'R']],
        ['exec', 'Executive', [null, 'I']],
      ],
    ]);
    expect(view.noPart).toBeNull();
    expect(view.mirror.segments.map((s) => [s.segment.id, s.required, s.buyers.map((b) => [b.function, b.gap])])).toEqual([
      [
        'enterprise',
        false,
        // A solution sale: mirroring is not expected, so a function nobody mirrors is no gap (format §3, mirror-gap).
        [
          ['CFO', false],
          ['CTO', false],
        ],
      ],
    ]);
    expect(view.chrome.prev?.href).toBe('/sub/demo/');
    expect(view.chrome.next?.href).toBe('/sub/demo/metrics/');
  });
});
