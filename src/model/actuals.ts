/**
 * What a snapshot measured (format §10, "Measured figures"): for each
 * segment of a snapshot and each process pooled over its segments, the win
 * rate with its Wilson interval, the deal size, the opportunity rate, the
 * cycle and every stage's conversion with its interval. Pure functions of a
 * playbook graph; a figure whose denominator is 0 or whose counts are absent
 * is null, never 0 or NaN.
 *
 * Records keyed by ids from files are read with `own`, so an id like
 * `constructor` never meets Object.prototype.
 */
import type { SegmentActuals, Snapshot } from '../schema/index.ts';
import { byId, type CompletePlaybook, type Entity, type PlaybookGraph } from './graph.ts';
import { own } from './records.ts';

/** The normal quantile of a two-sided 95% interval, as format §10 fixes it. */
export const Z = 1.959964;

/** A share measured as x successes in n trials, with its 95% Wilson score interval. */
export interface Measured {
  rate: number;
  low: number;
  high: number;
}

/**
 * The Wilson score interval of x successes in n (format §10): centre
 * (p̂ + z²/2n)/(1 + z²/n), half-width z√(p̂(1−p̂)/n + z²/4n²)/(1 + z²/n).
 * Null when n is 0.
 */
export function wilson(x: number, n: number, z = Z): Measured | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Clamp the rounding noise at the ends (x = 0 or x = n): an interval of a share stays within [0, 1].
  return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** One stage of a segment's (or a pooled process's) funnel as measured. */
export interface MeasuredStage {
  id: string;
  /** reached_k: the resolved opportunities whose furthest stage was this one or a later one; null when not counted. */
  reached: number | null;
  /** reached_{k+1} / reached_k, or won / reached_n at the last stage; null when a count is absent or reached_k is 0. */
  conversion: number | null;
  low: number | null;
  high: number | null;
}

/** What one snapshot measured for one segment. */
export interface MeasuredSegment {
  id: string;
  /** The segment's process in the playbook (the stages are its stages); null when the segment has none. */
  process: string | null;
  opportunities: number;
  won: number;
  lost: number;
  /** opportunities − won − lost: still open on `to`. */
  open: number;
  /** won / (won + lost); null with no resolved opportunity. */
  winRate: number | null;
  winRateLow: number | null;
  winRateHigh: number | null;
  /** wonAmount / won. */
  dealSize: number | null;
  /** opportunities / accounts / (days / 365): opportunities per account per year. */
  opportunityRate: number | null;
  /** As written in the snapshot. */
  cycleDays: number | null;
  stages: MeasuredStage[];
}

/** A process measured from the counts of its segments in one snapshot, summed. */
export interface MeasuredProcess {
  id: string;
  /** The segments of the snapshot on this process, in the snapshot's order. */
  segments: string[];
  opportunities: number;
  won: number;
  lost: number;
  winRate: number | null;
  winRateLow: number | null;
  winRateHigh: number | null;
  /** The won-weighted mean of the segments' cycle days (over those that have one). */
  cycleDays: number | null;
  stages: MeasuredStage[];
}

/** Everything one snapshot measured. */
export interface MeasuredSnapshot {
  /** The snapshot's id: the month of `period.to`. */
  id: string;
  file: string;
  from: string;
  to: string;
  /** to − from + 1. */
  days: number;
  segments: Record<string, MeasuredSegment>;
  processes: Record<string, MeasuredProcess>;
}

const DAY_MS = 86_400_000;

/** Days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const ratio = (x: number, n: number): number | null => (n > 0 ? x / n : null);

/** The stages of a funnel from reached counts (null where absent) and the won count. */
function funnel(stageIds: readonly string[], reached: readonly (number | null)[], won: readonly (number | null)[]): MeasuredStage[] {
  return stageIds.map((id, k) => {
    const here = reached[k] ?? null;
    const next = k < stageIds.length - 1 ? (reached[k + 1] ?? null) : (won[k] ?? null);
    const measured = here !== null && next !== null ? wilson(next, here) : null;
    return { id, reached: here, conversion: measured?.rate ?? null, low: measured?.low ?? null, high: measured?.high ?? null };
  });
}

/** reached_k of a segment's counts, or null when the snapshot does not count that stage. */
function reachedOf(counts: SegmentActuals, stage: string): number | null {
  if (!counts.reached) return null;
  const value = own(counts.reached, stage);
  return value === undefined ? null : value;
}

