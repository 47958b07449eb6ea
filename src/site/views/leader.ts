/**
 * The leader's view (issue 16): the answers first. A summary for the top of
 * the overview and the metrics page — account coverage against its goal with
 * the covered and uncovered accounts as counts, the open pipeline beside it,
 * win rate and new bookings against their goals, the bottleneck role with
 * its gap in people, the value of the next hire, and the one sentence that
 * says what to do — and the next hire of every role, priced by the scenario
 * machinery (src/model/next-hire.ts).
 */
import { CODES } from '../../diagnostics/codes.ts';
import { distinct, formatKindDelta } from '../../format/numbers.ts';
import { SCENARIO_RULES } from '../../lint/scenarios.ts';
import { isBelow } from '../../model/compare.ts';
import { byId } from '../../model/graph.ts';
import { priceNextHires, type NextHire } from '../../model/next-hire.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { rolesByLoad } from './shared.ts';

/** One figure of the summary. */
export interface SummaryTile {
  key: 'coverage' | 'pipeline' | 'win-rate' | 'bookings' | 'bottleneck' | 'next-hire';
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
}

export interface LeaderSummary {
  heading: string;
  /** The one sentence that says what to do. */
  action: string;
  tiles: SummaryTile[];
  /** Terms defined where they first appear: account coverage, and the open pipeline it is not. */
  definitions: { term: string; text: string }[];
  /** Where to go on: the metrics, the scenarios, the plan (only those that exist and are not this page). */
  links: { label: string; href: string }[];
}

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

/** The most valuable next hire, when one changes anything. */
export function bestNextHire(pb: SitePlaybook): NextHire | null {
  return nextHires(pb).find((h) => h.changes) ?? null;
}

/** The busiest role over capacity (the bottleneck), or null when every role has the hours its work needs. */
export function bottleneckRole(pb: SitePlaybook): string | null {
  const id = rolesByLoad(pb)[0];
  const m = id === undefined ? undefined : own(pb.metrics.roles, id);
  return m && isBelow(m.availableHours, m.requiredHours) ? m.id : null;
}

/** The summary at the top of the overview and the metrics page. */
export function leaderSummary(site: Site, pb: SitePlaybook, page: 'overview' | 'metrics'): LeaderSummary {
  const { t, fmt, metrics } = pb;
  const l = t.leader;
  const goals = pb.graph.index.data.goals;
  const covered = Math.round(metrics.coveredAccounts);
  const uncovered = Math.max(0, metrics.accounts - covered);
  const verdict = (computed: number, goal: number) => {
    const meets = !isBelow(computed, goal);
    return { text: meets ? t.meetsGoal : t.belowGoal, meets };
  };

  const tiles: SummaryTile[] = [
    {
      key: 'coverage',
      label: l.accountCoverage,
      value: fmt.percent(metrics.coverage),
      exact: null,
      link: null,
      goal: l.goal(fmt.percent(goals.coverage)),
      verdict: verdict(metrics.coverage, goals.coverage),
      details: [uncovered === 0 ? l.allCovered(fmt.count(metrics.accounts)) : l.coveredOf(fmt.count(covered), fmt.count(metrics.accounts), fmt.count(uncovered))],
    },
    {
      key: 'pipeline',
      label: l.openPipeline,
      value: fmt.count(metrics.openPipeline),
      exact: null,
      link: null,
      goal: null,
      verdict: null,
      details: [l.pipelineWorth(fmt.moneyShort(metrics.pipelineValue))],
    },
    {
      key: 'win-rate',
      label: t.winRate,
      value: fmt.percent(metrics.winRate),
      exact: null,
      link: null,
      goal: l.goal(fmt.percent(goals.winRate)),
      verdict: verdict(metrics.winRate, goals.winRate),
      details: [l.winsPerYear(fmt.count(metrics.expectedWins))],
    },
    {
      key: 'bookings',
      label: l.bookings,
      value: fmt.moneyShort(metrics.expectedRevenue),
      exact: fmt.money(metrics.expectedRevenue),
      link: null,
      goal: goals.bookings === undefined ? null : l.goal(fmt.moneyShort(goals.bookings)),
      verdict: goals.bookings === undefined ? null : verdict(metrics.expectedRevenue, goals.bookings),
      // 99.96% of the goal never prints as 100%: digits are added until the share reads apart from the whole goal.
      details: goals.bookings === undefined ? [l.noBookingsGoal] : goals.bookings > 0 ? [l.ofGoal(distinct(metrics.expectedRevenue / goals.bookings, 1, fmt.percent)[0])] : [],
    },
    bottleneckTile(site, pb),
    nextHireTile(site, pb),
  ];

  const links: LeaderSummary['links'] = [];
  if (page === 'overview') links.push({ label: l.toMetrics, href: site.paths.metrics(pb.id) });
  if (pb.scenarios.size > 0) links.push({ label: l.toScenarios, href: site.paths.scenarios(pb.id) });
  if (pb.plan) links.push({ label: l.toPlan, href: site.paths.plan(pb.id) });

  return {
    heading: l.heading,
    action: actionSentence(pb),
    tiles,
    definitions: [
      { term: l.accountCoverage, text: l.coverageDefinition(fmt.count(metrics.accounts)) },
      { term: l.openPipeline, text: l.pipelineDefinition(fmt.count(metrics.openPipeline), fmt.moneyShort(metrics.pipelineValue)) },
    ],
    links,
  };
}

