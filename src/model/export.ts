import { exportActuals } from './actuals-export.ts';
import { computeActuals, type ActualsFigures } from './actuals-figures.ts';
import type { CompletePlaybook, Entity } from './graph.ts';
import type { ExportDocument, ExportedMetrics, ExportedPlaybook, ExportedScenario } from './export-schema.ts';
import { computeMetrics, type PlaybookMetrics } from './metrics.ts';
import { computePlan, type PlanMetrics } from './plan.ts';
import { exportPlan } from './plan-export.ts';
import type { ScenarioEvaluation } from './scenario-evaluate.ts';

/** What the check computed already, by playbook id; the rest is computed here (scenarios cannot be: see exportPlaybook). */
export interface KnownFigures {
  plans?: ReadonlyMap<string, PlanMetrics>;
  /** The evaluation of each scenario, by playbook id then scenario id (CheckResult.scenarios). */
  scenarios?: ReadonlyMap<string, ReadonlyMap<string, ScenarioEvaluation>>;
  /** v1.2 (§10): the actuals of each playbook, by playbook id (CheckResult.actuals); computed here when absent. */
  actuals?: ReadonlyMap<string, ActualsFigures>;
}

/**
 * The export document of format §5 for checked playbooks (see export-schema.ts for its shape);
 * `known` are metrics already computed by the check, by playbook id, and `figures` its plans and scenarios.
 */
export function buildExport(playbooks: readonly CompletePlaybook[], known: ReadonlyMap<string, PlaybookMetrics> = new Map(), figures: KnownFigures = {}): ExportDocument {
  return {
    version: 1,
    playbooks: playbooks.map((p) => {
      const metrics = known.get(p.id) ?? computeMetrics(p);
      return exportPlaybook(p, metrics, {
        plan: figures.plans?.get(p.id) ?? computePlan(p, metrics),
        scenarios: figures.scenarios?.get(p.id),
        actuals: figures.actuals ? (figures.actuals.get(p.id) ?? null) : undefined,
      });
    }),
  };
}

/**
 * One playbook of the export: `{id, ...frontmatter}`, its entities, its metrics, its scenarios (v1.1, §7)
 * and, with a plan, `plan` as in §8 (in place of the frontmatter's `{start, months}`). The scenarios'
 * evaluations come from the check (src/lint/scenarios.ts holds the rules a scenario is checked against,
 * which the model does not import): a scenario without one is a bug of the caller.
 */
export function exportPlaybook(
  playbook: CompletePlaybook,
  metrics: PlaybookMetrics,
  figures: { plan?: PlanMetrics | null; scenarios?: ReadonlyMap<string, ScenarioEvaluation>; actuals?: ActualsFigures | null } = {},
): ExportedPlaybook {
  // `plan` and `actuals` of the frontmatter are settings: the export carries what they compute instead (§8, §10).
  const { plan: _frontmatterPlan, actuals: _actualsSettings, ...data } = playbook.index.data;
  const plan = figures.plan === undefined ? computePlan(playbook, metrics) : figures.plan;
  return {
    id: playbook.id,
    ...data,
    segments: playbook.segments.map(withId),
    offerings: playbook.offerings.map(withId),
    processes: playbook.processes.map(withId),
    roles: playbook.roles.map(withId),
    metrics: exportMetrics(metrics),
    scenarios: (playbook.scenarios ?? []).map((scenario): ExportedScenario => {
      const evaluation = figures.scenarios?.get(scenario.id);
      if (!evaluation) throw new Error(`export: scenario ${JSON.stringify(scenario.id)} of playbook ${JSON.stringify(playbook.id)} was not evaluated; pass the check's evaluations (CheckResult.scenarios).`);
      return {
        id: scenario.id,
        title: scenario.data.title,
        changes: scenario.data.changes,
        metrics: exportMetrics(evaluation.metrics),
        ...(evaluation.plan ? { plan: exportPlan(evaluation.plan) } : {}),
      };
    }),
    ...(plan ? { plan: exportPlan(plan) } : {}),
    actuals: exportActuals(figures.actuals === undefined ? computeActuals(playbook) : figures.actuals),
  };
}

/**
 * Exactly the keys of §5 (with v1.1's pipeline figures and covered accounts, v1.2's money side and people);
 * an infinite load becomes null (JSON has no Infinity), and so does a money figure the model cannot compute.
 */
export function exportMetrics(metrics: PlaybookMetrics): ExportedMetrics {
  const map = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
    Object.fromEntries(Object.entries(record).map(([id, value]) => [id, f(value)]));
  return {
    coverage: metrics.coverage,
    winRate: metrics.winRate,
    expectedWins: metrics.expectedWins,
    expectedRevenue: metrics.expectedRevenue,
    coveredAccounts: metrics.coveredAccounts,
    openPipeline: metrics.openPipeline,
    pipelineValue: metrics.pipelineValue,
    teamCost: metrics.teamCost,
    costOfSales: metrics.costOfSales,
    costPerWin: metrics.costPerWin,
    carriedQuota: metrics.carriedQuota,
    quotaCoverage: metrics.quotaCoverage,
    quotaAttainment: metrics.quotaAttainment,
    segments: map(metrics.segments, (s) => ({
      opportunities: s.opportunities,
      coverage: s.coverage,
      winRate: s.winRate,
      expectedWins: s.expectedWins,
      expectedRevenue: s.expectedRevenue,
      velocityPerDay: s.velocityPerDay,
      openPipeline: s.openPipeline,
      pipelineValue: s.pipelineValue,
      coveredAccounts: s.coveredAccounts,
      people: { ...s.people },
      peopleTotal: s.peopleTotal,
    })),
    roles: map(metrics.roles, (r) => ({
      requiredHours: r.requiredHours,
      availableHours: r.availableHours,
      load: Number.isFinite(r.load) ? r.load : null,
      fteNeeded: r.fteNeeded,
      cost: r.cost,
    })),
    processes: map(metrics.processes, (p) => ({ winRate: p.winRate, cycleDays: p.cycleDays, people: { ...p.people }, peopleTotal: p.peopleTotal })),
  };
}

function withId<T extends object>(entity: Entity<T>): { id: string } & T {
  return { id: entity.id, ...entity.data };
}
