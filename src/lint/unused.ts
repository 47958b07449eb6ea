import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { REGISTRY, referencesOf, referrersOf, type Registry } from '../kinds/index.ts';
import { entitiesOf, type PlaybookGraph } from '../model/graph.ts';

/**
 * `unused-entity`: an entity of a kind that must be used (offerings,
 * processes, roles) that nothing refers to. A reference from another kind
 * counts whether or not its entity is used itself (a role of an unused
 * process has its part); one from the same kind counts only when that entity
 * is used (an offering included only by an unused offering is unused too).
 */
export function checkUnused(graph: PlaybookGraph, registry: Registry = REGISTRY): Diagnostic[] {
  // An invalid file's references are unknown: judging usage without them would raise false alarms.
  const complete = (kind: string) => entitiesOf(graph, kind).length === (graph.knownIds[kind]?.size ?? 0);
  const referrers = new Map<string, Set<string>>();
  for (const kind of registry.entities) {
    for (const entity of entitiesOf(graph, kind.id)) {
      for (const ref of referencesOf(kind, entity.data, { all: true })) {
        const key = `${ref.to}/${ref.id}`;
        let set = referrers.get(key);
        if (!set) referrers.set(key, (set = new Set()));
        set.add(`${kind.id}/${entity.id}`);
      }
    }
  }
  const used = new Map<string, boolean>();
  const isUsed = (kind: string, id: string, visiting = new Set<string>()): boolean => {
    const key = `${kind}/${id}`;
    const known = used.get(key);
    if (known !== undefined) return known;
    visiting.add(key);
    let result = false;
    for (const from of referrers.get(key) ?? []) {
      const [fromKind = '', fromId = ''] = from.split('/');
      if (fromKind !== kind || (!visiting.has(from) && isUsed(fromKind, fromId, visiting))) {
        result = true;
        break;
      }
    }
    visiting.delete(key);
    if (visiting.size === 0) used.set(key, result);
    return result;
  };
  const out: Diagnostic[] = [];
  for (const kind of registry.entities) {
    if (!kind.mustBeUsed) continue;
    // Judging needs every file that can refer to this kind to be valid.
    if (!referrersOf(kind.id, registry, { all: true }).every((r) => complete(r.from))) continue;
    const from = referrersOf(kind.id, registry);
    for (const entity of entitiesOf(graph, kind.id)) {
      if (isUsed(kind.id, entity.id)) continue;
      out.push(diagnostic('unused-entity', entity.file, FILE_START, { kind: kind.id, id: entity.id, referrers: from }));
    }
  }
  return out;
}
