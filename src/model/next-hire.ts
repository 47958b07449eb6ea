/**
 * The next hire, priced: for each role with work, what one more person does
 * to the model's coverage, wins and new bookings (format.md §4) — or, for a
 * role shared below one person (an executive who gives a few hours a year),
 * the smallest fraction that matters: half a person from 0.5, a quarter
 * below that.
 *
 * Computed by the scenario machinery (§7), never by a formula of its own:
 * the change `{set: roles/<id>.headcount, add: n}` is applied to a copy of
 * the playbook, checked and evaluated like any scenario. With a plan (§8),
 * the same person also joins as a hire at the plan's first month, ramping
 * over the role's `rampMonths`, and the plan's totals say what the hire
 * brings within the plan (`{set: roles/<id>.hires, to: [...hires, {start, count: n}]}`).
 *
 * The rules the copies are held to come in as `rules` (src/lint/scenarios.ts
 * has the set `check` uses), as for every scenario.
 */
import type { Lang } from '../diagnostics/context.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Registry } from '../kinds/index.ts';
import type { CompletePlaybook } from './graph.ts';
import { computeMetrics, type PlaybookMetrics } from './metrics.ts';
import { computePlan, type PlanFigures, type PlanMetrics } from './plan.ts';
import { applyScenario, type ScenarioChange, type ScenarioRules } from './scenario.ts';
import { evaluateScenario } from './scenario-evaluate.ts';

/** The playbook's figures a hire moves (§4), as after − before. */
export interface HireDelta {
  coverage: number;
  coveredAccounts: number;
  winRate: number;
  expectedWins: number;
  expectedRevenue: number;
}

/** What the hire brings within the plan (§8): joining at the plan's start and ramping. */
export interface PlanHire {
  /** The month the hire joins: plan.start. */
  start: string;
  /** Months until fully productive (the role's rampMonths, 0 by default). */
  rampMonths: number;
  /** The plan's totals with the hire. */
  totals: PlanFigures;
  /** totals − the baseline plan's totals. */
  delta: PlanFigures;
}

export interface NextHire {
  /** The role's id. */
  role: string;
  /** The role's headcount before the hire. */
  headcount: number;
  /** People added: 1, or 0.5 / 0.25 for a role shared below one person. */
  add: number;
  /** §4's load of the role before and after. */
  load: number;
  loadAfter: number;
  /** F_x: people the role's work needs (it does not change with the hire). */
  fteNeeded: number;
  /** §4 of the changed copy: fully productive, a year. */
  after: PlaybookMetrics;
  delta: HireDelta;
  /** With a plan: the same hire joining at the plan's start. */
  plan: PlanHire | null;
  /** The baseline's warnings the hire clears (messages in the evaluation's language). */
  cleared: Diagnostic[];
  /** Whether the hire moves coverage, wins or bookings, now or within the plan. */
  changes: boolean;
}

export interface NextHireOptions {
  rules: ScenarioRules;
  registry?: Registry;
  /** computeMetrics of the baseline, when already computed. */
  baselineMetrics?: PlaybookMetrics;
  /** computePlan of the baseline, when already computed (null: the playbook has no plan). */
  baselinePlan?: PlanMetrics | null;
  /** `rules.warnings` of the baseline, when already computed. */
  baselineWarnings?: readonly Diagnostic[];
  /** The language of the cleared warnings' messages; the playbook's by default. */
  lang?: Lang;
}

/** People one hire adds to a role: 1, or the smallest fraction that matters for a role shared below one person. */
export function nextHireStep(headcount: number): number {
  if (headcount === 0 || headcount >= 1) return 1;
  return headcount >= 0.5 ? 0.5 : 0.25;
}

/** Changes smaller than this (relative) are floating-point noise, not a change. */
const moved = (delta: number, scale: number) => Math.abs(delta) > 1e-9 * Math.max(1, Math.abs(scale));

/**
 * The next hire of every role with work, the most valuable first (bookings,
 * then coverage, then the plan's bookings; then by load, then by id).
 * Roles without hours to do are left out: a person there changes nothing.
 */
