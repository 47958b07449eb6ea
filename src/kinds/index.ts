/**
 * The registry of kinds of playbook file: the one place that knows which
 * kinds exist. The loader, the reference and unused rules, `new`, `schema`,
 * the docs reference and the site (navigation, entity pages, last-changed
 * dates, search filters) all derive from it. Adding a kind means a schema, a
 * definition here, and (for the site) a view and a component.
 */
import type { z } from 'astro/zod';
import type { NumberKind } from '../format/numbers.ts';
import type { FoundReference, KindDefinition, Lang } from './define.ts';
import { isValidId } from '../schema/common.ts';
import { actualsKind } from './actuals.ts';
import { offeringKind } from './offering.ts';
import { playbookKind } from './playbook.ts';
import { processKind } from './process.ts';
import { roleKind } from './role.ts';
import { scenarioKind } from './scenario.ts';
import { segmentKind } from './segment.ts';

export type { FigureDefinition, FileIdRule, FoundReference, KindDefinition, KindFigure, KindNames, Lang, ReferenceSpec, Skeleton, SkeletonContext } from './define.ts';
export { defineKind } from './define.ts';
export { isTodoComment, titleFromId, TODO_MARK } from './skeleton-text.ts';

/** The kinds of entity files inside a playbook folder, in the order of the navigation. */
export const ENTITY_KINDS = [segmentKind, offeringKind, processKind, roleKind, scenarioKind, actualsKind] as const;

export type EntityKindDefinition = (typeof ENTITY_KINDS)[number];
/** An entity kind's id, which is also its folder: `segments`. */
export type EntityKind = EntityKindDefinition['id'];
/** The frontmatter data of a kind. */
export type DataOf<K extends EntityKind> = z.output<Extract<EntityKindDefinition, { id: K }>['schema']>;

/** A registry: the playbook kind and the entity kinds. Tests pass a copy with a kind of their own. */
export interface Registry {
  playbook: KindDefinition;
  entities: readonly KindDefinition[];
}

export const REGISTRY: Registry = { playbook: playbookKind, entities: ENTITY_KINDS };

export const ENTITY_KIND_IDS: readonly EntityKind[] = ENTITY_KINDS.map((k) => k.id);

/** A kind of the registry by id (`playbook` or a folder), if there is one. */
export function findKind(id: string, registry: Registry = REGISTRY): KindDefinition | undefined {
  return id === registry.playbook.id ? registry.playbook : registry.entities.find((k) => k.id === id);
}

/** A kind by its singular name, as the CLI takes it (`new segment`). */
export function kindBySingular(singular: string, registry: Registry = REGISTRY): KindDefinition | undefined {
  return [registry.playbook, ...registry.entities].find((k) => k.singular === singular);
}

/** Whether a file name (without `.mdx`) is a valid id for files of a kind: its own rule (a month for snapshots), else an id of §1. */
export function isValidFileId(kind: Pick<KindDefinition, 'fileId'>, id: string): boolean {
  return kind.fileId ? kind.fileId.test(id) : isValidId(id);
}

export function isEntityKind(id: string, registry: Registry = REGISTRY): boolean {
  return registry.entities.some((k) => k.id === id);
}

/** The name of a kind in a language: `segment`, `segments`, `目标客群`. */
export function kindName(id: string, lang: Lang, count: 'one' | 'many' = 'one', registry: Registry = REGISTRY): string {
  return findKind(id, registry)?.names[lang][count] ?? id;
}

