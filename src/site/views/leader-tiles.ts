/**
 * The tiles of the leader's summary (./leader.ts) after coverage and win
 * rate: new bookings against the goal, what the team costs, the bottleneck
 * role with its gap in people, and the value of the next hire; and the
 * staffing figures they are made of (the bottleneck, a role's people needed
 * and to hire, people as every page prints them), which the role and people
 * pages share.
 */
import { distinct, formatKindDelta } from '../../format/numbers.ts';
import { isBelow } from '../../model/tolerance.ts';
import { staffing, type Staffing } from '../../model/staffing.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { bestNextHire, hireMoney, hireTiming } from './next-hire.ts';
import { rolesByLoad } from './shared.ts';

/** A line of a tile's breakdown: a segment's coverage or win rate against the goal. */
export interface TileRow {
  label: string;
  value: string;
  /** Below the goal (said in words too: `note`). */
  warn: boolean;
  note: string | null;
}

/** One figure of the summary. */
export interface SummaryTile {
  key: 'coverage' | 'win-rate' | 'bookings' | 'cost' | 'bottleneck' | 'next-hire';
  label: string;
  value: string;
  /** The exact figure behind a rounded value (a title), e.g. `$10,357,592` behind `$10.4M`. */
  exact: string | null;
  /** The entity the tile is about (the bottleneck role, the role of the next hire). */
  link: EntityLink | null;
  /** `Goal 90%`; null without a goal. */
  goal: string | null;
  /** Against the goal, in words (colour is never the only sign). */
  verdict: { text: string; meets: boolean } | null;
  /** Short lines under the value. */
  details: string[];
  /** A labelled breakdown (segments against the goal, people needed and to hire). */
  rows: TileRow[];
}

/** The busiest role over capacity (the bottleneck), or null when every role has the hours its work needs. */
export function bottleneckRole(pb: SitePlaybook): string | null {
  const id = rolesByLoad(pb)[0];
  const m = id === undefined ? undefined : own(pb.metrics.roles, id);
  return m && isBelow(m.availableHours, m.requiredHours) ? m.id : null;
}

/** The staffing of a role (people needed, to hire), or undefined for a role the metrics do not have. */
export function roleStaffing(pb: SitePlaybook, roleId: string): Staffing | undefined {
  return staffing(pb.graph, pb.metrics, roleId);
}

/** People, as every page prints a need: rounded up to tenths (`6.4 people`); an infinite need as ∞. */
export function peopleText(pb: SitePlaybook, value: number): string {
  return Number.isFinite(value) ? pb.fmt.peopleUp(value) : pb.t.noneInfinite;
}

/** The two labelled answers to "how many people" for a role: needed at steady state, and to hire with attrition and the plan. */
export function staffingRows(pb: SitePlaybook, s: Staffing): TileRow[] {
  const { t, fmt } = pb;
  const m = t.money;
  const hireNote = s.planned > 0 ? `${m.planHires(fmt.peopleExact(s.planned))}${m.sep}${s.beyondPlan > 0 ? m.beyondPlan(peopleText(pb, s.beyondPlan)) : m.noneBeyond}` : null;
  return [
    { label: m.peopleNeeded, value: peopleText(pb, s.needed), warn: false, note: m.has(fmt.peopleExact(s.headcount)) },
    { label: m.peopleToHire, value: peopleText(pb, s.toHire), warn: s.beyondPlan > 0, note: hireNote },
  ];
}

/** New bookings: the plan's months against the goal (pro rata for a plan that is not a year) with a plan, and the steady state. */
export function bookingsTile(pb: SitePlaybook): SummaryTile {
  const { t, fmt, metrics, plan } = pb;
  const l = t.leader;
  const goal = pb.graph.index.data.goals.bookings;
  const base = { key: 'bookings' as const, link: null, rows: [] };
  if (!plan) {
    return {
      ...base,
      label: t.money.bookingsSteady,
      value: fmt.moneyShort(metrics.expectedRevenue),
      exact: fmt.money(metrics.expectedRevenue),
      goal: goal === undefined ? null : l.goal(fmt.moneyShort(goal)),
      verdict: goal === undefined ? null : verdictOf(pb, metrics.expectedRevenue, goal),
      // 99.96% of the goal never prints as 100%: digits are added until the share reads apart from the whole goal.
      details: goal === undefined ? [l.noBookingsGoal] : goal > 0 ? [l.ofGoal(distinct(metrics.expectedRevenue / goal, 1, fmt.percent)[0])] : [],
    };
  }
  const months = plan.months.length;
  const planGoal = goal === undefined ? undefined : (goal * months) / 12;
  const value = plan.totals.expectedRevenue;
  return {
    ...base,
    label: t.money.bookingsPlan(fmt.monthRange(plan.start, plan.end)),
    value: fmt.moneyShort(value),
    exact: fmt.money(value),
    goal: planGoal === undefined ? null : months === 12 ? l.goal(fmt.moneyShort(planGoal)) : t.money.goalProRata(fmt.moneyShort(planGoal)),
    verdict: planGoal === undefined ? null : verdictOf(pb, value, planGoal),
    details: [
      ...(planGoal === undefined ? [l.noBookingsGoal] : planGoal > 0 ? [l.ofGoal(distinct(value / planGoal, 1, fmt.percent)[0])] : []),
      t.money.steadyState(fmt.moneyShort(metrics.expectedRevenue)),
    ],
  };
}

