import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { EntityKind } from '../schema/index.ts';
import type { PlaybookGraph } from '../model/graph.ts';
import { listIds } from '../model/text.ts';
import type { DataPath, Frontmatter } from '../model/frontmatter.ts';

const SINGULAR: Record<EntityKind, string> = {
  segments: 'segment',
  offerings: 'offering',
  processes: 'process',
  roles: 'role',
};

/** `broken-reference`: every reference must name an entity of its kind in the same playbook. */
export function checkReferences(graph: PlaybookGraph): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (file: string, source: Frontmatter, path: DataPath, id: string, kind: EntityKind, at: 'key' | 'value' = 'value') => {
    if (graph.knownIds[kind].has(id)) return;
    out.push(
      diagnostic(
        'broken-reference',
        file,
        source.locate(path, at),
        `No ${SINGULAR[kind]} \`${id}\` in playbook \`${graph.id}\`: there is no ${graph.dir}/${kind}/${id}.mdx. ${
          graph.knownIds[kind].size ? `Existing ${kind}: ${listIds(graph.knownIds[kind])}.` : `The playbook has no ${kind} yet.`
        } Fix the id, or create the file with \`npm run playbook -- new ${SINGULAR[kind]} ${graph.id}/${id}\`.`,
      ),
    );
  };
  for (const s of graph.segments) {
    s.data.offerings.forEach((id, i) => check(s.file, s.source, ['offerings', i], id, 'offerings'));
    check(s.file, s.source, ['process'], s.data.process, 'processes');
    check(s.file, s.source, ['coverage', 'owner'], s.data.coverage.owner, 'roles');
  }
  for (const o of graph.offerings) {
    (o.data.includes ?? []).forEach((id, i) => check(o.file, o.source, ['includes', i], id, 'offerings'));
  }
  for (const p of graph.processes) {
    p.data.stages.forEach((stage, i) => {
      for (const role of Object.keys(stage.raci)) check(p.file, p.source, ['stages', i, 'raci', role], role, 'roles', 'key');
      for (const role of Object.keys(stage.hours ?? {})) {
        if (role in stage.raci) continue; // reported as hours-without-raci instead
        check(p.file, p.source, ['stages', i, 'hours', role], role, 'roles', 'key');
      }
    });
  }
  return out;
}
