/**
 * What `<Metric>` and `<Delta>` in a body quote (format §9): the one
 * resolver behind `check` (which only needs to know that a path, scenario or
 * month names something) and the build (which shows the value, formatted in
 * the playbook's language).
 */
import type { MetricAnswer, MetricRequest } from '../body/types.ts';
import { formatKind, formatKindDelta, formatKindExact, type Formatter } from '../format/numbers.ts';
import { closest } from '../format/text.ts';
import { REGISTRY, type Registry } from '../kinds/index.ts';
import { entitiesOf, isComplete, type Entity, type PlaybookGraph } from '../model/graph.ts';
import { figureScopes } from '../model/metric-scopes.ts';
import { measureSnapshot, snapshotsInOrder, type MeasuredSnapshot } from '../model/actuals.ts';
import { computeActuals, type ActualsFigures } from '../model/actuals-figures.ts';
import {
  ACTUALS_PREFIX,
  actualsPaths,
  actualsValue,
  isPlanTotalPath,
  kindOfActualsPath,
  kindOfPath,
  MEASURED_PREFIX,
  metricPaths,
  metricValue,
  parseMetricPath,
  planMetricValue,
  planTotalValue,
  snapshotIds,
  type PathIds,
} from '../model/metric-paths.ts';
import type { PlaybookMetrics } from '../model/metrics.ts';
import { monthRange } from '../model/months.ts';
import type { PlanMetrics } from '../model/plan.ts';
import { applyScenario, scenarioChanges, type ScenarioRules } from '../model/scenario.ts';
import type { Scenario } from '../schema/scenario.ts';

/** The figures of the baseline or of one scenario. */
export interface Figures {
  metrics: PlaybookMetrics;
  plan: PlanMetrics | null;
}

export interface FigureSource {
  graph: PlaybookGraph;
  fmt: Formatter;
  /** The baseline's figures; absent when only checking that paths name something. */
  baseline?: Figures;
  /** Each scenario's figures by id (its ids are known from the graph even without them). */
  scenarios?: ReadonlyMap<string, Figures>;
  /**
   * v1.2: the playbook's actuals (`actuals.…` paths); computed from the graph when absent and a baseline is given,
   * null for a playbook without a snapshot.
   */
  actuals?: ActualsFigures | null;
  /** The kinds of file the graph was loaded with, whose figures the paths name (the project's by default). */
  registry?: Registry;
}

/** The months of the playbook's plan, if it has one. */
function planMonths(graph: PlaybookGraph): string[] {
  const plan = graph.index?.data.plan;
  return plan ? monthRange(plan.start, plan.months) : [];
}

function scenarioIds(graph: PlaybookGraph): string[] {
  return [...(graph.knownIds.scenarios ?? [])];
}

/** Only the changed copy's data is wanted here: the scenario's own problems are reported on its file (lint/scenarios.ts). */
const NO_RULES: ScenarioRules = { errors: () => [], figures: () => [], warnings: () => [] };

/**
 * The months of a scenario's plan (a scenario may move the plan, shorten it or remove it: format §7, §8), from its
 * figures when the build has them, else from the changed copy; undefined when the copy cannot be made (the playbook
 * or the scenario has errors, reported on their files): then the baseline's months stand in.
 */
function scenarioMonths(source: FigureSource, id: string): string[] | undefined {
  const figures = source.scenarios?.get(id);
  if (figures) return figures.plan ? figures.plan.months.map((m) => m.month) : [];
  if (!isComplete(source.graph)) return undefined;
  const scenario = (entitiesOf(source.graph, 'scenarios') as Entity<Scenario>[]).find((e) => e.id === id);
  if (!scenario) return undefined;
  const applied = applyScenario(source.graph, scenarioChanges(scenario), { rules: NO_RULES });
  return applied.graph ? planMonths(applied.graph) : undefined;
}

/** The ids of the entities of each kind with figures (`segments`, `roles`, `processes`, a kind with figures of its own). */
function figureIds(graph: PlaybookGraph, registry: Registry): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  for (const { scope } of figureScopes(registry)) if (scope !== 'playbook') ids[scope] = entitiesOf(graph, scope).map((e) => e.id);
  return ids;
}

