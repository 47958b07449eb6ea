/**
 * Actuals measured (format v1.2 §10): Wilson intervals, the figures of a
 * snapshot and of a process pooled over its segments, the null rules, drift
 * at the assumption's line, staleness, the model at measured rates and the
 * export — each held against an independent computation from the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { measureSnapshot, wilson, Z } from '../../src/model/actuals.ts';
import { computeActuals, snapshotAge, todayOf } from '../../src/model/actuals-figures.ts';
import { exportDocumentSchema } from '../../src/model/export-schema.ts';
import { buildExport } from '../../src/model/export.ts';
import { isComplete, type CompletePlaybook } from '../../src/model/graph.ts';
import { loadProject } from '../../src/model/load.ts';
import { computeMetrics } from '../../src/model/metrics.ts';
import { fixture } from '../support/helpers.ts';
import { BASIC_OFFERING, index, inlinePlaybook, role, segment } from '../fixtures/model-inline/playbook.ts';

const ROOT = fixture('actuals');
const FILES = join(ROOT, 'playbooks/northwind');

function northwind(): CompletePlaybook {
  const graph = loadProject(ROOT).playbooks[0]!;
  if (!isComplete(graph)) throw new Error('fixture incomplete');
  return graph;
}

/** A snapshot's frontmatter, read with a YAML parser of its own (not the loader). */
function rawSnapshot(id: string): { period: { from: string; to: string }; segments: Record<string, { opportunities: number; won: number; lost: number; wonAmount: number; cycleDays?: number; reached?: Record<string, number> }> } {
  const text = readFileSync(join(FILES, 'actuals', `${id}.mdx`), 'utf8');
  return parse(text.split('---')[1]!) as never;
}