function bottleneckTile(site: Site, pb: SitePlaybook): SummaryTile {
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
    };
  }
  const m = own(pb.metrics.roles, id)!;
  const headcount = byId(pb.graph.roles, id)?.data.headcount ?? 0;
  const capped = pb.segments.filter((s) => own(pb.metrics.segments, s.id)?.bottleneck === id).map((s) => s.data.title);
  return {
    ...base,
    value: l.morePeople(fmt.tenthsUp(m.fteNeeded - headcount)),
    link: entityLink(site, pb, 'roles', id),
    details: [
      l.bottleneckLoad(Number.isFinite(m.load) ? fmt.load(m.load) : t.noneInfinite, fmt.peopleExact(headcount), fmt.peopleUp(m.fteNeeded)),
      ...(capped.length > 0 ? [l.caps(fmt.list(capped), fmt.percent(m.capacityFactor))] : []),
    ],
  };
}

function nextHireTile(site: Site, pb: SitePlaybook): SummaryTile {
  const { t, fmt } = pb;
  const l = t.leader;
  const hire = bestNextHire(pb);
  const base = { key: 'next-hire' as const, label: l.nextHire, goal: null, verdict: null };
  if (!hire) return { ...base, value: l.nextHireNothing, exact: null, link: null, details: [l.nextHireNothingDetail] };
  const details = [l.nextHireEffect(l.plusPeople(fmt.peopleExact(hire.add)), fmt.points(hire.delta.coverage), formatKindDelta(fmt, 'wins', hire.delta.expectedWins))];
  if (hire.plan) details.push(l.nextHirePlan(formatKindDelta(fmt, 'money', hire.plan.delta.expectedRevenue), t.plan.ramp(hire.plan.rampMonths)));
  return {
    ...base,
    value: formatKindDelta(fmt, 'money', hire.delta.expectedRevenue),
    exact: fmt.money(hire.delta.expectedRevenue),
    link: entityLink(site, pb, 'roles', hire.role),
    details,
  };
}

/** People the plan hires into a role by its last month, those who start before it included (0 without a plan). */
function plannedHires(pb: SitePlaybook, roleId: string): number {
  const plan = pb.plan;
  const hires = byId(pb.graph.roles, roleId)?.data.hires;
  if (!plan || !hires) return 0;
  return hires.filter((h) => h.start <= plan.end).reduce((sum, h) => sum + h.count, 0);
}

