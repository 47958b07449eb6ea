/**
 * What `<Metric>` and `<Delta>` in a body quote (format.md §9): the one
 * resolver behind `check` (which only needs to know that a path, scenario or
 * month names something) and the build (which shows the value, formatted in
 * the playbook's language).
 */
import type { MetricAnswer, MetricRequest } from '../body/types.ts';
import { formatKind, formatKindDelta, formatKindExact, type Formatter } from '../format/numbers.ts';
import { closest } from '../format/text.ts';
import type { PlaybookGraph } from '../model/graph.ts';
import { isPlanTotalPath, kindOfPath, metricPaths, metricValue, planMetricValue, planTotalValue, type PathIds } from '../model/metric-paths.ts';
import type { PlaybookMetrics } from '../model/metrics.ts';
import { monthRange } from '../model/months.ts';
import type { PlanMetrics } from '../model/plan.ts';

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

/** Answers the body components of one playbook. */
export function figureResolver(source: FigureSource): (request: MetricRequest) => MetricAnswer {
  const { graph, fmt } = source;
  const months = planMonths(graph);
  const ids: PathIds = { segments: graph.segments.map((e) => e.id), roles: graph.roles.map((e) => e.id), processes: graph.processes.map((e) => e.id), quarters: Math.ceil(months.length / 3) };
  const scenarios = scenarioIds(graph);
  return (request) => {
    if (request.scenario !== undefined && !scenarios.includes(request.scenario)) {
      return { ok: false, what: 'scenario', value: request.scenario, suggestion: closest(request.scenario, scenarios) };
    }
    if (request.month !== undefined && !months.includes(request.month)) {
      return { ok: false, what: 'month', value: request.month, suggestion: closest(request.month, months) };
    }
    const monthly = request.month !== undefined;
    const kind = kindOfPath(request.of, ids, monthly);
    if (!kind) return { ok: false, what: 'metric', value: request.of, suggestion: closest(request.of, metricPaths(ids, monthly)) };
    if (!source.baseline) return { ok: true, text: '' };
    const read = (figures: Figures | undefined): number | null | undefined => {
      if (!figures) return undefined;
      if (isPlanTotalPath(request.of)) return figures.plan ? planTotalValue(figures.plan, request.of) : undefined;
      if (request.month === undefined) return metricValue(figures.metrics, request.of);
      return figures.plan ? planMetricValue(figures.plan, request.month, request.of) : undefined;
    };
    const scenario = request.scenario === undefined ? undefined : source.scenarios?.get(request.scenario);
    const before = read(source.baseline);
    const value = request.scenario === undefined ? before : read(scenario);
    // A scenario may change the plan itself (its start, its length, none at all): then a month or a quarter the
    // baseline has can be missing from the scenario's plan. That is the scenario's answer, not a bug: nothing to show.
    if (value === undefined && before !== undefined && scenario && (request.month !== undefined || isPlanTotalPath(request.of))) {
      return { ok: true, text: '—', title: fmt.lang === 'zh-CN' ? '该情景的人力计划中没有这个月份或季度' : 'Not in the scenario\u2019s plan' };
    }
    // A money figure without costs or quotas in the playbook (format.md §4 v1.2): there is nothing to show.
    if (value === null || before === null) {
      return { ok: true, text: '—', title: fmt.lang === 'zh-CN' ? '手册中没有岗位填写成本或指标，无法计算' : 'Not computed: no role in the playbook has a cost or a quota' };
    }
    if (value === undefined || before === undefined) {
      throw new Error(`The figure ${request.of}${request.scenario ? ` of scenario ${request.scenario}` : ''}${request.month ? ` in ${request.month}` : ''} was checked but has no value.`);
    }
    if (request.component === 'Delta') {
      const delta = value - before;
      return { ok: true, text: formatKindDelta(fmt, kind, delta), title: `${formatKindExact(fmt, kind, before)} → ${formatKindExact(fmt, kind, value)}` };
    }
    return { ok: true, text: formatKind(fmt, kind, value), title: formatKindExact(fmt, kind, value) };
  };
}