/** Wilson's interval written out again, the textbook way (z² terms spelled out). */
function textbookWilson(x: number, n: number): [number, number] {
  const p = x / n;
  const z = Z;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

describe('Wilson intervals', () => {
  it('match the published figures for a 30% rate at 30, 100 and 200 deals (crm-exports.md)', () => {
    const round = (v: number) => Math.round(v * 100);
    expect([round(wilson(9, 30)!.low), round(wilson(9, 30)!.high)]).toEqual([17, 48]);
    expect([round(wilson(30, 100)!.low), round(wilson(30, 100)!.high)]).toEqual([22, 40]);
    expect([round(wilson(60, 200)!.low), round(wilson(60, 200)!.high)]).toEqual([24, 37]);
  });

  it('stay within [0, 1] at the ends, and are null without a trial', () => {
    expect(wilson(0, 5)!.low).toBe(0);
    expect(wilson(5, 5)!.high).toBe(1);
    expect(wilson(0, 5)!.high).toBeGreaterThan(0.4);
    expect(wilson(0, 0)).toBeNull();
  });

  it('equal the textbook formula over many samples', () => {
    for (const [x, n] of [
      [1, 3],
      [7, 40],
      [70, 190],
      [333, 1000],
    ] as const) {
      const [low, high] = textbookWilson(x, n);
      expect(wilson(x, n)!.low).toBeCloseTo(low, 12);
      expect(wilson(x, n)!.high).toBeCloseTo(high, 12);
    }
  });
});

describe('measured figures of a snapshot', () => {
  const playbook = northwind();
  const latest = measureSnapshot(playbook, playbook.actuals.find((s) => s.id === '2026-06')!);
  const raw = rawSnapshot('2026-06');

  it('segment figures: win rate, deal size, opportunity rate per account-year, open, cycle as written', () => {
    const counts = raw.segments.smb!;
    const smb = latest.segments.smb!;
    expect(smb.open).toBe(counts.opportunities - counts.won - counts.lost);
    expect(smb.winRate).toBeCloseTo(counts.won / (counts.won + counts.lost), 12);
    expect([smb.winRateLow, smb.winRateHigh]).toEqual(textbookWilson(counts.won, counts.won + counts.lost).map((v) => expect.closeTo(v, 12)));
    expect(smb.dealSize).toBeCloseTo(counts.wonAmount / counts.won, 9);
    // 2025-07-01 … 2026-06-30 is 365 days; smb has 400 accounts in segments/smb.mdx.
    expect(latest.days).toBe(365);
    expect(smb.opportunityRate).toBeCloseTo(counts.opportunities / 400 / (365 / 365), 12);
    expect(smb.cycleDays).toBe(counts.cycleDays);
  });

  it('stage conversions: reached of the next stage over this one, won over the last, with the interval over reached', () => {
    const reached = raw.segments['mid-market']!.reached!;
    const stages = latest.segments['mid-market']!.stages;
    expect(stages.map((s) => s.id)).toEqual(['discover', 'prove', 'close']);
    expect(stages[0]!.conversion).toBeCloseTo(reached.prove! / reached.discover!, 12);
    expect(stages[1]!.conversion).toBeCloseTo(reached.close! / reached.prove!, 12);
    expect(stages[2]!.conversion).toBeCloseTo(raw.segments['mid-market']!.won / reached.close!, 12);
    expect([stages[1]!.low, stages[1]!.high]).toEqual(textbookWilson(reached.close!, reached.prove!).map((v) => expect.closeTo(v, 12)));
  });

  it('a process pools the counts of its segments and takes the won-weighted mean of their cycles', () => {
    const pooled = inlineActuals({
      a: { opportunities: 50, won: 10, lost: 30, wonAmount: 10000, cycleDays: 20, reached: { qualify: 40, close: 20 } },
      b: { opportunities: 30, won: 5, lost: 10, wonAmount: 8000, cycleDays: 50, reached: { qualify: 15, close: 8 } },
    });
    const p = pooled.latest.processes.quick!;
    expect([p.won, p.lost]).toEqual([15, 40]);
    expect(p.winRate).toBeCloseTo(15 / 55, 12);
    expect(p.cycleDays).toBeCloseTo((10 * 20 + 5 * 50) / 15, 12);
    expect(p.stages.map((s) => s.reached)).toEqual([55, 28]);
    expect(p.stages[0]!.conversion).toBeCloseTo(28 / 55, 12);
    expect(p.stages[1]!.conversion).toBeCloseTo(15 / 28, 12);
    expect(p.segments).toEqual(['a', 'b']);
  });

  it('is null where a denominator is 0 or the counts are absent', () => {
    const empty = inlineActuals({ a: { opportunities: 4, won: 0, lost: 0, wonAmount: 0 }, b: { opportunities: 0, won: 0, lost: 0, wonAmount: 0, reached: { qualify: 0 } } }, 0);
    const a = empty.latest.segments.a!;
    expect([a.winRate, a.winRateLow, a.winRateHigh, a.dealSize, a.cycleDays, a.opportunityRate]).toEqual([null, null, null, null, null, null]);
    expect(a.stages.every((s) => s.reached === null && s.conversion === null && s.low === null)).toBe(true);
    const b = empty.latest.segments.b!;
    expect(b.stages[0]).toEqual({ id: 'qualify', reached: 0, conversion: null, low: null, high: null });
    expect(b.stages[1]!.reached).toBeNull();
    expect(empty.latest.processes.quick!.cycleDays).toBeNull();
  });
});

/** A playbook with segments `a` and `b` on a two-stage process `quick` (qualify 0.5 × close 0.5, 5 + 10 days) and one snapshot of these counts. */
function inlineActuals(
  segments: Record<string, { opportunities: number; won: number; lost: number; wonAmount: number; cycleDays?: number; reached?: Record<string, number> }>,
  accounts = 100,
  settings: Record<string, unknown> = {},
) {
  const stage = (id: string, conversion: number, days: number) => ({ id, title: id, goal: 'Go on.', exitCriteria: ['Done'], days, conversion, raci: { rep: 'AR' as const }, hours: { rep: 1 } });
  const playbook = inlinePlaybook({
    index: { ...index(), actuals: settings },
    offerings: { basic: BASIC_OFFERING },
    processes: { quick: { title: 'Quick', summary: 'Quick.', type: 'transactional', stages: [stage('qualify', 0.5, 5), stage('close', 0.5, 10)] } },
    roles: { rep: role(10) },
    segments: {
      a: segment({ process: 'quick', accounts, opportunityRate: 0.5, dealSize: 1000 }),
      b: segment({ process: 'quick', accounts, opportunityRate: 0.5, dealSize: 1000 }),
    },
    more: { actuals: { '2026-06': { title: 'June', period: { from: '2025-07-01', to: '2026-06-30' }, segments } } },
  });
  return { playbook, ...computeActuals(playbook)! };
}

describe('drift', () => {
  it('reports each contradicted assumption at its line, with the sample and the interval or tolerance', () => {
    const { drift } = computeActuals(northwind())!;
    expect(drift.map((d) => [d.path, d.file, d.at.line, d.n])).toEqual([
      ['processes/velocity.stages', 'playbooks/northwind/processes/velocity.mdx', 5, 40],
      ['processes/velocity.stages.qualify.conversion', 'playbooks/northwind/processes/velocity.mdx', 11, 190],
      ['segments/smb.opportunityRate', 'playbooks/northwind/segments/smb.mdx', 10, 300],
    ]);
    const cycle = drift[0]!;
    expect([cycle.assumed, cycle.measured, cycle.low, cycle.high]).toEqual([15, 24, 24 * 0.75, 24 * 1.25]);
  });

  it('needs minSample: the mid-market deal size (30,000 against 20,000) is far off, but on 8 wins it is only shown', () => {
    const { drift, latest } = computeActuals(northwind())!;
    expect(latest.segments['mid-market']!.dealSize).toBe(30000);
    expect(drift.some((d) => d.path.startsWith('segments/mid-market'))).toBe(false);
  });

  it('judges tolerance strictly (exactly t × measured away is not drift) and intervals inclusively', () => {
    // Measured deal size 1,000 × 30 won; assumed 1,000: none. Opportunity rate measured 0.4 (40 of 100 accounts a year), assumed 0.5 = 0.4 × 1.25: none.
    const edge = inlineActuals({ a: { opportunities: 40, won: 30, lost: 30, wonAmount: 30000, reached: { qualify: 60, close: 60 } } });
    expect(edge.latest.segments.a!.opportunityRate).toBeCloseTo(0.4, 12);
    expect(edge.drift.filter((d) => d.entity.id === 'a')).toEqual([]);
    // The same counts with a tolerance of 0.2: 0.5 is now more than 0.08 away from 0.4.
    const tight = inlineActuals({ a: { opportunities: 40, won: 30, lost: 30, wonAmount: 30000 } }, 100, { tolerance: 0.2 });
    expect(tight.drift.map((d) => d.path)).toEqual(['segments/a.opportunityRate']);
  });

  it('has a minSample of its own when the playbook says so', () => {
    // 12 reached qualify (≥ 10) and 2 went on: 50% lies outside the interval of 2 in 12. Only 2 reached close and
    // 2 won: below 10, not judged. 12 opportunities from 100 accounts in a year: 0.12 against 0.5.
    const small = inlineActuals({ a: { opportunities: 12, won: 2, lost: 10, wonAmount: 2000, reached: { qualify: 12, close: 2 } } }, 100, { minSample: 10 });
    expect(small.drift.map((d) => d.path)).toEqual(['processes/quick.stages.qualify.conversion', 'segments/a.opportunityRate']);
    expect(inlineActuals({ a: { opportunities: 12, won: 2, lost: 10, wonAmount: 2000, reached: { qualify: 12, close: 2 } } }).drift).toEqual([]);
  });
});

describe('staleness', () => {
  it('takes today from SOURCE_DATE_EPOCH when it is set', () => {
    expect(todayOf({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 9, 28) / 1000) })).toBe('2026-10-28');
    expect(todayOf({}, () => Date.UTC(2027, 0, 2, 23))).toBe('2027-01-02');
    expect(todayOf({ SOURCE_DATE_EPOCH: 'soon' }, () => Date.UTC(2027, 0, 2))).toBe('2027-01-02');
  });

  it('is more than staleAfterDays after the latest `to`', () => {
    const actuals = computeActuals(northwind())!;
    expect(snapshotAge(actuals, '2026-10-28')).toEqual({ days: 120, stale: false });
    expect(snapshotAge(actuals, '2026-10-29')).toEqual({ days: 121, stale: true });
  });

  it('is reported by check at the latest snapshot\u2019s period', () => {
    const at = (today: string) => checkProject(ROOT, { today }).diagnostics.filter((d) => d.code === 'actuals-stale').map((d) => [d.file, d.line]);
    expect(at('2026-10-28')).toEqual([]);
    expect(at('2026-10-29')).toEqual([['playbooks/northwind/actuals/2026-06.mdx', 3]]);
  });
});

