/**
 * The sales model's numbers (format.md §4): pure functions of a playbook graph.
 * Computed once per build and shared by the site pages, `export` and `check`.
 *
 * The types below are the contract between the model and its users (site,
 * CLI). The implementation is being written for the model issue.
 */
import type { CompletePlaybook } from './graph.ts';

export interface StageMetrics {
  id: string;
  /** r_k: share of the process's opportunities that reach this stage (r_1 = 1). */
  reach: number;
  conversion: number;
  days: number;
}

export interface ProcessMetrics {
  id: string;
  /** W_p: product of all stage conversions. */
  winRate: number;
  /** T_p: sum of stage days. */
  cycleDays: number;
  stages: StageMetrics[];
}

export interface SegmentMetrics {
  id: string;
  /** O_s = accounts × opportunityRate. */
  opportunities: number;
  /** κ_s: min capacity factor over the roles contributing hours to the segment; 1 if none. */
  coverage: number;
  /** W_s = W_p of its process. */
  winRate: number;
  expectedWins: number;
  expectedRevenue: number;
  velocityPerDay: number;
  /** D_{s,x}: deal hours per role id (only roles with hours > 0). */
  dealHours: Record<string, number>;
  /** C_s: coverage hours of the owner. */
  coverageHours: number;
  /** The contributing role with the smallest capacity factor when it is below 1, else null. */
  bottleneck: string | null;
}

export interface RoleMetrics {
  id: string;
  /** H_x = deal hours + coverage hours. */
  requiredHours: number;
  /** Σ_s D_{s,x}. */
  dealHours: number;
  /** Σ C_s over the segments the role owns. */
  coverageHours: number;
  /** A_x = headcount × selling hours. */
  availableHours: number;
  /** Selling hours per person used for this role (its own or the playbook's). */
  sellingHours: number;
  /** L_x = H/A; Infinity when A = 0 and H > 0; 0 when H = 0. */
  load: number;
  /** F_x = H / sellingHours. */
  fteNeeded: number;
  /** f_x = min(1, A/H); 1 when H = 0. */
  capacityFactor: number;
  /** Required hours by segment id (deal + coverage). */
  bySegment: Record<string, number>;
}

export interface PlaybookMetrics {
  coverage: number;
  winRate: number;
  expectedWins: number;
  expectedRevenue: number;
  segments: Record<string, SegmentMetrics>;
  roles: Record<string, RoleMetrics>;
  processes: Record<string, ProcessMetrics>;
}

export declare function computeMetrics(playbook: CompletePlaybook): PlaybookMetrics;
