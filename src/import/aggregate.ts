/**
 * The counts of a snapshot from the rows of an export (format §10):
 * the cohort is the opportunities created in [from, to], counted as they
 * stood on `to`. A row is won or lost when its stage says so and it closed
 * on or before `to`; otherwise it is open. A won one reached every stage; a
 * lost one reached the stages up to the furthest it is known to have entered,
 * and none when that is unknown (`lostWithoutStage`).
 *
 * `reached` is written for every export, as §10 says. A plain export (only
 * the current stage, which for a lost one is `lost`) knows no lost one's
 * furthest stage, so its `reached` is the won at every stage and each
 * conversion comes out at 100%: the summary and the guide say so, and that
 * shows as drift rather than as a silently missing funnel.
 */
import type { SegmentActuals } from '../schema/index.ts';
import type { Mapping } from './mapping.ts';
import { LOST, WON, type Rows } from './rows.ts';

export interface Cohort {
  /** By segment id, every segment the mapping names, in the playbook's order. */
  segments: Record<string, SegmentActuals>;
  /** Rows left out of the counts, by reason; `lostWithoutStage` counts in `lost` but in no `reached`. */
  skipped: { createdBefore: number; createdAfter: number; lostWithoutStage: number };
  /** Rows in the cohort. */
  rows: number;
}

/** The counts of the rows created in [from, to] (day numbers). */
export function aggregate(rows: Rows, mapping: Mapping, from: number, to: number): Cohort {
  const n = mapping.segments.length;
  const opportunities = new Float64Array(n);
  const won = new Float64Array(n);
  const lost = new Float64Array(n);
  const wonAmount = new Float64Array(n);
  const cycle = new Float64Array(n);
  const reached = mapping.segments.map((s) => new Float64Array(s.stages.length));
  const skipped = { createdBefore: 0, createdAfter: 0, lostWithoutStage: 0 };
  let cohort = 0;
  for (let i = 0; i < rows.count; i++) {
    const created = rows.created[i]!;
    if (created < from) {
      skipped.createdBefore++;
      continue;
    }
    if (created > to) {
      skipped.createdAfter++;
      continue;
    }
    cohort++;
    const s = rows.segment[i]!;
    opportunities[s]!++;
    const outcome = rows.outcome[i]!;
    const closed = rows.closed[i]!;
    if (outcome === 0 || closed > to) continue;
    const stages = reached[s]!;
    if (outcome === WON) {
      won[s]!++;
      wonAmount[s]! += rows.amount[i]!;
      cycle[s]! += closed - created;
      for (let k = 0; k < stages.length; k++) stages[k]!++;
    } else if (outcome === LOST) {
      lost[s]!++;
      const furthest = rows.furthest[i]!;
      if (furthest < 0) skipped.lostWithoutStage++;
      for (let k = 0; k <= furthest; k++) stages[k]!++;
    }
  }
  const segments: Record<string, SegmentActuals> = {};
  mapping.segments.forEach((segment, s) => {
    const counts: SegmentActuals = {
      opportunities: opportunities[s]!,
      won: won[s]!,
      lost: lost[s]!,
      // Cents: the sum of many amounts carries floating-point noise beyond them.
      wonAmount: Math.round(wonAmount[s]! * 100) / 100,
    };
    // The mean as §10 defines it, not rounded: `export` and the measured model read it as written.
    if (won[s]! > 0) counts.cycleDays = cycle[s]! / won[s]!;
    counts.reached = Object.fromEntries(segment.stages.map((id, k) => [id, reached[s]![k]!]));
    segments[segment.id] = counts;
  });
  return { segments, skipped, rows: cohort };
}
