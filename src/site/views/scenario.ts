/**
 * One scenario's page (format §6, §7), `/<pb>/scenarios/<id>/`: its
 * changes (before → after, with links to what they touch:
 * ./scenario-changes.ts), what they do to the figures of the playbook, its
 * segments, its roles and its plan, and the warnings it clears and adds. The
 * comparison of every scenario, `/<pb>/scenarios/`, is
 * ./scenario-comparison.ts.
 *
 * Every number goes through the playbook's formatter; a difference that is
 * only floating-point noise (a win rate recomputed from the same conversions)
 * is no change.
 */
import { formatKind, formatKindDelta, formatKindExact, type Formatter, type NumberKind } from '../../format/numbers.ts';
import { isBelow } from '../../model/tolerance.ts';
import type { PlaybookMetrics, RoleMetrics } from '../../model/metrics.ts';
import type { PlanMetrics } from '../../model/plan.ts';
import type { CostOfChange } from '../../model/money.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { changeItem, type ScenarioChangeItem } from './scenario-changes.ts';
import { moved, scenarioEntity, type Goals } from './scenario-comparison.ts';
import { entityHeader, fileWarnings, toWarning, type EntityHeader, type Warning } from './shared.ts';

export { bestOf, scenariosPaths, scenariosView, type ComparisonCell, type ComparisonColumn, type ComparisonKey, type ComparisonRow, type ScenariosView } from './scenario-comparison.ts';
export type { ScenarioChangeItem } from './scenario-changes.ts';

/** A figure before and after, and the difference. */
export interface DeltaCell {
  before: string;
  after: string;
  /** Points for shares, signed numbers otherwise; `0 pts` / `0` when unchanged. */
  delta: string;
  moved: boolean;
  /** The values in full, for a tooltip (money to the unit); null when the short text is already that. */
  beforeExact: string | null;
  afterExact: string | null;
}

export interface DeltaRow extends DeltaCell {
  label: string;
  /** The goal, as text; null for figures without one. */
  goal: string | null;
  belowBefore: boolean;
  belowAfter: boolean;
}

export interface EntityDeltaRow {
  link: EntityLink;
  cells: DeltaCell[];
}

export interface ScenarioView extends EntityHeader {
  /** The scenario file's own warnings (none in a build: a scenario with problems is an error). */
  warnings: Warning[];
  /** The comparison page. */
  compareHref: string;
  changes: ScenarioChangeItem[];
  playbook: DeltaRow[];
  /** Column headings of the segment and role tables. */
  segmentColumns: string[];
  segments: EntityDeltaRow[];
  roleColumns: string[];
  roles: EntityDeltaRow[];
  /** The plan's totals before and after; null when the playbook has no plan. */
  plan: { intro: string; rows: DeltaRow[] } | null;
  /** v1.2: what the changes cost a year against what they add, net, and the payback; null when no role has a cost. */
  money: string | null;
  cleared: Warning[];
  added: Warning[];
}

