import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { REGISTRY, findKind, referencesOf, type Registry } from '../kinds/index.ts';
import { entitiesOf, type PlaybookGraph } from '../model/graph.ts';

/** `broken-reference`: every reference (the registry says which fields are) must name an entity of its kind in the same playbook. */
export function checkReferences(graph: PlaybookGraph, registry: Registry = REGISTRY): Diagnostic[] {
  const out: Diagnostic[] = [];
  const kinds = graph.index ? [registry.playbook, ...registry.entities] : registry.entities;
  for (const kind of kinds) {
    const entities = kind === registry.playbook ? [graph.index!] : entitiesOf(graph, kind.id);
    for (const entity of entities) {
      for (const ref of referencesOf(kind, entity.data)) {
        const known = graph.knownIds[ref.to];
        if (!known || known.has(ref.id)) continue;
        out.push(
          diagnostic('broken-reference', entity.file, entity.source.locate(ref.path, ref.at), {
            kind: ref.to,
            id: ref.id,
            playbook: graph.id,
            dir: graph.dir,
            existing: [...known],
            singular: findKind(ref.to, registry)?.singular ?? ref.to,
          }),
        );
      }
    }
  }
  return out;
}
