import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isComplete, type CompletePlaybook } from '../../src/model/graph.ts';
import { loadProject } from '../../src/model/load.ts';
import { capacityFactorOf, computeMetrics, computeProcessMetrics, loadOf } from '../../src/model/metrics.ts';
import { BASIC_OFFERING, index, inlinePlaybook, oneStage, role, segment } from '../fixtures/model-inline/playbook.ts';

const MODEL_ROOT = fileURLToPath(new URL('../fixtures/model', import.meta.url));

function northwind(): CompletePlaybook {
  const { playbooks, diagnostics } = loadProject(MODEL_ROOT);
  expect(diagnostics).toEqual([]);
  const graph = playbooks.find((p) => p.id === 'northwind');
  if (!graph || !isComplete(graph)) throw new Error('fixture northwind did not load');
  return graph;
}

/*
 * test/fixtures/model/playbooks/northwind, worked out by hand.
 * Playbook sellingHours 1000; goals coverage 0.95, winRate 0.25.
 *
 * Processes (conversion, days, hours per opportunity):
 *   velocity (transactional): qualify 0.5, 5 d, sdr 2 | close 0.5, 10 d, sdr 1 + ae 1
 *     reach [1, 0.5]; W = 0.25; T = 15; Σ r_k days_k = 5 + 0.5×10 = 10
 *     per opportunity: sdr 1×2 + 0.5×1 = 2.5; ae 0.5×1 = 0.5
 *   consultative (solution): discover 0.5, 20 d, ae 4 + se 2 | prove 0.5, 30 d, ae 2 + se 8 | close 0.8, 10 d, ae 4
 *     reach [1, 0.5, 0.25]; W = 0.5×0.5×0.8 = 0.2; T = 60; Σ r_k days_k = 20 + 15 + 2.5 = 37.5
 *     per opportunity: ae 4 + 0.5×2 + 0.25×4 = 6; se 2 + 0.5×8 = 6
 *   strategic (key-account): map 0.5, 30 d, ae 10 + exec 4 | propose 0.5, 60 d, ae 20 + se 16 + exec 4 | commit 0.5, 30 d, exec 8 + ae 8
 *     reach [1, 0.5, 0.25]; W = 0.125; T = 120; Σ r_k days_k = 30 + 30 + 7.5 = 67.5
 *     per opportunity: ae 10 + 0.5×20 + 0.25×8 = 22; se 0.5×16 = 8; exec 4 + 0.5×4 + 0.25×8 = 8
 *
 * Segments:
 *   smb: 400 accounts × 0.5 = O 200; deal 2000; velocity; owner sdr 2 touches × 0.25 h → C = 400×2×0.25 = 200
 *     D: sdr 200×2.5 = 500; ae 200×0.5 = 100
 *   mid-market: 100 × 0.4 = O 40; deal 20000; consultative; owner ae 4 × 1 h → C = 400
 *     D: ae 40×6 = 240; se 40×6 = 240
 *   enterprise: 20 × 0.5 = O 10; deal 200000; strategic; owner exec 6 × 2 h → C = 240
 *     D: ae 10×22 = 220; se 10×8 = 80; exec 10×8 = 80
 *
 * Roles:
 *   sdr: headcount 1 × 1200 h = A 1200; H = 500 + 200 = 700; L = 7/12; F = 700/1200 = 7/12; f = 1
 *   ae: 2 × 1000 = A 2000; H = 100 + 240 + 400 + 220 = 960; L = 0.48; F = 0.96; f = 1
 *   se: 0.25 × 800 = A 200; H = 240 + 80 = 320; L = 1.6; F = 320/800 = 0.4; f = 200/320 = 0.625  ← overloaded
 *   exec: 0.5 × 1000 = A 500; H = 80 + 240 = 320; L = 0.64; F = 0.32; f = 1
 *
 * Segment results (v1.1: V = O κ deal W / 365; v1.2: open pipeline N = O κ Σ r_k days_k / 365; pipeline value P = N deal;
 * covered accounts κ × accounts; people F_{s,x} = (D_{s,x} + owner's C_s) / sellingHours_x):
 *   smb: roles sdr, ae (f 1, 1) → κ 1; W 0.25; E = 200×1×0.25 = 50; R = 50×2000 = 100000; V = 200×1×2000×0.25/365 = 100000/365
 *     N = 200×1×10/365 = 2000/365; P = 2000/365 × 2000 = 4000000/365; covered 400
 *     people: sdr (500 + 200)/1200 = 7/12; ae 100/1000 = 0.1; total 41/60
 *   mid-market: roles ae, se → κ 0.625 (se); W 0.2; E = 40×0.625×0.2 = 5; R = 100000; V = 40×0.625×20000×0.2/365 = 100000/365
 *     N = 40×0.625×37.5/365 = 937.5/365; P = 937.5/365 × 20000 = 18750000/365; covered 62.5
 *     people: ae (240 + 400)/1000 = 0.64; se 240/800 = 0.3; total 0.94
 *   enterprise: roles ae, se, exec → κ 0.625 (se); W 0.125; E = 10×0.625×0.125 = 0.78125; R = 156250; V = 156250/365
 *     N = 10×0.625×67.5/365 = 421.875/365; P = 421.875/365 × 200000 = 84375000/365; covered 12.5
 *     people: ae 220/1000 = 0.22; se 80/800 = 0.1; exec (80 + 240)/1000 = 0.32; total 0.64
 *
 * Processes' people are their one segment's (each process has one segment here).
 *
 * Playbook: κ = (400×1 + 100×0.625 + 20×0.625)/520 = 475/520
 *   W = (50 + 5 + 0.78125)/(200×1 + 40×0.625 + 10×0.625) = 55.78125/231.25
 *   expected wins 55.78125; expected revenue 356250
 *   accounts 520; covered accounts 475; open pipeline 3359.375/365; pipeline value 107125000/365
 *   people 41/60 + 0.94 + 0.64 = Σ F_x = 7/12 + 0.96 + 0.4 + 0.32
 *   no role has cost or quota: every money figure is null
 */
