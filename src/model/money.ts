/**
 * The cost side of a change (format §4 v1.2's money figures, compared):
 * what a scenario, a `what-if`, a hire or a commit costs a year, what it adds
 * in new bookings, the difference, and the months of added bookings it takes
 * to earn back a year's added cost. One definition for the scenario pages,
 * `what-if`, `diff` and the next hire.
 */
import type { PlaybookMetrics } from './metrics.ts';

export interface CostOfChange {
  /** The change of team cost a year (after − before); null when neither side has a cost (no role has `cost`). */
  costPerYear: number | null;
  /** The change of expected new bookings a year (after − before). */
  bookingsPerYear: number;
  /** bookingsPerYear − costPerYear; null without a cost. */
  net: number | null;
  /**
   * 12 × costPerYear ÷ bookingsPerYear: the months of the added bookings that pay for a year of the added cost.
   * 0 when the change costs nothing more (or saves); null without a cost, or when it costs more and adds no bookings.
   */
  paybackMonths: number | null;
}

/** Changes smaller than this (relative) are floating-point noise of two computed figures, not a change. */
const noise = (value: number, scale: number) => Math.abs(value) <= 1e-9 * Math.max(1, Math.abs(scale));

/** The payback of a cost a year against bookings a year, in months (see CostOfChange.paybackMonths). */
export function paybackMonths(costPerYear: number | null, bookingsPerYear: number): number | null {
  if (costPerYear === null) return null;
  if (costPerYear <= 0) return 0;
  if (bookingsPerYear <= 0) return null;
  return (12 * costPerYear) / bookingsPerYear;
}

/** What going from `before` to `after` costs a year and adds in bookings (§4 v1.2). */
export function costOfChange(before: Pick<PlaybookMetrics, 'teamCost' | 'expectedRevenue'>, after: Pick<PlaybookMetrics, 'teamCost' | 'expectedRevenue'>): CostOfChange {
  const bookingsRaw = after.expectedRevenue - before.expectedRevenue;
  const bookings = noise(bookingsRaw, before.expectedRevenue) ? 0 : bookingsRaw;
  if (before.teamCost === null && after.teamCost === null) return { costPerYear: null, bookingsPerYear: bookings, net: null, paybackMonths: null };
  const costRaw = (after.teamCost ?? 0) - (before.teamCost ?? 0);
  const cost = noise(costRaw, before.teamCost ?? 0) ? 0 : costRaw;
  return { costPerYear: cost, bookingsPerYear: bookings, net: bookings - cost, paybackMonths: paybackMonths(cost, bookings) };
}

/** A role's seats and cost, as the plan counts them. */
interface CostedRole {
  headcount: number;
  cost?: number;
  hires?: readonly { start: string; count: number }[];
}

/**
 * What the team costs over the months of a plan (§8): each role's seats — its headcount and the hires that have
 * joined by the month (a seat is paid from its first month, ramping or not) — at a twelfth of `cost` a month.
 * Null when no role has a `cost`. Attrition leaves seats empty for a while but they are budgeted: not subtracted.
 */
export function planTeamCost(roles: readonly CostedRole[], months: readonly string[]): number | null {
  if (!roles.some((r) => r.cost !== undefined)) return null;
  let total = 0;
  for (const role of roles) {
    if (role.cost === undefined) continue;
    for (const month of months) {
      const seats = role.headcount + (role.hires ?? []).filter((h) => h.start <= month).reduce((sum, h) => sum + h.count, 0);
      total += (seats * role.cost) / 12;
    }
  }
  return total;
}
