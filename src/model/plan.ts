/**
 * The plan over time (format §8): month by month from `plan.start`,
 * the team's effective headcount (hires, ramp, attrition), each role's
 * capacity and each segment's coverage, wins and revenue; then quarters of
 * the plan, totals, and a summary per role for a sales leader.
 *
 * Pure plain TypeScript on top of §4: every yearly number (H_x, O_s, W_s, the
 * roles that contribute to a segment) comes from `computeMetrics`, so the two
 * can never disagree. With no hires and no attrition every month is exactly
 * §4 spread over twelve months.
 *
 * Records keyed by id are created with `Object.create(null)`: ids like
 * `constructor` never meet Object.prototype's members. Every figure is
 * checked to be finite (a load may be Infinity, as in §4: hours required and
 * none available); a non-finite figure throws an Error naming it. Inputs are
 * bounded at 10^12 by the schemas, so that is a guard against bugs, not a
 * diagnostic.
 */
import type { Role } from '../schema/index.ts';
import type { CompletePlaybook } from './graph.ts';
import { capacityFactorOf, contributesTo, loadOf, type PlaybookMetrics } from './metrics.ts';
import { monthRange, monthsBetween } from './months.ts';
import type { PlanCappedSegment, PlanFigures, PlanMetrics, PlanMonth, PlanQuarter, PlanRoleMonth, PlanRoleSummary, PlanSegmentMonth } from './plan-types.ts';
import { own } from './records.ts';

export type { PlanCappedSegment, PlanFigures, PlanMetrics, PlanMonth, PlanQuarter, PlanRoleMonth, PlanRoleSummary, PlanSegmentMonth } from './plan-types.ts';

/**
 * L_p = round(T_p × 12 / 365) months, half up (format §8 v1.2): an
 * opportunity opened in a month closes one won cycle later, so a month's wins
 * follow the coverage of L_p months before.
 */
export function cycleLag(cycleDays: number): number {
  return Math.floor((cycleDays * 12) / 365 + 0.5);
}

/** p(k): 0 before the hire joins, (k + 1)/(R + 1) while ramping (0 ≤ k < R), 1 from month R on. */
export function productivity(k: number, rampMonths: number): number {
  if (k < 0) return 0;
  if (k >= rampMonths) return 1;
  return (k + 1) / (rampMonths + 1);
}

/** d_x = max(0, 1 − rate × (backfillMonths + R/2) / 12); 1 without attrition. */
export function attritionDrag(role: Role): number {
  if (!role.attrition) return 1;
  const ramp = role.rampMonths ?? 0;
  return Math.max(0, 1 - (role.attrition.rate * (role.attrition.backfillMonths + ramp / 2)) / 12);
}

/** The ids of the roles that contribute to segment `segmentId`, in the playbook's role order. */
export function contributingRoles(playbook: CompletePlaybook, metrics: PlaybookMetrics, segmentId: string): string[] {
  const segment = playbook.segments.find((s) => s.id === segmentId);
  if (!segment) throw new Error(`plan: no segment ${JSON.stringify(segmentId)} in playbook ${playbook.id}`);
  const m = ownOrThrow(metrics.segments, segmentId, 'segment');
  return playbook.roles.filter((r) => contributesTo(m, segment.data.coverage.owner, r.id)).map((r) => r.id);
}

function ownOrThrow<T>(record: Record<string, T>, id: string, kind: string): T {
  if (!Object.hasOwn(record, id)) throw new Error(`plan: the metrics have no ${kind} ${JSON.stringify(id)}: they were computed for another playbook`);
  return record[id]!;
}

function finite(value: number, figure: string): number {
  if (!Number.isFinite(value)) throw new Error(`plan: ${figure} is not finite (${value})`);
  return value;
}

/**
 * A load is finite, or Infinity when hours are required and none are available (§4), or so few that H / A
 * overflows (a headcount like 1e-320: the schemas bound numbers above, not away from 0); never NaN.
 */
function checkedLoad(load: number, required: number, figure: string): number {
  if (load === Infinity && required > 0) return load;
  return finite(load, figure);
}

function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