/** Answers the body components of one playbook. */
export function figureResolver(source: FigureSource): (request: MetricRequest) => MetricAnswer {
  const { graph, fmt } = source;
  const registry = source.registry ?? REGISTRY;
  const months = planMonths(graph);
  const ids: PathIds = { ...figureIds(graph, registry), quarters: Math.ceil(months.length / 3) };
  const scenarios = scenarioIds(graph);
  const actuals = actualsResolver(source, ids, months);
  const monthsOf = new Map<string, string[] | undefined>();
  return (request) => {
    if (request.of.startsWith(ACTUALS_PREFIX)) return actuals(request);
    if (request.scenario !== undefined && !scenarios.includes(request.scenario)) {
      return { ok: false, what: 'scenario', value: request.scenario, suggestion: closest(request.scenario, scenarios) };
    }
    // A scenario's figure is read off the scenario's own plan, which may lack a month or a quarter the baseline has (or
    // have none at all): that is a figure that does not exist, reported at the check, never "—" on the page.
    const scenario = request.scenario;
    if (scenario !== undefined && !monthsOf.has(scenario)) monthsOf.set(scenario, scenarioMonths(source, scenario));
    const theirs = scenario === undefined ? undefined : monthsOf.get(scenario);
    const planned = theirs ?? months;
    if (request.month !== undefined && !planned.includes(request.month)) {
      return { ok: false, what: 'month', value: request.month, suggestion: closest(request.month, planned) };
    }
    const monthly = request.month !== undefined;
    const scenarioIdsOf: PathIds = { ...ids, quarters: Math.ceil(planned.length / 3) };
    // `<Delta>` compares the scenario's figure with the baseline's: both must have it.
    const kind = kindOfPath(request.of, scenarioIdsOf, monthly, registry);
    if (!kind || (request.component === 'Delta' && !kindOfPath(request.of, ids, monthly, registry))) {
      return { ok: false, what: 'metric', value: request.of, suggestion: suggestPath(request.of, metricPaths(request.component === 'Delta' ? ids : scenarioIdsOf, monthly, registry), graph, registry) };
    }
    if (!source.baseline) return { ok: true, text: '' };
    const read = (figures: Figures | undefined): number | null | undefined => {
      if (!figures) return undefined;
      if (isPlanTotalPath(request.of)) return figures.plan ? planTotalValue(figures.plan, request.of) : undefined;
      if (request.month === undefined) return metricValue(figures.metrics, request.of, registry);
      return figures.plan ? planMetricValue(figures.plan, request.month, request.of) : undefined;
    };
    const value = read(scenario === undefined ? source.baseline : source.scenarios?.get(scenario));
    const before = request.component === 'Delta' ? read(source.baseline) : value;
    // A money figure without costs or quotas in the playbook (format §4 v1.2): there is nothing to show.
    if (value === null || before === null) return notComputed(fmt);
    if (value === undefined || before === undefined) {
      throw new Error(`The figure ${request.of}${scenario ? ` of scenario ${scenario}` : ''}${request.month ? ` in ${request.month}` : ''} was checked but has no value.`);
    }
    if (request.component === 'Delta') {
      const delta = value - before;
      return { ok: true, text: formatKindDelta(fmt, kind, delta), title: `${formatKindExact(fmt, kind, before)} → ${formatKindExact(fmt, kind, value)}` };
    }
    return { ok: true, text: formatKind(fmt, kind, value), title: formatKindExact(fmt, kind, value) };
  };
}

/**
 * The path to suggest for one that names nothing: only one of the same kind
 * and, when the entity exists, of the same entity (`roles.cfo.requiredHourz`
 * → `roles.cfo.requiredHours`, never a key of `roles.ceo`). An entity whose
 * file exists but has errors gets no suggestion: its figures are missing
 * because of those errors, not because of the path.
 */
function suggestPath(path: string, candidates: readonly string[], graph: PlaybookGraph, registry: Registry): string | undefined {
  const parsed = parseMetricPath(path, registry);
  const scopes = figureScopes(registry).flatMap((s) => (s.scope === 'playbook' ? [] : [`${s.scope}.`]));
  const keyed = (c: string) => scopes.some((scope) => c.startsWith(scope));
  if (!parsed || parsed.scope === 'playbook') return closest(path, candidates.filter((c) => !keyed(c)));
  const sameKind = candidates.filter((c) => c.startsWith(`${parsed.scope}.`));
  const sameEntity = sameKind.filter((c) => c.split('.')[1] === parsed.id);
  if (sameEntity.length > 0) return closest(path, sameEntity);
  if (Object.hasOwn(graph.knownIds, parsed.scope) && graph.knownIds[parsed.scope]!.has(parsed.id!)) return undefined;
  // An id that names nothing: the closest id of the kind, with the same key.
  return closest(path, sameKind.filter((c) => c.split('.').slice(2).join('.') === parsed.key));
}

