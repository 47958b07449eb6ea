import type { Lang } from '../diagnostics/context.ts';
import { withFields, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { REGISTRY, type Registry } from '../kinds/index.ts';
import { entitiesOf, isComplete, type CompletePlaybook, type PlaybookGraph } from '../model/graph.ts';
import type { PlaybookMetrics } from '../model/metrics.ts';
import { applyScenario, scenarioChanges, type ScenarioRules } from '../model/scenario.ts';
import { evaluateScenario, type ScenarioEvaluation } from '../model/scenario-evaluate.ts';
import { checkFit } from './fit.ts';
import { checkMetrics, metricWarnings } from './metrics.ts';
import { checkReferences } from './references.ts';
import { checkStages } from './stages.ts';

/**
 * The rules of §3 a scenario's changed copy is held to (format §7): the
 * schemas (in the model), the reference and stage rules, the finite-figure
 * rule; and the warnings it is compared on, the model's and the fit rules.
 */
export const SCENARIO_RULES: ScenarioRules = {
  errors: (graph, registry) => [...checkReferences(graph, registry), ...checkStages(graph)],
  figures: (graph) => checkMetrics(graph, false).errors,
  warnings: (graph, metrics) => [...metricWarnings(graph, metrics), ...checkFit(graph)],
};

export interface ScenarioCheck {
  /** The problems of every scenario file, at the line of the change that caused each. */
  diagnostics: Diagnostic[];
  /** The evaluation of each scenario without problems, by id, in file order; empty when the baseline has errors. */
  evaluations: Map<string, ScenarioEvaluation>;
}

export interface ScenarioCheckOptions {
  registry?: Registry;
  /** The language of the evaluations' warning messages; the playbook's by default. */
  lang?: Lang;
}

/**
 * Every valid scenario of a complete playbook: its problems (`scenario-path`,
 * `invalid-field`, `broken-reference`… at the change's line) and, when it has
 * none and the baseline has no errors (`baselineMetrics` given), its
 * evaluation. A scenario's own warnings are never among the diagnostics
 * (§7): they are in its evaluation.
 */
export function checkScenarios(graph: PlaybookGraph, baselineMetrics: PlaybookMetrics | null, options: ScenarioCheckOptions = {}): ScenarioCheck {
  const out: ScenarioCheck = { diagnostics: [], evaluations: new Map() };
  // A registry without the scenarios kind (a test's own) has none.
  const scenarios = entitiesOf(graph, 'scenarios') as PlaybookGraph['scenarios'];
  if (!isComplete(graph) || scenarios.length === 0) return out;
  const registry = options.registry ?? REGISTRY;
  const baselineWarnings = baselineMetrics ? SCENARIO_RULES.warnings(graph, baselineMetrics) : [];
  for (const scenario of scenarios) {
    const applied = applyScenario(graph, scenarioChanges(scenario), { rules: SCENARIO_RULES, registry });
    // A change to an entity whose file has errors names nothing in the model: that follows from the file's errors.
    out.diagnostics.push(...applied.problems.map((p) => dependOnBrokenEntity(graph, p.diagnostic)));
    if (!applied.graph || !baselineMetrics) continue;
    out.evaluations.set(
      scenario.id,
      evaluateScenario(graph, { graph: applied.graph, changes: applied.changes }, { rules: SCENARIO_RULES, id: scenario.id, baselineMetrics, baselineWarnings, lang: options.lang, registry }),
    );
  }
  return out;
}

/** The evaluation of every scenario of a checked playbook without errors (for `export` and `diff` when the check did not keep them). */
export function evaluateScenarios(playbook: CompletePlaybook, metrics: PlaybookMetrics, options: ScenarioCheckOptions = {}): Map<string, ScenarioEvaluation> {
  return checkScenarios(playbook, metrics, options).evaluations;
}

/** A `scenario-path` that names an entity whose file exists but has errors depends on that file (the check holds it back). */
function dependOnBrokenEntity(graph: PlaybookGraph, d: Diagnostic): Diagnostic {
  if (d.code !== 'scenario-path') return d;
  const p = d.params as { reason: string; kind?: string; part?: string };
  if (p.reason !== 'entity' || !p.kind || !p.part || !Object.hasOwn(graph.knownIds, p.kind) || !graph.knownIds[p.kind]!.has(p.part)) return d;
  return withFields(d, { dependsOn: [`${graph.dir}/${p.kind}/${p.part}.mdx`] });
}