export function scenarioView(site: Site, playbookId: string | undefined, id: string | undefined): ScenarioView {
  const pb = findPlaybook(site, playbookId);
  const entity = scenarioEntity(pb, id ?? '');
  const evaluation = pb.scenarios.get(entity.id);
  if (!evaluation) throw new Error(`Scenario \`${entity.id}\` of playbook \`${pb.id}\` has no evaluation: a scenario with problems never gets a page.`);
  const { t, fmt } = pb;
  const before = pb.metrics;
  const after = evaluation.metrics;
  const goalsBefore = pb.graph.index.data.goals;
  const goalsAfter = evaluation.graph.index.data.goals;

  const row = (label: string, kind: NumberKind, a: number, b: number, goal?: { before?: number; after?: number }): DeltaRow => {
    const g = goal?.after ?? goal?.before;
    const goalText = goal?.before !== undefined && goal.after !== undefined && moved(goal.before, goal.after)
      ? `${formatKind(fmt, kind, goal.before)} → ${formatKind(fmt, kind, goal.after)}`
      : g === undefined ? null : formatKind(fmt, kind, g);
    return {
      label,
      ...deltaCell(fmt, kind, a, b),
      goal: goalText,
      belowBefore: goal?.before !== undefined && isBelow(a, goal.before),
      belowAfter: goal?.after !== undefined && isBelow(b, goal.after),
    };
  };

  const SEGMENT_FIGURES: [string, NumberKind, keyof PlaybookMetrics['segments'][string]][] = [
    [t.coverage, 'share', 'coverage'],
    [t.winRate, 'share', 'winRate'],
    [t.scenarios.expectedWins, 'wins', 'expectedWins'],
    [t.scenarios.expectedRevenue, 'money', 'expectedRevenue'],
    [t.scenarios.coveredAccounts, 'count', 'coveredAccounts'],
  ];
  const ROLE_FIGURES: [string, NumberKind, keyof RoleMetrics][] = [
    [t.requiredHours, 'hours', 'requiredHours'],
    [t.availableHours, 'hours', 'availableHours'],
    [t.load, 'load', 'load'],
    [t.fteNeeded, 'people', 'fteNeeded'],
  ];
  const segments = pb.segments.flatMap((s): EntityDeltaRow[] => {
    const a = own(before.segments, s.id);
    const b = own(after.segments, s.id);
    if (!a || !b) return [];
    const cells = SEGMENT_FIGURES.map(([, kind, key]) => deltaCell(fmt, kind, a[key] as number, b[key] as number));
    return cells.some((c) => c.moved) ? [{ link: entityLink(site, pb, 'segments', s.id), cells }] : [];
  });
  const roles = pb.graph.roles.flatMap((r): EntityDeltaRow[] => {
    const a = own(before.roles, r.id);
    const b = own(after.roles, r.id);
    if (!a || !b) return [];
    const cells = ROLE_FIGURES.map(([, kind, key]) => deltaCell(fmt, kind, a[key] as number, b[key] as number));
    return cells.some((c) => c.moved) ? [{ link: entityLink(site, pb, 'roles', r.id), cells }] : [];
  });

  return {
    ...entityHeader(site, pb, 'scenarios', entity),
    warnings: fileWarnings(pb, entity.file, site),
    compareHref: site.paths.scenarios(pb.id),
    changes: evaluation.changes.map((c) => changeItem(site, pb, c.path, c.before, c.after)),
    playbook: [
      row(t.coverage, 'share', before.coverage, after.coverage, { before: goalsBefore.coverage, after: goalsAfter.coverage }),
      row(t.winRate, 'share', before.winRate, after.winRate, { before: goalsBefore.winRate, after: goalsAfter.winRate }),
      row(t.scenarios.expectedWins, 'wins', before.expectedWins, after.expectedWins),
      row(t.scenarios.expectedRevenue, 'money', before.expectedRevenue, after.expectedRevenue, { before: goalsBefore.bookings, after: goalsAfter.bookings }),
      row(t.scenarios.coveredAccounts, 'count', before.coveredAccounts, after.coveredAccounts),
      ...(before.teamCost !== null || after.teamCost !== null ? [row(t.money.teamCost, 'money', before.teamCost ?? 0, after.teamCost ?? 0)] : []),
      ...(before.costOfSales !== null && after.costOfSales !== null ? [row(t.money.costOfSalesLabel, 'share', before.costOfSales, after.costOfSales)] : []),
    ],
    money: costSideText(pb, evaluation.money),
    segmentColumns: SEGMENT_FIGURES.map(([label]) => label),
    segments,
    roleColumns: ROLE_FIGURES.map(([label]) => label),
    roles,
    plan: pb.plan && evaluation.plan ? planRows(pb, pb.plan, evaluation.plan, row, goalsBefore, goalsAfter) : null,
    cleared: evaluation.cleared.map((d) => toWarning(pb, d, site)),
    added: evaluation.added.map((d) => toWarning(pb, d, site)),
  };
}

function planRows(
  pb: SitePlaybook,
  before: PlanMetrics,
  after: PlanMetrics,
  row: (label: string, kind: NumberKind, a: number, b: number, goal?: { before?: number; after?: number }) => DeltaRow,
  goalsBefore: Goals,
  goalsAfter: Goals,
): { intro: string; rows: DeltaRow[] } {
  const { t, fmt } = pb;
  const months = after.months.length;
  // The bookings goal is a year's: the plan's share of it, pro rata (as the plan page has it).
  const prorate = (goal: number | undefined) => (goal === undefined ? undefined : (goal * months) / 12);
  return {
    intro: t.scenarios.planIntro(fmt.month(after.start), fmt.month(after.end), months),
    rows: [
      row(t.scenarios.planCoverage, 'share', before.totals.coverage, after.totals.coverage, { before: goalsBefore.coverage, after: goalsAfter.coverage }),
      row(t.scenarios.planWins, 'wins', before.totals.expectedWins, after.totals.expectedWins),
      row(t.scenarios.planRevenue, 'money', before.totals.expectedRevenue, after.totals.expectedRevenue, { before: prorate(goalsBefore.bookings), after: prorate(goalsAfter.bookings) }),
    ],
  };
}

/** A figure before and after, through the formatter; noise is no change, an infinite load has no difference. */
export function deltaCell(fmt: Formatter, kind: NumberKind, a: number, b: number): DeltaCell {
  const changed = moved(a, b);
  const finite = Number.isFinite(a) && Number.isFinite(b);
  const exact = (v: number) => {
    const short = formatKind(fmt, kind, v);
    const full = formatKindExact(fmt, kind, v);
    return full === short ? null : full;
  };
  return {
    before: formatKind(fmt, kind, a),
    after: formatKind(fmt, kind, b),
    delta: !finite && changed ? '—' : formatKindDelta(fmt, kind, changed ? b - a : 0),
    moved: changed,
    beforeExact: exact(a),
    afterExact: exact(b),
  };
}

/** The cost side of a change in a sentence (the scenario page, the role page's hire): null without a cost. */
export function costSideText(pb: SitePlaybook, c: CostOfChange): string | null {
  const { t, fmt } = pb;
  if (c.costPerYear === null) return null;
  const payback = c.paybackMonths === null ? t.money.costSideNever : c.paybackMonths === 0 ? t.money.costSideAtOnce : t.money.costSidePayback(fmt.months(c.paybackMonths));
  const signed = (v: number) => formatKindDelta(fmt, 'money', v);
  return t.money.costSideText(signed(c.costPerYear), signed(c.bookingsPerYear), signed(c.net!), payback);
}