describe('the model at measured rates', () => {
  it('is §4 of the playbook with the measured rates written into it', () => {
    const playbook = northwind();
    const { measured, latest } = computeActuals(playbook)!;
    // The copy by hand: smb's opportunity rate 0.75 (300 opportunities, 400 accounts, a year) and deal size 2,250
    // (90,000 over 40 won); velocity's qualify
    // conversion 70/190 and close 40/70 (reached ≥ 30); velocity's days scaled by 24 / 15 (40 won ≥ 30).
    // Mid-market: 36 opportunities from 100 accounts (≥ 30) give it a rate of 0.36; with 8 won and 28 reached at
    // most, its deal size and its process stay as written.
    const edited: CompletePlaybook = {
      ...playbook,
      segments: playbook.segments.map((s) => s.id === 'smb'
          ? { ...s, data: { ...s.data, opportunityRate: 0.75, dealSize: 2250 } }
          : s.id === 'mid-market'
            ? { ...s, data: { ...s.data, opportunityRate: 0.36 } }
            : s),
      processes: playbook.processes.map((p) =>
        p.id === 'velocity'
          ? { ...p, data: { ...p.data, stages: p.data.stages.map((st, k) => ({ ...st, conversion: [70 / 190, 40 / 70][k]!, days: st.days * (24 / 15) })) } }
          : p,
      ),
    };
    const expected = computeMetrics(edited);
    expect(measured.metrics.expectedRevenue).toBeCloseTo(expected.expectedRevenue, 6);
    expect(measured.metrics.coverage).toBeCloseTo(expected.coverage, 12);
    expect(measured.metrics.segments.smb!.expectedWins).toBeCloseTo(expected.segments.smb!.expectedWins, 9);
    expect(measured.metrics.processes.velocity!.cycleDays).toBeCloseTo(24, 9);
    expect(measured.replaced.map((r) => r.path).sort()).toEqual(
      [
        'processes/velocity.stages.qualify.conversion',
        'processes/velocity.stages.qualify.days',
        'processes/velocity.stages.close.conversion',
        'processes/velocity.stages.close.days',
        'segments/smb.opportunityRate',
        'segments/smb.dealSize',
        'segments/mid-market.opportunityRate',
      ].sort(),
    );
    expect(latest.id).toBe('2026-06');
    // The playbook itself is untouched.
    expect(computeMetrics(playbook).segments.smb!.opportunities).toBe(200);
  });
});

