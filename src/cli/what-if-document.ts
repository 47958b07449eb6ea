/**
 * `what-if --format json` (src/cli/what-if.ts computes what it prints): the
 * metrics before and after the changes in export's shape, their difference,
 * the cost side, the warnings cleared and added, and the plan's.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { CompletePlaybook } from '../model/graph.ts';
import type { PlanMetrics } from '../model/plan.ts';
import { exportMetrics } from '../model/export.ts';
import type { ExportedMetrics } from '../model/export-schema.ts';
import { exportPlan } from '../model/plan-export.ts';
import { costOfChange, planTeamCost, type CostOfChange } from '../model/money.ts';
import { monthRange } from '../model/months.ts';
import type { WhatIf } from './what-if.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** after − before, key by key, for two values of the same shape; null where either side is not a finite number. */
function deltaOf(before: unknown, after: unknown): Json {
  if (typeof before === 'number' || typeof after === 'number') {
    return typeof before === 'number' && typeof after === 'number' && Number.isFinite(before) && Number.isFinite(after) ? after - before : null;
  }
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMap(before) || isMap(after)) {
    const a = isMap(before) ? before : {};
    const b = isMap(after) ? after : {};
    const out: Record<string, Json> = {};
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) out[key] = deltaOf(a[key], b[key]);
    return out;
  }
  return null;
}

const jsonValue = (value: unknown): Json => (value === undefined ? null : (value as Json));

const diagnosticJson = ({ file, line, column, severity, code, message }: Diagnostic) => ({ file, line, column, severity, code, message });

/** The team cost of a plan's months for a playbook (null without a cost on any role). */
function planCost(graph: CompletePlaybook, plan: PlanMetrics): number | null {
  return planTeamCost(graph.roles.map((r) => r.data), monthRange(plan.start, plan.months.length));
}

/** The cost side of the plan: its team cost and bookings before and after, as a change. */
export function planMoney(input: WhatIf): { before: number | null; after: number | null; change: CostOfChange } | null {
  const p0 = input.baselinePlan;
  const p1 = input.evaluation.plan;
  if (!p0 || !p1) return null;
  const before = planCost(input.baseline, p0);
  const after = planCost(input.evaluation.graph, p1);
  return { before, after, change: costOfChange({ teamCost: before, expectedRevenue: p0.totals.expectedRevenue }, { teamCost: after, expectedRevenue: p1.totals.expectedRevenue }) };
}

const moneyJson = (m: CostOfChange): Json => ({ costPerYear: m.costPerYear, bookingsPerYear: m.bookingsPerYear, net: m.net, paybackMonths: m.paybackMonths });

/**
 * The `--format json` document: `{playbook, scenario, changes, before, after, delta, money, warnings: {cleared, added}, plan?}`,
 * `before`/`after` the metrics of export's shape (§5), `delta` after − before in the same shape (null where a load
 * is infinite or a money figure cannot be computed), `money` the cost side (v1.2: `{costPerYear, bookingsPerYear,
 * net, paybackMonths}`, steady state a year), `plan` with a plan: `{before, after}` as export's plan (§8), the first
 * month each role reaches capacity, and `money`: `{teamCostBefore, teamCostAfter, cost, bookings, net}` over the
 * plan's months.
 */
export function whatIfDocument(input: WhatIf): Record<string, Json> {
  const { evaluation } = input;
  const before: ExportedMetrics = exportMetrics(input.baselineMetrics);
  const after: ExportedMetrics = exportMetrics(evaluation.metrics);
  const doc: Record<string, Json> = {
    playbook: input.baseline.id,
    scenario: input.scenario?.id ?? null,
    changes: evaluation.changes.map((c) => ({ path: c.path, before: jsonValue(c.before), after: jsonValue(c.after) })),
    before: before as unknown as Json,
    after: after as unknown as Json,
    delta: deltaOf(before, after),
    money: moneyJson(evaluation.money),
    warnings: { cleared: evaluation.cleared.map(diagnosticJson), added: evaluation.added.map(diagnosticJson) },
  };
  if (input.baselinePlan && evaluation.plan) {
    const firstMonthAtCapacity: Record<string, Json> = {};
    for (const id of new Set([...Object.keys(input.baselinePlan.roles), ...Object.keys(evaluation.plan.roles)])) {
      firstMonthAtCapacity[id] = { before: input.baselinePlan.roles[id]?.firstMonthAtCapacity ?? null, after: evaluation.plan.roles[id]?.firstMonthAtCapacity ?? null };
    }
    const money = planMoney(input)!;
    doc.plan = {
      before: exportPlan(input.baselinePlan) as unknown as Json,
      after: exportPlan(evaluation.plan) as unknown as Json,
      firstMonthAtCapacity,
      money: { teamCostBefore: money.before, teamCostAfter: money.after, cost: money.change.costPerYear, bookings: money.change.bookingsPerYear, net: money.change.net },
    };
  }
  return doc;
}
