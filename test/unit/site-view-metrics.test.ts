import { describe, expect, it } from 'vitest';
import { metricsView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('metricsView', () => {
  const view = metricsView(site, 'demo');

  it('opens with the same summary as the overview, without a link to itself', () => {
    expect(view.leader.action).toMatch(/^Add 1 person to Account executive/);
    expect(view.leader.links.map((l) => l.href)).toEqual(['/sub/demo/scenarios/', '/sub/demo/plan/']);
  });

  it('lists roles by load, the bottleneck first, with people, people needed and the gap: one table', () => {
    expect(view.rolesTitle).toBe('Roles by load');
    expect(view.capacity.map((b) => [b.role.id, b.headcount, b.fteNeeded, b.gap, b.load, b.over])).toEqual([
      ['ae', '1 person', '2 people', '1 more person', '200%', true],
      ['se', '0.5 people', '0.2 people', null, '28%', false], // 140 h ÷ 1,000 h a person, rounded up to tenths
      ['exec', '1 person', '0 people', null, '0%', false],
    ]);
    expect(view.capacity.map((b) => [b.role.id, b.requiredWidth, b.availableWidth])).toEqual([
      ['ae', 100, 50],
      ['se', 7, 25],
      ['exec', 0, 50],
    ]);
    expect(view.capacity[0]).toMatchObject({ requiredSplit: '1,100 hr on deals, 900 hr on coverage', text: '2,000 hr needed, 1,000 hr available' });
  });

  it('prices the next hire of each role that changes something; the others in a sentence', () => {
    const { nextHire } = view;
    expect(nextHire.rows.map((r) => [r.role.id, r.add, r.loadChange, r.coverage, r.coveredAccounts, r.wins, r.bookings, r.bookingsExact, r.planBookings])).toEqual([
      ['ae', '+1 person', '200% → 100%', '+50 pts', '+550', '+203', '+$325K', '$325,000', '+$152K'],
    ]);
    expect(nextHire.rows[0]!.clears).toBe('Clears: Capacity exceeded and Coverage below goal');
    expect(nextHire.planColumn).toMatch(/^Within the plan \(Jan\s–\sJun 2027\)$/);
    // The exec has no hours to do: it is not priced; half a solutions engineer more changes nothing.
    expect(nextHire.rest).toBe('One more person in any other role adds nothing now, because they have hours to spare: Solutions engineer.');
    expect(nextHire.empty).toBeNull();
  });

  it('tabulates segments with covered accounts as counts, bookings rounded and in full, and the open pipeline', () => {
    expect(view.segments.map((s) => [s.segment.id, s.accounts, s.coverage, s.coverageWarn, s.winRate, s.opportunities, s.expectedWins, s.expectedRevenue, s.expectedRevenueExact, s.bottleneck?.id])).toEqual([
      ['enterprise', '50 of 100 accounts', '50%', true, '25%', '20', '2.5', '$125K', '$125,000', 'ae'],
      ['smb', '500 of 1,000 accounts', '50%', true, '40%', '1,000', '200', '$200K', '$200,000', 'ae'],
    ]);
    // N = O × κ × Σ r_k days_k / 365: 20 × 0.5 × (10 + 0.5 × 20) / 365 = 0.5 worth $27.4K; 1,000 × 0.5 × 5 / 365 = 6.8 worth $6.85K.
    expect(view.segments.map((s) => [s.openPipeline, s.pipelineValue])).toEqual([
      ['0.5', '$27.4K'],
      ['6.8', '$6.85K'],
    ]);
    expect(view.total).toMatchObject({ label: 'All segments', accounts: '550 of 1,100 accounts', coverage: '50%', winRate: '39.7%', opportunities: '1,020', expectedRevenue: '$325K', expectedRevenueExact: '$325,000' });
  });

  it('draws a funnel per process', () => {
    expect(view.funnels.map((f) => [f.process.id, f.steps.map((s) => s.reachText), f.winRateText])).toEqual([
      ['quick', ['100%'], '40%'],
      ['solution', ['100%', '50%'], '25%'],
    ]);
  });

  it('writes the warnings in words: entities by their titles, linked; the file and line for authors', () => {
    expect(view.warnings.map((w) => [w.code, w.title, w.where])).toEqual([
      ['coverage-below-goal', 'Coverage below goal', 'playbooks/demo/index.mdx:11:13'],
      ['capacity-exceeded', 'Capacity exceeded', 'playbooks/demo/roles/ae.mdx:5:12'],
      ['win-rate-below-goal', 'Win rate below goal', 'playbooks/demo/segments/enterprise.mdx:14:10'],
    ]);
    const capacity = view.warnings[1]!;
    expect(capacity.message).toMatch(/^Role Account executive needs 2,000 hr a year but has 1,000 hr \(1 person\): a load of 200%\./);
    expect(capacity.parts.filter((p) => p.link).map((p) => [p.text, p.link!.href])).toEqual([
      ['Account executive', '/sub/demo/roles/ae/'],
      ['Enterprise "big" <b>accounts</b>', '/sub/demo/segments/enterprise/'],
      ['Small businesses', '/sub/demo/segments/smb/'],
    ]);
    // Stage ids stay code: they are what an author searches the file for.
    expect(view.warnings[2]!.parts.filter((p) => p.code).map((p) => p.text)).toEqual(['discover', 'prove']);
    expect(view.explanations).toHaveLength(13);
    expect(metricsView(site, 'zh-demo').warnings).toEqual([]);
  });

  it('says where each warning is in words, linked to the entity’s page; the code and the file position only in the tooltip', () => {
    const place = (w: (typeof view.warnings)[number]) => [w.place.parts.map((p) => (p.code ? `\`${p.text}\`` : p.text)).join(''), w.place.href, w.source];
    expect(view.warnings.map(place)).toEqual([
      ['playbook Demo <script>alert(1)</script> & "quoted" sales model, field `goals.coverage`', '/sub/demo/', 'coverage-below-goal · playbooks/demo/index.mdx:11:13'],
      ['role Account executive, field `headcount`', '/sub/demo/roles/ae/', 'capacity-exceeded · playbooks/demo/roles/ae.mdx:5:12'],
      ['segment Enterprise "big" <b>accounts</b>, field `process`', '/sub/demo/segments/enterprise/', 'win-rate-below-goal · playbooks/demo/segments/enterprise.mdx:14:10'],
    ]);
    for (const w of view.warnings) expect(w.place.parts.map((p) => p.text).join('')).not.toMatch(/\.mdx|:\d+:\d+|below-goal|exceeded/);
  });
});
