/**
 * The types of the plan over time (format §8), computed by ./plan.ts: each
 * role and each segment in one month, the figures of a month, a quarter and
 * the whole plan, and the summary per role for a sales leader.
 */

/** One role in one month of the plan. */
export interface PlanRoleMonth {
  /** E_x(m) = d_x × (headcount + Σ_h count_h × p(m − t_h)). */
  effectiveHeadcount: number;
  /** A_x(m) = E_x(m) × sellingHours / 12. */
  availableHours: number;
  /** H_x(m) = H_x / 12: §4's required hours spread evenly. */
  requiredHours: number;
  /** H_x(m) / A_x(m); Infinity when A_x(m) = 0 < H_x(m) (or A so small the division overflows, as in §4); 0 when H_x = 0. */
  load: number;
  /** f_x(m) = min(1, A_x(m) / H_x(m)); 1 when H_x = 0. */
  capacityFactor: number;
}

/** One segment in one month of the plan. */
export interface PlanSegmentMonth {
  /** κ_s(m): smallest f_x(m) over the roles that contribute to the segment; 1 if none. */
  coverage: number;
  /** E_s(m) = O_s / 12 × κ_s(m − L_p) × W_s (v1.2: wins follow coverage one sales cycle later). */
  expectedWins: number;
  /** R_s(m) = E_s(m) × dealSize_s. */
  expectedRevenue: number;
  /** The contributing role with the smallest capacity factor this month when it is below 1, else null (as §4's bottleneck). */
  bottleneck: string | null;
}

/** The playbook's figures over one month, one quarter or the whole plan. */
export interface PlanFigures {
  /** κ: for a month Σ accounts_s κ_s(m) / Σ accounts_s (1 with no accounts); for a quarter or the plan, the mean of its months'. */
  coverage: number;
  /** Σ_s E_s(m), summed over the months. */
  expectedWins: number;
  /** Σ_s R_s(m), summed over the months. */
  expectedRevenue: number;
}

export interface PlanMonth extends PlanFigures {
  /** YYYY-MM. */
  month: string;
  /** By role id, every role of the playbook. */
  roles: Record<string, PlanRoleMonth>;
  /** By segment id, every segment of the playbook. */
  segments: Record<string, PlanSegmentMonth>;
}

/** A quarter of the plan (not a calendar quarter): months 3q … 3q+2, the last one possibly shorter. */
export interface PlanQuarter extends PlanFigures {
  /** q, from 0. */
  index: number;
  firstMonth: string;
  lastMonth: string;
  /** Months in the quarter: 3, or 1–2 for a partial last quarter. */
  monthCount: number;
}

/** A segment whose coverage a role holds below 1 before the role reaches capacity. */
export interface PlanCappedSegment {
  segment: string;
  /** Mean κ_s(m) over the months before the role's first month at capacity (the whole plan if it never gets there). */
  coverage: number;
  /** Smallest κ_s(m) over those months. */
  lowestCoverage: number;
}

/** What a sales leader asks of a role's plan: when is it staffed, how bad is it until then, and what does it cost. */
export interface PlanRoleSummary {
  id: string;
  /**
   * The first month from which the role's load stays ≤ 1 to the end of the
   * plan; null when it is over capacity in the plan's last month.
   */
  firstMonthAtCapacity: string | null;
  /** Load ≤ 1 in every month of the plan. */
  atCapacityFromStart: boolean;
  /** Months of the plan with load > 1. */
  monthsOverCapacity: number;
  /** Largest monthly load (Infinity when some month has hours required and none available). */
  peakLoad: number;
  /** First month with the peak load. */
  peakLoadMonth: string;
  /** d_x: the share of the role's headcount that attrition leaves working (1 without attrition). */
  attritionDrag: number;
  /** R: months until a new person is fully productive. */
  rampMonths: number;
  /**
   * The segments the role contributes to whose coverage it holds below 1 in
   * some month before `firstMonthAtCapacity` (f_x(m) < 1, whether or not
   * another role is lower still), in the playbook's segment order.
   */
  cappedSegments: PlanCappedSegment[];
}

export interface PlanMetrics {
  /** plan.start, YYYY-MM. */
  start: string;
  /** The plan's last month, YYYY-MM. */
  end: string;
  months: PlanMonth[];
  quarters: PlanQuarter[];
  totals: PlanFigures;
  /** By role id, every role of the playbook. */
  roles: Record<string, PlanRoleSummary>;
}
