/**
 * The types of the model's numbers (format §4), computed by ./metrics.ts:
 * the contract between the model and its users (site, CLI). Fields may be
 * added, never renamed or given another meaning.
 */

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
  /**
   * Σ_k r_k × days_k (v1.2): the days an opportunity of the process spends in
   * it on average, counting a stage's days only for those that reach it (a
   * lost one leaves at the stage where it is lost).
   */
  pipelineDays: number;
  stages: StageMetrics[];
  /** v1.2: people per role the process takes, Σ F_{s,x} over the segments on it; every role of the playbook, 0 where it does nothing. */
  people: Record<string, number>;
  /** v1.2: Σ_x of `people`. */
  peopleTotal: number;
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
  /** V_s = O_s × κ_s × dealSize × W_s / 365: expected new bookings per day (v1.1). */
  velocityPerDay: number;
  /** N_s = O_s × κ_s × Σ_k r_k × days_k / 365: opportunities in flight at any time, by Little's law (v1.2 corrects v1.1's T_p). */
  openPipeline: number;
  /** P_s = N_s × dealSize (v1.1). */
  pipelineValue: number;
  /** accounts_s × κ_s (v1.1). */
  coveredAccounts: number;
  /** D_{s,x}: deal hours per role id (only roles with hours > 0). */
  dealHours: Record<string, number>;
  /** C_s: coverage hours of the owner. */
  coverageHours: number;
  /** The contributing role with the smallest capacity factor when it is below 1, else null. */
  bottleneck: string | null;
  /** v1.2: F_{s,x} = (D_{s,x} + [x = owner] × C_s) / sellingHours_x, every role of the playbook (0 where it does nothing). */
  people: Record<string, number>;
  /** v1.2: Σ_x F_{s,x}: the people the segment's selling takes. */
  peopleTotal: number;
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
  /** v1.2: headcount × cost, the role's cost a year; null when the role has no `cost`. */
  cost: number | null;
  /** v1.2: headcount × quota, the quota the role carries; null when the role has no `quota`. */
  quota: number | null;
}

export interface PlaybookMetrics {
  coverage: number;
  winRate: number;
  expectedWins: number;
  expectedRevenue: number;
  /** Σ accounts_s. */
  accounts: number;
  /** Σ accounts_s κ_s (v1.1). */
  coveredAccounts: number;
  /** Σ N_s (v1.1). */
  openPipeline: number;
  /** Σ P_s (v1.1). */
  pipelineValue: number;
  /** Σ O_s: the opportunities the accounts could bring a year, before coverage. */
  opportunities: number;
  /** Σ O_s κ_s: the opportunities the team works a year. */
  workedOpportunities: number;
  /** v1.2: Σ_s peopleTotal_s, the people the whole model's work takes (equal to Σ_x F_x). */
  peopleTotal: number;
  /** v1.2: TC = Σ_x headcount_x × cost_x; null when no role has `cost`. */
  teamCost: number | null;
  /** v1.2: TC / Σ R_s; null without TC or without revenue. */
  costOfSales: number | null;
  /** v1.2: TC / Σ E_s; null without TC or without wins. */
  costPerWin: number | null;
  /** v1.2: Q = Σ_x headcount_x × quota_x; null when no role has `quota`. */
  carriedQuota: number | null;
  /** v1.2: Q / goals.bookings; null without Q or without a bookings goal above 0. */
  quotaCoverage: number | null;
  /** v1.2: Σ R_s / Q; null without Q or when Q = 0. */
  quotaAttainment: number | null;
  segments: Record<string, SegmentMetrics>;
  roles: Record<string, RoleMetrics>;
  processes: Record<string, ProcessMetrics>;
  /**
   * The figures the registry's kinds read from their entities' data (a kind's `figures`, src/kinds/define.ts), by
   * kind, entity id and key; absent when no kind of the registry has any (the project's own kinds have none).
   */
  kindFigures?: Record<string, Record<string, Record<string, number | null>>>;
}