interface PlannedRole {
  id: string;
  /** H_x of §4, a year. */
  requiredHours: number;
  sellingHours: number;
  headcount: number;
  drag: number;
  ramp: number;
  /** t_h: months from plan.start; count_h. */
  hires: { offset: number; count: number }[];
}

interface PlannedSegment {
  id: string;
  accounts: number;
  opportunities: number;
  winRate: number;
  dealSize: number;
  /** L_p: months from coverage to wins, the process's won cycle in months. */
  lag: number;
  /** Contributing roles, in the playbook's role order. */
  roles: string[];
}

/**
 * The plan over time of format §8, or null when the playbook has no
 * `plan`. `metrics` must be `computeMetrics(playbook)`: §8 reuses its H_x,
 * O_s, W_s and contributing roles.
 */
export function computePlan(playbook: CompletePlaybook, metrics: PlaybookMetrics): PlanMetrics | null {
  const plan = playbook.index.data.plan;
  if (!plan) return null;
  const months = monthRange(plan.start, plan.months);
  if (months.length === 0) throw new Error('plan: a plan has at least one month');

  const roles: PlannedRole[] = playbook.roles.map((r) => {
    const m = ownOrThrow(metrics.roles, r.id, 'role');
    return {
      id: r.id,
      requiredHours: finite(m.requiredHours, `roles.${r.id}.requiredHours (§4)`),
      sellingHours: finite(m.sellingHours, `roles.${r.id}.sellingHours`),
      headcount: r.data.headcount,
      drag: finite(attritionDrag(r.data), `roles.${r.id}.attritionDrag`),
      ramp: r.data.rampMonths ?? 0,
      hires: (r.data.hires ?? []).map((h) => ({ offset: monthsBetween(plan.start, h.start), count: h.count })),
    };
  });
  const segments: PlannedSegment[] = playbook.segments.map((s) => {
    const m = ownOrThrow(metrics.segments, s.id, 'segment');
    return {
      id: s.id,
      accounts: s.data.accounts,
      opportunities: finite(m.opportunities, `segments.${s.id}.opportunities (§4)`),
      winRate: finite(m.winRate, `segments.${s.id}.winRate (§4)`),
      dealSize: s.data.dealSize,
      lag: cycleLag(own(metrics.processes, s.data.process)?.cycleDays ?? 0),
      roles: contributingRoles(playbook, metrics, s.id),
    };
  });
  const accounts = sum(segments.map((s) => s.accounts));

  // κ_s(m) of every month first: a month's wins read the coverage of an earlier month (v1.2).
  const coverages = new Map<string, number[]>(segments.map((s) => [s.id, []]));
  const planMonths: PlanMonth[] = months.map((month, m) => {
    const at = (figure: string) => `months[${month}].${figure}`;
    const roleMonths = record<PlanRoleMonth>();
    for (const r of roles) {
      const hired = sum(r.hires.map((h) => h.count * productivity(m - h.offset, r.ramp)));
      const effectiveHeadcount = finite(r.drag * (r.headcount + hired), at(`roles.${r.id}.effectiveHeadcount`));
      // The ratios are taken on the yearly figures, E × sellingHours against H: the /12 of A(m) and H(m) cancels,
      // and with E = headcount they are §4's load and capacity factor to the last bit.
      const yearlyAvailable = effectiveHeadcount * r.sellingHours;
      roleMonths[r.id] = {
        effectiveHeadcount,
        availableHours: finite(yearlyAvailable / 12, at(`roles.${r.id}.availableHours`)),
        requiredHours: finite(r.requiredHours / 12, at(`roles.${r.id}.requiredHours`)),
        load: checkedLoad(loadOf(r.requiredHours, yearlyAvailable), r.requiredHours, at(`roles.${r.id}.load`)),
        capacityFactor: finite(capacityFactorOf(r.requiredHours, yearlyAvailable), at(`roles.${r.id}.capacityFactor`)),
      };
    }

    const segmentMonths = record<PlanSegmentMonth>();
    let coveredAccounts = 0;
    let expectedWins = 0;
    let expectedRevenue = 0;
    for (const s of segments) {
      let coverage = 1;
      let bottleneck: string | null = null;
      for (const id of s.roles) {
        const factor = roleMonths[id]!.capacityFactor;
        if (factor < coverage) {
          coverage = factor;
          bottleneck = id;
        }
      }
      const history = coverages.get(s.id)!;
      history.push(coverage);
      // κ_s(m − L_p), with κ_s(j) = κ_s(0) for j < 0: the months before the plan run as its first month.
      const lagged = history[Math.max(0, m - s.lag)]!;
      // O_s / 12 × κ_s(m − L_p) × W_s, multiplied in §4's order before the division: with κ_s(m) = κ_s it is §4's E_s / 12.
      const wins = finite((s.opportunities * lagged * s.winRate) / 12, at(`segments.${s.id}.expectedWins`));
      const revenue = finite(wins * s.dealSize, at(`segments.${s.id}.expectedRevenue`));
      segmentMonths[s.id] = { coverage, expectedWins: wins, expectedRevenue: revenue, bottleneck };
      coveredAccounts += s.accounts * coverage;
      expectedWins += wins;
      expectedRevenue += revenue;
    }
    return {
      month,
      coverage: finite(accounts === 0 ? 1 : coveredAccounts / accounts, at('coverage')),
      expectedWins: finite(expectedWins, at('expectedWins')),
      expectedRevenue: finite(expectedRevenue, at('expectedRevenue')),
      roles: roleMonths,
      segments: segmentMonths,
    };
  });

  const figures = (of: readonly PlanMonth[], name: string): PlanFigures => ({
    coverage: finite(sum(of.map((m) => m.coverage)) / of.length, `${name}.coverage`),
    expectedWins: finite(sum(of.map((m) => m.expectedWins)), `${name}.expectedWins`),
    expectedRevenue: finite(sum(of.map((m) => m.expectedRevenue)), `${name}.expectedRevenue`),
  });

  const quarters: PlanQuarter[] = [];
  for (let q = 0; 3 * q < planMonths.length; q++) {
    const of = planMonths.slice(3 * q, 3 * q + 3);
    quarters.push({ index: q, firstMonth: of[0]!.month, lastMonth: of[of.length - 1]!.month, monthCount: of.length, ...figures(of, `quarters[${q}]`) });
  }

  const summaries = record<PlanRoleSummary>();
  for (const r of roles) summaries[r.id] = summarize(r, planMonths, segments);

  return { start: plan.start, end: months[months.length - 1]!, months: planMonths, quarters, totals: figures(planMonths, 'totals'), roles: summaries };
}

