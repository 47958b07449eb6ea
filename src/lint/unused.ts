import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { REGISTRY, referencesOf, referrersOf, type Registry } from '../kinds/index.ts';
import { closest } from '../format/text.ts';
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
  // The references that name an entity of a kind that does not exist (`process: quik`): an entity whose id is close
  // (`quick`) may look unused only because of the typo, so its warning depends on the file until it is fixed.
  const broken: { to: string; id: string; file: string }[] = [];
  for (const kind of registry.entities) {
    for (const entity of entitiesOf(graph, kind.id)) {
      for (const ref of referencesOf(kind, entity.data, { all: true })) {
        if (!graph.knownIds[ref.to]?.has(ref.id)) broken.push({ to: ref.to, id: ref.id, file: entity.file });
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
      out.push(diagnostic('unused-entity', entity.file, FILE_START, { kind: kind.id, id: entity.id, referrers: from }, { dependsOn: broken.filter((b) => b.to === kind.id && closest(b.id, [entity.id]) !== undefined).map((b) => b.file) }));
    }
  }
  return out;
}