describe('export', () => {
  it('carries `actuals` exactly in the shape of §10, and null without a snapshot', () => {
    const result = checkProject(ROOT, { today: '2026-07-01' });
    const doc = buildExport(result.playbooks.filter(isComplete), result.metrics, { plans: result.plans, scenarios: result.scenarios, actuals: result.actuals });
    expect(exportDocumentSchema.safeParse(doc).error?.issues ?? []).toEqual([]);
    const actuals = doc.playbooks[0]!.actuals!;
    expect(actuals.latest).toBe('2026-06');
    expect(actuals.snapshots.map((s) => [s.id, s.from, s.to])).toEqual([
      ['2026-03', '2025-04-01', '2026-03-31'],
      ['2026-06', '2025-07-01', '2026-06-30'],
    ]);
    expect(Object.keys(actuals.snapshots[1]!.segments.smb!)).toEqual(['opportunities', 'won', 'lost', 'open', 'winRate', 'winRateLow', 'winRateHigh', 'dealSize', 'opportunityRate', 'cycleDays', 'stages']);
    expect(Object.keys(actuals.snapshots[1]!.processes.velocity!)).toEqual(['won', 'lost', 'winRate', 'winRateLow', 'winRateHigh', 'cycleDays', 'stages']);
    expect(actuals.snapshots[1]!.segments.smb!.stages.close).toEqual({ reached: 70, conversion: 40 / 70, low: expect.any(Number), high: expect.any(Number) });
    expect(actuals.drift[1]).toEqual({ file: 'playbooks/northwind/processes/velocity.mdx', line: 11, path: 'processes/velocity.stages.qualify.conversion', assumed: 0.5, measured: 70 / 190, low: expect.any(Number), high: expect.any(Number), n: 190 });
    expect(actuals.measured.plan).toBeNull();
    // The frontmatter's settings do not leak into the export's playbook under the same name.
    const bare = checkProject(fixture('model'));
    expect(buildExport(bare.playbooks.filter(isComplete), bare.metrics).playbooks[0]!.actuals).toBeNull();
  });
});