describe('computeMetrics on the northwind fixture (three process types, shared roles, one overloaded)', () => {
  const m = computeMetrics(northwind());

  it('computes reach, win rate and cycle of each process', () => {
    expect(m.processes.velocity).toMatchObject({ id: 'velocity', winRate: 0.25, cycleDays: 15 });
    expect(m.processes.velocity!.stages.map((s) => s.reach)).toEqual([1, 0.5]);
    expect(m.processes.consultative!.winRate).toBeCloseTo(0.2, 12);
    expect(m.processes.consultative!.cycleDays).toBe(60);
    expect(m.processes.consultative!.stages).toEqual([
      { id: 'discover', reach: 1, conversion: 0.5, days: 20 },
      { id: 'prove', reach: 0.5, conversion: 0.5, days: 30 },
      { id: 'close', reach: 0.25, conversion: 0.8, days: 10 },
    ]);
    expect(m.processes.strategic).toMatchObject({ winRate: 0.125, cycleDays: 120 });
    expect(m.processes.strategic!.stages.map((s) => s.reach)).toEqual([1, 0.5, 0.25]);
  });

  it('computes each segment: opportunities, deal and coverage hours, coverage, wins, revenue, velocity, pipeline', () => {
    const smb = m.segments.smb!;
    expect(smb.opportunities).toBe(200);
    expect(smb.dealHours).toEqual({ sdr: 500, ae: 100 });
    expect(smb.coverageHours).toBe(200);
    expect(smb.coverage).toBe(1);
    expect(smb.bottleneck).toBeNull();
    expect(smb.winRate).toBe(0.25);
    expect(smb.expectedWins).toBe(50);
    expect(smb.expectedRevenue).toBe(100000);
    expect(smb.velocityPerDay).toBeCloseTo(100000 / 365, 9);
    expect(smb.openPipeline).toBeCloseTo(2000 / 365, 12);
    expect(smb.pipelineValue).toBeCloseTo(4000000 / 365, 6);
    expect(smb.coveredAccounts).toBe(400);

    const mid = m.segments['mid-market']!;
    expect(mid.opportunities).toBeCloseTo(40, 12);
    expect(mid.dealHours.ae).toBeCloseTo(240, 9);
    expect(mid.dealHours.se).toBeCloseTo(240, 9);
    expect(Object.keys(mid.dealHours).sort()).toEqual(['ae', 'se']);
    expect(mid.coverageHours).toBe(400);
    expect(mid.coverage).toBe(0.625);
    expect(mid.bottleneck).toBe('se');
    expect(mid.winRate).toBeCloseTo(0.2, 12);
    expect(mid.expectedWins).toBeCloseTo(5, 9);
    expect(mid.expectedRevenue).toBeCloseTo(100000, 6);
    expect(mid.velocityPerDay).toBeCloseTo(100000 / 365, 6);
    expect(mid.openPipeline).toBeCloseTo(937.5 / 365, 9);
    expect(mid.pipelineValue).toBeCloseTo(18750000 / 365, 4);
    expect(mid.coveredAccounts).toBeCloseTo(62.5, 9);

    const ent = m.segments.enterprise!;
    expect(ent.opportunities).toBe(10);
    expect(ent.dealHours).toEqual({ ae: 220, se: 80, exec: 80 });
    expect(ent.coverageHours).toBe(240);
    expect(ent.coverage).toBe(0.625);
    expect(ent.bottleneck).toBe('se');
    expect(ent.winRate).toBe(0.125);
    expect(ent.expectedWins).toBe(0.78125);
    expect(ent.expectedRevenue).toBe(156250);
    expect(ent.velocityPerDay).toBeCloseTo(156250 / 365, 9);
    expect(ent.openPipeline).toBeCloseTo(421.875 / 365, 12);
    expect(ent.pipelineValue).toBeCloseTo(84375000 / 365, 4);
    expect(ent.coveredAccounts).toBe(12.5);
  });

  it('computes the people each segment and each process takes, by role (v1.2)', () => {
    const close = (got: Record<string, number>, want: Record<string, number>) => {
      expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
      for (const [role, value] of Object.entries(want)) expect(got[role], role).toBeCloseTo(value, 12);
    };
    close(m.segments.smb!.people, { sdr: 7 / 12, ae: 0.1, se: 0, exec: 0 });
    close(m.segments['mid-market']!.people, { sdr: 0, ae: 0.64, se: 0.3, exec: 0 });
    close(m.segments.enterprise!.people, { sdr: 0, ae: 0.22, se: 0.1, exec: 0.32 });
    expect(m.segments.smb!.peopleTotal).toBeCloseTo(41 / 60, 12);
    expect(m.segments['mid-market']!.peopleTotal).toBeCloseTo(0.94, 12);
    expect(m.segments.enterprise!.peopleTotal).toBeCloseTo(0.64, 12);
    close(m.processes.velocity!.people, m.segments.smb!.people);
    close(m.processes.strategic!.people, m.segments.enterprise!.people);
    expect(m.processes.consultative!.peopleTotal).toBeCloseTo(0.94, 12);
    // Every role's people, summed over the segments, are its F_x.
    for (const [id, r] of Object.entries(m.roles)) {
      expect(Object.values(m.segments).reduce((sum, s) => sum + s.people[id]!, 0), id).toBeCloseTo(r.fteNeeded, 12);
    }
    expect(m.peopleTotal).toBeCloseTo(7 / 12 + 0.96 + 0.4 + 0.32, 12);
  });

  it('has no money figures when no role has a cost or a quota', () => {
    expect(m).toMatchObject({ teamCost: null, costOfSales: null, costPerWin: null, carriedQuota: null, quotaCoverage: null, quotaAttainment: null });
    expect(m.roles.ae).toMatchObject({ cost: null, quota: null });
  });

  it('computes each role: required, available, load, FTE, capacity factor and hours by segment', () => {
    expect(m.roles.sdr).toMatchObject({ requiredHours: 700, dealHours: 500, coverageHours: 200, availableHours: 1200, sellingHours: 1200, capacityFactor: 1 });
    expect(m.roles.sdr!.load).toBeCloseTo(7 / 12, 12);
    expect(m.roles.sdr!.fteNeeded).toBeCloseTo(7 / 12, 12);
    expect(m.roles.sdr!.bySegment).toEqual({ smb: 700 });

    const ae = m.roles.ae!;
    expect(ae.requiredHours).toBeCloseTo(960, 9);
    expect(ae.dealHours).toBeCloseTo(560, 9);
    expect(ae.coverageHours).toBe(400);
    expect(ae.availableHours).toBe(2000);
    expect(ae.sellingHours).toBe(1000); // the playbook's, no override
    expect(ae.load).toBeCloseTo(0.48, 12);
    expect(ae.fteNeeded).toBeCloseTo(0.96, 12);
    expect(ae.capacityFactor).toBe(1);
    expect(ae.bySegment.smb).toBe(100);
    expect(ae.bySegment['mid-market']).toBeCloseTo(640, 9);
    expect(ae.bySegment.enterprise).toBe(220);

    const se = m.roles.se!;
    expect(se.requiredHours).toBeCloseTo(320, 9);
    expect(se.coverageHours).toBe(0);
    expect(se.availableHours).toBe(200);
    expect(se.sellingHours).toBe(800);
    expect(se.load).toBeCloseTo(1.6, 12);
    expect(se.fteNeeded).toBeCloseTo(0.4, 12);
    expect(se.capacityFactor).toBeCloseTo(0.625, 12);
    expect(Object.keys(se.bySegment).sort()).toEqual(['enterprise', 'mid-market']);

    expect(m.roles.exec).toMatchObject({ requiredHours: 320, dealHours: 80, coverageHours: 240, availableHours: 500, load: 0.64, fteNeeded: 0.32, capacityFactor: 1 });
  });

  it('computes the playbook totals', () => {
    expect(m.coverage).toBeCloseTo(475 / 520, 12);
    expect(m.winRate).toBeCloseTo(55.78125 / 231.25, 12);
    expect(m.expectedWins).toBeCloseTo(55.78125, 9);
    expect(m.expectedRevenue).toBeCloseTo(356250, 6);
    expect(m.accounts).toBe(520);
    expect(m.coveredAccounts).toBeCloseTo(475, 9);
    expect(m.openPipeline).toBeCloseTo(3359.375 / 365, 9);
    expect(m.pipelineValue).toBeCloseTo(107125000 / 365, 4);
    expect(m.opportunities).toBeCloseTo(250, 12);
    expect(m.workedOpportunities).toBeCloseTo(231.25, 12);
  });

  it('is pure: the same graph gives the same numbers and is not changed', () => {
    const graph = northwind();
    const before = JSON.stringify([graph.index.data, graph.segments.map((s) => s.data), graph.processes.map((p) => p.data), graph.roles.map((r) => r.data)]);
    const first = computeMetrics(graph);
    const second = computeMetrics(graph);
    expect(second).toEqual(first);
    expect(JSON.stringify([graph.index.data, graph.segments.map((s) => s.data), graph.processes.map((p) => p.data), graph.roles.map((r) => r.data)])).toBe(before);
  });
});

