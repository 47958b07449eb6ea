import type { DataOf, EntityKind, Lang } from '../kinds/index.ts';
import type { Playbook } from '../schema/index.ts';
import type { Frontmatter } from './frontmatter.ts';

/** One valid file of a playbook: its id, where it is, its checked data and its body. */
export interface Entity<T> {
  id: string;
  /** Path relative to the project root, with `/` separators. */
  file: string;
  data: T;
  /** The MDX body after the frontmatter. */
  body: string;
  /** 1-based line of the file where the body starts (the frontmatter's lines come before it). */
  bodyLine?: number;
  /** Positions of the frontmatter's keys and values, for diagnostics. */
  source: Frontmatter;
}

/** What every playbook graph has, whatever kinds the registry holds. */
export interface GraphBase {
  id: string;
  /** Folder relative to the project root, e.g. `playbooks/acme`. */
  dir: string;
  /** The language of the playbook's messages and pages: its `lang`, read even when its index.mdx has other errors; `en` without one. */
  lang: Lang;
  /** The index.mdx entity, or null when the folder has none or it is invalid. */
  index: Entity<Playbook> | null;
  /**
   * Ids of every file of each kind, valid or not: a reference to an invalid
   * file is not reported as broken (its own file already carries the error).
   */
  knownIds: Record<string, Set<string>>;
  /** The body of every file that has a frontmatter block, valid or not: bodies are checked even when the fields have errors. */
  bodies: BodySource[];
}

/** The body of one file, where it starts, and what kind of file it belongs to. */
export interface BodySource {
  file: string;
  /** Registry id of the file's kind (`playbook`, `segments`…). */
  kind: string;
  id: string;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/**
 * One playbook folder: the playbook and, per kind of the registry (by its
 * folder name), the entities that passed schema validation, in file order.
 */
export type PlaybookGraph = GraphBase & { [K in EntityKind]: Entity<DataOf<K>>[] };

/** A playbook whose index.mdx is valid: what the model and the site work on. */
export type CompletePlaybook = PlaybookGraph & { index: Entity<Playbook> };

export function isComplete(graph: PlaybookGraph): graph is CompletePlaybook {
  return graph.index !== null;
}

/** The entities of a kind by its id, for code that works on any kind (a kind the registry adds included). */
export function entitiesOf(graph: GraphBase, kind: string): Entity<Record<string, unknown>>[] {
  return ((graph as unknown as Record<string, Entity<Record<string, unknown>>[] | undefined>)[kind]) ?? [];
}

const indexes = new WeakMap<readonly Entity<unknown>[], { size: number; byId: Map<string, Entity<unknown>> }>();

/** Finds an entity by id (an index per list, built once: large playbooks look ids up often). */
export function byId<T>(entities: readonly Entity<T>[], id: string): Entity<T> | undefined {
  let index = indexes.get(entities);
  if (!index || index.size !== entities.length) {
    index = { size: entities.length, byId: new Map(entities.map((e) => [e.id, e])) };
    indexes.set(entities, index);
  }
  return index.byId.get(id) as Entity<T> | undefined;
}
