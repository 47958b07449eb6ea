import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompletePlaybook } from '../../src/model/graph.ts';
import { computeMetrics } from '../../src/model/metrics.ts';
import { addMonths, isMonth, monthFromIndex, monthIndex, monthRange, monthsBetween, parseMonth } from '../../src/model/months.ts';
import { exportedPlanSchema, exportPlan } from '../../src/model/plan-export.ts';
import { attritionDrag, computePlan, contributingRoles, cycleLag, productivity, type PlanMetrics } from '../../src/model/plan.ts';
import { roleSchema, type ProcessInput, type Role, type RoleInput, type SegmentInput } from '../../src/schema/index.ts';
import { BASIC_OFFERING, index, inlinePlaybook, oneStage, role, segment } from '../fixtures/model-inline/playbook.ts';

/** A playbook with a plan; selling hours 1200 a year unless told, so one person gives 100 h a month. */
function planned(spec: {
  start?: string;
  months?: number;
  sellingHours?: number;
  segments?: Record<string, SegmentInput>;
  processes?: Record<string, ProcessInput>;
  roles: Record<string, RoleInput>;
}): CompletePlaybook {
  return inlinePlaybook({
    index: { ...index(undefined, spec.sellingHours ?? 1200), plan: { start: spec.start ?? '2027-01', ...(spec.months === undefined ? {} : { months: spec.months }) } },
    offerings: { basic: BASIC_OFFERING },
    segments: spec.segments ?? {},
    processes: spec.processes ?? {},
    roles: spec.roles,
  });
}

function planOf(playbook: CompletePlaybook): PlanMetrics {
  const plan = computePlan(playbook, computeMetrics(playbook));
  if (!plan) throw new Error('expected a plan');
  return plan;
}

/** One column of the months: `pick` applied to every month. */
const column = <T>(plan: PlanMetrics, pick: (m: PlanMetrics['months'][number]) => T): T[] => plan.months.map(pick);

function expectCloseAll(actual: readonly number[], expected: readonly number[], digits = 9): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    if (expected[i] === Infinity) expect(value, `[${i}]`).toBe(Infinity);
    else expect(value, `[${i}]`).toBeCloseTo(expected[i]!, digits);
  });
}

function expectFigures(actual: { coverage: number; expectedWins: number; expectedRevenue: number }, expected: { coverage: number; expectedWins: number; expectedRevenue: number }): void {
  expect(actual.coverage).toBeCloseTo(expected.coverage, 12);
  expect(actual.expectedWins).toBeCloseTo(expected.expectedWins, 9);
  expect(actual.expectedRevenue).toBeCloseTo(expected.expectedRevenue, 6);
}

describe('months: YYYY-MM arithmetic without Date', () => {
  it('parses, numbers, adds and subtracts months across year boundaries', () => {
    expect(parseMonth('2027-03')).toEqual({ year: 2027, month: 3 });
    expect(monthIndex('0000-01')).toBe(0);
    expect(monthIndex('2027-01') - monthIndex('2026-12')).toBe(1);
    expect(monthFromIndex(monthIndex('2027-12'))).toBe('2027-12');
    expect(monthFromIndex(12 * 5 + 0)).toBe('0005-01');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2027-01', -25)).toBe('2024-12');
    expect(addMonths('2027-05', 0)).toBe('2027-05');
    expect(monthsBetween('2027-01', '2026-11')).toBe(-2);
    expect(monthsBetween('2027-01', '2028-03')).toBe(14);
    expect(monthRange('2027-11', 4)).toEqual(['2027-11', '2027-12', '2028-01', '2028-02']);
    expect(monthRange('2027-11', 0)).toEqual([]);
  });

  it('rejects what is not a month and results outside 0000-01 … 9999-12', () => {
    for (const bad of ['2027-13', '2027-00', '2027-1', '27-01', '2027-01-01', ' 2027-01', '']) {
      expect(isMonth(bad), bad).toBe(false);
      expect(() => parseMonth(bad), bad).toThrow(RangeError);
    }
    expect(() => addMonths('9999-12', 1)).toThrow(RangeError);
    expect(() => addMonths('0000-01', -1)).toThrow(RangeError);
    expect(() => addMonths('2027-01', 0.5)).toThrow(RangeError);
    expect(() => monthRange('9999-11', 3)).toThrow(RangeError);
    expect(monthRange('9999-11', 2)).toEqual(['9999-11', '9999-12']);
  });

  it('round-trips every month through its number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 12 + 11 }), fc.integer({ min: -500, max: 500 }), (n, k) => {
        const month = monthFromIndex(n);
        expect(isMonth(month)).toBe(true);
        expect(monthIndex(month)).toBe(n);
        if (n + k >= 0 && n + k <= 9999 * 12 + 11) expect(monthsBetween(month, addMonths(month, k))).toBe(k);
      }),
    );
  });
});

describe('productivity and attrition drag', () => {
  it('ramps linearly to 1 over R months', () => {
    // R = 3: p(−1) = 0, p(0) = 1/4, p(1) = 2/4, p(2) = 3/4, p(3) = p(10) = 1.
    expect([-1, 0, 1, 2, 3, 10].map((k) => productivity(k, 3))).toEqual([0, 0.25, 0.5, 0.75, 1, 1]);
    // R = 0: full from the month of joining.
    expect([-1, 0, 1].map((k) => productivity(k, 0))).toEqual([0, 1, 1]);
  });

  it('follows d = max(0, 1 − rate × (backfill + R/2) / 12)', () => {
    expect(attritionDrag(role(1) as Role)).toBe(1);
    // 1 − 0.24 × (2 + 2/2) / 12 = 1 − 0.06 = 0.94.
    expect(attritionDrag({ ...role(1), rampMonths: 2, attrition: { rate: 0.24, backfillMonths: 2 } } as Role)).toBeCloseTo(0.94, 12);
    // 1 − 1 × (24 + 0) / 12 = −1 → 0.
    expect(attritionDrag({ ...role(1), attrition: { rate: 1, backfillMonths: 24 } } as Role)).toBe(0);
  });

  it('rampMonths and backfillMonths take any whole number ≥ 0 (§2), not only up to 120: a plan has at most 36 months, and longer ones mean what they say', () => {
    const long = { title: 'Rep', summary: 'Sells.', function: 'sales', headcount: 1, rampMonths: 150, attrition: { rate: 0.1, backfillMonths: 240 } };
    const parsed = roleSchema.safeParse(long);
    expect(parsed.success).toBe(true);
    // A person joining at the plan's start is at 36 / 151 of full productivity in its 36th month; the seats of those
    // who leave stay empty longer than a year, so the drag takes the whole headcount: 1 − 0.1 × (240 + 75) / 12 < 0 → 0.
    expect(productivity(35, 150)).toBeCloseTo(36 / 151, 12);
    expect(attritionDrag(parsed.data as Role)).toBe(0);
    // Still whole numbers, at least 0, and at most 10^12 like every number of §2.
    for (const rampMonths of [1.5, -1, 1e13]) expect(roleSchema.safeParse({ ...long, rampMonths }).success, String(rampMonths)).toBe(false);
  });
});

