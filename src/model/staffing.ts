/**
 * The two answers to "how many people" (issue 23), one definition each, so
 * that every page and the CLI print the same figure for the same thing:
 *
 * - **people needed** (steady state): F_x of format §4, the people whose
 *   selling hours would do all of the role's work, fully ramped, nobody
 *   leaving;
 * - **people to hire** (with attrition and the plan): the hires that bring
 *   the role to F_x once attrition is counted — at §8's attrition drag d_x a
 *   role needs F_x / d_x people on the books — less its headcount today:
 *   max(0, F_x / d_x − headcount). The plan's hires count toward it; what is
 *   left beyond them is `beyondPlan`.
 */
import type { CompletePlaybook } from './graph.ts';
import type { PlaybookMetrics } from './metrics.ts';
import { plannedHires } from './next-hire.ts';
import { attritionDrag } from './plan.ts';
import { own } from './records.ts';

export interface Staffing {
  role: string;
  /** People in the role today (as written). */
  headcount: number;
  /** People needed, steady state: F_x. */
  needed: number;
  /** F_x − headcount when positive, else 0: how far today's team is short, steady state. */
  short: number;
  /** d_x: the share of the people on the books at work, after attrition and empty seats (1 without attrition). */
  drag: number;
  /** People to hire, with attrition: max(0, F_x / d_x − headcount); Infinity when nobody stays (d_x = 0) and there is work. */
  toHire: number;
  /** The people the plan hires into the role by its last month (0 without a plan). */
  planned: number;
  /** People to hire beyond the plan's hires: max(0, toHire − planned). */
  beyondPlan: number;
}

/** The staffing of one role; undefined when the metrics have no such role. */
export function staffing(playbook: CompletePlaybook, metrics: PlaybookMetrics, roleId: string): Staffing | undefined {
  const role = playbook.roles.find((r) => r.id === roleId);
  const m = own(metrics.roles, roleId);
  if (!role || !m) return undefined;
  const headcount = role.data.headcount;
  const needed = m.fteNeeded;
  const drag = attritionDrag(role.data);
  const onBooks = needed === 0 ? 0 : drag === 0 ? Infinity : needed / drag;
  // Below a millionth of a person is floating-point noise, not a hire.
  const clean = (value: number) => (value > 1e-6 ? value : 0);
  const toHire = clean(onBooks - headcount);
  const planned = plannedHires(playbook, roleId);
  return { role: roleId, headcount, needed, short: clean(needed - headcount), drag, toHire, planned, beyondPlan: clean(toHire - planned) };
}