export function priceNextHires(baseline: CompletePlaybook, options: NextHireOptions): NextHire[] {
  const metrics = options.baselineMetrics ?? computeMetrics(baseline);
  const plan = options.baselinePlan === undefined ? computePlan(baseline, metrics) : options.baselinePlan;
  const baselineWarnings = options.baselineWarnings ?? options.rules.warnings(baseline, metrics);
  const hires: NextHire[] = [];
  for (const role of baseline.roles) {
    const m = metrics.roles[role.id];
    if (!m || m.requiredHours === 0) continue;
    const add = nextHireStep(role.data.headcount);
    const source = `next hire: roles/${role.id}.headcount+=${add}`;
    const changes: ScenarioChange[] = [{ set: `roles/${role.id}.headcount`, add, source }];
    const applied = applyScenario(baseline, changes, { rules: options.rules, registry: options.registry });
    // A copy the checks refuse (a figure that overflows) has no price.
    if (!applied.graph) continue;
    const evaluation = evaluateScenario(baseline, { graph: applied.graph, changes: applied.changes }, {
      rules: options.rules,
      id: `next-hire-${role.id}`,
      baselineMetrics: metrics,
      baselineWarnings,
      lang: options.lang,
    });
    const after = evaluation.metrics;
    const delta: HireDelta = {
      coverage: after.coverage - metrics.coverage,
      coveredAccounts: after.coveredAccounts - metrics.coveredAccounts,
      winRate: after.winRate - metrics.winRate,
      expectedWins: after.expectedWins - metrics.expectedWins,
      expectedRevenue: after.expectedRevenue - metrics.expectedRevenue,
    };
    const planHire = plan ? hireInPlan(baseline, role.id, add, plan, options) : null;
    const changesNow = moved(delta.coverage, 1) || moved(delta.expectedWins, metrics.expectedWins) || moved(delta.expectedRevenue, metrics.expectedRevenue);
    const changesInPlan = planHire !== null && (moved(planHire.delta.coverage, 1) || moved(planHire.delta.expectedRevenue, plan!.totals.expectedRevenue));
    hires.push({
      role: role.id,
      headcount: role.data.headcount,
      add,
      load: m.load,
      loadAfter: after.roles[role.id]?.load ?? m.load,
      fteNeeded: m.fteNeeded,
      after,
      delta,
      plan: planHire,
      cleared: evaluation.cleared,
      changes: changesNow || changesInPlan,
    });
  }
  const load = (h: NextHire) => (Number.isFinite(h.load) ? h.load : Number.MAX_VALUE);
  return hires.sort(
    (a, b) =>
      b.delta.expectedRevenue - a.delta.expectedRevenue ||
      b.delta.coverage - a.delta.coverage ||
      (b.plan?.delta.expectedRevenue ?? 0) - (a.plan?.delta.expectedRevenue ?? 0) ||
      load(b) - load(a) ||
      (a.role < b.role ? -1 : a.role > b.role ? 1 : 0),
  );
}

/** The plan's totals with `add` more people joining role `roleId` at the plan's start, ramping as the role does. */
function hireInPlan(baseline: CompletePlaybook, roleId: string, add: number, plan: PlanMetrics, options: NextHireOptions): PlanHire | null {
  const role = baseline.roles.find((r) => r.id === roleId)!;
  const hires = [...(role.data.hires ?? []).map((h) => ({ ...h })), { start: plan.start, count: add }];
  const changes: ScenarioChange[] = [{ set: `roles/${roleId}.hires`, to: hires, source: `next hire: roles/${roleId}.hires` }];
  const applied = applyScenario(baseline, changes, { rules: options.rules, registry: options.registry });
  if (!applied.graph) return null;
  const after = computePlan(applied.graph, computeMetrics(applied.graph));
  if (!after) return null;
  const totals = after.totals;
  return {
    start: plan.start,
    rampMonths: role.data.rampMonths ?? 0,
    totals: { coverage: totals.coverage, expectedWins: totals.expectedWins, expectedRevenue: totals.expectedRevenue },
    delta: {
      coverage: totals.coverage - plan.totals.coverage,
      expectedWins: totals.expectedWins - plan.totals.expectedWins,
      expectedRevenue: totals.expectedRevenue - plan.totals.expectedRevenue,
    },
  };
}
