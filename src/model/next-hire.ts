/**
 * The next hire, priced honestly (issue 23): for each role with work, what
 * one more person **beyond the hires the plan already counts** does to the
 * model's coverage, wins and new bookings (format §4), what the person
 * costs (v1.2 `cost`), when their first wins arrive (the ramp, then one sales
 * cycle: §8 v1.2) and when they have paid for themselves. For a role shared
 * below one person (an executive who gives a few hours a year), the smallest
 * fraction that matters: half a person from 0.5, a quarter below that.
 *
 * Computed by the scenario machinery (§7), never by a formula of its own:
 * - the steady state is §4 of a copy where every role already has the people
 *   its plan hires by the plan's last month, against the same copy with
 *   `{set: roles/<id>.headcount, add: n}`;
 * - the months are §8 of the playbook with the hire joining at the plan's
 *   start (`{set: roles/<id>.hires, to: [...hires, {start, count: n}]}`),
 *   run over the 35 months from the one before the hire joins (the most a plan may have), so that a ramp and a long cycle fit, against the same
 *   months without it. Its first `plan.months` months are the plan's. A
 *   playbook without a plan is run from an arbitrary month: only the offsets
 *   (months after joining) are reported then.
 *
 * The rules the copies are held to come in as `rules` (src/lint/scenarios.ts
 * has the set `check` uses), as for every scenario.
 */
import type { CompletePlaybook } from './graph.ts';
import { computeMetrics } from './metrics.ts';
import { addMonths, monthRange } from './months.ts';
import type { HireDelta, NextHire, NextHireOptions, PlanHire } from './next-hire-types.ts';
import { computePlan, type PlanMetrics } from './plan.ts';
import { applyScenario, type ScenarioChange } from './scenario.ts';
import { evaluateScenario } from './scenario-evaluate.ts';

/** People one hire adds to a role: 1, or the smallest fraction that matters for a role shared below one person. */
export function nextHireStep(headcount: number): number {
  if (headcount === 0 || headcount >= 1) return 1;
  return headcount >= 0.5 ? 0.5 : 0.25;
}

/** Changes smaller than this (relative) are floating-point noise, not a change. */
const moved = (delta: number, scale: number) => Math.abs(delta) > 1e-9 * Math.max(1, Math.abs(scale));

/** The months §8 is run over to follow a hire, from the month it joins: long enough for a ramp and a long sales cycle. */
const HORIZON = 35;

/** People the plan hires into a role by its last month (those who start before it included); 0 without a plan. */
export function plannedHires(playbook: CompletePlaybook, roleId: string): number {
  const plan = playbook.index.data.plan;
  const role = playbook.roles.find((r) => r.id === roleId);
  if (!plan || !role?.data.hires) return 0;
  const end = addMonths(plan.start, (plan.months ?? 12) - 1);
  return role.data.hires.filter((h) => h.start <= end).reduce((sum, h) => sum + h.count, 0);
}

/**
 * The next hire of every role with work, the most valuable first: by what the person adds a year at steady state
 * net of their cost (by what they add, when no role has a cost), then by what they add within the plan net of their
 * cost there, then by load, then by id. Roles without hours to do are left out: a person there changes nothing.
 */
