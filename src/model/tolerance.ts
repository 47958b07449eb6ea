/** Comparing computed figures with goals and capacity, ignoring floating-point noise. */

/** Whether `value` is below `limit` (0.7 × 0.5 must meet a goal of 0.35). */
export function isBelow(value: number, limit: number): boolean {
  return value < limit - 1e-9 * Math.max(1, Math.abs(limit));
}