/** A segment of a snapshot measured against the playbook's segment and its process. */
export function measureSegment(playbook: PlaybookGraph, id: string, counts: SegmentActuals, days: number): MeasuredSegment {
  const segment = byId(playbook.segments, id);
  const process = segment ? byId(playbook.processes, segment.data.process) : undefined;
  const stageIds = process?.data.stages.map((s) => s.id) ?? [];
  const resolved = counts.won + counts.lost;
  const win = wilson(counts.won, resolved);
  const accounts = segment?.data.accounts ?? 0;
  const reached = stageIds.map((stage) => reachedOf(counts, stage));
  return {
    id,
    process: process?.id ?? null,
    opportunities: counts.opportunities,
    won: counts.won,
    lost: counts.lost,
    open: counts.opportunities - resolved,
    winRate: win?.rate ?? null,
    winRateLow: win?.low ?? null,
    winRateHigh: win?.high ?? null,
    dealSize: ratio(counts.wonAmount, counts.won),
    opportunityRate: accounts > 0 && days > 0 ? counts.opportunities / accounts / (days / 365) : null,
    cycleDays: counts.cycleDays ?? null,
    stages: funnel(stageIds, reached, stageIds.map(() => counts.won)),
  };
}

/**
 * A process pooled over the segments of a snapshot that are on it: counts summed. A stage's conversion sums only
 * the segments that count both of its stages (reached_k and reached_{k+1}, or reached_n and won), so that a
 * segment without stage counts never dilutes it.
 */
export function measureProcess(process: Entity<{ stages: readonly { id: string }[] }>, segments: readonly { id: string; counts: SegmentActuals }[]): MeasuredProcess {
  const stageIds = process.data.stages.map((s) => s.id);
  let opportunities = 0;
  let won = 0;
  let lost = 0;
  let cycleWeight = 0;
  let cycleSum = 0;
  for (const { counts } of segments) {
    opportunities += counts.opportunities;
    won += counts.won;
    lost += counts.lost;
    if (counts.cycleDays !== undefined && counts.won > 0) {
      cycleWeight += counts.won;
      cycleSum += counts.won * counts.cycleDays;
    }
  }
  const stages = stageIds.map((id, k): MeasuredStage => {
    const last = k === stageIds.length - 1;
    let reached: number | null = null;
    let pairHere = 0;
    let pairNext = 0;
    let paired = false;
    for (const { counts } of segments) {
      const here = reachedOf(counts, id);
      if (here === null) continue;
      reached = (reached ?? 0) + here;
      const next = last ? counts.won : reachedOf(counts, stageIds[k + 1]!);
      if (next === null) continue;
      paired = true;
      pairHere += here;
      pairNext += next;
    }
    const measured = paired ? wilson(pairNext, pairHere) : null;
    return { id, reached, conversion: measured?.rate ?? null, low: measured?.low ?? null, high: measured?.high ?? null };
  });
  const win = wilson(won, won + lost);
  return {
    id: process.id,
    segments: segments.map((s) => s.id),
    opportunities,
    won,
    lost,
    winRate: win?.rate ?? null,
    winRateLow: win?.low ?? null,
    winRateHigh: win?.high ?? null,
    cycleDays: cycleWeight > 0 ? cycleSum / cycleWeight : null,
    stages,
  };
}

/** Everything a snapshot measured: each of its segments, and each process pooled over the segments on it. */
export function measureSnapshot(playbook: PlaybookGraph, snapshot: Entity<Snapshot>): MeasuredSnapshot {
  const { from, to } = snapshot.data.period;
  const days = daysBetween(from, to) + 1;
  const segments: Record<string, MeasuredSegment> = {};
  const byProcess = new Map<string, { id: string; counts: SegmentActuals }[]>();
  for (const [id, counts] of Object.entries(snapshot.data.segments)) {
    const measured = measureSegment(playbook, id, counts, days);
    segments[id] = measured;
    if (measured.process === null) continue;
    const list = byProcess.get(measured.process) ?? [];
    list.push({ id, counts });
    byProcess.set(measured.process, list);
  }
  const processes: Record<string, MeasuredProcess> = {};
  // In the playbook's order of processes, as every other list of processes.
  for (const process of playbook.processes) {
    const list = byProcess.get(process.id);
    if (list) processes[process.id] = measureProcess(process, list);
  }
  return { id: snapshot.id, file: snapshot.file, from, to, days, segments, processes };
}

/** The playbook's snapshots in order of `period.to` (then id): the last one is the latest (format §10). */
export function snapshotsInOrder(playbook: Pick<CompletePlaybook, 'actuals'>): Entity<Snapshot>[] {
  return [...playbook.actuals].sort((a, b) => (a.data.period.to < b.data.period.to ? -1 : a.data.period.to > b.data.period.to ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