/** `constructor` typed as a plain string: as a property name TypeScript would read Object.prototype's. */
const CTOR: string = 'constructor';

describe('computePlan on hand-computed cases', () => {
  it('is null without a plan', () => {
    const playbook = inlinePlaybook({ index: index(), roles: { rep: role(1) } });
    expect(computePlan(playbook, computeMetrics(playbook))).toBeNull();
  });

  it('defaults to 12 months: four full quarters', () => {
    const plan = planOf(planned({ start: '2027-07', roles: { rep: role(1) } }));
    expect(plan.months.map((m) => m.month)).toEqual(monthRange('2027-07', 12));
    expect(plan).toMatchObject({ start: '2027-07', end: '2028-06' });
    expect(plan.quarters.map((q) => [q.index, q.firstMonth, q.lastMonth, q.monthCount])).toEqual([
      [0, '2027-07', '2027-09', 3],
      [1, '2027-10', '2027-12', 3],
      [2, '2028-01', '2028-03', 3],
      [3, '2028-04', '2028-06', 3],
    ]);
  });

  /*
   * Ramp 0, a hire in month 2. Selling hours 1200 → 100 h a month per person.
   * s: 10 accounts × 12 = O 120 a year (10 a month); one stage, conversion 0.5, rep 10 h → H = 1200 a year, 100 h a month; deal 1000.
   * rep: headcount 0.5, hire 0.5 in 2027-03 (t = 2), R = 0 → p(k) = 1 for k ≥ 0.
   *   m0, m1: E = 0.5, A = 50, H = 100, load 2, f 0.5 → κ 0.5; wins 120/12 × 0.5 × 0.5 = 2.5; revenue 2500.
   *   m2…m5: E = 1, A = 100, load 1, f 1 → κ 1; wins 5; revenue 5000.
   * Quarter 0 (2027-01…03): κ (0.5 + 0.5 + 1)/3 = 2/3, wins 10, revenue 10000; quarter 1: κ 1, wins 15, revenue 15000.
   * Totals: κ (0.5 × 2 + 1 × 4)/6 = 5/6; wins 25; revenue 25000.
   * rep is at capacity (load 1 ≤ 1) from 2027-03 on; peak load 2 in 2027-01; it caps s at 0.5 until then.
   */
  it('ramp 0: a hire is fully productive in the month it joins', () => {
    const plan = planOf(
      planned({
        months: 6,
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 12, dealSize: 1000 }) },
        processes: { p: oneStage(0.5, 10, { rep: 10 }) },
        roles: { rep: { ...role(0.5), hires: [{ start: '2027-03', count: 0.5 }] } },
      }),
    );
    expectCloseAll(column(plan, (m) => m.roles.rep!.effectiveHeadcount), [0.5, 0.5, 1, 1, 1, 1]);
    expectCloseAll(column(plan, (m) => m.roles.rep!.availableHours), [50, 50, 100, 100, 100, 100]);
    expectCloseAll(column(plan, (m) => m.roles.rep!.requiredHours), [100, 100, 100, 100, 100, 100]);
    expect(column(plan, (m) => m.roles.rep!.load)).toEqual([2, 2, 1, 1, 1, 1]);
    expect(column(plan, (m) => m.roles.rep!.capacityFactor)).toEqual([0.5, 0.5, 1, 1, 1, 1]);
    expect(column(plan, (m) => m.segments.s!.coverage)).toEqual([0.5, 0.5, 1, 1, 1, 1]);
    expect(column(plan, (m) => m.segments.s!.bottleneck)).toEqual(['rep', 'rep', null, null, null, null]);
    expectCloseAll(column(plan, (m) => m.expectedWins), [2.5, 2.5, 5, 5, 5, 5]);
    expectCloseAll(column(plan, (m) => m.expectedRevenue), [2500, 2500, 5000, 5000, 5000, 5000], 6);
    expect(column(plan, (m) => m.coverage)).toEqual([0.5, 0.5, 1, 1, 1, 1]);
    expectFigures(plan.quarters[0]!, { coverage: 2 / 3, expectedWins: 10, expectedRevenue: 10000 });
    expectFigures(plan.quarters[1]!, { coverage: 1, expectedWins: 15, expectedRevenue: 15000 });
    expectFigures(plan.totals, { coverage: 5 / 6, expectedWins: 25, expectedRevenue: 25000 });
    expect(plan.roles.rep).toEqual({
      id: 'rep',
      firstMonthAtCapacity: '2027-03',
      atCapacityFromStart: false,
      monthsOverCapacity: 2,
      peakLoad: 2,
      peakLoadMonth: '2027-01',
      attritionDrag: 1,
      rampMonths: 0,
      cappedSegments: [{ segment: 's', coverage: 0.5, lowestCoverage: 0.5 }],
    });
  });

  /*
   * v1.2: wins follow coverage one sales cycle later. The same team as above on a 46-day process:
   * L = round(46 × 12 / 365) = round(1.51) = 2 months. Coverage is not lagged: 0.5, 0.5, 1, 1, 1, 1.
   * Wins read κ(m − 2), with the months before the plan as its first: κ 0.5, 0.5, 0.5, 0.5, 1, 1 → 2.5, 2.5, 2.5, 2.5, 5, 5.
   */
  it('wins and revenue follow coverage one sales cycle later; coverage itself has no lag', () => {
    const plan = planOf(
      planned({
        months: 6,
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 12, dealSize: 1000 }) },
        processes: { p: oneStage(0.5, 46, { rep: 10 }) },
        roles: { rep: { ...role(0.5), hires: [{ start: '2027-03', count: 0.5 }] } },
      }),
    );
    expect(column(plan, (m) => m.segments.s!.coverage)).toEqual([0.5, 0.5, 1, 1, 1, 1]);
    expect(column(plan, (m) => m.coverage)).toEqual([0.5, 0.5, 1, 1, 1, 1]);
    expectCloseAll(column(plan, (m) => m.segments.s!.expectedWins), [2.5, 2.5, 2.5, 2.5, 5, 5]);
    expectCloseAll(column(plan, (m) => m.expectedRevenue), [2500, 2500, 2500, 2500, 5000, 5000], 6);
    expectFigures(plan.totals, { coverage: 5 / 6, expectedWins: 20, expectedRevenue: 20000 });
    // The role reaches capacity when its hire joins, whatever the lag of the wins.
    expect(plan.roles.rep!.firstMonthAtCapacity).toBe('2027-03');
  });

  it('rounds the cycle to months half up: L = round(T × 12 / 365)', () => {
    expect(cycleLag(0)).toBe(0);
    expect(cycleLag(15.2)).toBe(0); // 0.4997 months
    expect(cycleLag(15.25)).toBe(1); // 0.5014
    expect(cycleLag(45.625)).toBe(2); // exactly 1.5: half up
    expect(cycleLag(365)).toBe(12);
  });

  /*
   * Ramp 3 and a partial last quarter (5 months).
   * s: 25 accounts × 12 = O 300 a year; conversion 0.4; rep 10 h → H = 3000 a year, 250 h a month; deal 100.
   * rep: headcount 1, R = 3, hire 2 in 2027-01 (t = 0): p = 1/4, 2/4, 3/4, 1, 1.
   *   E = 1 + 2p = 1.5, 2, 2.5, 3, 3;  A = 100 E = 150, 200, 250, 300, 300
   *   load = 250/A = 5/3, 1.25, 1, 5/6, 5/6;  f = 0.6, 0.8, 1, 1, 1
   *   wins = 300/12 × f × 0.4 = 10 f = 6, 8, 10, 10, 10;  revenue = 100 × wins
   * Quarter 0 (2027-01…03): κ (0.6 + 0.8 + 1)/3 = 0.8, wins 24, revenue 2400.
   * Quarter 1 (2027-04…05, 2 months): κ 1, wins 20, revenue 2000.
   * Totals: κ 4.4/5 = 0.88, wins 44, revenue 4400.
   * rep: at capacity from 2027-03 (load exactly 1: 2.5 × 1200 = 3000 = H); caps s at mean (0.6 + 0.8)/2 = 0.7, lowest 0.6.
   */
  it('ramp 3: a hire grows to full productivity over R months; the last quarter is partial', () => {
    const plan = planOf(
      planned({
        months: 5,
        segments: { s: segment({ process: 'p', accounts: 25, opportunityRate: 12, dealSize: 100 }) },
        processes: { p: oneStage(0.4, 10, { rep: 10 }) },
        roles: { rep: { ...role(1), rampMonths: 3, hires: [{ start: '2027-01', count: 2 }] } },
      }),
    );
    expect(column(plan, (m) => m.roles.rep!.effectiveHeadcount)).toEqual([1.5, 2, 2.5, 3, 3]);
    expectCloseAll(column(plan, (m) => m.roles.rep!.availableHours), [150, 200, 250, 300, 300]);
    expectCloseAll(column(plan, (m) => m.roles.rep!.load), [5 / 3, 1.25, 1, 5 / 6, 5 / 6], 12);
    expectCloseAll(column(plan, (m) => m.roles.rep!.capacityFactor), [0.6, 0.8, 1, 1, 1], 12);
    expectCloseAll(column(plan, (m) => m.segments.s!.expectedWins), [6, 8, 10, 10, 10]);
    expectCloseAll(column(plan, (m) => m.segments.s!.expectedRevenue), [600, 800, 1000, 1000, 1000], 6);
    expect(plan.quarters).toHaveLength(2);
    expect(plan.quarters[1]).toMatchObject({ index: 1, firstMonth: '2027-04', lastMonth: '2027-05', monthCount: 2 });
    expectFigures(plan.quarters[0]!, { coverage: 0.8, expectedWins: 24, expectedRevenue: 2400 });
    expectFigures(plan.quarters[1]!, { coverage: 1, expectedWins: 20, expectedRevenue: 2000 });
    expectFigures(plan.totals, { coverage: 0.88, expectedWins: 44, expectedRevenue: 4400 });
    const rep = plan.roles.rep!;
    expect(rep).toMatchObject({ firstMonthAtCapacity: '2027-03', atCapacityFromStart: false, monthsOverCapacity: 2, peakLoadMonth: '2027-01', rampMonths: 3 });
    expect(rep.peakLoad).toBeCloseTo(5 / 3, 12);
    expect(rep.cappedSegments).toHaveLength(1);
    expect(rep.cappedSegments[0]!.coverage).toBeCloseTo(0.7, 12);
    expect(rep.cappedSegments[0]!.lowestCoverage).toBeCloseTo(0.6, 12);
  });

  /*
   * Hires before the start and after the end. Plan 2027-01, 3 months; rep headcount 1, R = 3.
   *   2026-11 × 2: t = −2 → p(m + 2) = 3/4, 1, 1 (already ramping when the plan starts)
   *   2020-01 × 1: t = −84 → fully productive throughout
   *   2027-04 × 5: t = 3 → p = 0 in every month of a 3-month plan
   * E = 1 + 2p + 1 = 3.5, 4, 4. s: 40 accounts × 12 = O 480, rep 10 h → H = 4800 (400 a month);
   * A = 350, 400, 400 → f = 0.875, 1, 1; load 400/350 = 8/7, 1, 1.
   * wins = 480/12 × f × 0.5 = 20 f = 17.5, 20, 20; revenue × 10.
   * With a 4-month plan, 2027-04 adds 5 × p(0) = 5/4: E(3) = 5.25.
   */
  it('a hire before the start is already ramping; a hire after the end adds nothing', () => {
    const spec = (months: number) =>
      planned({
        months,
        segments: { s: segment({ process: 'p', accounts: 40, opportunityRate: 12, dealSize: 10 }) },
        processes: { p: oneStage(0.5, 10, { rep: 10 }) },
        roles: {
          rep: {
            ...role(1),
            rampMonths: 3,
            hires: [
              { start: '2026-11', count: 2 },
              { start: '2020-01', count: 1 },
              { start: '2027-04', count: 5 },
            ],
          },
        },
      });
    const plan = planOf(spec(3));
    expect(column(plan, (m) => m.roles.rep!.effectiveHeadcount)).toEqual([3.5, 4, 4]);
    expectCloseAll(column(plan, (m) => m.roles.rep!.availableHours), [350, 400, 400]);
    expectCloseAll(column(plan, (m) => m.roles.rep!.load), [8 / 7, 1, 1], 12);
    expectCloseAll(column(plan, (m) => m.segments.s!.coverage), [0.875, 1, 1], 12);
    expectCloseAll(column(plan, (m) => m.expectedWins), [17.5, 20, 20]);
    expectCloseAll(column(plan, (m) => m.expectedRevenue), [175, 200, 200], 6);
    expect(plan.roles.rep).toMatchObject({ firstMonthAtCapacity: '2027-02', monthsOverCapacity: 1 });
    expect(column(planOf(spec(4)), (m) => m.roles.rep!.effectiveHeadcount)).toEqual([3.5, 4, 4, 5.25]);
  });

  /*
   * Attrition. rep: headcount 10, no hires; s: 100 accounts × 12 = O 1200, rep 10 h → H = 12000 (1000 a month);
   * conversion 0.25, deal 1000. Plan 12 months, every month alike.
   *   with backfill (rate 0.24, backfillMonths 2, R = 2): d = 1 − 0.24 × (2 + 1)/12 = 0.94
   *     E = 9.4, A = 940, load 1000/940 = 50/47, f 0.94; wins 1200/12 × 0.94 × 0.25 = 23.5, revenue 23500
   *     totals: κ 0.94, wins 12 × 23.5 = 282, revenue 282000; never at capacity.
   *   without backfill (backfillMonths 0, R = 2): d = 1 − 0.24 × (0 + 1)/12 = 0.98 → E 9.8, A 980, f 0.98, wins 24.5
   *   backfill 0 and R = 0: d = 1 − 0 = 1: a seat refilled at once by someone fully productive costs nothing → §4.
   */
  it('attrition with backfill: the seats left empty and the replacements\u2019 ramp drag the headcount', () => {
    const build = (rampMonths: number, backfillMonths: number) =>
      planOf(
        planned({
          segments: { s: segment({ process: 'p', accounts: 100, opportunityRate: 12, dealSize: 1000 }) },
          processes: { p: oneStage(0.25, 10, { rep: 10 }) },
          roles: { rep: { ...role(10), rampMonths, attrition: { rate: 0.24, backfillMonths } } },
        }),
      );
    const plan = build(2, 2);
    for (const m of plan.months) {
      expect(m.roles.rep!.effectiveHeadcount).toBeCloseTo(9.4, 12);
      expect(m.roles.rep!.availableHours).toBeCloseTo(940, 9);
      expect(m.roles.rep!.requiredHours).toBe(1000);
      expect(m.roles.rep!.load).toBeCloseTo(50 / 47, 12);
      expect(m.segments.s!.coverage).toBeCloseTo(0.94, 12);
      expect(m.expectedWins).toBeCloseTo(23.5, 9);
      expect(m.expectedRevenue).toBeCloseTo(23500, 6);
    }
    expectFigures(plan.totals, { coverage: 0.94, expectedWins: 282, expectedRevenue: 282000 });
    expect(plan.roles.rep).toMatchObject({ firstMonthAtCapacity: null, atCapacityFromStart: false, monthsOverCapacity: 12 });
    expect(plan.roles.rep!.attritionDrag).toBeCloseTo(0.94, 12);
    expect(plan.roles.rep!.cappedSegments.map((c) => c.segment)).toEqual(['s']);
    expect(plan.roles.rep!.cappedSegments[0]!.coverage).toBeCloseTo(0.94, 12);

    const noBackfill = build(2, 0);
    expect(noBackfill.months[0]!.roles.rep!.effectiveHeadcount).toBeCloseTo(9.8, 12);
    expect(noBackfill.months[0]!.roles.rep!.capacityFactor).toBeCloseTo(0.98, 12);
    expect(noBackfill.totals.expectedWins).toBeCloseTo(12 * 24.5, 9);

    const free = build(0, 0);
    expect(free.roles.rep!.attritionDrag).toBe(1);
    expect(free.months[0]!.roles.rep!.effectiveHeadcount).toBe(10);
    expect(free.months[0]!.roles.rep!.capacityFactor).toBe(1);
  });

  /*
   * Attrition applies to hires too, and the drag floors at 0.
   *   rate 0.5, backfill 3, R 0: d = 1 − 0.5 × 3/12 = 0.875; headcount 1 + hire 1 in 2027-02 → E = 0.875, 1.75.
   *   rate 1, backfill 24: d = max(0, 1 − 24/12) = 0 → E 0, A 0; H 100 a month > 0 → load ∞, f 0, κ 0, no wins;
   *   exported load is null.
   */
  it('attrition drags hires too and never makes headcount negative', () => {
    const plan = planOf(
      planned({
        months: 2,
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 12, dealSize: 100 }, 'gone') },
        processes: { p: oneStage(0.5, 10, { gone: 10 }) },
        roles: {
          kept: { ...role(1), hires: [{ start: '2027-02', count: 1 }], attrition: { rate: 0.5, backfillMonths: 3 } },
          gone: { ...role(5), attrition: { rate: 1, backfillMonths: 24 } },
        },
      }),
    );
    expect(column(plan, (m) => m.roles.kept!.effectiveHeadcount)).toEqual([0.875, 1.75]);
    expect(column(plan, (m) => m.roles.gone!)).toEqual([
      { effectiveHeadcount: 0, availableHours: 0, requiredHours: 100, load: Infinity, capacityFactor: 0 },
      { effectiveHeadcount: 0, availableHours: 0, requiredHours: 100, load: Infinity, capacityFactor: 0 },
    ]);
    expect(column(plan, (m) => m.segments.s!)).toEqual([
      { coverage: 0, expectedWins: 0, expectedRevenue: 0, bottleneck: 'gone' },
      { coverage: 0, expectedWins: 0, expectedRevenue: 0, bottleneck: 'gone' },
    ]);
    expect(plan.roles.gone).toMatchObject({ firstMonthAtCapacity: null, peakLoad: Infinity, peakLoadMonth: '2027-01', attritionDrag: 0 });
    expect(plan.roles.kept).toMatchObject({ firstMonthAtCapacity: '2027-01', atCapacityFromStart: true, peakLoad: 0, cappedSegments: [] });
    const exported = exportPlan(plan);
    expect(exported.months.map((m) => m.roles.gone!.load)).toEqual([null, null]);
    expect(exportedPlanSchema.parse(exported)).toEqual(exported);
  });

  /*
   * Headcount 0 with hires. rep: headcount 0, R = 1 (p(0) = 1/2, then 1), hire 1 in 2027-03 (t = 2). Plan 4 months.
   * s: 10 × 12 = O 120, rep 10 h → H = 1200 (100 a month); conversion 0.5, deal 100.
   *   E = 0, 0, 0.5, 1; A = 0, 0, 50, 100; load ∞, ∞, 2, 1; f = 0, 0, 0.5, 1
   *   wins = 120/12 × f × 0.5 = 5 f = 0, 0, 2.5, 5; revenue × 100
   * Totals: κ (0 + 0 + 0.5 + 1)/4 = 0.375, wins 7.5, revenue 750.
   * rep: at capacity from 2027-04; peak ∞ in 2027-01; caps s at mean (0 + 0 + 0.5)/3 = 1/6, lowest 0.
   */
  it('headcount 0 with hires: infinite load and no coverage until the first hire joins', () => {
    const plan = planOf(
      planned({
        months: 4,
        segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 12, dealSize: 100 }) },
        processes: { p: oneStage(0.5, 10, { rep: 10 }) },
        roles: { rep: { ...role(0), rampMonths: 1, hires: [{ start: '2027-03', count: 1 }] } },
      }),
    );
    expect(column(plan, (m) => m.roles.rep!.effectiveHeadcount)).toEqual([0, 0, 0.5, 1]);
    expect(column(plan, (m) => m.roles.rep!.availableHours)).toEqual([0, 0, 50, 100]);
    expect(column(plan, (m) => m.roles.rep!.load)).toEqual([Infinity, Infinity, 2, 1]);
    expect(column(plan, (m) => m.segments.s!.coverage)).toEqual([0, 0, 0.5, 1]);
    expect(column(plan, (m) => m.segments.s!.bottleneck)).toEqual(['rep', 'rep', 'rep', null]);
    expectCloseAll(column(plan, (m) => m.expectedWins), [0, 0, 2.5, 5]);
    expectFigures(plan.totals, { coverage: 0.375, expectedWins: 7.5, expectedRevenue: 750 });
    expect(plan.quarters.map((q) => q.monthCount)).toEqual([3, 1]);
    expect(plan.roles.rep).toMatchObject({ firstMonthAtCapacity: '2027-04', atCapacityFromStart: false, monthsOverCapacity: 3, peakLoad: Infinity, peakLoadMonth: '2027-01' });
    expect(plan.roles.rep!.cappedSegments[0]!.coverage).toBeCloseTo(1 / 6, 12);
    expect(plan.roles.rep!.cappedSegments[0]!.lowestCoverage).toBe(0);
    expect(exportPlan(plan).months.map((m) => m.roles.rep!.load)).toEqual([null, null, 2, 1]);
  });

  /*
   * A role that never reaches capacity, two roles sharing two segments, coverage weighted by accounts, and ids
   * that are Object.prototype's member names. Plan 3 months; roles in id order: `constructor`, `se`.
   *   segment `constructor`: 10 × 12 = O 120, process p (conversion 0.5): constructor 10 h, se 5 h
   *     → D_constructor = 1200, D_se = 600; owner constructor, no touches; deal 300.
   *   segment t: 30 × 4 = O 120, process q (conversion 0.25): se 10 h → D_se = 1200; owner constructor,
   *     1 touch × 10 h → C = 300; deal 1200.
   *   role constructor: headcount 0.5, H = 1200 + 300 = 1500 (125 a month), A = 50 → load 2.5, f 0.4 every month.
   *   role se: headcount 0.5, hire 1 in 2027-02, H = 600 + 1200 = 1800 (150 a month);
   *     m0: A 50, load 3, f 1/3; m1, m2: E 1.5, A 150, load 1, f 1.
   *   κ_constructor = min(f_constructor, f_se) = 1/3 (se), 0.4, 0.4 (constructor); κ_t the same.
   *   wins_constructor = 120/12 × κ × 0.5 = 5κ = 5/3, 2, 2; revenue × 300 = 500, 600, 600.
   *   wins_t = 120/12 × κ × 0.25 = 2.5κ = 5/6, 1, 1; revenue × 1200 = 1000, 1200, 1200.
   *   κ(m) = (10 κ_constructor + 30 κ_t)/40 = 1/3, 0.4, 0.4; wins 2.5, 3, 3; revenue 1500, 1800, 1800.
   *   Totals: κ (1/3 + 0.8)/3 = 17/45; wins 8.5; revenue 5100.
   *   constructor never at capacity, caps both at mean 17/45 (lowest 1/3); se at capacity from 2027-02, caps both at 1/3.
   */
  it('a role that never reaches capacity; shared roles; ids like `constructor`', () => {
    const playbook = planned({
      months: 3,
      segments: {
        constructor: segment({ process: 'p', accounts: 10, opportunityRate: 12, dealSize: 300 }, 'constructor'),
        t: segment({ process: 'q', accounts: 30, opportunityRate: 4, dealSize: 1200 }, 'constructor', 1, 10),
      },
      processes: { p: oneStage(0.5, 10, { constructor: 10, se: 5 }), q: oneStage(0.25, 10, { se: 10 }) },
      roles: { constructor: role(0.5), se: { ...role(0.5), hires: [{ start: '2027-02', count: 1 }] } },
    });
    const metrics = computeMetrics(playbook);
    expect(contributingRoles(playbook, metrics, 'constructor')).toEqual(['constructor', 'se']);
    expect(contributingRoles(playbook, metrics, 't')).toEqual(['constructor', 'se']);
    const plan = computePlan(playbook, metrics)!;

    expect(Object.getPrototypeOf(plan.months[0]!.roles)).toBeNull();
    expect(Object.getPrototypeOf(plan.months[0]!.segments)).toBeNull();
    expect(Object.getPrototypeOf(plan.roles)).toBeNull();
    expect(Object.keys(plan.months[0]!.roles)).toEqual(['constructor', 'se']);

    expect(column(plan, (m) => m.roles[CTOR]!.load)).toEqual([2.5, 2.5, 2.5]);
    expectCloseAll(column(plan, (m) => m.roles.se!.load), [3, 1, 1], 12);
    expectCloseAll(column(plan, (m) => m.segments[CTOR]!.coverage), [1 / 3, 0.4, 0.4], 12);
    expect(column(plan, (m) => m.segments[CTOR]!.bottleneck)).toEqual(['se', 'constructor', 'constructor']);
    expect(column(plan, (m) => m.segments.t!.bottleneck)).toEqual(['se', 'constructor', 'constructor']);
    expectCloseAll(column(plan, (m) => m.segments[CTOR]!.expectedRevenue), [500, 600, 600], 6);
    expectCloseAll(column(plan, (m) => m.segments.t!.expectedWins), [5 / 6, 1, 1]);
    expectCloseAll(column(plan, (m) => m.coverage), [1 / 3, 0.4, 0.4], 12);
    expectCloseAll(column(plan, (m) => m.expectedWins), [2.5, 3, 3]);
    expectCloseAll(column(plan, (m) => m.expectedRevenue), [1500, 1800, 1800], 6);
    expectFigures(plan.totals, { coverage: 17 / 45, expectedWins: 8.5, expectedRevenue: 5100 });
    expect(plan.quarters).toHaveLength(1);
    expectFigures(plan.quarters[0]!, plan.totals);

    const c = plan.roles[CTOR]!;
    expect(c).toMatchObject({ id: 'constructor', firstMonthAtCapacity: null, atCapacityFromStart: false, monthsOverCapacity: 3, peakLoad: 2.5, peakLoadMonth: '2027-01' });
    expect(c.cappedSegments.map((x) => x.segment)).toEqual(['constructor', 't']);
    for (const x of c.cappedSegments) {
      expect(x.coverage).toBeCloseTo(17 / 45, 12);
      expect(x.lowestCoverage).toBeCloseTo(1 / 3, 12);
    }
    const se = plan.roles.se!;
    expect(se).toMatchObject({ firstMonthAtCapacity: '2027-02', monthsOverCapacity: 1, peakLoadMonth: '2027-01' });
    expect(se.peakLoad).toBeCloseTo(3, 12);
    expect(se.cappedSegments.map((x) => [x.segment, x.coverage])).toEqual([
      ['constructor', se.cappedSegments[0]!.lowestCoverage],
      ['t', se.cappedSegments[1]!.lowestCoverage],
    ]);
    expect(se.cappedSegments[0]!.coverage).toBeCloseTo(1 / 3, 12);

    const exported = exportPlan(plan);
    expect(Object.keys(exported.months[0]!.segments)).toEqual(['constructor', 't']);
    expect(exportedPlanSchema.parse(exported)).toEqual(exported);
  });

  /*
   * A headcount so small that H / A overflows: rep 1e-320 people × 1200 h ≈ 1.2e-317 h a year against
   * H = 10 × 12 × 10 = 1200 h gives a load of about 1e320 > Number.MAX_VALUE → Infinity, as §4's loadOf does;
   * the capacity factor is A / H ≈ 1e-320, so coverage is (almost) 0. Not an error: the schemas bound numbers
   * above, not away from 0.
   */
  it('a load that overflows is Infinity, as in §4, not an error', () => {
    const playbook = planned({
      months: 1,
      segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 12, dealSize: 100 }) },
      processes: { p: oneStage(0.5, 10, { rep: 10 }) },
      roles: { rep: role(1e-320) },
    });
    const plan = planOf(playbook);
    expect(computeMetrics(playbook).roles.rep!.load).toBe(Infinity);
    expect(plan.months[0]!.roles.rep!.load).toBe(Infinity);
    expect(plan.months[0]!.roles.rep!.availableHours).toBeGreaterThan(0);
    expect(plan.months[0]!.segments.s!.coverage).toBeLessThan(1e-300);
    expect(exportPlan(plan).months[0]!.roles.rep!.load).toBeNull();
  });

  it('a role that contributes nothing and a playbook without accounts: load 0, coverage 1', () => {
    const plan = planOf(
      planned({
        months: 2,
        segments: { s: segment({ process: 'p', accounts: 0, opportunityRate: 12, dealSize: 100 }) },
        processes: { p: oneStage(0.5, 10, { rep: 10 }) },
        roles: { rep: role(0), idle: role(2) },
      }),
    );
    for (const m of plan.months) {
      expect(m.roles.rep).toEqual({ effectiveHeadcount: 0, availableHours: 0, requiredHours: 0, load: 0, capacityFactor: 1 });
      expect(m.roles.idle).toEqual({ effectiveHeadcount: 2, availableHours: 200, requiredHours: 0, load: 0, capacityFactor: 1 });
      expect(m).toMatchObject({ coverage: 1, expectedWins: 0, expectedRevenue: 0 });
    }
    expect(plan.roles.rep).toMatchObject({ firstMonthAtCapacity: '2027-01', atCapacityFromStart: true, peakLoad: 0, cappedSegments: [] });
  });
});

