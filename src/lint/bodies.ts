import { checkBody } from '../body/check.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatter } from '../format/numbers.ts';
import { byId, type PlaybookGraph } from '../model/graph.ts';
import { figureResolver } from './figures.ts';

/**
 * The body of every file (format.md §1, §9): `body-syntax`, `unsafe-body`,
 * `unknown-component` and `unknown-metric`, and the `external-image`
 * warning, at their lines in the file — every problem the build would meet,
 * found before it starts, by the same analysis the build renders from
 * (src/body/check.ts; it skips the parse only where that changes nothing).
 */
export function checkBodies(graph: PlaybookGraph): Diagnostic[] {
  const metric = figureResolver({ graph, fmt: formatter(graph.lang, graph.index?.data.currency) });
  const out: Diagnostic[] = [];
  for (const source of graph.bodies) {
    const process = source.kind === 'processes' ? byId(graph.processes, source.id) : undefined;
    const problems = checkBody(source.body, source.bodyLine, {
      lang: graph.lang,
      kind: source.kind,
      metric,
      stageIds: process?.data.stages.map((s) => s.id),
    });
    for (const p of problems) out.push(diagnostic(p.code, source.file, { line: p.line, column: p.column }, p.params));
  }
  return out;
}
