/**
 * What `<Metric>` and `<Delta>` in a body quote (format.md §9): the one
 * resolver behind `check` (which only needs to know that a path, scenario or
 * month names something) and the build (which shows the value, formatted in
 * the playbook's language).
 */
import type { MetricAnswer, MetricRequest } from '../body/types.ts';
import { formatKind, formatKindDelta, formatKindExact, type Formatter } from '../format/numbers.ts';
import { closest } from '../format/text.ts';
import { entitiesOf, isComplete, type Entity, type PlaybookGraph } from '../model/graph.ts';
import { isPlanTotalPath, kindOfPath, metricPaths, metricValue, parseMetricPath, planMetricValue, planTotalValue, type PathIds } from '../model/metric-paths.ts';
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
 * The months of a scenario's plan (a scenario may move the plan, shorten it or remove it: format.md §7, §8), from its
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

/** Answers the body components of one playbook. */
export function figureResolver(source: FigureSource): (request: MetricRequest) => MetricAnswer {
  const { graph, fmt } = source;
  const months = planMonths(graph);
  const ids: PathIds = { segments: graph.segments.map((e) => e.id), roles: graph.roles.map((e) => e.id), processes: graph.processes.map((e) => e.id), quarters: Math.ceil(months.length / 3) };
  const scenarios = scenarioIds(graph);
  const monthsOf = new Map<string, string[] | undefined>();
  return (request) => {
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
    const kind = kindOfPath(request.of, scenarioIdsOf, monthly);
    if (!kind || (request.component === 'Delta' && !kindOfPath(request.of, ids, monthly))) return { ok: false, what: 'metric', value: request.of, suggestion: suggestPath(request.of, metricPaths(request.component === 'Delta' ? ids : scenarioIdsOf, monthly), graph) };
    if (!source.baseline) return { ok: true, text: '' };
    const read = (figures: Figures | undefined): number | undefined => {
      if (!figures) return undefined;
      if (isPlanTotalPath(request.of)) return figures.plan ? planTotalValue(figures.plan, request.of) : undefined;
      if (request.month === undefined) return metricValue(figures.metrics, request.of);
      return figures.plan ? planMetricValue(figures.plan, request.month, request.of) : undefined;
    };
    const value = read(scenario === undefined ? source.baseline : source.scenarios?.get(scenario));
    const before = request.component === 'Delta' ? read(source.baseline) : value;
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
function suggestPath(path: string, candidates: readonly string[], graph: PlaybookGraph): string | undefined {
  const parsed = parseMetricPath(path);
  const keyed = (c: string) => /^(segments|roles|processes)\./.test(c);
  if (!parsed || parsed.scope === 'playbook') return closest(path, candidates.filter((c) => !keyed(c)));
  const sameKind = candidates.filter((c) => c.startsWith(`${parsed.scope}.`));
  const sameEntity = sameKind.filter((c) => c.split('.')[1] === parsed.id);
  if (sameEntity.length > 0) return closest(path, sameEntity);
  if (Object.hasOwn(graph.knownIds, parsed.scope) && graph.knownIds[parsed.scope]!.has(parsed.id!)) return undefined;
  // An id that names nothing: the closest id of the kind, with the same key.
  return closest(path, sameKind.filter((c) => c.split('.').slice(2).join('.') === parsed.key));
}