/** What to do, in one sentence: staff the bottleneck; else lift the win rate; else find more bookings; else all is well. */
function actionSentence(pb: SitePlaybook): string {
  const { t, fmt, metrics } = pb;
  const l = t.leader;
  const goals = pb.graph.index.data.goals;
  const titleOf = (kind: 'roles' | 'segments' | 'processes', id: string) => (byId<{ title: string }>(pb.graph[kind], id)?.data.title ?? id);

  const bottleneck = bottleneckRole(pb);
  if (bottleneck !== null) {
    const m = own(metrics.roles, bottleneck)!;
    const headcount = byId(pb.graph.roles, bottleneck)?.data.headcount ?? 0;
    const hire = nextHires(pb).find((h) => h.role === bottleneck && h.delta.expectedRevenue > 0);
    const load = Number.isFinite(m.load) ? fmt.load(m.load) : t.noneInfinite;
    const role = titleOf('roles', bottleneck);
    // The plan's hires come first: say whether they are enough, and by when.
    const planned = plannedHires(pb, bottleneck);
    const reaches = pb.plan?.roles[bottleneck]?.firstMonthAtCapacity ?? null;
    if (planned > 0 && reaches !== null) return l.actionHirePlanned(fmt.people(planned, 2), role, load, fmt.month(reaches));
    if (planned > 0) {
      // The plan's people work at its attrition drag: those it needs are fteNeeded / drag.
      const drag = pb.plan?.roles[bottleneck]?.attritionDrag ?? 1;
      const more = drag > 0 ? m.fteNeeded / drag - headcount - planned : 0;
      // Not enough people planned; or enough, but ramp or attrition keep the role over capacity to the plan's end.
      return more > 1e-9 ? l.actionHireBeyond(fmt.peopleUp(more), fmt.people(planned, 2), role, load) : l.actionHireSooner(fmt.people(planned, 2), role, load);
    }
    const first = l.actionHire(fmt.peopleUp(m.fteNeeded - headcount), role, load);
    return hire ? `${first}${l.sentenceGap}${l.actionHireValue(fmt.exact(hire.add), fmt.moneyShort(hire.delta.expectedRevenue))}` : first;
  }

  if (isBelow(metrics.winRate, goals.winRate)) {
    // The process most of the worked opportunities run through, among those below the goal, and its weakest stage.
    let best: { process: string; weight: number } | null = null;
    for (const s of pb.segments) {
      const sm = own(metrics.segments, s.id);
      if (!sm || !isBelow(sm.winRate, goals.winRate)) continue;
      const weight = sm.opportunities * sm.coverage;
      if (!best || weight > best.weight) best = { process: s.data.process, weight };
    }
    const process = best ? byId(pb.graph.processes, best.process) : undefined;
    const weakest = process?.data.stages.reduce((a, b) => (b.conversion < a.conversion ? b : a));
    if (process && weakest) {
      return l.actionWinRate(fmt.percent(metrics.winRate), fmt.percent(goals.winRate), weakest.title, process.data.title, fmt.percent(weakest.conversion));
    }
  }

  if (goals.bookings !== undefined && isBelow(metrics.expectedRevenue, goals.bookings)) {
    return l.actionBookings(fmt.moneyShort(metrics.expectedRevenue), fmt.moneyShort(goals.bookings));
  }

  const busiest = rolesByLoad(pb).find((r) => (own(metrics.roles, r)?.requiredHours ?? 0) > 0);
  const m = busiest === undefined ? undefined : own(metrics.roles, busiest);
  return m ? l.actionAllMet(titleOf('roles', m.id), fmt.load(m.load)) : l.actionAllMetIdle;
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
}

export interface NextHireTable {
  title: string;
  /** How the figures are computed (with a plan, how its column is too). */
  intro: string;
  /** The header of the plan column (null without a plan). */
  planColumn: string | null;
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
    rows: counting.map((h) => ({
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
