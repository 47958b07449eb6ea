/**
 * `"actuals"` of a playbook in `npm run playbook -- export` (the format v1.2
 * §10, "Export"): exactly the keys the contract lists, plain unrounded
 * numbers, `null` for a figure that cannot be computed; and the Zod schema of
 * that shape for tests and for anyone who reads it back.
 */
import { z } from 'astro/zod';
import { dateSchema, idSchema } from '../schema/index.ts';
import type { MeasuredStage } from './actuals.ts';
import type { ActualsFigures } from './actuals-figures.ts';
import { exportMetrics } from './export.ts';
import type { ExportedMetrics } from './export-schema.ts';
import { exportPlan, exportedPlanSchema, type ExportedPlan } from './plan-export.ts';

const count = () => z.number().int().min(0);
const share = () => z.number().min(0).max(1).nullable();
const figure = () => z.number().min(0).nullable();

export const exportedActualsStageSchema = z
  .object({
    reached: count().nullable().describe('reached_k: resolved opportunities whose furthest stage was this one or a later one.'),
    conversion: share().describe('reached_{k+1} / reached_k, or won / reached_n at the last stage.'),
    low: share().describe('Low end of the 95% Wilson interval of the conversion.'),
    high: share().describe('High end of the 95% Wilson interval of the conversion.'),
  })
  .strict();

const winRate = {
  winRate: share().describe('won / (won + lost).'),
  winRateLow: share().describe('Low end of the 95% Wilson interval of the win rate.'),
  winRateHigh: share().describe('High end of the 95% Wilson interval of the win rate.'),
};

export const exportedActualsSegmentSchema = z
  .object({
    opportunities: count(),
    won: count(),
    lost: count(),
    open: count().describe('opportunities − won − lost.'),
    ...winRate,
    dealSize: figure().describe('wonAmount / won.'),
    opportunityRate: figure().describe('opportunities / accounts / (days / 365).'),
    cycleDays: figure().describe('As written in the snapshot.'),
    stages: z.record(idSchema, exportedActualsStageSchema),
  })
  .strict();

export const exportedActualsProcessSchema = z
  .object({
    won: count(),
    lost: count(),
    ...winRate,
    cycleDays: figure().describe('The won-weighted mean of the segments\u2019 cycle days.'),
    stages: z.record(idSchema, exportedActualsStageSchema),
  })
  .strict();

export const exportedSnapshotSchema = z
  .object({
    id: z.string().describe('The snapshot\u2019s file name: the month of `to`.'),
    from: dateSchema,
    to: dateSchema,
    segments: z.record(idSchema, exportedActualsSegmentSchema),
    processes: z.record(idSchema, exportedActualsProcessSchema),
  })
  .strict();

export const exportedDriftSchema = z
  .object({
    file: z.string(),
    line: z.number().int().min(1),
    path: z.string().describe('The assumption, as a scenario change path (docs: Planning with scenarios).'),
    assumed: z.number(),
    measured: z.number(),
    low: z.number().describe('The interval (shares), else measured × (1 − tolerance).'),
    high: z.number().describe('The interval (shares), else measured × (1 + tolerance).'),
    n: count().describe('The sample the measure rests on.'),
  })
  .strict();

/** Built lazily: the metrics schema lives in export-schema.ts, which imports this module's schema. */
export function exportedActualsSchema(metrics: z.ZodType) {
  return z
    .object({
      latest: z.string().describe('The id of the snapshot with the greatest `period.to`.'),
      snapshots: z.array(exportedSnapshotSchema).min(1).describe('In order of `to`; the last one is the latest.'),
      measured: z
        .object({ metrics, plan: exportedPlanSchema.nullable() })
        .strict()
        .describe('The model at measured rates: §4 and §8 of the playbook with the latest snapshot\u2019s rates where the samples allow.'),
      drift: z.array(exportedDriftSchema).describe('The assumptions the latest snapshot contradicts.'),
    })
    .strict()
    .nullable();
}

export type ExportedActualsStage = z.output<typeof exportedActualsStageSchema>;
export type ExportedSnapshot = z.output<typeof exportedSnapshotSchema>;
export type ExportedDrift = z.output<typeof exportedDriftSchema>;

export interface ExportedActuals {
  latest: string;
  snapshots: ExportedSnapshot[];
  measured: { metrics: ExportedMetrics; plan: ExportedPlan | null };
  drift: ExportedDrift[];
}

const stagesOf = (stages: readonly MeasuredStage[]): Record<string, ExportedActualsStage> =>
  Object.fromEntries(stages.map((s) => [s.id, { reached: s.reached, conversion: s.conversion, low: s.low, high: s.high }]));

const mapRecord = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> => Object.fromEntries(Object.entries(record).map(([id, value]) => [id, f(value)]));

/** `"actuals"` of §10's export; null without a snapshot. */
export function exportActuals(actuals: ActualsFigures | null): ExportedActuals | null {
  if (!actuals) return null;
  return {
    latest: actuals.latest.id,
    snapshots: actuals.snapshots.map((s) => ({
      id: s.id,
      from: s.from,
      to: s.to,
      segments: mapRecord(s.segments, (m) => ({
        opportunities: m.opportunities,
        won: m.won,
        lost: m.lost,
        open: m.open,
        winRate: m.winRate,
        winRateLow: m.winRateLow,
        winRateHigh: m.winRateHigh,
        dealSize: m.dealSize,
        opportunityRate: m.opportunityRate,
        cycleDays: m.cycleDays,
        stages: stagesOf(m.stages),
      })),
      processes: mapRecord(s.processes, (p) => ({
        won: p.won,
        lost: p.lost,
        winRate: p.winRate,
        winRateLow: p.winRateLow,
        winRateHigh: p.winRateHigh,
        cycleDays: p.cycleDays,
        stages: stagesOf(p.stages),
      })),
    })),
    measured: { metrics: exportMetrics(actuals.measured.metrics), plan: actuals.measured.plan ? exportPlan(actuals.measured.plan) : null },
    drift: actuals.drift.map((d) => ({ file: d.file, line: d.at.line, path: d.path, assumed: d.assumed, measured: d.measured, low: d.low, high: d.high, n: d.n })),
  };
}
