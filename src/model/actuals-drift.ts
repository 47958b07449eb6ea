/**
 * Which assumptions the latest snapshot contradicts (format §10,
 * "Drift and staleness"), each at the line of the assumption: a stage's
 * `conversion` outside the measured interval, a segment's `dealSize` or
 * `opportunityRate` further from the measured one than the tolerance allows,
 * a process's cycle (the sum of its stages' days, at its `stages` key) the
 * same. Only where the sample is at least `minSample`: small samples never
 * contradict anything, they are shown with their interval.
 */
import type { Position } from '../diagnostics/diagnostic.ts';
import type { DriftParams } from '../diagnostics/messages/actuals.ts';
import type { ActualsSettings } from '../schema/index.ts';
import type { MeasuredSnapshot } from './actuals.ts';
import { byId, type CompletePlaybook } from './graph.ts';
import { own } from './records.ts';

export type DriftKind = DriftParams['kind'];

/** One assumption the latest snapshot contradicts: the figures its warning words (DriftParams), and where it is. */
export interface Drift extends Omit<DriftParams, 'entity'> {
  /** The file of the assumption, relative to the root. */
  file: string;
  at: Position;
  /** The assumption as a path of format §7: `processes/solution-sale.stages.validate.conversion`, `segments/smb.dealSize`, `processes/solution-sale.stages`. */
  path: string;
  /** The process (conversion, cycle) or segment (deal size, opportunity rate) the assumption belongs to. */
  entity: { kind: 'processes' | 'segments'; id: string };
}

/** Whether `value` lies further from `measured` than `tolerance` × measured. */
const beyond = (value: number, measured: number, tolerance: number) => Math.abs(value - measured) > tolerance * measured;

/** Every drift of the playbook's assumptions against the latest snapshot, in file and line order. */
export function findDrift(playbook: CompletePlaybook, latest: MeasuredSnapshot, settings: ActualsSettings): Drift[] {
  const { minSample: m, tolerance: t } = settings;
  const when = { snapshot: latest.id, from: latest.from, to: latest.to };
  const out: Drift[] = [];
  for (const process of playbook.processes) {
    const measured = own(latest.processes, process.id);
    if (!measured) continue;
    process.data.stages.forEach((stage, k) => {
      const at = measured.stages[k];
      if (!at || at.reached === null || at.reached < m || at.conversion === null || at.low === null || at.high === null) return;
      if (stage.conversion >= at.low && stage.conversion <= at.high) return;
      out.push({
        kind: 'conversion',
        file: process.file,
        at: process.source.locate(['stages', k, 'conversion']),
        path: `processes/${process.id}.stages.${stage.id}.conversion`,
        entity: { kind: 'processes', id: process.id },
        stage: stage.id,
        assumed: stage.conversion,
        measured: at.conversion,
        low: at.low,
        high: at.high,
        n: at.reached,
        ...when,
      });
    });
    const cycle = process.data.stages.reduce((sum, stage) => sum + stage.days, 0);
    if (measured.won >= m && measured.cycleDays !== null && beyond(cycle, measured.cycleDays, t)) {
      out.push({
        kind: 'cycle',
        file: process.file,
        at: process.source.locate(['stages'], 'key'),
        path: `processes/${process.id}.stages`,
        entity: { kind: 'processes', id: process.id },
        assumed: cycle,
        measured: measured.cycleDays,
        low: measured.cycleDays * (1 - t),
        high: measured.cycleDays * (1 + t),
        n: measured.won,
        tolerance: t,
        ...when,
      });
    }
  }
  for (const [id, measured] of Object.entries(latest.segments)) {
    const segment = byId(playbook.segments, id);
    if (!segment) continue;
    if (measured.won >= m && measured.dealSize !== null && beyond(segment.data.dealSize, measured.dealSize, t)) {
      out.push(toleranceDrift('dealSize', segment.file, segment.source.locate(['dealSize']), id, segment.data.dealSize, measured.dealSize, measured.won, t, when));
    }
    if (measured.opportunities >= m && measured.opportunityRate !== null && beyond(segment.data.opportunityRate, measured.opportunityRate, t)) {
      out.push(
        toleranceDrift('opportunityRate', segment.file, segment.source.locate(['opportunityRate']), id, segment.data.opportunityRate, measured.opportunityRate, measured.opportunities, t, when),
      );
    }
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.at.line - b.at.line || a.at.column - b.at.column);
}

function toleranceDrift(
  kind: 'dealSize' | 'opportunityRate',
  file: string,
  at: Position,
  segment: string,
  assumed: number,
  measured: number,
  n: number,
  tolerance: number,
  when: { snapshot: string; from: string; to: string },
): Drift {
  return {
    kind,
    file,
    at,
    path: `segments/${segment}.${kind}`,
    entity: { kind: 'segments', id: segment },
    assumed,
    measured,
    low: measured * (1 - tolerance),
    high: measured * (1 + tolerance),
    n,
    tolerance,
    ...when,
  };
}
