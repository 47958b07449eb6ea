/**
 * The rules of actuals (format §10). Errors, with the other
 * cross-file rules: a snapshot's `reached` names stages of its segment's
 * process (`broken-reference`), its counts agree with each other
 * (`actuals-inconsistent`, at the offending key), its file is named after the
 * month of `period.to`; the import mapping of index.mdx names segments and
 * stages that exist. Warnings, from the numbers: `actuals-drift` at each
 * assumption the latest snapshot contradicts, `actuals-stale` when it is old.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ActualsFigures } from '../model/actuals-figures.ts';
import { snapshotAge } from '../model/actuals-figures.ts';
import { byId, type CompletePlaybook, type Entity, type PlaybookGraph } from '../model/graph.ts';
import { own } from '../model/records.ts';
import { OUTCOMES, type Snapshot } from '../schema/index.ts';

/** The errors of every valid snapshot of a playbook: stages it names, counts that contradict each other, its month. */
export function checkSnapshots(graph: PlaybookGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const snapshot of graph.actuals ?? []) {
    const month = snapshot.data.period.to.slice(0, 7);
    if (month !== snapshot.id) {
      out.push(
        diagnostic('invalid-field', snapshot.file, snapshot.source.locate(['period', 'to']), {
          kind: 'actuals',
          field: 'period.to',
          problem: 'rule',
          rule: 'snapshot-month',
          text: snapshot.id,
        }),
      );
    }
    for (const [id, counts] of Object.entries(snapshot.data.segments)) out.push(...checkSegmentCounts(graph, snapshot, id, counts));
  }
  return out;
}

type Counts = Snapshot['segments'][string];

/** One segment of a snapshot: one message per mistake, at the key that carries it. */
function checkSegmentCounts(graph: PlaybookGraph, snapshot: Entity<Snapshot>, id: string, counts: Counts): Diagnostic[] {
  const out: Diagnostic[] = [];
  const base = { segment: id, won: counts.won, lost: counts.lost, opportunities: counts.opportunities };
  const resolved = counts.won + counts.lost;
  if (resolved > counts.opportunities) {
    out.push(diagnostic('actuals-inconsistent', snapshot.file, snapshot.source.locate(['segments', id, 'opportunities'], 'key'), { ...base, rule: 'resolved' }));
  }
  if (!counts.reached) return out;
  const at = (stage: string) => snapshot.source.locate(['segments', id, 'reached', stage], 'key');
  const segment = byId(graph.segments, id);
  const process = segment ? byId(graph.processes, segment.data.process) : undefined;
  const stageIds = process?.data.stages.map((s) => s.id);
  // Stages the segment's process does not have; when the segment or its process is unknown (their own errors), none are judged.
  if (process && stageIds) {
    for (const stage of Object.keys(counts.reached)) {
      if (stageIds.includes(stage)) continue;
      out.push(
        diagnostic('broken-reference', snapshot.file, at(stage), {
          kind: 'stages',
          id: stage,
          playbook: graph.id,
          dir: graph.dir,
          existing: stageIds,
          singular: 'process',
          stage: { process: process.id },
        }),
      );
    }
  }
  // The counts themselves, in the order of the process's stages (else of the file): each key at most once.
  const order = stageIds ? stageIds.filter((s) => own(counts.reached!, s) !== undefined) : Object.keys(counts.reached);
  let previous: string | undefined;
  order.forEach((stage) => {
    const reached = own(counts.reached!, stage)!;
    const last = stageIds !== undefined && stage === stageIds[stageIds.length - 1];
    const before = previous === undefined ? undefined : own(counts.reached!, previous);
    const found =
      reached > resolved
        ? { rule: 'above-resolved' as const }
        : stageIds && previous !== undefined && before !== undefined && reached > before
          ? { rule: 'grows' as const, previous, previousReached: before }
          : last && reached < counts.won
            ? { rule: 'below-won' as const }
            : null;
    if (found) out.push(diagnostic('actuals-inconsistent', snapshot.file, at(stage), { ...base, stage, reached, ...found }));
    if (stageIds) previous = stage;
  });
  return out;
}

/** The import mapping of index.mdx: its segment values name segments, its stage values and `entered` keys name stages. */
export function checkImportMapping(graph: PlaybookGraph): Diagnostic[] {
  const index = graph.index;
  const mapping = index?.data.actuals?.import;
  if (!index || !mapping) return [];
  const out: Diagnostic[] = [];
  const segments = graph.knownIds.segments ?? new Set<string>();
  const common = { playbook: graph.id, dir: graph.dir };
  for (const [value, id] of Object.entries(mapping.segments)) {
    if (segments.has(id)) continue;
    out.push(
      diagnostic('broken-reference', index.file, index.source.locate(['actuals', 'import', 'segments', value]), {
        ...common,
        kind: 'segments',
        id,
        existing: [...segments],
        singular: 'segment',
      }),
    );
  }
  // A process file with errors hides its stages: judging stage names then would raise false alarms.
  if (graph.processes.length !== (graph.knownIds.processes?.size ?? 0)) return out;
  const stages = [...new Set(graph.processes.flatMap((p) => p.data.stages.map((s) => s.id)))];
  const stage = (id: string, path: (string | number)[], at: 'key' | 'value') =>
    diagnostic('broken-reference', index.file, index.source.locate(path, at), { ...common, kind: 'stages', id, existing: stages, singular: 'process', stage: { process: null } });
  for (const [name, id] of Object.entries(mapping.stages)) {
    if (!stages.includes(id) && !(OUTCOMES as readonly string[]).includes(id)) out.push(stage(id, ['actuals', 'import', 'stages', name], 'value'));
  }
  for (const id of Object.keys(mapping.entered ?? {})) {
    if (!stages.includes(id)) out.push(stage(id, ['actuals', 'import', 'entered', id], 'key'));
  }
  return out;
}

/** The warnings of a playbook's actuals: each drift at its assumption, and the latest snapshot when it is stale on `today`. */
export function actualsWarnings(playbook: CompletePlaybook, actuals: ActualsFigures, today: string): Diagnostic[] {
  const out: Diagnostic[] = actuals.drift.map(({ file, at, path: _path, entity, ...figures }) => diagnostic('actuals-drift', file, at, { ...figures, entity: entity.id }));
  const age = snapshotAge(actuals, today);
  if (age.stale) {
    const latest = playbook.actuals.find((s) => s.id === actuals.latest.id)!;
    out.push(
      diagnostic('actuals-stale', latest.file, latest.source.locate(['period'], 'key'), {
        snapshot: latest.id,
        to: actuals.latest.to,
        days: age.days,
        staleAfterDays: actuals.settings.staleAfterDays,
        playbook: playbook.id,
      }),
    );
  }
  return out;
}
