/**
 * The types of the next hire's price (./next-hire.ts): what one more person
 * in a role changes at steady state and within the plan, what the person
 * costs and when they pay back, and the options of a pricing.
 */
import type { Lang } from '../diagnostics/context.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Registry } from '../kinds/index.ts';
import type { PlaybookMetrics } from './metrics.ts';
import type { PlanFigures, PlanMetrics } from './plan.ts';
import type { ScenarioRules } from './scenario.ts';

/** The playbook's figures a hire moves (§4), as after − before. */
export interface HireDelta {
  coverage: number;
  coveredAccounts: number;
  winRate: number;
  expectedWins: number;
  expectedRevenue: number;
}

/** What the hire brings within the plan (§8): joining at the plan's start and ramping, on top of the plan's hires. */
export interface PlanHire {
  /** The month the hire joins: plan.start. */
  start: string;
  /** Months until fully productive (the role's rampMonths, 0 by default). */
  rampMonths: number;
  /** The plan's totals with the hire. */
  totals: PlanFigures;
  /** totals − the baseline plan's totals. */
  delta: PlanFigures;
  /** The first month of the plan with more wins than without the hire; null when none within the plan. */
  firstWinsMonth: string | null;
  /** The first month from which the hire adds its full monthly wins (ramp and sales cycle behind it); null when after the plan. */
  fullPaceMonth: string | null;
  /** What the hire costs over the plan's months (from the start, a twelfth of `cost` a month); null without `cost`. */
  cost: number | null;
}

export interface NextHire {
  /** The role's id. */
  role: string;
  /** The role's headcount today. */
  headcount: number;
  /** The people the plan hires into the role by its last month (0 without a plan): the hire comes on top of them. */
  planned: number;
  /** People added: 1, or 0.5 / 0.25 for a role shared below one person. */
  add: number;
  /** §4's load today. */
  loadToday: number;
  /** §4's load with the plan's hires (today's without a plan), before and after the hire. */
  load: number;
  loadAfter: number;
  /** F_x: people the role's work needs (it does not change with the hire). */
  fteNeeded: number;
  /** §4 of the copy with the plan's hires and this one: fully productive, a year. */
  after: PlaybookMetrics;
  /** The steady state's change a year: after − the copy with the plan's hires. */
  delta: HireDelta;
  /** What the hire costs a year (add × cost); null when the role has no `cost`. */
  cost: number | null;
  /** delta.expectedRevenue − cost; null without a cost. */
  net: number | null;
  /** Months after joining until the first added wins (the sales cycle, once the person adds coverage); null when never within the 35 months followed. */
  firstWinsAfter: number | null;
  /** Months after joining until the hire adds its full monthly wins (ramp and cycle); null when not within the 35 months followed. */
  fullPaceAfter: number | null;
  /**
   * Months after joining until the bookings the hire has added pay for what the hire has cost so far, ramp,
   * cycle and attrition included (§8's months, every month after the 35 followed as the last); 0 without extra cost; null
   * without a cost, or when it never pays back.
   */
  paybackMonths: number | null;
  /** With a plan: the same hire joining at the plan's start. */
  plan: PlanHire | null;
  /** The warnings (of the playbook with the plan's hires) the hire clears, messages in the evaluation's language. */
  cleared: Diagnostic[];
  /** Whether the hire moves coverage, wins or bookings, at steady state or within the plan. */
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