export function priceNextHires(baseline: CompletePlaybook, options: NextHireOptions): NextHire[] {
  const metrics = options.baselineMetrics ?? computeMetrics(baseline);
  const plan = options.baselinePlan === undefined ? computePlan(baseline, metrics) : options.baselinePlan;

  // The steady state after the plan: every role with the people its plan hires.
  const planned = new Map(baseline.roles.map((r) => [r.id, plannedHires(baseline, r.id)]));
  const staffed = applyChanges(
    baseline,
    [...planned].filter(([, n]) => n > 0).map(([id, n]) => ({ set: `roles/${id}.headcount`, add: n, source: `next hire: the plan's hires of ${id}` })),
    options,
  );
  if (!staffed) return [];
  const staffedMetrics = staffed === baseline ? metrics : computeMetrics(staffed);
  const staffedWarnings = staffed === baseline && options.baselineWarnings ? options.baselineWarnings : options.rules.warnings(staffed, staffedMetrics);

  // The months without the hire, over the horizon. It starts a month before the hire joins: §8 runs the months
  // before its first as the first, which would credit the hire's coverage to wins before its first sales cycle.
  const start = plan?.start ?? '2000-01';
  const months = monthRange(start, HORIZON);
  const horizonPlan = { start: addMonths(start, -1), months: HORIZON + 1 };
  const horizon = applyChanges(baseline, [{ set: 'playbook.plan', to: horizonPlan, source: 'next hire: the months that follow a hire' }], options);
  const withoutHire = horizon ? computePlan(horizon, computeMetrics(horizon)) : null;

  const hires: NextHire[] = [];
  for (const role of baseline.roles) {
    const today = metrics.roles[role.id];
    const m = staffedMetrics.roles[role.id];
    if (!today || !m || m.requiredHours === 0) continue;
    const headcount = role.data.headcount + planned.get(role.id)!;
    const add = nextHireStep(headcount);
    const applied = applyScenario(staffed, [{ set: `roles/${role.id}.headcount`, add, source: `next hire: roles/${role.id}.headcount+=${add}` }], { rules: options.rules, registry: options.registry });
    // A copy the checks refuse (a figure that overflows) has no price.
    if (!applied.graph) continue;
    const evaluation = evaluateScenario(staffed, { graph: applied.graph, changes: applied.changes }, {
      rules: options.rules,
      id: `next-hire-${role.id}`,
      baselineMetrics: staffedMetrics,
      baselineWarnings: staffedWarnings,
      lang: options.lang,
    });
    const after = evaluation.metrics;
    const delta: HireDelta = {
      coverage: after.coverage - staffedMetrics.coverage,
      coveredAccounts: after.coveredAccounts - staffedMetrics.coveredAccounts,
      winRate: after.winRate - staffedMetrics.winRate,
      expectedWins: after.expectedWins - staffedMetrics.expectedWins,
      expectedRevenue: after.expectedRevenue - staffedMetrics.expectedRevenue,
    };
    const cost = role.data.cost === undefined ? null : add * role.data.cost;
    const monthly = horizon && withoutHire ? followHire(horizon, withoutHire, role.id, add, start, options) : null;
    const perMonth = cost === null ? null : cost / 12;
    const planMonths = plan?.months.length ?? 0;
    let planHire: PlanHire | null = null;
    if (plan && monthly) {
      const within = monthly.slice(0, planMonths);
      const total = (pick: (m: MonthDelta) => number) => within.reduce((sum, m) => sum + pick(m), 0);
      const withHire = { coverage: plan.totals.coverage + total((m) => m.coverage) / planMonths, expectedWins: plan.totals.expectedWins + total((m) => m.wins), expectedRevenue: plan.totals.expectedRevenue + total((m) => m.revenue) };
      const first = firstMonth(monthly, (m) => m.wins > 1e-9);
      const full = fullPace(monthly);
      planHire = {
        start: plan.start,
        rampMonths: role.data.rampMonths ?? 0,
        totals: withHire,
        delta: { coverage: withHire.coverage - plan.totals.coverage, expectedWins: withHire.expectedWins - plan.totals.expectedWins, expectedRevenue: withHire.expectedRevenue - plan.totals.expectedRevenue },
        firstWinsMonth: first !== null && first < planMonths ? months[first]! : null,
        fullPaceMonth: full !== null && full < planMonths ? months[full]! : null,
        cost: perMonth === null ? null : perMonth * planMonths,
      };
    }
    const changesNow = moved(delta.coverage, 1) || moved(delta.expectedWins, staffedMetrics.expectedWins) || moved(delta.expectedRevenue, staffedMetrics.expectedRevenue);
    const changesInPlan = planHire !== null && (moved(planHire.delta.coverage, 1) || moved(planHire.delta.expectedRevenue, plan!.totals.expectedRevenue));
    hires.push({
      role: role.id,
      headcount: role.data.headcount,
      planned: planned.get(role.id)!,
      add,
      loadToday: today.load,
      load: m.load,
      loadAfter: after.roles[role.id]?.load ?? m.load,
      fteNeeded: m.fteNeeded,
      after,
      delta,
      cost,
      net: cost === null ? null : delta.expectedRevenue - cost,
      firstWinsAfter: monthly ? firstMonth(monthly, (x) => x.wins > 1e-9) : null,
      fullPaceAfter: monthly ? fullPace(monthly) : null,
      paybackMonths: cost === null ? null : cost === 0 ? 0 : monthly ? payback(monthly, perMonth!) : null,
      plan: planHire,
      cleared: evaluation.cleared,
      changes: changesNow || changesInPlan,
    });
  }
  const anyCost = hires.some((h) => h.cost !== null);
  const value = (h: NextHire) => (anyCost ? h.delta.expectedRevenue - (h.cost ?? 0) : h.delta.expectedRevenue);
  const inPlan = (h: NextHire) => (h.plan ? h.plan.delta.expectedRevenue - (anyCost ? (h.plan.cost ?? 0) : 0) : 0);
  const load = (h: NextHire) => (Number.isFinite(h.load) ? h.load : Number.MAX_VALUE);
  // Only hires that change something compete; a change below noise is no value.
  const rank = (h: NextHire) => (h.changes ? 1 : 0);
  return hires.sort(
    (a, b) =>
      rank(b) - rank(a) ||
      value(b) - value(a) ||
      inPlan(b) - inPlan(a) ||
      b.delta.coverage - a.delta.coverage ||
      load(b) - load(a) ||
      (a.role < b.role ? -1 : a.role > b.role ? 1 : 0),
  );
}

