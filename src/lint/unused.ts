import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { byId, type PlaybookGraph } from '../model/graph.ts';

/** `unused-entity`: offerings, processes and roles that nothing uses. */
export function checkUnused(graph: PlaybookGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  // An invalid file's references are unknown: judging usage without them would raise false alarms.
  const complete = (kind: 'segments' | 'offerings' | 'processes') => graph[kind].length === graph.knownIds[kind].size;
  const segmentsKnown = complete('segments');
  const usedOfferings = new Set<string>();
  const addOffering = (id: string) => {
    if (usedOfferings.has(id)) return;
    usedOfferings.add(id);
    for (const inner of byId(graph.offerings, id)?.data.includes ?? []) addOffering(inner);
  };
  const usedProcesses = new Set<string>();
  const usedRoles = new Set<string>();
  for (const s of graph.segments) {
    s.data.offerings.forEach(addOffering);
    usedProcesses.add(s.data.process);
    usedRoles.add(s.data.coverage.owner);
  }
  for (const p of graph.processes) {
    for (const stage of p.data.stages) {
      for (const role of Object.keys(stage.raci)) usedRoles.add(role);
      for (const role of Object.keys(stage.hours ?? {})) usedRoles.add(role);
    }
  }
  for (const o of graph.offerings) {
    if (!segmentsKnown || !complete('offerings')) break;
    if (!usedOfferings.has(o.id))
      out.push(unused(o.file, `Offering \`${o.id}\` is offered to no segment (and included in no offering that is).`, 'a segment\u2019s `offerings`'));
  }
  for (const p of graph.processes) {
    if (!segmentsKnown) break;
    if (!usedProcesses.has(p.id)) out.push(unused(p.file, `Process \`${p.id}\` is the process of no segment.`, 'a segment\u2019s `process`'));
  }
  for (const r of graph.roles) {
    if (!segmentsKnown || !complete('processes')) break;
    if (!usedRoles.has(r.id))
      out.push(unused(r.file, `Role \`${r.id}\` has no part in any stage and owns no segment's coverage.`, 'a stage\u2019s `raci` or a segment\u2019s `coverage.owner`'));
  }
  return out;
}

function unused(file: string, what: string, where: string): Diagnostic {
  return diagnostic(
    'unused-entity',
    file,
    FILE_START,
    `${what} It has no effect on the model. Reference it from ${where}, delete it, or rename the file to start with \`_\` to keep it as a draft.`,
  );
}