function verdictOf(pb: SitePlaybook, computed: number, goal: number) {
  const meets = !isBelow(computed, goal);
  return { text: meets ? pb.t.meetsGoal : pb.t.belowGoal, meets };
}

/** What the team costs: team cost, cost of sales and per win, and the quota it carries (format §4 v1.2). */
export function costTile(pb: SitePlaybook): SummaryTile {
  const { t, fmt, metrics } = pb;
  const m = t.money;
  const base = { key: 'cost' as const, label: m.teamCost, link: null, goal: null, verdict: null, rows: [] };
  const quota = metrics.carriedQuota === null ? [] : [
    [m.quota(fmt.moneyShort(metrics.carriedQuota)), ...(metrics.quotaCoverage === null ? [] : [m.quotaCoverage(fmt.percent(metrics.quotaCoverage))])].join(t.money.sep),
    ...(metrics.quotaAttainment === null ? [] : [m.attainment(fmt.percent(metrics.quotaAttainment))]),
  ];
  if (metrics.teamCost === null) return { ...base, value: '—', exact: null, details: [m.noCost, ...quota] };
  return {
    ...base,
    value: fmt.moneyShort(metrics.teamCost),
    exact: fmt.money(metrics.teamCost),
    details: [
      ...(metrics.costOfSales === null ? [] : [m.costOfSales(fmt.percent(metrics.costOfSales))]),
      ...(metrics.costPerWin === null ? [] : [m.costPerWin(fmt.moneyShort(metrics.costPerWin))]),
      ...quota,
    ],
  };
}

export function bottleneckTile(site: Site, pb: SitePlaybook): SummaryTile {
  const { t, fmt } = pb;
  const l = t.leader;
  const id = bottleneckRole(pb);
  const base = { key: 'bottleneck' as const, label: l.bottleneck, exact: null, goal: null, verdict: null };
  if (id === null) {
    const busiest = rolesByLoad(pb).find((r) => (own(pb.metrics.roles, r)?.requiredHours ?? 0) > 0);
    const m = busiest === undefined ? undefined : own(pb.metrics.roles, busiest);
    return {
      ...base,
      value: l.noBottleneck,
      link: null,
      details: m ? [l.busiest(entityLink(site, pb, 'roles', m.id).label, fmt.load(m.load))] : [],
      rows: [],
    };
  }
  const m = own(pb.metrics.roles, id)!;
  const s = roleStaffing(pb, id)!;
  const capped = pb.segments.filter((seg) => own(pb.metrics.segments, seg.id)?.bottleneck === id).map((seg) => seg.data.title);
  return {
    ...base,
    value: l.morePeople(fmt.tenthsUp(s.short)),
    link: entityLink(site, pb, 'roles', id),
    details: [
      `${t.load} ${Number.isFinite(m.load) ? fmt.load(m.load) : t.noneInfinite}`,
      ...(capped.length > 0 ? [l.caps(fmt.list(capped), fmt.percent(m.capacityFactor))] : []),
    ],
    rows: staffingRows(pb, s),
  };
}

export function nextHireTile(site: Site, pb: SitePlaybook): SummaryTile {
  const { t, fmt } = pb;
  const l = t.leader;
  const m = t.money;
  const hire = bestNextHire(pb);
  const base = { key: 'next-hire' as const, label: m.nextHire, goal: null, verdict: null, rows: [] };
  if (!hire) return { ...base, value: l.nextHireNothing, exact: null, link: null, details: [l.nextHireNothingDetail] };
  const people = fmt.peopleExact(hire.add);
  const steady = hire.delta.expectedRevenue;
  const inPlan = hire.plan?.delta.expectedRevenue ?? 0;
  const period = pb.plan ? fmt.monthRange(pb.plan.start, pb.plan.end) : '';
  const value = steady > 1e-9 || !hire.plan ? m.perYear(formatKindDelta(fmt, 'money', steady)) : m.inPlan(formatKindDelta(fmt, 'money', inPlan), period);
  const details = [hire.planned > 0 ? m.hireLine(people, fmt.peopleExact(hire.planned)) : m.hireLineNoPlan(people)];
  details.push(...hireTiming(pb, hire));
  if (hire.plan && steady > 1e-9) details.push(`${t.leader.planColumn(period)}${t.locale.colon}${formatKindDelta(fmt, 'money', inPlan)}`);
  if (steady <= 1e-9 && hire.plan) details.push(m.steadyNothing);
  const money = hireMoney(pb, hire);
  if (money) details.push(money);
  return { ...base, value, exact: fmt.money(steady > 1e-9 || !hire.plan ? steady : inPlan), link: entityLink(site, pb, 'roles', hire.role), details };
}
