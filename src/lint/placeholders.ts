import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { StageOfField } from '../diagnostics/messages/fields.ts';
import { formatPath } from '../format/text.ts';
import { isTodoComment, placeholderTexts, REGISTRY, type Registry } from '../kinds/index.ts';
import { entitiesOf, type Entity, type PlaybookGraph } from '../model/graph.ts';

type Path = (string | number)[];

/**
 * `placeholder` (format §3): a field that still holds what `new` wrote because it could not know it.
 * - A text: a string equal to one of the placeholder texts of the registry's skeletons, in any language
 *   (`summary: "To be written: …"`).
 * - A number: a zero on a line whose comment starts with `TODO` (`accounts: 0 # TODO: …`), which is how the
 *   skeletons write the numbers only the author knows. A zero without that comment is a real zero, and a
 *   number other than zero has been filled in, whatever the comment says.
 * Each at the field's value. Only valid files are looked at: an invalid one has its errors to fix first.
 */
export function checkPlaceholders(graph: PlaybookGraph, registry: Registry = REGISTRY): Diagnostic[] {
  const texts = placeholderTexts(registry);
  const files: { kind: string; entity: Entity<unknown> }[] = [
    ...(graph.index ? [{ kind: registry.playbook.id, entity: graph.index as Entity<unknown> }] : []),
    ...registry.entities.flatMap((k) => entitiesOf(graph, k.id).map((entity) => ({ kind: k.id, entity: entity as Entity<unknown> }))),
  ];
  const out: Diagnostic[] = [];
  for (const { kind, entity } of files) {
    const zeros: Path[] = [];
    const found: { path: Path; form: 'text' | 'zero' }[] = [];
    walk(entity.data, [], (value, path) => {
      if (typeof value === 'string' && texts.has(value.trim())) found.push({ path, form: 'text' });
      else if (value === 0) zeros.push(path);
    });
    if (zeros.length > 0) {
      const comments = entity.source.lineComments?.();
      if (comments && [...comments.values()].some(isTodoComment)) {
        for (const path of zeros) {
          // A default the schema filled in is not in the file: it has no line, and no comment.
          if (!entity.source.has(path)) continue;
          const comment = comments.get(entity.source.locate(path).line);
          if (comment !== undefined && isTodoComment(comment)) found.push({ path, form: 'zero' });
        }
      }
    }
    for (const { path, form } of found) {
      if (!entity.source.has(path)) continue;
      out.push(diagnostic('placeholder', entity.file, entity.source.locate(path), { kind, field: formatPath(path), ...stageOf(entity.data, path), form }));
    }
  }
  return out;
}

/** The stage a path of a process is in, by its id and title (`stages[0].goal` → the stage `qualify`, field `goal`). */
function stageOf(data: unknown, path: Path): { stage?: StageOfField } {
  if (path[0] !== 'stages' || typeof path[1] !== 'number') return {};
  const stage = (data as { stages?: { id?: string; title?: string }[] }).stages?.[path[1]];
  return { stage: { index: path[1], id: stage?.id, title: stage?.title, field: formatPath(path.slice(2)) } };
}

/** Calls `visit` for every scalar of a value, with its path, in document order. */
function walk(value: unknown, path: Path, visit: (value: unknown, path: Path) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  else visit(value, path);
}
