import type { Lang } from '../diagnostics/context.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { costOfChange, type CostOfChange } from '../model/money.ts';
import type { NumberKind } from '../format/numbers.ts';
import { REGISTRY, type Registry } from '../kinds/index.ts';
import { figureScopes, MODEL_FIGURES, REVIEWED_FIGURES } from '../model/metric-scopes.ts';
import { byId, entitiesOf, isComplete, type CompletePlaybook, type Entity } from '../model/graph.ts';
import { computeMetrics, type PlaybookMetrics } from '../model/metrics.ts';
import type { ScenarioEvaluation } from '../model/scenario-evaluate.ts';
import type { CheckResult } from '../lint/check-project.ts';

export type EntityChangeKind = 'added' | 'removed' | 'changed';

export interface EntityChange {
  playbook: string;
  /** `playbook` for index.mdx, else the entity folder. */
  kind: string;
  id: string;
  change: EntityChangeKind;
  /** For `changed`: the top-level fields that differ, and `body` when the text changed. */
  fields: string[];
}

export interface MetricMove {
  playbook: string;
  /** `playbook`, or the singular of the entity's kind: `segment`, `role`, `process`. */
  scope: string;
  /** Entity id; the playbook id for scope `playbook`. */
  id: string;
  metric: string;
  /** The metric catalogue's unit of the figure (src/model/metric-catalogue.ts). */
  unit: NumberKind;
  old: number | null;
  new: number | null;
  /** new − old (null when either side is missing or infinite). */
  delta: number | null;
}

export interface DiagnosticChanges {
  added: Diagnostic[];
  resolved: Diagnostic[];
}

/**
 * A scenario (format §7) whose numbers differ between the two refs: it is
 * evaluated on one side only (`added`, `removed`), or on both and its metrics
 * moved (`moved`: because its changes or the baseline under them changed).
 */
export interface ScenarioDiff {
  playbook: string;
  id: string;
  /** Its title on the new side, else the old. */
  title: string;
  change: 'added' | 'removed' | 'moved';
  /** The moves of its metrics, old ref to new, biggest first (`moved` only). */
  metrics: MetricMove[];
}

export interface ProjectDiff {
  entities: EntityChange[];
  metrics: MetricMove[];
  /** The scenarios whose numbers differ, by playbook then id. */
  scenarios: ScenarioDiff[];
  diagnostics: DiagnosticChanges;
  /** Currency per playbook (new side, else old), for formatting money. */
  currencies: Record<string, string>;
  /** Language per playbook (new side, else old): its section of the report is written in it. */
  langs: Record<string, Lang>;
  /** Title per playbook (new side, else old). */
  titles: Record<string, string>;
  /** v1.2: the cost side of the change per playbook present on both sides (team cost and bookings, old ref to new). */
  money: Record<string, CostOfChange>;
}

/** One figure the review compares: where it is (`playbook` or a kind's id), its key and unit, and the scope a move names. */
interface Reviewed {
  kind: string;
  scope: string;
  metric: string;
  unit: NumberKind;
}

/** The figures a review compares: the catalogue's (REVIEWED_FIGURES), then every figure the registry's kinds declare. */
function reviewedFigures(registry: Registry): Reviewed[] {
  const scopeOf = (kind: string) => (kind === 'playbook' ? 'playbook' : (registry.entities.find((k) => k.id === kind)?.singular ?? kind));
  const out: Reviewed[] = [];
  for (const [kind, keys] of REVIEWED_FIGURES) {
    const figures = figureScopes(registry).find((s) => s.scope === kind)?.figures;
    for (const metric of keys) if (figures?.has(metric)) out.push({ kind, scope: scopeOf(kind), metric, unit: figures.get(metric)!.unit });
  }
  for (const kind of registry.entities) {
    for (const [metric, figure] of Object.entries(kind.figures ?? {})) out.push({ kind: kind.id, scope: scopeOf(kind.id), metric, unit: figure.unit });
  }
  return out;
}

/**
 * Compares two checked projects: what changed in the files, in the numbers (the baseline's and each scenario's) and in
 * the diagnostics. `registry`: the kinds of file both were checked with.
 */
export function diffProjects(before: CheckResult, after: CheckResult, registry: Registry = REGISTRY): ProjectDiff {
  const reviewed = reviewedFigures(registry);
  const oldBooks = new Map(before.playbooks.filter(isComplete).map((p) => [p.id, p]));
  const newBooks = new Map(after.playbooks.filter(isComplete).map((p) => [p.id, p]));
  const ids = [...new Set([...oldBooks.keys(), ...newBooks.keys()])].sort();
  const entities: EntityChange[] = [];
  const metrics: MetricMove[] = [];
  const scenarios: ScenarioDiff[] = [];
  const currencies: Record<string, string> = {};
  const langs: Record<string, Lang> = {};
  const titles: Record<string, string> = {};
  const money: Record<string, CostOfChange> = {};
  for (const id of ids) {
    const a = oldBooks.get(id);
    const b = newBooks.get(id);
    currencies[id] = (b ?? a)!.index.data.currency;
    langs[id] = (b ?? a)!.lang;
    titles[id] = (b ?? a)!.index.data.title;
    const x = a && (before.metrics.get(id) ?? computeMetrics(a, registry));
    const y = b && (after.metrics.get(id) ?? computeMetrics(b, registry));
    entities.push(...compareEntities(id, a, b, registry));
    metrics.push(...compareMetrics(id, x, y, reviewed));
    scenarios.push(...compareScenarios(id, a, b, before.scenarios?.get(id), after.scenarios?.get(id), reviewed));
    if (x && y) money[id] = costOfChange(x, y);
  }
  return { entities, metrics: sortMoves(metrics), scenarios, diagnostics: compareDiagnostics(before.diagnostics, after.diagnostics), currencies, langs, titles, money };
}

