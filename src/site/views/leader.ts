/**
 * The leader's view (issue 16): the answers first. A summary for the top of
 * the overview and the metrics page — account coverage against its goal with
 * the covered and uncovered accounts as counts, the open pipeline beside it,
 * win rate and new bookings against their goals, the bottleneck role with
 * its gap in people, the value of the next hire, and the one sentence that
 * says what to do. The next hire of every role, priced by the scenario
 * machinery, is ./next-hire.ts.
 */
import { distinct, formatKindDelta } from '../../format/numbers.ts';
import { isBelow } from '../../model/compare.ts';
import { byId } from '../../model/graph.ts';
import { staffing, type Staffing } from '../../model/staffing.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { bestNextHire, hireMoney, hireTiming, nextHires } from './next-hire.ts';
import { rolesByLoad } from './shared.ts';

export { bestNextHire, hireMoney, hireTiming, nextHires, nextHireTable, type NextHireRow, type NextHireTable } from './next-hire.ts';

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

export interface LeaderSummary {
  heading: string;
  /** The one sentence that says what to do. */
  action: string;
  tiles: SummaryTile[];
  /** Terms defined where they first appear: account coverage, the open pipeline it is not, the two counts of people. */
  definitions: { term: string; text: string }[];
  /** Where to go on: the metrics, the scenarios, the plan (only those that exist and are not this page). */
  links: { label: string; href: string }[];
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
  const segmentRow = (s: SitePlaybook['segments'][number], value: number, goal: number): TileRow => {
    const below = isBelow(value, goal);
    return { label: s.data.title, value: fmt.percent(value), warn: below, note: below ? t.money.belowGoal : null };
  };
  // The strategic high ground is called out even when the whole meets the goal.
  const strategic = pb.segments.filter((s) => s.data.priority === 'strategic');

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
      rows: strategic.map((s) => {
        const row = segmentRow(s, own(metrics.segments, s.id)?.coverage ?? 0, goals.coverage);
        return { ...row, label: t.money.strategic(s.data.title) };
      }),
    },
    {
      key: 'win-rate',
      label: t.winRate,
      value: fmt.percent(metrics.winRate),
      exact: null,
      link: null,
      goal: l.goal(fmt.percent(goals.winRate)),
      verdict: verdict(metrics.winRate, goals.winRate),
      details: [l.winsPerYear(fmt.wins(metrics.expectedWins))],
      rows: pb.segments.map((s) => segmentRow(s, own(metrics.segments, s.id)?.winRate ?? 0, goals.winRate)),
    },
    bookingsTile(pb),
    costTile(pb),
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
      { term: l.openPipeline, text: l.pipelineDefinition(fmt.wins(metrics.openPipeline), fmt.moneyShort(metrics.pipelineValue)) },
      { term: t.money.peopleNeeded, text: t.explanations.peopleNeeded },
      { term: t.money.peopleToHire, text: t.explanations.peopleToHire },
    ],
    links,
  };
}

/** New bookings: the plan's months against the goal (pro rata for a plan that is not a year) with a plan, and the steady state. */
function bookingsTile(pb: SitePlaybook): SummaryTile {
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
function costTile(pb: SitePlaybook): SummaryTile {
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

function nextHireTile(site: Site, pb: SitePlaybook): SummaryTile {
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

/** What to do, in one sentence: staff the bottleneck; else lift the win rate; else find more bookings; else all is well. */
function actionSentence(pb: SitePlaybook): string {
  const { t, fmt, metrics } = pb;
  const l = t.leader;
  const goals = pb.graph.index.data.goals;
  const titleOf = (kind: 'roles' | 'segments' | 'processes', id: string) => (byId<{ title: string }>(pb.graph[kind], id)?.data.title ?? id);

  const bottleneck = bottleneckRole(pb);
  if (bottleneck !== null) {
    const m = own(metrics.roles, bottleneck)!;
    const s = roleStaffing(pb, bottleneck)!;
    const hire = nextHires(pb).find((h) => h.role === bottleneck && h.delta.expectedRevenue > 0);
    const load = Number.isFinite(m.load) ? fmt.load(m.load) : t.noneInfinite;
    const role = titleOf('roles', bottleneck);
    // The plan's hires come first: say whether they are enough, and by when.
    const reaches = pb.plan?.roles[bottleneck]?.firstMonthAtCapacity ?? null;
    if (s.planned > 0 && reaches !== null) return l.actionHirePlanned(fmt.peopleExact(s.planned), role, load, fmt.month(reaches));
    if (s.planned > 0) {
      // Not enough people planned; or enough, but ramp or attrition keep the role over capacity to the plan's end.
      return s.beyondPlan > 0 ? l.actionHireBeyond(peopleText(pb, s.beyondPlan), fmt.peopleExact(s.planned), role, load) : l.actionHireSooner(fmt.peopleExact(s.planned), role, load);
    }
    const first = l.actionHire(peopleText(pb, s.toHire), role, load);
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
