import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { byId, type PlaybookGraph } from '../model/graph.ts';
import { PROCESS_FOR_MOTIVE } from '../schema/index.ts';

/**
 * The fit of the four elements: `motive-process-fit`, `offering-motive-gap`,
 * `key-account-executive` and `mirror-gap`.
 */
export function checkFit(graph: PlaybookGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  const roleFunction = (id: string) => byId(graph.roles, id)?.data.function;
  // The roles a process names whose files have errors: what they would mirror or be is unknown, so a gap may only follow from them.
  const brokenRoles = (process: PlaybookGraph['processes'][number]) => [
    ...new Set(
      process.data.stages
        .flatMap((stage) => Object.keys(stage.raci))
        .filter((id) => graph.knownIds.roles?.has(id) && !byId(graph.roles, id))
        .map((id) => `${graph.dir}/roles/${id}.mdx`),
    ),
  ];

  for (const s of graph.segments) {
    const process = byId(graph.processes, s.data.process);
    const wanted = PROCESS_FOR_MOTIVE[s.data.motive];
    if (process && process.data.type !== wanted) {
      out.push(
        diagnostic('motive-process-fit', s.file, s.source.locate(['process']), { segment: s.id, motive: s.data.motive, wanted, process: process.id, type: process.data.type }),
      );
    }
    const offerings = s.data.offerings.map((id) => byId(graph.offerings, id));
    if (offerings.every((o) => o !== undefined) && !offerings.some((o) => o!.data.motives.includes(s.data.motive))) {
      out.push(diagnostic('offering-motive-gap', s.file, s.source.locate(['offerings'], 'key'), { segment: s.id, motive: s.data.motive }));
    }
    if (process?.data.type === 'key-account') {
      const mirrored = new Set<string>();
      for (const stage of process.data.stages) {
        for (const roleId of Object.keys(stage.raci)) {
          for (const c of byId(graph.roles, roleId)?.data.counterparts ?? []) mirrored.add(normaliseFunction(c));
        }
      }
      (s.data.buyingCenter ?? []).forEach((buyer, i) => {
        if (mirrored.has(normaliseFunction(buyer.function))) return;
        out.push(
          diagnostic('mirror-gap', s.file, s.source.locate(['buyingCenter', i, 'function']), { segment: s.id, function: buyer.function, process: process.id }, { dependsOn: brokenRoles(process) }),
        );
      });
    }
  }

  for (const p of graph.processes) {
    if (p.data.type !== 'key-account') continue;
    const hasExecutive = p.data.stages.some((stage) => Object.keys(stage.raci).some((r) => roleFunction(r) === 'executive'));
    if (!hasExecutive) out.push(diagnostic('key-account-executive', p.file, p.source.locate(['type']), { process: p.id }, { dependsOn: brokenRoles(p) }));
  }
  return out;
}

/** Customer functions compare without case and surrounding space: `cfo` mirrors `CFO`. */
export function normaliseFunction(fn: string): string {
  return fn.trim().toLowerCase();
}