/** The hire's effect on one month of §8: the change of coverage, wins and bookings. */
interface MonthDelta {
  coverage: number;
  wins: number;
  revenue: number;
}

/** §8 over the horizon with `add` more people joining role `roleId` in month `start`, against the months without. */
function followHire(horizon: CompletePlaybook, without: PlanMetrics, roleId: string, add: number, start: string, options: NextHireOptions): MonthDelta[] | null {
  const role = horizon.roles.find((r) => r.id === roleId)!;
  const hires = [...(role.data.hires ?? []).map((h) => ({ ...h })), { start, count: add }];
  const graph = applyChanges(horizon, [{ set: `roles/${roleId}.hires`, to: hires, source: `next hire: roles/${roleId}.hires` }], options);
  const withHire = graph ? computePlan(graph, computeMetrics(graph)) : null;
  if (!withHire) return null;
  // The month before the hire joins is the horizon's first: not the hire's.
  return withHire.months.slice(1).map((m, i) => {
    const base = without.months[i + 1]!;
    const noise = (d: number, scale: number) => (moved(d, scale) ? d : 0);
    return { coverage: noise(m.coverage - base.coverage, 1), wins: noise(m.expectedWins - base.expectedWins, base.expectedWins), revenue: noise(m.expectedRevenue - base.expectedRevenue, base.expectedRevenue) };
  });
}

/** The index of the first month that passes `test`, or null. */
function firstMonth(months: readonly MonthDelta[], test: (m: MonthDelta) => boolean): number | null {
  const i = months.findIndex(test);
  return i < 0 ? null : i;
}

/** The first month from which the added wins stay at their level of the horizon's last month (within a thousandth); null when they never rise. */
function fullPace(months: readonly MonthDelta[]): number | null {
  const last = months[months.length - 1]!.wins;
  if (last <= 1e-9) return null;
  let i = months.length - 1;
  while (i > 0 && Math.abs(months[i - 1]!.wins - last) <= 1e-3 * last) i--;
  return i;
}

/**
 * The months until the added bookings have paid for the hire for good: counted from the month the hire joins, the
 * first month from which the cumulative added bookings stay at or above the cumulative cost (the month that pays it
 * back counts whole). After the horizon, every month adds as the last one did; a hire whose month at full pace adds
 * less than it costs never pays back, whatever it brought while others ramped.
 */
function payback(months: readonly MonthDelta[], costPerMonth: number): number | null {
  const gain = months[months.length - 1]!.revenue - costPerMonth;
  if (gain < -1e-9 * costPerMonth) return null;
  let balance = 0;
  let lastBelow = -1;
  for (let i = 0; i < months.length; i++) {
    balance += months[i]!.revenue - costPerMonth;
    if (balance < -1e-9 * costPerMonth) lastBelow = i;
  }
  if (lastBelow < months.length - 1) return lastBelow + 2;
  if (gain <= 0) return null;
  return months.length + Math.ceil(-balance / gain);
}

/** A copy of the playbook with the changes applied; the playbook itself without changes; null when the checks refuse the copy. */
function applyChanges(playbook: CompletePlaybook, changes: ScenarioChange[], options: NextHireOptions): CompletePlaybook | null {
  if (changes.length === 0) return playbook;
  return applyScenario(playbook, changes, { rules: options.rules, registry: options.registry }).graph ?? null;
}
