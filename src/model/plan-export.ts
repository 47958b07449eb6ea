/**
 * The `"plan"` of a playbook in `npm run playbook -- export` (the format v1.1
 * §8): exactly the keys the contract lists, as plain unrounded numbers, and
 * the Zod schema of that shape for tests and for anyone who reads it back.
 *
 * Everything else PlanMetrics carries (capacity factors, bottlenecks, quarter
 * bounds, the role summaries) is for the site and `what-if`, not the export.
 * A role's `load` is `null` when it is infinite (hours required, none
 * available): JSON has no Infinity.
 */
import { z } from 'astro/zod';
import { idSchema, monthSchema } from '../schema/index.ts';
import type { PlanFigures, PlanMetrics } from './plan.ts';

/** Zod 4 numbers are finite: NaN and ±Infinity never pass. */
const amount = () => z.number().min(0);
const fraction = () => z.number().min(0).max(1);

const figures = {
  coverage: fraction().describe('κ: share of the target accounts covered (1 with no accounts); for a quarter or the plan, the mean of its months\u2019.'),
  expectedWins: amount().describe('Σ_s E_s(m), summed over the months.'),
  expectedRevenue: amount().describe('Σ_s R_s(m), summed over the months, in the playbook currency.'),
};

export const exportedPlanRoleMonthSchema = z
  .object({
    effectiveHeadcount: amount().describe('E_x(m) = d_x × (headcount + Σ_h count_h × p(m − t_h)).'),
    availableHours: amount().describe('A_x(m) = E_x(m) × sellingHours / 12.'),
    requiredHours: amount().describe('H_x(m) = H_x / 12.'),
    load: amount().nullable().describe('H_x(m) / A_x(m); 0 when H_x = 0; null when infinite (A_x(m) = 0 < H_x(m)).'),
  })
  .strict();

export const exportedPlanSegmentMonthSchema = z
  .object({
    coverage: fraction().describe('κ_s(m): smallest f_x(m) of the roles that contribute to the segment; 1 if none.'),
    expectedWins: amount().describe('E_s(m) = O_s / 12 × κ_s(m) × W_s.'),
    expectedRevenue: amount().describe('R_s(m) = E_s(m) × dealSize_s.'),
  })
  .strict();

export const exportedPlanFiguresSchema = z.object(figures).strict();

export const exportedPlanMonthSchema = z
  .object({
    month: monthSchema,
    ...figures,
    roles: z.record(idSchema, exportedPlanRoleMonthSchema),
    segments: z.record(idSchema, exportedPlanSegmentMonthSchema),
  })
  .strict();

export const exportedPlanSchema = z
  .object({
    start: monthSchema.describe('plan.start: the first month of the plan.'),
    months: z.array(exportedPlanMonthSchema).min(1).describe('Month by month from start, plan.months of them.'),
    quarters: z.array(exportedPlanFiguresSchema).min(1).describe('Quarters of the plan (months 3q … 3q+2), the last one possibly partial.'),
    totals: exportedPlanFiguresSchema.describe('The whole plan: mean coverage, summed wins and revenue.'),
  })
  .strict();

export type ExportedPlan = z.output<typeof exportedPlanSchema>;
type ExportedFigures = z.output<typeof exportedPlanFiguresSchema>;

const exportFigures = (f: PlanFigures): ExportedFigures => ({ coverage: f.coverage, expectedWins: f.expectedWins, expectedRevenue: f.expectedRevenue });

const mapRecord = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
  Object.fromEntries(Object.entries(record).map(([id, value]) => [id, f(value)]));

/** The `"plan"` value of §8's export: exactly its keys, an infinite load as null. */
export function exportPlan(plan: PlanMetrics): ExportedPlan {
  return {
    start: plan.start,
    months: plan.months.map((m) => ({
      month: m.month,
      ...exportFigures(m),
      roles: mapRecord(m.roles, (r) => ({
        effectiveHeadcount: r.effectiveHeadcount,
        availableHours: r.availableHours,
        requiredHours: r.requiredHours,
        load: Number.isFinite(r.load) ? r.load : null,
      })),
      segments: mapRecord(m.segments, (s) => ({ coverage: s.coverage, expectedWins: s.expectedWins, expectedRevenue: s.expectedRevenue })),
    })),
    quarters: plan.quarters.map(exportFigures),
    totals: exportFigures(plan.totals),
  };
}
