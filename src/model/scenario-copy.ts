/**
 * The copy a scenario edits (format §7): the playbook's graph with its own
 * lists, each entity's data cloned the first time a change touches it, a graph
 * of only the changed entities for the cross-file rules, and the values at
 * data paths read, set and removed. ./scenario.ts applies the changes.
 */
import type { KindDefinition, Registry } from '../kinds/index.ts';
import { entitiesOf, type CompletePlaybook, type Entity } from './graph.ts';
import type { ScenarioTarget } from './scenario-paths.ts';

export const REMOVE = Symbol('remove');

/** What the changes did to one entity. */
export interface Touched {
  kind: KindDefinition;
  /** `playbook` or an entity kind. */
  kindId: string;
  id: string;
  /** The entity in the copy (its data is the clone the changes edit). */
  entity: Entity<Record<string, unknown>>;
  original: Entity<Record<string, unknown>>;
  /** The changes that touched it, with their data paths, in order. */
  changes: { index: number; path: (string | number)[] }[];
}

/** The graph with its own lists (the entities themselves shared until a change touches one). */
export function shallowCopy(baseline: CompletePlaybook, registry: Registry): CompletePlaybook {
  const copy: Record<string, unknown> = { ...baseline };
  for (const kind of registry.entities) copy[kind.id] = [...entitiesOf(baseline, kind.id)];
  return copy as unknown as CompletePlaybook;
}

/** The copy's entity a target names, its data cloned the first time a change touches it. */
export function touch(copy: CompletePlaybook, touched: Map<string, Touched>, target: ScenarioTarget, registry: Registry): Touched {
  const key = `${target.kind}/${target.id}`;
  const known = touched.get(key);
  if (known) return known;
  const graph = copy as unknown as Record<string, unknown>;
  let original: Entity<Record<string, unknown>>;
  let entity: Entity<Record<string, unknown>>;
  let kind: KindDefinition;
  if (target.kind === 'playbook') {
    kind = registry.playbook;
    original = copy.index as unknown as Entity<Record<string, unknown>>;
    entity = { ...original, data: structuredClone(original.data) };
    graph.index = entity;
  } else {
    kind = registry.entities.find((k) => k.id === target.kind)!;
    const list = graph[target.kind] as Entity<Record<string, unknown>>[];
    const at = list.findIndex((e) => e.id === target.id);
    original = list[at]!;
    entity = { ...original, data: structuredClone(original.data) };
    list[at] = entity;
  }
  const entry: Touched = { kind, kindId: target.kind, id: target.id, entity, original, changes: [] };
  touched.set(key, entry);
  return entry;
}

/** A graph holding only the given entities (and the index), for running the cross-file rules on them alone. */
export function probe(graph: CompletePlaybook, entities: readonly { entry: Touched; entity: Entity<Record<string, unknown>> }[], registry: Registry): CompletePlaybook {
  const out: Record<string, unknown> = { ...graph };
  for (const kind of registry.entities) out[kind.id] = [];
  for (const { entry, entity } of entities) {
    if (entry.kindId === 'playbook') continue;
    (out[entry.kindId] as unknown[]).push(entity);
  }
  return out as unknown as CompletePlaybook;
}

export function isPrefix(a: readonly PropertyKey[], b: readonly PropertyKey[]): boolean {
  return a.length <= b.length && a.every((step, i) => step === b[i]);
}

function isMap(node: unknown): node is Record<string, unknown> {
  return node !== null && typeof node === 'object' && !Array.isArray(node);
}

/** The value at a data path, undefined when absent. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[step];
    } else {
      if (!isMap(node) || !Object.hasOwn(node, step)) return undefined;
      node = node[step];
    }
  }
  return node;
}

/** Sets (or, with REMOVE, deletes) the value at a data path, creating the maps on the way. Keys are own properties, whatever their name. */
export function setValue(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!;
    if (typeof step === 'number') {
      node = (node as unknown[])[step];
      continue;
    }
    const map = node as Record<string, unknown>;
    const existing = Object.hasOwn(map, step) ? map[step] : undefined;
    // A stage index follows `stages`, which resolving found a list; anything else on the way must be a map.
    const isList = typeof path[i + 1] === 'number';
    if (isList ? !Array.isArray(existing) : !isMap(existing)) define(map, step, isList ? [] : {});
    node = map[step];
  }
  const last = path[path.length - 1]!;
  if (typeof last === 'number') {
    const list = node as unknown[];
    if (value === REMOVE) list.splice(last, 1);
    else list[last] = value;
    return;
  }
  const map = node as Record<string, unknown>;
  if (value === REMOVE) delete map[last];
  else define(map, last, value);
}

function define(map: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}