describe('exportPlan', () => {
  const plan = planOf(
    planned({
      months: 4,
      segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 12, dealSize: 100 }) },
      processes: { p: oneStage(0.5, 10, { rep: 10 }) },
      roles: { rep: { ...role(0), hires: [{ start: '2027-02', count: 1 }] } },
    }),
  );

  it('writes exactly the keys of §8', () => {
    const exported = exportPlan(plan);
    expect(Object.keys(exported)).toEqual(['start', 'months', 'quarters', 'totals']);
    expect(exported.start).toBe('2027-01');
    expect(Object.keys(exported.months[0]!)).toEqual(['month', 'coverage', 'expectedWins', 'expectedRevenue', 'roles', 'segments']);
    expect(Object.keys(exported.months[0]!.roles.rep!)).toEqual(['effectiveHeadcount', 'availableHours', 'requiredHours', 'load']);
    expect(Object.keys(exported.months[0]!.segments.s!)).toEqual(['coverage', 'expectedWins', 'expectedRevenue']);
    expect(exported.quarters.map((q) => Object.keys(q))).toEqual([
      ['coverage', 'expectedWins', 'expectedRevenue'],
      ['coverage', 'expectedWins', 'expectedRevenue'],
    ]);
    expect(Object.keys(exported.totals)).toEqual(['coverage', 'expectedWins', 'expectedRevenue']);
    // H = 1200, rep 0 then 1: m0 load ∞ → null.
    expect(exported.months.map((m) => m.roles.rep!.load)).toEqual([null, 1, 1, 1]);
    // It survives JSON and its schema.
    const json = JSON.parse(JSON.stringify(exported)) as unknown;
    expect(json).toEqual(exported);
    expect(exportedPlanSchema.parse(json)).toEqual(exported);
  });

  it('has a schema that refuses extra keys, infinite numbers and coverage above 1', () => {
    const exported = exportPlan(plan);
    expect(exportedPlanSchema.safeParse({ ...exported, roles: {} }).success).toBe(false);
    const month = exported.months[0]!;
    const withMonth = (m: unknown) => ({ ...exported, months: [m] });
    expect(exportedPlanSchema.safeParse(withMonth({ ...month, bottleneck: null })).success).toBe(false);
    expect(exportedPlanSchema.safeParse(withMonth({ ...month, roles: { rep: { ...month.roles.rep!, load: Infinity } } })).success).toBe(false);
    expect(exportedPlanSchema.safeParse(withMonth({ ...month, roles: { rep: { ...month.roles.rep!, capacityFactor: 1 } } })).success).toBe(false);
    expect(exportedPlanSchema.safeParse(withMonth({ ...month, coverage: 1.5 })).success).toBe(false);
    expect(exportedPlanSchema.safeParse(withMonth({ ...month, month: '2027-13' })).success).toBe(false);
    expect(exportedPlanSchema.safeParse({ ...exported, totals: { ...exported.totals, expectedWins: Number.NaN } }).success).toBe(false);
    expect(exportedPlanSchema.safeParse(withMonth(month)).success).toBe(true);
  });
});