/** The name of a kind as a heading or a label in a language: `Segments`, `Segment`, `目标客群` (every page and report names kinds so). */
export function kindTitle(id: string, lang: Lang, count: 'one' | 'many' = 'one', registry: Registry = REGISTRY): string {
  const name = kindName(id, lang, count, registry);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The entity kinds in an order where each comes after the kinds its skeleton requires (registry order otherwise). */
export function creationOrder(registry: Registry = REGISTRY): KindDefinition[] {
  const done = new Set<string>();
  const out: KindDefinition[] = [];
  while (out.length < registry.entities.length) {
    const next = registry.entities.find((k) => !done.has(k.id) && k.requires.every((r) => done.has(r) || !registry.entities.some((e) => e.id === r)));
    if (!next) throw new Error('The kinds of the registry require each other in a circle.');
    done.add(next.id);
    out.push(next);
  }
  return out;
}

const placeholderSets = new WeakMap<Registry, ReadonlySet<string>>();

/**
 * Every placeholder text the registry's skeletons write, in every language (trimmed): what the `placeholder`
 * warning recognises in a field of any file (a playbook created in English and switched to Chinese still holds
 * English placeholders).
 */
export function placeholderTexts(registry: Registry = REGISTRY): ReadonlySet<string> {
  let set = placeholderSets.get(registry);
  if (!set) {
    const texts = new Set<string>();
    for (const kind of [registry.playbook, ...registry.entities]) {
      for (const byName of Object.values(kind.placeholders ?? {})) for (const text of Object.values(byName)) texts.add(text.trim());
    }
    placeholderSets.set(registry, (set = texts));
  }
  return set;
}

/** The entity kinds a scenario may change (format §7), in registry order. */
export function scenarioKinds(registry: Registry = REGISTRY): KindDefinition[] {
  return registry.entities.filter((k) => k.inScenarios);
}

/**
 * The unit of a field of a kind, by its keys as a scenario path names them (`['stages', 'validate', 'hours', 'se']`:
 * a stage by its id, a map's key); undefined for a field shown as written.
 */
export function fieldUnit(kind: Pick<KindDefinition, 'fieldUnits'>, keys: readonly string[]): NumberKind | undefined {
  for (const [path, unit] of Object.entries(kind.fieldUnits ?? {})) {
    const steps = path.split('.');
    if (steps.length === keys.length && steps.every((step, i) => step === '*' || step === '{}' || step === keys[i])) return unit;
  }
  return undefined;
}

/** The JSON Schema file `schema` writes for a kind: `segment.schema.json`. */
export function jsonSchemaFile(kind: KindDefinition): string {
  return `${kind.singular}.schema.json`;
}

/**
 * Every reference in a file's data, in document order. `all` includes the
 * references a `when` condition leaves to another rule (for deciding what is
 * used).
 */
export function referencesOf(kind: KindDefinition, data: unknown, options: { all?: boolean } = {}): FoundReference[] {
  const out: FoundReference[] = [];
  for (const spec of kind.references) {
    const walk = (node: unknown, rest: readonly string[], path: (string | number)[], parent: Record<string, unknown> | null) => {
      if (rest.length === 0) {
        if (typeof node === 'string') out.push({ path, id: node, to: spec.to, at: 'value' });
        return;
      }
      const [step, ...tail] = rest as [string, ...string[]];
      if (step === '*') {
        if (Array.isArray(node)) node.forEach((item, i) => walk(item, tail, [...path, i], parent));
      } else if (step === '{}') {
        if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
        for (const key of Object.keys(node)) {
          if (spec.when && !options.all && parent && !spec.when(parent, key)) continue;
          out.push({ path: [...path, key], id: key, to: spec.to, at: 'key' });
        }
      } else if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, step)) {
        walk((node as Record<string, unknown>)[step], tail, [...path, step], node as Record<string, unknown>);
      }
    };
    walk(data, spec.path, [], null);
  }
  return out;
}

/**
 * The fields of other kinds that refer to a kind: `[{from: 'segments', field:
 * 'offerings'}]`, for messages and docs. References under a condition (hours
 * without a raci part) are left out unless `all`: they are no place to use
 * an entity from.
 */
export function referrersOf(kindId: string, registry: Registry = REGISTRY, options: { all?: boolean } = {}): { from: string; field: string }[] {
  const out: { from: string; field: string }[] = [];
  for (const kind of [registry.playbook, ...registry.entities]) {
    for (const spec of kind.references) {
      if (spec.to !== kindId || (spec.when && !options.all)) continue;
      out.push({ from: kind.id, field: spec.path.filter((p) => p !== '*' && p !== '{}').join('.') });
    }
  }
  return out;
}