describe('load and capacity factor', () => {
  it('follows the edge cases of format §4', () => {
    expect(loadOf(0, 0)).toBe(0);
    expect(loadOf(0, 100)).toBe(0);
    expect(loadOf(50, 0)).toBe(Infinity);
    expect(loadOf(150, 100)).toBe(1.5);
    expect(capacityFactorOf(0, 0)).toBe(1);
    expect(capacityFactorOf(50, 0)).toBe(0);
    expect(capacityFactorOf(50, 100)).toBe(1);
    expect(capacityFactorOf(200, 100)).toBe(0.5);
  });
});

describe('computeMetrics edge cases', () => {
  it('zero headcount with hours: infinite load, capacity factor 0, so no coverage and no wins', () => {
    // rep: O = 10 × 1 = 10, 3 h each → H = 30; A = 0 → L = ∞, f = 0, F = 30/1400.
    const m = computeMetrics(
      inlinePlaybook({
        index: index(),
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }) },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.5, 10, { rep: 3 }) },
        roles: { rep: role(0) },
      }),
    );
    expect(m.roles.rep).toMatchObject({ requiredHours: 30, availableHours: 0, load: Infinity, capacityFactor: 0, sellingHours: 1400 });
    expect(m.roles.rep!.fteNeeded).toBeCloseTo(30 / 1400, 12);
    expect(m.segments.s).toMatchObject({ opportunities: 10, coverage: 0, bottleneck: 'rep', winRate: 0.5, expectedWins: 0, expectedRevenue: 0, velocityPerDay: 0 });
    // κ = (10 × 0)/10 = 0; W has no worked opportunities (Σ O κ = 0) → 0.
    expect(m.coverage).toBe(0);
    expect(m.winRate).toBe(0);
  });

  it('zero headcount and zero hours: load 0, capacity factor 1', () => {
    const m = computeMetrics(
      inlinePlaybook({
        index: index(),
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }, 'rep') },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.5, 10, { rep: 0, idle: 0 }) },
        roles: { rep: role(1), idle: role(0) },
      }),
    );
    expect(m.roles.idle).toMatchObject({ requiredHours: 0, availableHours: 0, load: 0, fteNeeded: 0, capacityFactor: 1, bySegment: {} });
    // No role puts hours into the segment: κ = 1, no bottleneck; D lists no zero entries.
    expect(m.segments.s).toMatchObject({ coverage: 1, bottleneck: null, dealHours: {}, coverageHours: 0, expectedWins: 5, expectedRevenue: 500 });
    // V = O κ deal W / 365 = 10 × 1 × 100 × 0.5 / 365 (v1.1: a year's bookings spread over its days).
    expect(m.segments.s!.velocityPerDay).toBeCloseTo(500 / 365, 12);
  });

  it('zero accounts: no opportunities, coverage 1, win rate 0', () => {
    const m = computeMetrics(
      inlinePlaybook({
        index: index(),
        segments: { s: segment({ process: 'p', accounts: 0, opportunityRate: 3, dealSize: 100 }, 'rep', 4, 2) },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.4, 10, { rep: 5 }) },
        roles: { rep: role(0) },
      }),
    );
    expect(m.segments.s).toMatchObject({ opportunities: 0, coverageHours: 0, coverage: 1, winRate: 0.4, expectedWins: 0, velocityPerDay: 0 });
    expect(m.roles.rep).toMatchObject({ requiredHours: 0, load: 0, capacityFactor: 1 });
    expect(m.coverage).toBe(1);
    expect(m.winRate).toBe(0);
    expect(m.expectedWins).toBe(0);
    expect(m.expectedRevenue).toBe(0);
  });

  it('no segments at all: coverage 1, win rate 0, nothing expected', () => {
    const m = computeMetrics(inlinePlaybook({ index: index(), roles: { rep: role(2) }, processes: { p: oneStage(0.3, 5, { rep: 1 }) } }));
    expect(m).toMatchObject({ coverage: 1, winRate: 0, expectedWins: 0, expectedRevenue: 0, segments: {} });
    expect(m.roles.rep).toMatchObject({ requiredHours: 0, availableHours: 2800, load: 0, fteNeeded: 0, capacityFactor: 1 });
    expect(m.processes.p).toMatchObject({ winRate: 0.3, cycleDays: 5 });
  });

  it('a cycle of zero days leaves velocity finite (it no longer divides by the cycle) and the open pipeline empty', () => {
    const m = computeMetrics(
      inlinePlaybook({
        index: index(),
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }) },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.5, 0, { rep: 1 }) },
        roles: { rep: role(1) },
      }),
    );
    expect(m.processes.p!.cycleDays).toBe(0);
    // V = 10 × 1 × 100 × 0.5 / 365; N = O κ T / 365 = 0 with T = 0, so P = 0.
    expect(m.segments.s!.velocityPerDay).toBeCloseTo(500 / 365, 12);
    expect(m.segments.s!.openPipeline).toBe(0);
    expect(m.segments.s!.pipelineValue).toBe(0);
    expect(m.segments.s!.expectedWins).toBe(5);
  });

  it('a missing process counts as win rate 0 and cycle 0, with no deal hours (even an id like `constructor`)', () => {
    // s: O = 10; owner rep covers 10 × 2 × 1 = 20 h; rep has 1 × 1400 h → κ = 1; W = 0.
    const m = computeMetrics(
      inlinePlaybook({
        index: index(),
        segments: {
          s: segment({ process: 'constructor', accounts: 10, opportunityRate: 1, dealSize: 100 }, 'rep', 2, 1),
          t: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }),
        },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.5, 10, { rep: 1 }) },
        roles: { rep: role(1) },
      }),
    );
    expect(m.segments.s).toMatchObject({ opportunities: 10, winRate: 0, expectedWins: 0, expectedRevenue: 0, velocityPerDay: 0, dealHours: {}, coverageHours: 20, coverage: 1 });
    expect(m.processes).not.toHaveProperty('constructor');
    // W = (0 + 10 × 1 × 0.5) / (10 + 10) = 0.25: the segment without a process still counts its opportunities.
    expect(m.winRate).toBe(0.25);
    expect(m.roles.rep!.bySegment).toEqual({ s: 20, t: 10 });
  });

  it('ignores roles that are referenced but missing', () => {
    // ghost appears in the stage hours and as coverage owner but has no file: it is charged nothing and limits nothing.
    const m = computeMetrics(
      inlinePlaybook({
        index: index(),
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }, 'ghost', 5, 5) },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.5, 10, { rep: 2, ghost: 100 }) },
        roles: { rep: role(1) },
      }),
    );
    expect(Object.keys(m.roles)).toEqual(['rep']);
    expect(m.segments.s!.dealHours).toEqual({ rep: 20 });
    expect(m.segments.s).toMatchObject({ coverageHours: 0, coverage: 1, bottleneck: null, expectedWins: 5 });
    expect(m.roles.rep!.requiredHours).toBe(20);
  });

  it('counts the coverage owner among the roles that limit κ only when it has coverage hours', () => {
    // owner: no deal hours; covers 10 accounts × 4 touches × 5 h = 200 h (s) with 0.1 × 1000 = 100 h → f 0.5.
    // t is owned by the same role but plans no touches (C = 0): the owner does not limit t.
    const m = computeMetrics(
      inlinePlaybook({
        index: index(undefined, 1000),
        segments: {
          s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }, 'owner', 4, 5),
          t: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }, 'owner', 0, 5),
        },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.5, 10, { rep: 1 }) },
        roles: { owner: role(0.1), rep: role(1) },
      }),
    );
    expect(m.roles.owner).toMatchObject({ requiredHours: 200, dealHours: 0, coverageHours: 200, availableHours: 100, load: 2, capacityFactor: 0.5, bySegment: { s: 200 } });
    expect(m.segments.s).toMatchObject({ coverageHours: 200, coverage: 0.5, bottleneck: 'owner', expectedWins: 2.5 });
    expect(m.segments.t).toMatchObject({ coverageHours: 0, coverage: 1, bottleneck: null, expectedWins: 5 });
    // κ = (10 × 0.5 + 10 × 1)/20 = 0.75.
    expect(m.coverage).toBe(0.75);
  });

  it('uses a role\u2019s own selling hours over the playbook\u2019s, and the smallest capacity factor for κ', () => {
    // a: 1 × 500 h (own) = A 500, H = 10 × 100 = 1000 → f 0.5; b: 1 × 2000 h (playbook) = A 2000, H = 10 × 1000 = 10000 → f 0.2.
    const m = computeMetrics(
      inlinePlaybook({
        index: index(undefined, 2000),
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }, 'a') },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.5, 10, { a: 100, b: 1000 }) },
        roles: { a: role(1, 500), b: role(1) },
      }),
    );
    expect(m.roles.a).toMatchObject({ sellingHours: 500, availableHours: 500, requiredHours: 1000, load: 2, fteNeeded: 2, capacityFactor: 0.5 });
    expect(m.roles.b).toMatchObject({ sellingHours: 2000, availableHours: 2000, requiredHours: 10000, load: 5, fteNeeded: 5, capacityFactor: 0.2 });
    // κ = min(0.5, 0.2) = 0.2; E = 10 × 0.2 × 0.5 = 1; V = 10 × 0.2 × 100 × 0.5 / 365 = 100/365;
    // N = 10 × 0.2 × 10 / 365 = 20/365; P = N × 100; covered accounts 10 × 0.2 = 2.
    expect(m.segments.s).toMatchObject({ coverage: 0.2, bottleneck: 'b', expectedWins: 1, expectedRevenue: 100, coveredAccounts: 2 });
    expect(m.segments.s!.velocityPerDay).toBeCloseTo(100 / 365, 12);
    expect(m.segments.s!.openPipeline).toBeCloseTo(20 / 365, 12);
    expect(m.segments.s!.pipelineValue).toBeCloseTo(2000 / 365, 12);
    expect(m.coverage).toBe(0.2);
    expect(m.winRate).toBe(0.5);
  });

  it('weights playbook coverage by accounts and win rate by worked opportunities', () => {
    // x: 30 accounts, O 30, on p (W 0.5), rep hours 30 × 10 = 300, A = 1 × 150 → κ 0.5.
    // y: 10 accounts, O 20, on q (W 0.2), no hours → κ 1.
    // κ = (30 × 0.5 + 10 × 1)/40 = 0.625; W = (30 × 0.5 × 0.5 + 20 × 1 × 0.2)/(15 + 20) = 11.5/35.
    const m = computeMetrics(
      inlinePlaybook({
        index: index(undefined, 150),
        segments: {
          x: segment({ process: 'p', accounts: 30, opportunityRate: 1, dealSize: 10 }),
          y: segment({ process: 'q', accounts: 10, opportunityRate: 2, dealSize: 10 }),
        },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: oneStage(0.5, 10, { rep: 10 }), q: oneStage(0.2, 10, { rep: 0 }) },
        roles: { rep: role(1) },
      }),
    );
    expect(m.segments.x!.coverage).toBe(0.5);
    expect(m.segments.y!.coverage).toBe(1);
    expect(m.coverage).toBe(0.625);
    expect(m.winRate).toBeCloseTo(11.5 / 35, 12);
    expect(m.expectedWins).toBeCloseTo(11.5, 12);
    expect(m.expectedRevenue).toBeCloseTo(115, 12);
  });

  it('open pipeline counts a stage’s days only for the opportunities that reach it (v1.2)', () => {
    // Stages 10 d (conversion 0.5), 20 d (0.4), 30 d (0.5): reach 1, 0.5, 0.2 → Σ r_k days_k = 10 + 10 + 6 = 26, not T = 60.
    // O = 100 × 1 = 100, κ = 1 (nobody's hours) → N = 100 × 26 / 365; P = N × 50.
    const stages = [
      [0.5, 10],
      [0.4, 20],
      [0.5, 30],
    ].map(([conversion, days], i) => ({ id: `s${i}`, title: 'S', goal: 'G', exitCriteria: ['E'], days: days!, conversion: conversion!, raci: { rep: 'AR' as const } }));
    const m = computeMetrics(
      inlinePlaybook({
        index: index(),
        segments: { s: segment({ process: 'p', accounts: 100, opportunityRate: 1, dealSize: 50 }) },
        offerings: { basic: BASIC_OFFERING },
        processes: { p: { title: 'P', summary: 'P.', type: 'solution', stages } },
        roles: { rep: role(1) },
      }),
    );
    expect(m.processes.p).toMatchObject({ cycleDays: 60, pipelineDays: 26 });
    expect(m.segments.s!.openPipeline).toBeCloseTo(2600 / 365, 12);
    expect(m.segments.s!.pipelineValue).toBeCloseTo(130000 / 365, 9);
  });

  it('the money side (v1.2): team cost, cost of sales, cost per win, carried quota, its coverage and attainment', () => {
    // rep: 2 people × 100,000 cost, 500,000 quota; se: 0.5 × 160,000, no quota; exec: no cost, no quota.
    // TC = 200,000 + 80,000 = 280,000; Q = 1,000,000.
    // s: O = 100, W 0.5, κ 1 (2 × 1400 h available ≥ 100 × 1 h) → E = 50, R = 50 × 10,000 = 500,000.
    const build = (goals: { coverage: number; winRate: number; bookings?: number }, roles: Record<string, ReturnType<typeof role>>) =>
      computeMetrics(
        inlinePlaybook({
          index: index(goals),
          segments: { s: segment({ process: 'p', accounts: 100, opportunityRate: 1, dealSize: 10000 }) },
          offerings: { basic: BASIC_OFFERING },
          processes: { p: oneStage(0.5, 10, { rep: 1 }) },
          roles,
        }),
      );
    const m = build({ coverage: 0.5, winRate: 0.1, bookings: 800000 }, {
      rep: { ...role(2), cost: 100000, quota: 500000 },
      se: { ...role(0.5), cost: 160000 },
      exec: role(1),
    });
    expect(m.roles.rep).toMatchObject({ cost: 200000, quota: 1000000 });
    expect(m.roles.se).toMatchObject({ cost: 80000, quota: null });
    expect(m.roles.exec).toMatchObject({ cost: null, quota: null });
    expect(m).toMatchObject({ teamCost: 280000, carriedQuota: 1000000, expectedWins: 50, expectedRevenue: 500000 });
    expect(m.costOfSales).toBeCloseTo(280000 / 500000, 12);
    expect(m.costPerWin).toBeCloseTo(280000 / 50, 12);
    expect(m.quotaCoverage).toBeCloseTo(1000000 / 800000, 12);
    expect(m.quotaAttainment).toBeCloseTo(500000 / 1000000, 12);

    // No bookings goal: no quota coverage. A quota of 0 everywhere: Q = 0, so no attainment; no cost anywhere: no team cost.
    const bare = build({ coverage: 0.5, winRate: 0.1 }, { rep: { ...role(2), quota: 0 } });
    expect(bare).toMatchObject({ teamCost: null, costOfSales: null, costPerWin: null, carriedQuota: 0, quotaCoverage: null, quotaAttainment: null });
    // No revenue (no wins): cost of sales and cost per win have no divisor.
    const idle = build({ coverage: 0.5, winRate: 0.1, bookings: 0 }, { rep: { ...role(0), cost: 1000, quota: 10 } });
    expect(idle).toMatchObject({ teamCost: 0, expectedRevenue: 0, costOfSales: null, costPerWin: null, carriedQuota: 0, quotaCoverage: null, quotaAttainment: null });
  });

  it('computeProcessMetrics multiplies conversions in order for reach', () => {
    const process = inlinePlaybook({
      index: index(),
      processes: {
        p: {
          title: 'P',
          summary: 'P.',
          type: 'solution',
          stages: [0.8, 0.5, 0.25].map((conversion, i) => ({ id: `s${i}`, title: 'S', goal: 'G', exitCriteria: ['E'], days: i + 1, conversion, raci: { rep: 'AR' as const } })),
        },
      },
      roles: { rep: role(1) },
    }).processes[0]!;
    const m = computeProcessMetrics(process);
    expect(m.stages.map((s) => s.reach)).toEqual([1, 0.8, 0.4]);
    expect(m.winRate).toBe(0.1);
    expect(m.cycleDays).toBe(6);
  });
});

