import { describe, expect, it } from 'vitest';
import { metricsView } from '../src/site/index.ts';
import { fixtureSite } from './support/site-fixture.ts';

const site = fixtureSite();

describe('metricsView', () => {
  const view = metricsView(site, 'demo');

  it('tabulates segments and roles', () => {
    expect(view.segments.map((s) => [s.segment.id, s.opportunities, s.coverage, s.winRate, s.expectedWins, s.expectedRevenue, s.velocity, s.bottleneck?.id])).toEqual([
      ['enterprise', '20', '50%', '25%', '2.5', '$125,000', '$342', 'ae'],
      ['smb', '1,000', '50%', '40%', '200', '$200,000', '$548', 'ae'], // velocity: a year's expected revenue / 365
    ]);
    expect(view.roles.map((r) => [r.role.id, r.required, r.available, r.load, r.fte, r.capacityFactor, r.warn])).toEqual([
      ['ae', '2,000 hr', '1,000 hr', '200%', '2', '50%', true],
      ['exec', '0 hr', '1,000 hr', '0%', '0', '100%', false],
      ['se', '140 hr', '500 hr', '28%', '0.14', '100%', false],
    ]);
  });

  it('draws capacity bars on one scale and a funnel per process', () => {
    expect(view.capacity.map((b) => [b.role.id, b.requiredWidth, b.availableWidth, b.over])).toEqual([
      ['ae', 100, 50, true],
      ['exec', 0, 50, false],
      ['se', 7, 25, false],
    ]);
    expect(view.funnels.map((f) => [f.process.id, f.steps.map((s) => s.reachText), f.winRateText])).toEqual([
      ['quick', ['100%'], '40%'],
      ['solution', ['100%', '50%'], '25%'],
    ]);
  });

  it('lists the metric warnings from the check and explains every figure', () => {
    expect(view.warnings.map((w) => [w.code, w.where])).toEqual([
      ['coverage-below-goal', 'playbooks/demo/index.mdx:8:13'],
      ['capacity-exceeded', 'playbooks/demo/roles/ae.mdx:5:12'],
      ['win-rate-below-goal', 'playbooks/demo/segments/enterprise.mdx:14:10'],
    ]);
    expect(view.explanations).toHaveLength(11);
    expect(metricsView(site, 'zh-demo').warnings).toEqual([]);
  });
});
