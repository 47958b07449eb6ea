/**
 * The leader's view (issue 16): the answers first. A summary for the top of
 * the overview and the metrics page — account coverage against its goal with
 * the covered and uncovered accounts as counts, the open pipeline beside it,
 * win rate and new bookings against their goals, the bottleneck role with
 * its gap in people, the value of the next hire, and the one sentence that
 * says what to do. The next hire of every role, priced by the scenario
 * machinery, is ./next-hire.ts; the tiles after coverage and win rate, and
 * the staffing figures they are made of, are ./leader-tiles.ts.
 */
import { isBelow } from '../../model/tolerance.ts';
import { byId } from '../../model/graph.ts';
import { own } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { bookingsTile, bottleneckRole, bottleneckTile, costTile, nextHireTile, peopleText, roleStaffing, type SummaryTile, type TileRow } from './leader-tiles.ts';
import { nextHires } from './next-hire.ts';
import { rolesByLoad } from './shared.ts';

export { bestNextHire, hireMoney, hireTiming, nextHires, nextHireTable, type NextHireRow, type NextHireTable } from './next-hire.ts';

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
