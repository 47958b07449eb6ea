import { checkBody } from '../body/check.ts';
import type { BodyProblem } from '../body/types.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { BodyCodeParams } from '../diagnostics/messages/body.ts';
import { formatter } from '../format/numbers.ts';
import type { Registry } from '../kinds/index.ts';
import { byId, entitiesOf, type PlaybookGraph } from '../model/graph.ts';
import { figureResolver } from './metric-resolver.ts';

/**
 * The body of every file (format §1, §9): `body-syntax`, `unsafe-body`,
 * `unknown-component` and `unknown-metric`, and the `external-image`
 * warning, at their lines in the file — every problem the build would meet,
 * found before it starts, by the same analysis the build renders from
 * (src/body/check.ts; it skips the parse only where that changes nothing).
 *
 * A figure that names an entity whose file has errors (a process with a
 * conversion of 1.5 is left out of the model), or a stage of such a process,
 * only follows from that error: the diagnostic depends on the file, and the
 * check holds it back until the file is fixed.
 */
export function checkBodies(graph: PlaybookGraph, registry?: Registry): Diagnostic[] {
  const metric = figureResolver({ graph, fmt: formatter(graph.lang, graph.index?.data.currency), registry });
  const out: Diagnostic[] = [];
  for (const source of graph.bodies) {
    const process = source.kind === 'processes' ? byId(graph.processes, source.id) : undefined;
    const problems = checkBody(source.body, source.bodyLine, {
      lang: graph.lang,
      kind: source.kind,
      metric,
      stageIds: process?.data.stages.map((s) => s.id),
    });
    for (const p of problems) out.push(bodyDiagnostic(p, source.file, dependsOn(graph, source, p)));
  }
  return out;
}

/** A body problem as a diagnostic: the body checker reports the params the catalogue types for each body code. */
function bodyDiagnostic(p: BodyProblem, file: string, depends: string[]): Diagnostic {
  return diagnostic(p.code, file, { line: p.line, column: p.column }, p.params as unknown as BodyCodeParams[typeof p.code] as never, { dependsOn: depends });
}

/** The files with errors an `unknown-metric` may only follow from. */
function dependsOn(graph: PlaybookGraph, source: PlaybookGraph['bodies'][number], p: BodyProblem): string[] {
  if (p.code !== 'unknown-metric') return [];
  const what = p.params.what;
  const value = String(p.params.value ?? '');
  // A stage of a process whose file has errors: the process is not in the model, so none of its stages is.
  if (what === 'stage') return source.kind === 'processes' && !byId(graph.processes, source.id) ? [source.file] : [];
  const out: string[] = [];
  // The plan's months and every figure of the playbook need a valid index.mdx.
  if (!graph.index && (what === 'month' || what === 'metric')) out.push(`${graph.dir}/index.mdx`);
  if (what === 'metric') {
    // Every entity the path names, wherever it stands (`segments.<id>.…`, `actuals.measured.segments.<id>.…`), whose
    // file exists but is not in the model because it has errors.
    const parts = value.split('.');
    parts.forEach((kind, i) => {
      const id = parts[i + 1] ?? '';
      const known = Object.hasOwn(graph.knownIds, kind) ? graph.knownIds[kind] : undefined;
      if (known?.has(id) && !entitiesOf(graph, kind).some((e) => e.id === id)) out.push(`${graph.dir}/${kind}/${id}.mdx`);
    });
  }
  return [...new Set(out)];
}
