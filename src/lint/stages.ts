import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { PlaybookGraph } from '../model/graph.ts';

/** `duplicate-id`, `raci-accountable`, `raci-responsible`, `hours-without-raci`: the rules of a process's stages. */
export function checkStages(graph: PlaybookGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const p of graph.processes) {
    const seen = new Map<string, number>();
    p.data.stages.forEach((stage, i) => {
      // Stages are named by id and title in messages, never by their place in the list.
      const where = { stage: stage.id, title: stage.title, process: p.id };
      const first = seen.get(stage.id);
      if (first !== undefined) {
        out.push(diagnostic('duplicate-id', p.file, p.source.locate(['stages', i, 'id']), { stage: stage.id, process: p.id, first: first + 1, second: i + 1, titles: [p.data.stages[first]!.title, stage.title] as const }));
      } else {
        seen.set(stage.id, i);
      }
      const letters = Object.entries(stage.raci);
      const accountable = letters.filter(([, l]) => l === 'A' || l === 'AR').map(([r]) => r);
      if (accountable.length !== 1) {
        out.push(diagnostic('raci-accountable', p.file, p.source.locate(['stages', i, 'raci'], 'key'), { ...where, accountable }));
      }
      if (!letters.some(([, l]) => l === 'R' || l === 'AR')) {
        out.push(diagnostic('raci-responsible', p.file, p.source.locate(['stages', i, 'raci'], 'key'), where));
      }
      for (const role of Object.keys(stage.hours ?? {})) {
        if (Object.hasOwn(stage.raci, role)) continue;
        out.push(diagnostic('hours-without-raci', p.file, p.source.locate(['stages', i, 'hours', role], 'key'), { ...where, role }));
      }
    });
  }
  return out;
}