function compareEntities(playbook: string, a: CompletePlaybook | undefined, b: CompletePlaybook | undefined, registry: Registry): EntityChange[] {
  const out: EntityChange[] = [];
  const pair = (kind: EntityChange['kind'], olds: Entity<object>[], news: Entity<object>[]) => {
    const oldById = new Map(olds.map((e) => [e.id, e]));
    const newById = new Map(news.map((e) => [e.id, e]));
    for (const id of [...new Set([...oldById.keys(), ...newById.keys()])].sort()) {
      const x = oldById.get(id);
      const y = newById.get(id);
      if (!x) out.push({ playbook, kind, id, change: 'added', fields: [] });
      else if (!y) out.push({ playbook, kind, id, change: 'removed', fields: [] });
      else {
        const fields = changedFields(x.data as Record<string, unknown>, y.data as Record<string, unknown>);
        if (x.body.trim() !== y.body.trim()) fields.push('body');
        if (fields.length) out.push({ playbook, kind, id, change: 'changed', fields });
      }
    }
  };
  pair('playbook', a ? [a.index] : [], b ? [b.index] : []);
  for (const { id: kind } of registry.entities) pair(kind, a ? entitiesOf(a, kind) : [], b ? entitiesOf(b, kind) : []);
  return out;
}

/** The scenarios of one playbook whose evaluation appears, disappears or moves between the refs. */
function compareScenarios(
  playbook: string,
  a: CompletePlaybook | undefined,
  b: CompletePlaybook | undefined,
  olds: ReadonlyMap<string, ScenarioEvaluation> | undefined,
  news: ReadonlyMap<string, ScenarioEvaluation> | undefined,
  reviewed: readonly Reviewed[],
): ScenarioDiff[] {
  const titleOf = (id: string) => (b && byId(b.scenarios ?? [], id)?.data.title) ?? (a && byId(a.scenarios ?? [], id)?.data.title) ?? id;
  const ids = [...new Set([...(olds?.keys() ?? []), ...(news?.keys() ?? [])])].sort();
  const out: ScenarioDiff[] = [];
  for (const id of ids) {
    const x = olds?.get(id);
    const y = news?.get(id);
    if (!x) out.push({ playbook, id, title: titleOf(id), change: 'added', metrics: [] });
    else if (!y) out.push({ playbook, id, title: titleOf(id), change: 'removed', metrics: [] });
    else {
      const moves = compareMetrics(playbook, x.metrics, y.metrics, reviewed);
      if (moves.length > 0) out.push({ playbook, id, title: titleOf(id), change: 'moved', metrics: sortMoves(moves) });
    }
  }
  return out;
}

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => canonical(a[k]) !== canonical(b[k])).sort();
}

/** JSON with sorted keys, so key order in the YAML does not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  ) ?? 'undefined';
}

function compareMetrics(playbook: string, a: PlaybookMetrics | undefined, b: PlaybookMetrics | undefined, reviewed: readonly Reviewed[]): MetricMove[] {
  const out: MetricMove[] = [];
  // Each entity's figures by id: the model's own (segments, roles, processes), or those a kind reads from its data.
  const tables = (m: PlaybookMetrics | undefined, kind: string): Record<string, Record<string, unknown>> => {
    if (!m) return {};
    if (kind === 'playbook') return { [playbook]: m as unknown as Record<string, unknown> };
    if (Object.hasOwn(MODEL_FIGURES, kind)) return m[kind as 'segments' | 'roles' | 'processes'] as unknown as Record<string, Record<string, unknown>>;
    return m.kindFigures?.[kind] ?? {};
  };
  for (const { kind, scope, metric, unit } of reviewed) {
    const olds = tables(a, kind);
    const news = tables(b, kind);
    for (const id of [...new Set([...Object.keys(olds), ...Object.keys(news)])].sort()) {
      const x = numberOrNull(olds[id]?.[metric]);
      const y = numberOrNull(news[id]?.[metric]);
      if (x === y) continue;
      const delta = x !== null && y !== null && Number.isFinite(x) && Number.isFinite(y) ? y - x : null;
      if (delta !== null && Math.abs(delta) < 1e-9) continue;
      out.push({ playbook, scope, id, metric, unit, old: x, new: y, delta });
    }
  }
  return out;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** Biggest moves first: by relative change; appearing, vanishing and infinite values lead. */
function sortMoves(moves: MetricMove[]): MetricMove[] {
  const size = (m: MetricMove) => {
    if (m.delta === null) return Infinity;
    const base = Math.abs(m.old ?? 0);
    return base === 0 ? Infinity : Math.abs(m.delta) / base;
  };
  return moves
    .map((m, i) => ({ m, i, s: size(m) }))
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .map(({ m }) => m);
}

function compareDiagnostics(before: Diagnostic[], after: Diagnostic[]): DiagnosticChanges {
  // Lines move when files are edited: a diagnostic is the same when its file, code and message are.
  const key = (d: Diagnostic) => `${d.file}\u0000${d.code}\u0000${d.message}`;
  const oldKeys = new Set(before.map(key));
  const newKeys = new Set(after.map(key));
  return {
    added: after.filter((d) => !oldKeys.has(key(d))),
    resolved: before.filter((d) => !newKeys.has(key(d))),
  };
}