/** A money figure without costs or quotas in the playbook (format §4 v1.2): there is nothing to show. */
function notComputed(fmt: Formatter): MetricAnswer {
  return { ok: true, text: '—', title: fmt.lang === 'zh-CN' ? '手册中没有岗位填写成本或指标，无法计算' : 'Not computed: no role in the playbook has a cost or a quota' };
}

/** Text for a figure a snapshot could not measure (a denominator of 0, counts it does not have). */
const NOT_MEASURED = { en: 'Not measured: too few counts', 'zh-CN': '未能测得：计数不足' } as const;

/**
 * The `actuals.…` paths (format §9): the latest snapshot's figures, or, with `month`, those of the snapshot
 * of that month; `actuals.measured.<path>` the model at measured rates, with `month` a month of its plan. Checking
 * needs only the valid snapshots; values need the actuals (computed once, lazily, when not given).
 */
function actualsResolver(source: FigureSource, ids: PathIds, months: readonly string[]): (request: MetricRequest) => MetricAnswer {
  const { graph, fmt } = source;
  const known = graph.knownIds.actuals?.size ?? 0;
  // A snapshot file with errors hides its figures: its own error is reported, and paths are not judged by the others.
  const allValid = (graph.actuals ?? []).length === known;
  let measured: MeasuredSnapshot[] | undefined;
  const snapshots = () => (measured ??= snapshotsInOrder({ actuals: graph.actuals ?? [] }).map((s) => measureSnapshot(graph, s)));
  let figures: ActualsFigures | null | undefined = source.actuals;
  const actuals = () => (figures === undefined ? (figures = source.baseline && isComplete(graph) ? computeActuals(graph) : null) : figures);
  const notMeasured = { ok: true as const, text: '—', title: NOT_MEASURED[fmt.lang] };
  return (request) => {
    const metric = { ok: false as const, what: 'metric' as const, value: request.of };
    if (known === 0 || request.scenario !== undefined) return metric;
    if (request.of.startsWith(MEASURED_PREFIX)) {
      const path = request.of.slice(MEASURED_PREFIX.length);
      if (request.month !== undefined && !months.includes(request.month)) return { ok: false, what: 'month', value: request.month, suggestion: closest(request.month, [...months]) };
      const monthly = request.month !== undefined;
      const kind = kindOfPath(path, ids, monthly);
      if (!kind) return { ...metric, suggestion: closest(request.of, metricPaths(ids, monthly).map((p) => `${MEASURED_PREFIX}${p}`)) };
      if (!source.baseline) return { ok: true, text: '' };
      const model = actuals()?.measured;
      const value = !model
        ? undefined
        : isPlanTotalPath(path)
          ? model.plan
            ? planTotalValue(model.plan, path)
            : undefined
          : monthly
            ? model.plan
              ? planMetricValue(model.plan, request.month!, path)
              : undefined
            : metricValue(model.metrics, path);
      if (value === undefined) throw new Error(`The figure ${request.of}${request.month ? ` in ${request.month}` : ''} was checked but has no value.`);
      if (request.component === 'Delta') return metric;
      if (value === null) return notComputed(fmt);
      return { ok: true, text: formatKind(fmt, kind, value), title: formatKindExact(fmt, kind, value) };
    }
    if (!allValid) return source.baseline ? metric : { ok: true, text: '' };
    const list = snapshots();
    const snapshotIdsInOrder = list.map((s) => s.id);
    if (request.month !== undefined && !snapshotIdsInOrder.includes(request.month)) {
      return { ok: false, what: 'month', value: request.month, suggestion: closest(request.month, snapshotIdsInOrder) };
    }
    const snapshot = request.month === undefined ? list[list.length - 1]! : list.find((s) => s.id === request.month)!;
    const pathIds = snapshotIds(snapshot);
    const kind = kindOfActualsPath(request.of, pathIds);
    if (!kind || request.component === 'Delta') return { ...metric, suggestion: kind ? undefined : closest(request.of, actualsPaths(pathIds)) };
    if (!source.baseline) return { ok: true, text: '' };
    const value = actualsValue(snapshot, request.of);
    if (value === undefined) throw new Error(`The figure ${request.of} was checked but has no value.`);
    if (value === null) return notMeasured;
    return { ok: true, text: formatKind(fmt, kind, value), title: formatKindExact(fmt, kind, value) };
  };
}