describe('computePlan invariants (property-based)', () => {
  const roleIds = ['a', 'b', 'c'] as const;
  const hoursArb = fc.double({ min: 0, max: 50, noNaN: true });
  const hireArb = fc.record({ offset: fc.integer({ min: -40, max: 40 }), count: fc.double({ min: 0.01, max: 3, noNaN: true }) });
  const roleArb = fc.record({
    headcount: fc.double({ min: 0, max: 3, noNaN: true }),
    sellingHours: fc.option(fc.double({ min: 100, max: 2000, noNaN: true }), { nil: undefined }),
    rampMonths: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
    hires: fc.array(hireArb, { maxLength: 3 }),
    attrition: fc.option(fc.record({ rate: fc.double({ min: 0, max: 1, noNaN: true }), backfillMonths: fc.integer({ min: 0, max: 24 }) }), { nil: undefined }),
  });
  const segmentArb = fc.record({
    accounts: fc.integer({ min: 0, max: 500 }),
    rate: fc.double({ min: 0, max: 3, noNaN: true }),
    dealSize: fc.double({ min: 0, max: 1e6, noNaN: true }),
    owner: fc.constantFrom(...roleIds),
    touches: hoursArb,
    perTouch: hoursArb,
    conversion: fc.double({ min: 0.01, max: 1, noNaN: true }),
    a: hoursArb,
    b: hoursArb,
  });
  const specArb = fc.record({
    year: fc.integer({ min: 2000, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    months: fc.integer({ min: 1, max: 36 }),
    roles: fc.array(roleArb, { minLength: 3, maxLength: 3 }),
    segments: fc.array(segmentArb, { maxLength: 4 }),
  });
  type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

  function build(spec: Spec, { hires = true, attrition = true } = {}): CompletePlaybook {
    const start = `${spec.year}-${String(spec.month).padStart(2, '0')}`;
    return planned({
      start,
      months: spec.months,
      sellingHours: 1400,
      roles: Object.fromEntries(
        roleIds.map((id, i) => {
          const r = spec.roles[i]!;
          const input: RoleInput = { ...role(r.headcount, r.sellingHours) };
          if (r.rampMonths !== undefined) input.rampMonths = r.rampMonths;
          if (hires && r.hires.length > 0) input.hires = r.hires.map((h) => ({ start: addMonths(start, h.offset), count: h.count }));
          if (attrition && r.attrition) input.attrition = r.attrition;
          return [id, input];
        }),
      ),
      processes: Object.fromEntries(spec.segments.map((s, i) => [`p${i}`, oneStage(s.conversion, 10, { a: s.a, b: s.b })])),
      segments: Object.fromEntries(spec.segments.map((s, i) => [`s${i}`, segment({ process: `p${i}`, accounts: s.accounts, opportunityRate: s.rate, dealSize: s.dealSize }, s.owner, s.touches, s.perTouch)])),
    });
  }

  it('without hires and attrition, every month is §4 spread over twelve months', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const playbook = build(spec, { hires: false, attrition: false });
        const metrics = computeMetrics(playbook);
        const plan = computePlan(playbook, metrics)!;
        expect(plan.months).toHaveLength(spec.months);
        for (const m of plan.months) {
          expect(m.coverage).toBe(metrics.coverage);
          expect(m.expectedWins).toBeCloseTo(metrics.expectedWins / 12, 6);
          expect(m.expectedRevenue).toBeCloseTo(metrics.expectedRevenue / 12, 0);
          for (const [id, r] of Object.entries(metrics.roles)) {
            const month = m.roles[id]!;
            expect(month.effectiveHeadcount).toBe(playbook.roles.find((x) => x.id === id)!.data.headcount);
            expect(month.load).toBe(r.load);
            expect(month.capacityFactor).toBe(r.capacityFactor);
            expect(month.availableHours).toBeCloseTo(r.availableHours / 12, 6);
            expect(month.requiredHours).toBeCloseTo(r.requiredHours / 12, 6);
          }
          for (const [id, s] of Object.entries(metrics.segments)) {
            const month = m.segments[id]!;
            expect(month.coverage).toBe(s.coverage);
            expect(month.bottleneck).toBe(s.bottleneck);
            expect(month.expectedWins).toBeCloseTo(s.expectedWins / 12, 6);
            expect(month.expectedRevenue).toBeCloseTo(s.expectedRevenue / 12, 0);
          }
        }
        expect(plan.totals.coverage).toBeCloseTo(metrics.coverage, 12);
      }),
      { numRuns: 100 },
    );
  });

  it('without attrition, effective headcount never decreases from one month to the next', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const plan = planOf(build(spec, { attrition: false }));
        for (const id of roleIds) {
          const series = column(plan, (m) => m.roles[id]!.effectiveHeadcount);
          for (let m = 1; m < series.length; m++) expect(series[m]!).toBeGreaterThanOrEqual(series[m - 1]!);
          const loads = column(plan, (m) => m.roles[id]!.load);
          const summary = plan.roles[id]!;
          // With headcount growing and hours constant, the role is at capacity from its first month with load ≤ 1.
          const first = loads.findIndex((l) => l <= 1);
          expect(summary.firstMonthAtCapacity).toBe(first === -1 ? null : plan.months[first]!.month);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every coverage in [0, 1] and every figure finite; the export passes its schema', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const plan = planOf(build(spec));
        const coverages = [
          plan.totals.coverage,
          ...plan.quarters.map((q) => q.coverage),
          ...plan.months.flatMap((m) => [m.coverage, ...Object.values(m.segments).map((s) => s.coverage), ...Object.values(m.roles).map((r) => r.capacityFactor)]),
          ...Object.values(plan.roles).flatMap((r) => r.cappedSegments.flatMap((c) => [c.coverage, c.lowestCoverage])),
        ];
        for (const c of coverages) {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
        for (const m of plan.months) {
          for (const r of Object.values(m.roles)) {
            expect(r.effectiveHeadcount).toBeGreaterThanOrEqual(0);
            // Infinity only with hours required: none available, or so few that H / A overflows (headcount 5e-324).
            if (r.load === Infinity) expect(r.requiredHours).toBeGreaterThan(0);
            else expect(Number.isFinite(r.load)).toBe(true);
          }
        }
        const exported = exportPlan(plan);
        expect(exportedPlanSchema.safeParse(exported).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('totals and quarters are the sums and means of their months', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const plan = planOf(build(spec));
        const total = (of: PlanMetrics['months']) => ({
          coverage: of.reduce((a, m) => a + m.coverage, 0) / of.length,
          expectedWins: of.reduce((a, m) => a + m.expectedWins, 0),
          expectedRevenue: of.reduce((a, m) => a + m.expectedRevenue, 0),
        });
        expect(plan.totals).toEqual(total(plan.months));
        expect(plan.quarters).toHaveLength(Math.ceil(spec.months / 3));
        plan.quarters.forEach((q, i) => {
          const of = plan.months.slice(3 * i, 3 * i + 3);
          expect(q).toEqual({ index: i, firstMonth: of[0]!.month, lastMonth: of[of.length - 1]!.month, monthCount: of.length, ...total(of) });
        });
        expect(plan.quarters.reduce((a, q) => a + q.monthCount, 0)).toBe(spec.months);
        // A month's wins and revenue are the sums over its segments.
        for (const m of plan.months) {
          const segments = Object.values(m.segments);
          expect(m.expectedWins).toBeCloseTo(segments.reduce((a, s) => a + s.expectedWins, 0), 9);
          expect(m.expectedRevenue).toBeCloseTo(segments.reduce((a, s) => a + s.expectedRevenue, 0), 3);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('computePlan guards', () => {
  it('refuses metrics computed for another playbook', () => {
    const playbook = planned({ roles: { rep: role(1) } });
    const other = computeMetrics(planned({ roles: { ae: role(1) } }));
    expect(() => computePlan(playbook, other)).toThrow(/no role "rep"/);
  });

  it('throws an Error naming a figure that is not finite', () => {
    const playbook = planned({ roles: { rep: role(1) } });
    const metrics = computeMetrics(playbook);
    metrics.roles.rep = { ...metrics.roles.rep!, requiredHours: Number.NaN };
    expect(() => computePlan(playbook, metrics)).toThrow(/roles\.rep\.requiredHours .* is not finite/);
  });
});
