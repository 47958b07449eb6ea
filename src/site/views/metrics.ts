import { METRIC_CODES } from '../../diagnostics/codes.ts';
import { playbookChrome, type PageChrome } from '../chrome.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site } from '../site.ts';
import { capacityBars, isBelow, playbookGoals, stageFlow, toWarning, type CapacityBar, type Fact, type GoalComparison, type StageFlow, type Warning } from './shared.ts';


export interface SegmentMetricsRow {
  segment: EntityLink;
  accounts: string;
  opportunities: string;
  coverage: string;
  coverageWarn: boolean;
  winRate: string;
  winRateWarn: boolean;
  expectedWins: string;
  expectedRevenue: string;
  velocity: string;
  bottleneck: EntityLink | null;
}

export interface RoleMetricsRow {
  role: EntityLink;
  dealHours: string;
  coverageHours: string;
  required: string;
  available: string;
  load: string;
  fte: string;
  capacityFactor: string;
  warn: boolean;
}

export interface MetricsView {
  chrome: PageChrome;
  title: string;
  goals: GoalComparison[];
  totals: Fact[];
  segments: SegmentMetricsRow[];
  roles: RoleMetricsRow[];
  capacity: CapacityBar[];
  capacityDescription: string;
  funnels: StageFlow[];
  warnings: Warning[];
  explanations: string[];
}

/** The metrics page: every computed figure, the warnings, and how each figure is computed. */
export function metricsView(site: Site, playbookId: string | undefined): MetricsView {
  const pb = findPlaybook(site, playbookId);
  const { t, fmt, metrics } = pb;
  const goals = pb.graph.index.data.goals;
  return {
    chrome: playbookChrome(site, pb, { kind: 'metrics', title: t.metrics, description: t.explanations.playbook, file: null }),
    title: t.metrics,
    goals: playbookGoals(pb),
    totals: [
      { label: t.expectedWins, value: fmt.number(metrics.expectedWins, 1) },
      { label: t.expectedRevenue, value: fmt.money(metrics.expectedRevenue) },
    ],
    segments: pb.segments.map((s) => {
      const m = own(metrics.segments, s.id);
      return {
        segment: entityLink(site, pb, 'segments', s.id),
        accounts: fmt.number(s.data.accounts, 0),
        opportunities: fmt.number(m?.opportunities ?? 0, 1),
        coverage: fmt.percent(m?.coverage ?? 0),
        coverageWarn: isBelow(m?.coverage ?? 0, goals.coverage),
        winRate: fmt.percent(m?.winRate ?? 0),
        winRateWarn: isBelow(m?.winRate ?? 0, goals.winRate),
        expectedWins: fmt.number(m?.expectedWins ?? 0, 1),
        expectedRevenue: fmt.money(m?.expectedRevenue ?? 0),
        velocity: fmt.money(m?.velocityPerDay ?? 0),
        bottleneck: m?.bottleneck ? entityLink(site, pb, 'roles', m.bottleneck) : null,
      };
    }),
    roles: pb.graph.roles.map((r) => {
      const m = own(metrics.roles, r.id);
      return {
        role: entityLink(site, pb, 'roles', r.id),
        dealHours: fmt.hours(m?.dealHours ?? 0),
        coverageHours: fmt.hours(m?.coverageHours ?? 0),
        required: fmt.hours(m?.requiredHours ?? 0),
        available: fmt.hours(m?.availableHours ?? 0),
        load: m && !Number.isFinite(m.load) ? t.noneInfinite : fmt.load(m?.load ?? 0),
        fte: fmt.number(m?.fteNeeded ?? 0, 2),
        capacityFactor: fmt.percent(m?.capacityFactor ?? 1),
        warn: m ? isBelow(m.availableHours, m.requiredHours) : false,
      };
    }),
    capacity: capacityBars(site, pb, pb.graph.roles.map((r) => r.id)),
    capacityDescription: t.capacityDescription,
    funnels: pb.graph.processes.map((p) => stageFlow(site, pb, p)),
    warnings: pb.diagnostics.filter((d) => METRIC_CODES.has(d.code)).map((d) => toWarning(pb, d)),
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
      t.explanations.playbook,
    ],
  };
}
