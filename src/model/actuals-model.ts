/**
 * The model at measured rates (format §10): a copy of the playbook
 * where, from the latest snapshot, each stage conversion is replaced by its
 * process's pooled measured conversion where pooled reached_k ≥ minSample;
 * each segment's dealSize by its measured deal size where won ≥ minSample,
 * and its opportunityRate by the measured rate where opportunities ≥
 * minSample; each process's stage days scaled by measured cycle / T_p where
 * pooled won ≥ minSample and T_p > 0. Everything else stays as written; the
 * figures are §4 (and §8) of that copy, computed by the same functions as the
 * playbook's own, so the two can never be computed differently.
 */
import type { ActualsSettings } from '../schema/index.ts';
import type { MeasuredSnapshot } from './actuals.ts';
import type { CompletePlaybook } from './graph.ts';
import { computeMetrics, type PlaybookMetrics } from './metrics.ts';
import { computePlan, type PlanMetrics } from './plan.ts';
import { own } from './records.ts';

/** One assumption the copy replaced with what was measured. */
export interface Replacement {
  /** The assumption as a path of format §7 (`processes/p.stages.s.conversion`, `segments/s.dealSize`, `processes/p.stages.s.days`). */
  path: string;
  assumed: number;
  measured: number;
}

export interface MeasuredModel {
  /** The playbook with the measured rates. */
  graph: CompletePlaybook;
  metrics: PlaybookMetrics;
  /** §8 of the copy, when the playbook has a plan. */
  plan: PlanMetrics | null;
  /** What changed, in playbook order; empty when no sample was large enough. */
  replaced: Replacement[];
}

/** The playbook with the latest snapshot's measured rates where the samples allow (see the module comment). */
export function measuredPlaybook(playbook: CompletePlaybook, latest: MeasuredSnapshot, settings: ActualsSettings): { graph: CompletePlaybook; replaced: Replacement[] } {
  const m = settings.minSample;
  const replaced: Replacement[] = [];
  const processes = playbook.processes.map((process) => {
    const measured = own(latest.processes, process.id);
    if (!measured) return process;
    const cycle = process.data.stages.reduce((sum, s) => sum + s.days, 0);
    const scale = measured.won >= m && measured.cycleDays !== null && cycle > 0 ? measured.cycleDays / cycle : null;
    let changed = false;
    const stages = process.data.stages.map((stage, k) => {
      const at = measured.stages[k];
      const conversion = at && at.reached !== null && at.reached >= m && at.conversion !== null ? at.conversion : stage.conversion;
      const days = scale === null ? stage.days : stage.days * scale;
      if (conversion === stage.conversion && days === stage.days) return stage;
      changed = true;
      if (conversion !== stage.conversion) replaced.push({ path: `processes/${process.id}.stages.${stage.id}.conversion`, assumed: stage.conversion, measured: conversion });
      if (days !== stage.days) replaced.push({ path: `processes/${process.id}.stages.${stage.id}.days`, assumed: stage.days, measured: days });
      return { ...stage, conversion, days };
    });
    return changed ? { ...process, data: { ...process.data, stages } } : process;
  });
  const segments = playbook.segments.map((segment) => {
    const measured = own(latest.segments, segment.id);
    if (!measured) return segment;
    const dealSize = measured.won >= m && measured.dealSize !== null ? measured.dealSize : segment.data.dealSize;
    const opportunityRate = measured.opportunities >= m && measured.opportunityRate !== null ? measured.opportunityRate : segment.data.opportunityRate;
    if (dealSize === segment.data.dealSize && opportunityRate === segment.data.opportunityRate) return segment;
    if (dealSize !== segment.data.dealSize) replaced.push({ path: `segments/${segment.id}.dealSize`, assumed: segment.data.dealSize, measured: dealSize });
    if (opportunityRate !== segment.data.opportunityRate) replaced.push({ path: `segments/${segment.id}.opportunityRate`, assumed: segment.data.opportunityRate, measured: opportunityRate });
    return { ...segment, data: { ...segment.data, dealSize, opportunityRate } };
  });
  return { graph: { ...playbook, processes, segments }, replaced };
}

/** The model at measured rates: the changed copy and its §4 and §8 figures. */
export function computeMeasuredModel(playbook: CompletePlaybook, latest: MeasuredSnapshot, settings: ActualsSettings): MeasuredModel {
  const { graph, replaced } = measuredPlaybook(playbook, latest, settings);
  const metrics = computeMetrics(graph);
  return { graph, metrics, plan: computePlan(graph, metrics), replaced };
}
