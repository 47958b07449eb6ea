/**
 * A playbook's actuals, computed once (format §10): every snapshot
 * measured, the latest one, the drift of the assumptions against it and the
 * model at measured rates. `check`, `export`, the bodies' `<Metric>` and the
 * site all read this one result.
 */
import { actualsSettings, type ActualsSettings } from '../schema/index.ts';
import { measureSnapshot, snapshotsInOrder, daysBetween, type MeasuredSnapshot } from './actuals.ts';
import { findDrift, type Drift } from './actuals-drift.ts';
import { computeMeasuredModel, type MeasuredModel } from './actuals-model.ts';
import type { CompletePlaybook } from './graph.ts';

export interface ActualsFigures {
  /** The playbook's `actuals` settings with their defaults. */
  settings: ActualsSettings;
  /** Every snapshot measured, in order of `period.to`. */
  snapshots: MeasuredSnapshot[];
  /** The snapshot with the greatest `period.to`: the last of `snapshots`. */
  latest: MeasuredSnapshot;
  /** The assumptions the latest snapshot contradicts, in file and line order. */
  drift: Drift[];
  /** The model at measured rates. */
  measured: MeasuredModel;
}

/** The actuals of a playbook without errors; null when it has no snapshot. */
export function computeActuals(playbook: CompletePlaybook): ActualsFigures | null {
  const ordered = snapshotsInOrder(playbook);
  if (ordered.length === 0) return null;
  const settings = actualsSettings(playbook.index.data.actuals);
  const snapshots = ordered.map((s) => measureSnapshot(playbook, s));
  const latest = snapshots[snapshots.length - 1]!;
  return { settings, snapshots, latest, drift: findDrift(playbook, latest, settings), measured: computeMeasuredModel(playbook, latest, settings) };
}

/** How old the latest snapshot is on `today`: its age in days, and whether that is more than `staleAfterDays`. */
export function snapshotAge(actuals: Pick<ActualsFigures, 'latest' | 'settings'>, today: string): { days: number; stale: boolean } {
  const days = daysBetween(actuals.latest.to, today);
  return { days, stale: days > actuals.settings.staleAfterDays };
}

/**
 * Today's date, YYYY-MM-DD (UTC): the date of SOURCE_DATE_EPOCH when it is set (seconds since 1970, so that a
 * build of the same commit says the same thing), else the clock's.
 */
export function todayOf(env: Readonly<Record<string, string | undefined>> = process.env, now: () => number = Date.now): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now();
  return new Date(ms).toISOString().slice(0, 10);
}