describe('computeMetrics invariants (property-based)', () => {
  const share = fc.double({ min: 0.01, max: 1, noNaN: true });
  const hours = fc.double({ min: 0, max: 50, noNaN: true });
  const roleIds = ['a', 'b', 'c'] as const;

  it('keeps shares in [0, 1], sums role hours by segment and wins by segment', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ accounts: fc.integer({ min: 0, max: 500 }), rate: fc.double({ min: 0, max: 3, noNaN: true }), owner: fc.constantFrom(...roleIds), touches: hours, perTouch: hours, conversion: share, a: hours, b: hours }), { minLength: 0, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (segments, headcounts) => {
          const graph = inlinePlaybook({
            index: index(),
            offerings: { basic: BASIC_OFFERING },
            roles: Object.fromEntries(roleIds.map((id, i) => [id, role(headcounts[i]!)])),
            processes: Object.fromEntries(segments.map((s, i) => [`p${i}`, oneStage(s.conversion, 10, { a: s.a, b: s.b })])),
            segments: Object.fromEntries(segments.map((s, i) => [`s${i}`, segment({ process: `p${i}`, accounts: s.accounts, opportunityRate: s.rate, dealSize: 10 }, s.owner, s.touches, s.perTouch)])),
          });
          const m = computeMetrics(graph);
          for (const value of [m.coverage, m.winRate, ...Object.values(m.segments).map((s) => s.coverage)]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
          for (const r of Object.values(m.roles)) {
            const sum = Object.values(r.bySegment).reduce((x, y) => x + y, 0);
            expect(r.requiredHours).toBeCloseTo(sum, 6);
            expect(r.requiredHours).toBeCloseTo(r.dealHours + r.coverageHours, 6);
            expect(r.capacityFactor).toBeLessThanOrEqual(1);
            if (r.requiredHours > 0 && r.availableHours === 0) expect(r.load).toBe(Infinity);
          }
          const wins = Object.values(m.segments).reduce((x, s) => x + s.expectedWins, 0);
          expect(m.expectedWins).toBeCloseTo(wins, 6);
          for (const s of Object.values(m.segments)) {
            // v1.1: a day's velocity is a year's expected revenue over 365 days; the pipeline of a 10-day cycle is 10/365 of a year's worked opportunities.
            expect(s.velocityPerDay * 365).toBeCloseTo(s.expectedRevenue, 6);
            expect(s.openPipeline).toBeCloseTo((s.opportunities * s.coverage * 10) / 365, 9);
            expect(s.pipelineValue).toBeCloseTo(s.openPipeline * 10, 9);
          }
          const sum = (key: 'coveredAccounts' | 'openPipeline' | 'pipelineValue') => Object.values(m.segments).reduce((x, s) => x + s[key], 0);
          expect(m.coveredAccounts).toBeCloseTo(sum('coveredAccounts'), 6);
          expect(m.openPipeline).toBeCloseTo(sum('openPipeline'), 6);
          expect(m.pipelineValue).toBeCloseTo(sum('pipelineValue'), 6);
        },
      ),
      { numRuns: 200 },
    );
  });
});
