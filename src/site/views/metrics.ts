import { METRIC_CODES } from '../../diagnostics/codes.ts';
import { playbookChrome, type PageChrome } from '../navigation.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site } from '../site.ts';
import { leaderSummary, nextHireTable, type LeaderSummary, type NextHireTable } from './leader.ts';
import { peopleTable, type PeopleTable } from './people.ts';
import { capacityBars, isBelow, rolesByLoad, stageFlow, toWarning, type CapacityBar, type StageFlow, type Warning } from './shared.ts';

export interface SegmentMetricsRow {
  segment: EntityLink;
  /** `1,569 of 2,000 accounts`. */
  accounts: string;
  coverage: string;
  coverageWarn: boolean;
  winRate: string;
  winRateWarn: boolean;
  opportunities: string;
  /** The opportunities the team works (opportunities × coverage): `760 worked`. */
  workedOpportunities: string;
  expectedWins: string;
  /** Bookings rounded for reading (`$2.24M`), and in full for its title. */
  expectedRevenue: string;
  expectedRevenueExact: string;
  /** Opportunities in flight at any time, and their value. */
  openPipeline: string;
  pipelineValue: string;
  bottleneck: EntityLink | null;
}

export interface MetricsView {
  chrome: PageChrome;
  title: string;
  /** The answers first, as on the overview. */
  leader: LeaderSummary;
  rolesTitle: string;
  rolesIntro: string;
  /** Every role, the busiest first: people, people needed, the gap, load and hours. */
  capacity: CapacityBar[];
  capacityDescription: string;
  nextHire: NextHireTable;
  /** People per segment, by role (v1.2). */
  people: PeopleTable;
  /** People per process, when a process serves more than one segment (else the segments' table says it all). */
  processPeople: PeopleTable | null;
  segmentsTitle: string;
  segments: SegmentMetricsRow[];
  /** The playbook's totals, as the last row of the segments' table (bookings in full: the table is where the exact figure is). */
  total: Omit<SegmentMetricsRow, 'segment' | 'bottleneck'> & { label: string };
  funnels: StageFlow[];
  warnings: Warning[];
  explanations: string[];
}

/** The metrics page: the summary, roles by load, the next hire priced, segments, the warnings in words, funnels and how each figure is computed. */
export function metricsView(site: Site, playbookId: string | undefined): MetricsView {
  const pb = findPlaybook(site, playbookId);
  const { t, fmt, metrics } = pb;
  const goals = pb.graph.index.data.goals;
  const accounts = (covered: number, total: number) => t.leader.accountsOf(fmt.count(Math.round(covered)), fmt.count(total));
  return {
    chrome: playbookChrome(site, pb, { kind: 'metrics', title: t.metrics, description: t.explanations.playbook, file: null }),
    title: t.metrics,
    leader: leaderSummary(site, pb, 'metrics'),
    rolesTitle: t.leader.rolesTitle,
    rolesIntro: t.leader.rolesIntro,
    capacity: capacityBars(site, pb, rolesByLoad(pb)),
    capacityDescription: t.capacityDescription,
    nextHire: nextHireTable(site, pb),
    people: peopleTable(site, pb, 'segments'),
    processPeople: pb.graph.processes.some((p) => pb.segments.filter((s) => s.data.process === p.id).length > 1) ? peopleTable(site, pb, 'processes') : null,
    segmentsTitle: t.leader.segmentsTitle,
    segments: pb.segments.map((s) => {
      const m = own(metrics.segments, s.id);
      return {
        segment: entityLink(site, pb, 'segments', s.id),
        accounts: accounts(m?.coveredAccounts ?? 0, s.data.accounts),
        coverage: fmt.percent(m?.coverage ?? 0),
        coverageWarn: isBelow(m?.coverage ?? 0, goals.coverage),
        winRate: fmt.percent(m?.winRate ?? 0),
        winRateWarn: isBelow(m?.winRate ?? 0, goals.winRate),
        opportunities: fmt.wins(m?.opportunities ?? 0),
        workedOpportunities: t.money.worked(fmt.wins((m?.opportunities ?? 0) * (m?.coverage ?? 0))),
        expectedWins: fmt.wins(m?.expectedWins ?? 0),
        expectedRevenue: fmt.moneyShort(m?.expectedRevenue ?? 0),
        expectedRevenueExact: fmt.money(m?.expectedRevenue ?? 0),
        openPipeline: fmt.wins(m?.openPipeline ?? 0),
        pipelineValue: fmt.moneyShort(m?.pipelineValue ?? 0),
        bottleneck: m?.bottleneck ? entityLink(site, pb, 'roles', m.bottleneck) : null,
      };
    }),
    total: {
      label: t.leader.allSegments,
      accounts: accounts(metrics.coveredAccounts, metrics.accounts),
      coverage: fmt.percent(metrics.coverage),
      coverageWarn: isBelow(metrics.coverage, goals.coverage),
      winRate: fmt.percent(metrics.winRate),
      winRateWarn: isBelow(metrics.winRate, goals.winRate),
      opportunities: fmt.wins(metrics.opportunities),
      workedOpportunities: t.money.worked(fmt.wins(metrics.workedOpportunities)),
      expectedWins: fmt.wins(metrics.expectedWins),
      expectedRevenue: fmt.moneyShort(metrics.expectedRevenue),
      expectedRevenueExact: fmt.money(metrics.expectedRevenue),
      openPipeline: fmt.wins(metrics.openPipeline),
      pipelineValue: fmt.moneyShort(metrics.pipelineValue),
    },
    funnels: pb.graph.processes.map((p) => stageFlow(site, pb, p)),
    warnings: pb.diagnostics.filter((d) => METRIC_CODES.has(d.code)).map((d) => toWarning(pb, d, site)),
    explanations: [
      t.explanations.opportunities,
      t.explanations.reach,
      t.explanations.processWinRate,
      t.explanations.dealHours,
      t.explanations.coverageHours,
      t.explanations.required,
      t.explanations.load,
      t.explanations.capacityFactor,
      t.explanations.segmentCoverage,
      t.explanations.expected,
      t.explanations.people,
      t.explanations.money,
      t.explanations.playbook,
    ],
  };
}