function summarize(role: PlannedRole, months: readonly PlanMonth[], segments: readonly PlannedSegment[]): PlanRoleSummary {
  const loads = months.map((m) => m.roles[role.id]!.load);
  // The first month of the run of loads ≤ 1 that ends the plan; loads.length when the last month is over capacity.
  let atCapacity = loads.length;
  while (atCapacity > 0 && loads[atCapacity - 1]! <= 1) atCapacity--;
  let peak = 0;
  for (let m = 1; m < loads.length; m++) if (loads[m]! > loads[peak]!) peak = m;

  const before = months.slice(0, atCapacity);
  const cappedSegments: PlanCappedSegment[] = [];
  for (const s of segments) {
    if (!s.roles.includes(role.id)) continue;
    if (!before.some((m) => m.roles[role.id]!.capacityFactor < 1)) continue;
    const coverages = before.map((m) => m.segments[s.id]!.coverage);
    cappedSegments.push({
      segment: s.id,
      coverage: finite(sum(coverages) / coverages.length, `roles.${role.id}.cappedSegments.${s.id}.coverage`),
      lowestCoverage: Math.min(...coverages),
    });
  }

  return {
    id: role.id,
    firstMonthAtCapacity: atCapacity < months.length ? months[atCapacity]!.month : null,
    atCapacityFromStart: atCapacity === 0,
    monthsOverCapacity: loads.filter((l) => l > 1).length,
    peakLoad: loads[peak]!,
    peakLoadMonth: months[peak]!.month,
    attritionDrag: role.drag,
    rampMonths: role.ramp,
    cappedSegments,
  };
}
