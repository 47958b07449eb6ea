import type { EntityKind, Offering, Playbook, Process, Role, Segment } from '../schema/index.ts';
import type { Frontmatter } from './frontmatter.ts';

/** One valid file of a playbook: its id, where it is, its checked data and its body. */
export interface Entity<T> {
  id: string;
  /** Path relative to the project root, with `/` separators. */
  file: string;
  data: T;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Positions of the frontmatter's keys and values, for diagnostics. */
  source: Frontmatter;
}

/** One playbook folder: the playbook and the entities that passed schema validation. */
export interface PlaybookGraph {
  id: string;
  /** Folder relative to the project root, e.g. `playbooks/acme`. */
  dir: string;
  /** The index.mdx entity, or null when the folder has none or it is invalid. */
  index: Entity<Playbook> | null;
  segments: Entity<Segment>[];
  offerings: Entity<Offering>[];
  processes: Entity<Process>[];
  roles: Entity<Role>[];
  /**
   * Ids of every file of each kind, valid or not: a reference to an invalid
   * file is not reported as broken (its own file already carries the error).
   */
  knownIds: Record<EntityKind, Set<string>>;
}

/** A playbook whose index.mdx is valid: what the model and the site work on. */
export interface CompletePlaybook extends PlaybookGraph {
  index: Entity<Playbook>;
}

export function isComplete(graph: PlaybookGraph): graph is CompletePlaybook {
  return graph.index !== null;
}

/** Finds an entity by id. */
export function byId<T>(entities: readonly Entity<T>[], id: string): Entity<T> | undefined {
  return entities.find((e) => e.id === id);
}
