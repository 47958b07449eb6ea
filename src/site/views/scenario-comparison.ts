/**
 * The scenario comparison (format §6, §7), `/<pb>/scenarios/`: the
 * baseline and every scenario side by side, the best value of each row
 * marked. Every number goes through the playbook's formatter; a difference
 * that is only floating-point noise (a win rate recomputed from the same
 * conversions) is no change.
 */
import { formatKind, formatKindDelta, formatKindExact, type NumberKind } from '../../format/numbers.ts';
import { SCENARIO_RULES } from '../../lint/scenarios.ts';
import { isBelow } from '../../model/tolerance.ts';
import { byId, type CompletePlaybook, type Entity } from '../../model/graph.ts';
import type { PlaybookMetrics, RoleMetrics } from '../../model/metrics.ts';
import type { CostOfChange } from '../../model/money.ts';
import type { Scenario } from '../../schema/scenario.ts';
import { playbookChrome, type PageChrome } from '../navigation.ts';
import { entityLink, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { playbookPageKey } from '../cache-keys.ts';

/** One column of the comparison: the baseline or a scenario. */
export interface ComparisonColumn {
  /** The scenario's id; null for the baseline. */
  id: string | null;
  title: string;
  summary: string;
  /** The scenario's page; null for the baseline. */
  href: string | null;
}

export interface ComparisonCell {
  value: string;
  /** The value in full (money to the unit, more digits), for a tooltip; null when `value` is already that. */
  exact: string | null;
  /** The bottleneck row: the role. */
  role: EntityLink | null;
  /** Below its goal (the column's own goal: a scenario may change the goals). */
  below: boolean;
  /** The column's goal when it differs from the row's (the scenario changes it). */
  goal: string | null;
  /** The best value of its row (ties share it; none when the whole row is equal). */
  best: boolean;
}

export type ComparisonKey = 'coverage' | 'winRate' | 'expectedWins' | 'expectedRevenue' | 'coveredAccounts' | 'teamCost' | 'payback' | 'bottleneck' | 'warnings';

export interface ComparisonRow {
  key: ComparisonKey;
  label: string;
  /** The baseline's goal of the row, as text (`goal 90%`); null for rows without a goal. */
  goal: string | null;
  /** Which way is better: the larger value, or (load, warnings) the smaller. */
  better: 'higher' | 'lower';
  cells: ComparisonCell[];
}

export interface ScenariosView {
  chrome: PageChrome;
  title: string;
  intro: string;
  legend: string;
  caption: string;
  columns: ComparisonColumn[];
  rows: ComparisonRow[];
}

/** `getStaticPaths` of the comparison pages: the playbooks that have scenarios. */
export function scenariosPaths(site: Site) {
  return site.playbooks.filter((pb) => pb.scenarios.size > 0).map((pb) => ({ params: { pb: pb.id }, cacheKey: playbookPageKey(site, pb) }));
}

/** A playbook's goals (the baseline's, or a scenario's: a scenario may change them). */
export type Goals = CompletePlaybook['index']['data']['goals'];

/** One column's figures: what the comparison compares. */
interface Figures {
  graph: CompletePlaybook;
  metrics: PlaybookMetrics;
  warnings: number;
}

export function scenariosView(site: Site, playbookId: string | undefined): ScenariosView {
  const pb = findPlaybook(site, playbookId);
  if (pb.scenarios.size === 0) throw new Error(`Playbook \`${pb.id}\` has no scenarios.`);
  const { t, fmt } = pb;
  const evaluations = [...pb.scenarios.values()];
  const columns: ComparisonColumn[] = [
    { id: null, title: t.scenarios.baseline, summary: t.scenarios.baselineSummary, href: null },
    ...evaluations.map((e) => {
      const entity = scenarioEntity(pb, e.id);
      return { id: e.id, title: entity.data.title, summary: entity.data.summary, href: site.paths.entity(pb.id, 'scenarios', e.id) };
    }),
  ];
  const figures: Figures[] = [
    { graph: pb.graph, metrics: pb.metrics, warnings: SCENARIO_RULES.warnings(pb.graph, pb.metrics).length },
    ...evaluations.map((e) => ({ graph: e.graph, metrics: e.metrics, warnings: e.warnings.length })),
  ];
  const goals = pb.graph.index.data.goals;

  /** A row of one figure of the model, against a goal when it has one. */
  const figureRow = (key: ComparisonKey, label: string, kind: NumberKind, valueOf: (m: PlaybookMetrics) => number, goalOf?: (g: Goals) => number | undefined): ComparisonRow => {
    const baseGoal = goalOf?.(goals);
    const values = figures.map((f) => valueOf(f.metrics));
    const best = bestOf(values, 'higher');
    return {
      key,
      label,
      goal: baseGoal === undefined ? null : t.scenarios.goal(formatKind(fmt, kind, baseGoal)),
      better: 'higher',
      cells: figures.map((f, i) => {
        const goal = goalOf?.(f.graph.index.data.goals);
        const value = formatKind(fmt, kind, values[i]!);
        const exact = formatKindExact(fmt, kind, values[i]!);
        return {
          value,
          exact: exact === value ? null : exact,
          role: null,
          below: goal !== undefined && isBelow(values[i]!, goal),
          goal: goal !== undefined && goal !== baseGoal ? t.scenarios.goal(formatKind(fmt, kind, goal)) : null,
          best: best[i]!,
        };
      }),
    };
  };

  const bottlenecks = figures.map((f) => bottleneckOf(f.metrics));
  const loads = bottlenecks.map((b) => b?.load ?? 0);
  const bestLoad = bestOf(loads, 'lower');
  const warnings = figures.map((f) => f.warnings);
  const bestWarnings = bestOf(warnings, 'lower');
  const plain = (cell: Pick<ComparisonCell, 'value' | 'best'> & Partial<ComparisonCell>): ComparisonCell => ({ exact: null, role: null, below: false, goal: null, ...cell });

  const rows: ComparisonRow[] = [
    figureRow('coverage', t.coverage, 'share', (m) => m.coverage, (g) => g.coverage),
    figureRow('winRate', t.winRate, 'share', (m) => m.winRate, (g) => g.winRate),
    figureRow('expectedWins', t.scenarios.expectedWins, 'wins', (m) => m.expectedWins),
    figureRow('expectedRevenue', t.scenarios.expectedRevenue, 'money', (m) => m.expectedRevenue, (g) => g.bookings),
    figureRow('coveredAccounts', t.scenarios.coveredAccounts, 'count', (m) => m.coveredAccounts),
    ...moneyRows(pb, figures.map((f) => f.metrics), evaluations.map((e) => e.money), plain),
    {
      key: 'bottleneck',
      label: t.scenarios.bottleneck,
      goal: null,
      better: 'lower',
      cells: bottlenecks.map((b, i) =>
        plain({
          value: b ? fmt.load(b.load) : t.scenarios.noWork,
          role: b ? entityLink(site, pb, 'roles', b.id) : null,
          best: bestLoad[i]!,
        }),
      ),
    },
    {
      key: 'warnings',
      label: t.scenarios.warnings,
      goal: null,
      better: 'lower',
      cells: warnings.map((n, i) => plain({ value: t.scenarios.warningCount(n), best: bestWarnings[i]! })),
    },
  ];
  // Covered accounts read "132 of 250": the total can change too (a scenario may change a segment's accounts).
  const covered = rows.find((r) => r.key === 'coveredAccounts')!;
  covered.cells = covered.cells.map((cell, i) => ({ ...cell, value: t.scenarios.coveredOf(cell.value, formatKind(fmt, 'count', figures[i]!.metrics.accounts)) }));

  return {
    chrome: playbookChrome(site, pb, {
      kind: 'scenarios',
      title: t.scenarios.title,
      description: t.scenarios.intro,
      file: null,
      // Every figure draws on the whole playbook.
      sources: pb.files,
    }),
    title: t.scenarios.title,
    intro: t.scenarios.intro,
    legend: t.scenarios.legend,
    caption: t.scenarios.comparison,
    columns,
    rows,
  };
}

/**
 * v1.2: the team cost of each column and, for each scenario, the payback of what it adds over what it costs; none
 * when no column has a cost. The lower cost is not "best": a cost buys bookings, so the row marks nothing.
 */
function moneyRows(pb: SitePlaybook, metrics: readonly PlaybookMetrics[], money: readonly CostOfChange[], plain: (cell: Pick<ComparisonCell, 'value' | 'best'> & Partial<ComparisonCell>) => ComparisonCell): ComparisonRow[] {
  const { t, fmt } = pb;
  if (metrics.every((m) => m.teamCost === null)) return [];
  const cost: ComparisonRow = {
    key: 'teamCost',
    label: t.money.teamCost,
    goal: null,
    better: 'lower',
    cells: metrics.map((m) => plain({ value: m.teamCost === null ? '—' : fmt.moneyShort(m.teamCost), exact: m.teamCost === null ? null : fmt.money(m.teamCost), best: false })),
  };
  const payback: ComparisonRow = {
    key: 'payback',
    label: t.money.costSide,
    goal: null,
    better: 'lower',
    cells: [plain({ value: '—', best: false }), ...money.map((c) => plain({ value: costSideShort(pb, c), best: false }))],
  };
  return [cost, payback];
}

/** A scenario's cost side in a few words: `+$190K a year, pays back in 3.7 months`. */
function costSideShort(pb: SitePlaybook, c: CostOfChange): string {
  const { t, fmt } = pb;
  if (c.costPerYear === null) return '—';
  const payback = c.paybackMonths === null ? t.money.neverPays : c.paybackMonths === 0 ? t.money.atOnce : t.money.payback(fmt.months(c.paybackMonths));
  return [t.money.perYear(formatKindDelta(fmt, 'money', c.costPerYear)), payback].join(t.money.sep);
}

/** Whether each value is the best of the row; none is when all are equal (nothing to choose). */
export function bestOf(values: readonly number[], better: 'higher' | 'lower'): boolean[] {
  const finite = values.map((v) => (Number.isFinite(v) ? v : better === 'higher' ? -Infinity : Infinity));
  const top = better === 'higher' ? Math.max(...finite) : Math.min(...finite);
  const same = (a: number, b: number) => a === b || (Number.isFinite(a) && Number.isFinite(b) && !moved(a, b));
  if (finite.every((v) => same(v, top))) return values.map(() => false);
  return finite.map((v) => same(v, top));
}

/** The role with the highest load among those with work: the bottleneck (or the next constraint when none is over capacity). */
function bottleneckOf(metrics: PlaybookMetrics): RoleMetrics | undefined {
  let worst: RoleMetrics | undefined;
  for (const r of Object.values(metrics.roles)) if (r.requiredHours > 0 && (!worst || r.load > worst.load)) worst = r;
  return worst;
}

/** Two figures differ by more than floating-point noise. */
export function moved(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a !== b;
  return Math.abs(b - a) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A scenario of the playbook by id; a missing one is a bug in the routes, so it throws. */
export function scenarioEntity(pb: SitePlaybook, id: string): Entity<Scenario> {
  const entity = byId(pb.graph.scenarios, id);
  if (!entity) throw new Error(`There is no scenario \`${id}\` in playbook \`${pb.id}\`.`);
  return entity;
}
