/**
 * The next hire of every role (the leader's view and the metrics page's
 * table): priced by the scenario machinery (src/model/next-hire.ts) once per
 * playbook, beyond the plan's hires, with when its wins arrive, what it costs
 * and when it pays back.
 */
import { CODES } from '../../diagnostics/codes.ts';
import { formatKindDelta } from '../../format/numbers.ts';
import { SCENARIO_RULES } from '../../lint/scenarios.ts';
import { priceNextHires } from '../../model/next-hire.ts';
import type { NextHire } from '../../model/next-hire-types.ts';
import { entityLink, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';

const priced = new WeakMap<SitePlaybook, NextHire[]>();

/** The next hire of every role with work, priced once per playbook (the overview, the metrics and the role pages share it). */
export function nextHires(pb: SitePlaybook): NextHire[] {
  let found = priced.get(pb);
  if (!found) {
    found = priceNextHires(pb.graph, { rules: SCENARIO_RULES, baselineMetrics: pb.metrics, baselinePlan: pb.plan, lang: pb.lang });
    priced.set(pb, found);
  }
  return found;
}

/** The most valuable next hire beyond the plan's, when one changes anything. */
export function bestNextHire(pb: SitePlaybook): NextHire | null {
  return nextHires(pb).find((h) => h.changes) ?? null;
}

/** When a hire's wins arrive: the month it joins and its first wins (ramp, then one sales cycle), and its full pace. */
export function hireTiming(pb: SitePlaybook, hire: NextHire): string[] {
  const { fmt } = pb;
  const m = pb.t.money;
  if (hire.plan) {
    const first = hire.plan.firstWinsMonth;
    const parts = [m.joins(fmt.month(hire.plan.start))];
    if (first) parts.push(m.firstWins(fmt.month(first)));
    if (hire.plan.fullPaceMonth) parts.push(m.fullPace(fmt.month(hire.plan.fullPaceMonth)));
    return [parts.join(pb.t.money.sep)];
  }
  if (hire.firstWinsAfter === null) return [];
  return [hire.firstWinsAfter === 0 ? m.firstWinsAtOnce : m.firstWinsAfter(fmt.months(hire.firstWinsAfter))];
}

/** What a hire costs and when it pays back, in one line; null without a cost. */
export function hireMoney(pb: SitePlaybook, hire: NextHire): string | null {
  const { fmt } = pb;
  const m = pb.t.money;
  if (hire.cost === null) return null;
  const payback = hire.paybackMonths === null ? m.neverPays : hire.paybackMonths === 0 ? m.atOnce : m.payback(fmt.months(hire.paybackMonths));
  return [m.costs(fmt.moneyShort(hire.cost)), m.net(formatKindDelta(fmt, 'money', hire.net!)), payback].join(pb.t.money.sep);
}

/** One row of the next-hire table. */
export interface NextHireRow {
  role: EntityLink;
  /** People added: `1 person`, `0.5 people`. */
  add: string;
  /** The role's load before and after: `127.5% → 106.2%`. */
  loadChange: string;
  coverage: string;
  coveredAccounts: string;
  wins: string;
  bookings: string;
  /** The bookings added, in full. */
  bookingsExact: string;
  /** Within the plan: the bookings the hire adds, joining at the plan's start and ramping; null without a plan. */
  planBookings: string | null;
  /** How long the hire takes to ramp (`4 months to ramp`); null without a plan. */
  planRamp: string | null;
  /** The warnings the hire clears, by their short names, in a sentence; null when none. */
  clears: string | null;
  /** Beyond the plan's hires: `+1 person beyond the 2 the plan hires`. */
  beyond: string | null;
  /** What the person costs a year; null without a cost. */
  cost: string | null;
  /** Net of the cost, and the payback (`net −$95K a year · pays back in 4 months`); null without a cost. */
  costNote: string | null;
  /** When the wins come: the month the hire joins and the first wins (or the months after joining without a plan). */
  timing: string | null;
}

export interface NextHireTable {
  title: string;
  /** How the figures are computed (with a plan, how its column is too). */
  intro: string;
  /** The header of the plan column (null without a plan). */
  planColumn: string | null;
  /** Whether any role has a cost: the cost column. */
  costed: boolean;
  rows: NextHireRow[];
  /** The roles where one more person changes nothing, named; empty when every priced role counts. */
  rest: string | null;
  /** When no hire changes anything. */
  empty: string | null;
}

/** The next hire of each role that changes something, the most valuable first; the other roles in one sentence. */
export function nextHireTable(site: Site, pb: SitePlaybook): NextHireTable {
  const { t, fmt } = pb;
  const l = t.leader;
  const hires = nextHires(pb);
  const counting = hires.filter((h) => h.changes);
  const idle = hires.filter((h) => !h.changes).map((h) => entityLink(site, pb, 'roles', h.role).label);
  const plan = pb.plan;
  const load = (value: number) => (Number.isFinite(value) ? fmt.load(value) : t.noneInfinite);
  return {
    title: l.nextHireTitle,
    intro: plan ? `${l.nextHireIntro}${l.sentenceGap}${l.nextHirePlanIntro}` : l.nextHireIntro,
    planColumn: plan ? l.planColumn(fmt.monthRange(plan.start, plan.end)) : null,
    costed: counting.some((h) => h.cost !== null),
    rows: counting.map((h) => ({
      beyond: h.planned > 0 ? t.money.hireLine(fmt.peopleExact(h.add), fmt.peopleExact(h.planned)) : null,
      cost: h.cost === null ? null : fmt.moneyShort(h.cost),
      costNote: hireMoney(pb, h)?.split(t.money.sep).slice(1).join(t.money.sep) ?? null,
      timing: hireTiming(pb, h)[0] ?? null,
      role: entityLink(site, pb, 'roles', h.role),
      add: l.plusPeople(fmt.peopleExact(h.add)),
      loadChange: l.change(load(h.load), load(h.loadAfter)),
      coverage: fmt.points(h.delta.coverage),
      coveredAccounts: formatKindDelta(fmt, 'count', h.delta.coveredAccounts),
      wins: formatKindDelta(fmt, 'wins', h.delta.expectedWins),
      bookings: formatKindDelta(fmt, 'money', h.delta.expectedRevenue),
      bookingsExact: fmt.money(h.delta.expectedRevenue),
      planBookings: h.plan ? formatKindDelta(fmt, 'money', h.plan.delta.expectedRevenue) : null,
      planRamp: h.plan ? t.plan.ramp(h.plan.rampMonths) : null,
      clears: h.cleared.length > 0 ? l.clears(fmt.list(h.cleared.map((d) => CODES[d.code].title[pb.lang]))) : null,
    })),
    rest: counting.length > 0 && idle.length > 0 ? l.nextHireRest(fmt.list(idle)) : null,
    empty: counting.length === 0 ? l.nextHireNothingDetail : null,
  };
}
