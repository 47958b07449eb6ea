/**
 * The actuals page and the measured figures on the segment, process and
 * overview pages (format v1.2 §6, §10), on test/fixtures/actuals (its
 * figures by hand: test/unit/model-actuals.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite } from '../../src/site/index.ts';
import { actualsPaths, actualsView } from '../../src/site/views/actuals.ts';
import { bookParts } from '../../src/site/views/book.ts';
import { overviewView } from '../../src/site/views/overview.ts';
import { processView } from '../../src/site/views/process.ts';
import { segmentView } from '../../src/site/views/segment.ts';
import { playbookNav } from '../../src/site/navigation.ts';
import { topTwinPaths, twinMarkdown } from '../../src/site/markdown/twins.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, tempCopy } from '../support/helpers.ts';

const site = createSite(checkProject(fixture('actuals'), { today: '2026-07-01' }), { base: '/' });
const pb = site.playbooks[0]!;

describe('the actuals page', () => {
  const view = actualsView(site, 'northwind');

  it('exists only for a playbook with a snapshot, and is in the navigation after the scenarios', () => {
    expect(actualsPaths(site).map((p) => p.params)).toEqual([{ pb: 'northwind' }]);
    const bare = createSite(checkProject(fixture('model')));
    expect(actualsPaths(bare)).toEqual([]);
    expect(playbookNav(site, pb, { kind: 'overview' })[0]!.items.map((i) => i.label)).toContain('Actuals');
    expect(playbookNav(bare, bare.playbooks[0]!, { kind: 'overview' })[0]!.items.map((i) => i.label)).not.toContain('Actuals');
  });

  it('shows every assumption beside its measure, with sample, interval or tolerance, and the standing in words', () => {
    const velocity = view.processes.find((p) => p.process.id === 'velocity')!;
    expect(velocity.comparisons.map((c) => [c.label, c.assumed, c.measured, c.range, c.sample, c.standing])).toEqual([
      ['Won cycle', '15 days', '24 days', '±25%: 18–30 days', '40 won', 'drift'],
      ['Conversion: Qualify', '50%', '36.8%', '95%: 30.3%–43.9%', '190 reached it', 'drift'],
      ['Conversion: Close', '50%', '57.1%', '95%: 45.5%–68.1%', '70 reached it', 'ok'],
    ]);
    expect(velocity.comparisons[1]!.standingText).toBe('Drifts: outside what was measured');
    const mid = view.segments.find((s) => s.segment.id === 'mid-market')!;
    expect(mid.comparisons.find((c) => c.label === 'Average deal size')).toMatchObject({ assumed: '€20,000', measured: '€30,000', standing: 'small', standingText: 'Too few to judge (8 of the 30 needed)' });
    expect(mid.counts).toBe('36 opportunities: 8 won, 20 lost, 8 still open.');
  });

  it('draws the funnel as planned beside the funnel at the measured conversions', () => {
    const velocity = view.processes.find((p) => p.process.id === 'velocity')!;
    expect(velocity.funnel.map((f) => [f.label, f.plannedText, f.measuredText])).toEqual([
      ['Qualify', '100%', '100%'],
      ['Close', '50%', '36.8%'],
      ['Won', '25%', '21.1%'],
    ]);
    expect(velocity.funnelDescription).toBe('Velocity sale: planned, 25% of the opportunities close won; at the measured conversions, 21.1%.');
  });

  it('follows win rate and conversions over the snapshots, oldest first', () => {
    const velocity = view.processes.find((p) => p.process.id === 'velocity')!;
    expect(velocity.trend.map((r) => [r.snapshot, r.cells[0]])).toEqual([
      ['2026-03', '22.2% (n = 90)'],
      ['2026-06', '21.1% (n = 190)'],
    ]);
    // Mid-market is in the latest snapshot only: one row, no trend table.
    expect(view.processes.find((p) => p.process.id === 'consultative')!.trend).toHaveLength(1);
  });

  it('puts the model as written beside the model at measured rates, and says it in a sentence', () => {
    expect(view.model.find((m) => m.label === 'Expected new bookings a year')).toEqual({ label: 'Expected new bookings a year', written: pb.fmt.moneyShort(pb.metrics.expectedRevenue), measured: pb.fmt.moneyShort(pb.actuals!.measured.metrics.expectedRevenue) });
    expect(view.verdict).toBe(`If we keep converting as we do, we book ${pb.fmt.moneyShort(pb.actuals!.measured.metrics.expectedRevenue)} a year against a plan of ${pb.fmt.moneyShort(pb.metrics.expectedRevenue)}.`);
    expect(view.replaced).toContain('segments/smb.dealSize: €2,000 → €2,250');
    expect(view.replaced).toContain('processes/velocity.stages.qualify.conversion: 50% → 36.8%');
    expect(view.replaced).toContain('processes/velocity.stages.qualify.days: 5 days → 8 days');
  });

  it('lists the snapshots, newest first, each a page of its own', () => {
    expect(view.snapshots.map((s) => [s.label, s.href])).toEqual([
      ['Actuals to June 2026', '/northwind/actuals/2026-06/'],
      ['Actuals to March 2026', '/northwind/actuals/2026-03/'],
    ]);
  });
});

describe('beside the assumptions on other pages', () => {
  it('segment and process pages show the measured figures; the overview its reality check', () => {
    const segment = segmentView(site, 'northwind', 'smb');
    expect(segment.measured?.comparisons.map((c) => [c.label, c.measured, c.standing])).toEqual([
      // 25% lies inside 15.9%–27.4%: the win rate is consistent though its first stage drifts (the second makes up for it).
      ['Win rate', '21.1%', 'ok'],
      ['Average deal size', '€2,250', 'ok'],
      ['Opportunities per account per year', '0.75', 'drift'],
    ]);
    expect(segment.measured?.note).toBe('Snapshot 2026-06: July 1, 2025 – June 30, 2026');
    expect(segmentView(site, 'northwind', 'enterprise').measured).toBeNull();
    expect(processView(site, 'northwind', 'velocity').measured?.href).toBe('/northwind/actuals/');
    const overview = overviewView(site, 'northwind');
    expect(overview.reality?.text).toMatch(/^3 assumptions drift from what the CRM measured for the opportunities created July 1, 2025 – June 30, 2026 \(data \d+ days old\)\. At measured rates the model books .* a year; as written, .*\.$/);
  });

  it('the book and the Markdown twins have the actuals page and the snapshots', () => {
    const parts = bookParts(site, pb).map((p) => p.id);
    expect(parts.slice(-3)).toEqual(['actuals', 'actuals-2026-03', 'actuals-2026-06']);
    expect(topTwinPaths(site).map((p) => p.params.page)).toContain('actuals');
    const md = twinMarkdown(site, 'northwind', { kind: 'actuals' });
    expect(md).toContain('# Actuals');
    expect(md).toContain('| Conversion: Qualify | 50% | 36.8% | 95%: 30.3%–43.9% | 190 reached it | **Drifts: outside what was measured** |');
  });

  it('speaks Chinese on a Chinese playbook', () => {
    const copy = tempCopy('actuals');
    try {
      const index = join(copy.dir, 'playbooks/northwind/index.mdx');
      writeFileSync(index, readFileSync(index, 'utf8').replace('currency: EUR', 'lang: zh-CN\ncurrency: CNY'));
      const zh = createSite(checkProject(copy.dir, { today: '2026-07-01' }));
      const view = actualsView(zh, 'northwind');
      expect(view.title).toBe('实际数据');
      expect(view.processes.find((p) => p.process.id === 'velocity')!.comparisons[1]).toMatchObject({ label: '转化率：Qualify', standingText: '偏离：超出实测范围', sample: '走到该阶段 190 个' });
      expect(view.verdict).toMatch(/^如果转化情况保持现状，我们每年签约 .+，而计划为 .+。$/);
      // Chinese punctuation: a full-width colon after the snapshot.
      expect(segmentView(zh, 'northwind', 'smb').measured?.note).toBe('快照 2026-06：2025年7月1日至2026年6月30日');
      expect(overviewView(zh, 'northwind').reality?.text).toMatch(/^有 3 项假设偏离 CRM 对 2025年7月1日至2026年6月30日创建的商机的实测结果/);
    } finally {
      copy.cleanup();
    }
  });
});
