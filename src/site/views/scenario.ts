/**
 * The scenario pages (format.md §6, §7): `/<pb>/scenarios/`, the baseline and
 * every scenario side by side, the best value of each row marked; and
 * `/<pb>/scenarios/<id>/`, one scenario: its changes (before → after, with
 * links to what they touch), what they do to the figures of the playbook, its
 * segments, its roles and its plan, and the warnings it clears and adds.
 *
 * Every number goes through the playbook's formatter; a difference that is
 * only floating-point noise (a win rate recomputed from the same conversions)
 * is no change.
 */
import { formatKind, formatKindDelta, formatKindExact, type Formatter, type NumberKind } from '../../format/numbers.ts';
import { fieldUnit, findKind } from '../../kinds/index.ts';
import { SCENARIO_RULES } from '../../lint/scenarios.ts';
import { isBelow } from '../../model/compare.ts';
import { byId, type CompletePlaybook, type Entity } from '../../model/graph.ts';
import type { PlaybookMetrics, RoleMetrics } from '../../model/metrics.ts';
import type { PlanMetrics } from '../../model/plan.ts';
import type { CostOfChange } from '../../model/money.ts';
import { parseScenarioPath } from '../../model/scenario-paths.ts';
import type { Scenario } from '../../schema/scenario.ts';
import { playbookChrome, type PageChrome } from '../chrome.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { entityHeader, fileWarnings, stageAnchor, toWarning, type EntityHeader, type Warning } from './shared.ts';

// ---------------------------------------------------------------- the comparison

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
  return site.playbooks.filter((pb) => pb.scenarios.size > 0).map((pb) => ({ params: { pb: pb.id } }));
}

type Goals = CompletePlaybook['index']['data']['goals'];

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

/** The cost side of a change in a sentence (the scenario page, the role page's hire): null without a cost. */
export function costSideText(pb: SitePlaybook, c: CostOfChange): string | null {
  const { t, fmt } = pb;
  if (c.costPerYear === null) return null;
  const payback = c.paybackMonths === null ? t.money.costSideNever : c.paybackMonths === 0 ? t.money.costSideAtOnce : t.money.costSidePayback(fmt.months(c.paybackMonths));
  const signed = (v: number) => formatKindDelta(fmt, 'money', v);
  return t.money.costSideText(signed(c.costPerYear), signed(c.bookingsPerYear), signed(c.net!), payback);
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
function moved(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a !== b;
  return Math.abs(b - a) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

// ---------------------------------------------------------------- one scenario

/** One change, as the page shows it: what it touches and the value before and after. */
export interface ScenarioChangeItem {
  /** The path as written in the scenario: `roles/inside-sales.headcount`. */
  path: string;
  /** The entity it touches (the playbook's overview for `playbook.…`). */
  target: EntityLink;
  /** The stage, for a path into a process's stage. */
  stage: EntityLink | null;
  /** The field below the entity (or the stage): `headcount`, `hours.se`, `goals.coverage`; empty when the change replaces the whole stage. */
  field: string;
  before: string;
  after: string;
}

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

function scenarioEntity(pb: SitePlaybook, id: string): Entity<Scenario> {
  const entity = byId(pb.graph.scenarios, id);
  if (!entity) throw new Error(`There is no scenario \`${id}\` in playbook \`${pb.id}\`.`);
  return entity;
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
    warnings: fileWarnings(pb, entity.file),
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
    cleared: evaluation.cleared.map((d) => toWarning(pb, d)),
    added: evaluation.added.map((d) => toWarning(pb, d)),
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

// ---------------------------------------------------------------- changes

/** A change's entity and stage as links, its field, and its values before and after. */
function changeItem(site: Site, pb: SitePlaybook, path: string, before: unknown, after: unknown): ScenarioChangeItem {
  const parsed = parseScenarioPath(path);
  const kind = parsed?.id === undefined ? 'playbook' : parsed.kind;
  const keys = parsed?.keys ?? [path];
  const target: EntityLink =
    kind === 'playbook' ? { id: pb.id, label: pb.graph.index.data.title, href: site.paths.playbook(pb.id) } : entityLink(site, pb, kind, parsed!.id!);
  let stage: EntityLink | null = null;
  let fieldKeys = keys;
  if (kind === 'processes' && keys[0] === 'stages' && keys.length > 1) {
    const process = byId(pb.graph.processes, parsed!.id!);
    const found = process?.data.stages.find((s) => s.id === keys[1]);
    // A stage the scenario adds or renames has no section on the baseline's page: the link goes to the process.
    stage = found ? { id: found.id, label: found.title, href: target.href && `${target.href}#${stageAnchor(found.id)}` } : { id: keys[1]!, label: keys[1]!, href: target.href };
    fieldKeys = keys.slice(2);
  }
  const definition = findKind(kind, site.registry);
  const numberKind = definition && fieldUnit(definition, keys);
  const show = (value: unknown) => changeValue(pb, value, numberKind);
  return { path, target, stage, field: fieldKeys.join('.'), before: show(before), after: show(after) };
}

/** A value of a change: a number in its field's kind, anything else as written (lists and maps in YAML's flow style). */
function changeValue(pb: SitePlaybook, value: unknown, kind: NumberKind | undefined): string {
  const { fmt, t } = pb;
  if (value === undefined || value === null) return t.scenarios.unset;
  if (typeof value === 'number' && kind) return changeNumber(fmt, kind, value);
  return asWritten(fmt, value);
}

/** A number a file sets, in its kind, without rounding away what the author wrote. */
function changeNumber(fmt: Formatter, kind: NumberKind, value: number): string {
  switch (kind) {
    case 'share':
      return fmt.percent(value, 4);
    case 'money':
      return fmt.money(value);
    case 'hours':
      return fmt.hours(value, 4);
    case 'people':
      return fmt.people(value, 4);
    case 'count':
      return fmt.count(value);
    default:
      return formatKind(fmt, kind, value);
  }
}

function asWritten(fmt: Formatter, value: unknown): string {
  if (typeof value === 'number') return fmt.exact(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map((v) => asWritten(fmt, v)).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${asWritten(fmt, v)}`).join(', ')}}`;
  return String(value);
}
