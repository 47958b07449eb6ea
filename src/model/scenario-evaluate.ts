/**
 * A scenario's evaluation (format §7): the model's numbers (§4, §8) and
 * warnings of the changed copy that scenario.ts builds, and the warnings it
 * clears and adds against the baseline's.
 */
import type { Code } from '../diagnostics/codes.ts';
import { plainContext, type Lang } from '../diagnostics/context.ts';
import { renderMessages, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Registry } from '../kinds/index.ts';
import type { CompletePlaybook } from './graph.ts';
import { computeMetrics, type PlaybookMetrics } from './metrics.ts';
import { costOfChange, type CostOfChange } from './money.ts';
import { computePlan, type PlanMetrics } from './plan.ts';
import { applyScenario, type AppliedChange, type ApplyOptions, type ScenarioChange, type ScenarioProblem, type ScenarioRules } from './scenario.ts';

/** A scenario's numbers and warnings beside the baseline's (format §7). */
export interface ScenarioEvaluation {
  /** The scenario's id (`what-if` for changes given on the command line). */
  id: string;
  changes: AppliedChange[];
  /** The changed copy. */
  graph: CompletePlaybook;
  /** §4 on the copy. */
  metrics: PlaybookMetrics;
  /** §8 on the copy; null when the playbook has no plan. */
  plan: PlanMetrics | null;
  /** The model's warnings and the fit rules on the copy (not reported by `check`), messages in the playbook's language. */
  warnings: Diagnostic[];
  /** The baseline's warnings the scenario no longer has. */
  cleared: Diagnostic[];
  /** The warnings the scenario adds. */
  added: Diagnostic[];
  /** v1.2: what the changes cost a year against the bookings they add (§4's team cost and bookings, after − before). */
  money: CostOfChange;
}

export interface EvaluateOptions {
  rules: Pick<ScenarioRules, 'warnings'>;
  id?: string;
  /** computeMetrics of the baseline, when already computed. */
  baselineMetrics?: PlaybookMetrics;
  /** `rules.warnings` of the baseline, when already computed. */
  baselineWarnings?: readonly Diagnostic[];
  /** The language of the messages; the playbook's by default. */
  lang?: Lang;
  /** The kinds of file, whose own figures the metrics hold (the project's by default). */
  registry?: Registry;
}

/** The params that say which entity a warning is about, by code; other params are its details. */
const IDENTITY: Partial<Record<Code, readonly string[]>> = {
  'capacity-exceeded': ['role'],
  'coverage-below-goal': ['playbook'],
  'win-rate-below-goal': ['segment'],
  'bookings-below-goal': ['playbook'],
  'motive-process-fit': ['segment', 'process'],
  'offering-motive-gap': ['segment'],
  'key-account-executive': ['process'],
  'mirror-gap': ['segment', 'function', 'process'],
};

/** Warnings are the same when code, file and the entities they are about are: never by message text or position. */
export function warningKey(d: Diagnostic): string {
  const params = d.params as unknown as Record<string, unknown>;
  const names = IDENTITY[d.code] ?? Object.keys(params).filter((k) => typeof params[k] === 'string').sort();
  const ids = names.map((name) => String(params[name] ?? '').trim().toLowerCase());
  return [d.code, d.file, ...ids].join('\u0000');
}

/** Evaluates an applied scenario: its metrics, plan and warnings, and the warnings it clears and adds. */
export function evaluateScenario(baseline: CompletePlaybook, applied: { graph: CompletePlaybook; changes: AppliedChange[] }, options: EvaluateOptions): ScenarioEvaluation {
  const graph = applied.graph;
  const lang = options.lang ?? baseline.lang;
  const baselineMetrics = options.baselineMetrics ?? computeMetrics(baseline, options.registry);
  const render = (list: readonly Diagnostic[], playbook: CompletePlaybook) => renderMessages(list, () => plainContext(lang, playbook.index.data.currency));
  const before = render(options.baselineWarnings ?? options.rules.warnings(baseline, baselineMetrics), baseline);
  const metrics = computeMetrics(graph, options.registry);
  const warnings = render(options.rules.warnings(graph, metrics), graph);
  const beforeKeys = new Set(before.map(warningKey));
  const afterKeys = new Set(warnings.map(warningKey));
  return {
    id: options.id ?? 'what-if',
    changes: applied.changes,
    graph,
    metrics,
    plan: computePlan(graph, metrics),
    warnings,
    cleared: before.filter((d) => !afterKeys.has(warningKey(d))),
    added: warnings.filter((d) => !beforeKeys.has(warningKey(d))),
    money: costOfChange(baselineMetrics, metrics),
  };
}

/** Applies and evaluates in one step: the evaluation, or null with the problems. */
export function runScenario(
  baseline: CompletePlaybook,
  changes: readonly ScenarioChange[],
  options: Omit<EvaluateOptions, 'rules'> & ApplyOptions,
): { evaluation: ScenarioEvaluation | null; problems: ScenarioProblem[]; blocked: boolean } {
  const applied = applyScenario(baseline, changes, options);
  if (!applied.graph) return { evaluation: null, problems: applied.problems, blocked: applied.blocked };
  return { evaluation: evaluateScenario(baseline, { graph: applied.graph, changes: applied.changes }, options), problems: [], blocked: false };
}
