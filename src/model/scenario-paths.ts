/**
 * The paths of scenario changes (format §7): `playbook.<field>[.<key>…]`
 * or `<kind>/<id>.<field>[.<key>…]`, kind one of the registry's kinds a
 * scenario may change (`inScenarios`: segments, offerings, processes,
 * roles). In a process, `stages.<stage-id>` addresses a stage by its
 * id; in a map (a stage's `raci` and `hours`: role id → value) any key may be
 * named, an existing one or a new one (a key that names no role is then a
 * `broken-reference` of the changed copy, not a path problem).
 *
 * A path is resolved against a playbook graph (the baseline, or the copy the
 * earlier changes of a scenario made) and the kind's Zod schema: the fields
 * must exist in the schema, the entity and the stage in the graph. When a part
 * names nothing, the problem says which part and suggests the whole path
 * corrected, every part replaced by its closest (`roles/inside-sale.headcont`
 * → `roles/inside-sales.headcount`), when each has one.
 */
import type { ScenarioPathParams } from '../diagnostics/messages/scenario.ts';
import { closest } from '../format/text.ts';
import { REGISTRY, scenarioKinds, type Registry } from '../kinds/index.ts';
import { defOf, unwrapSchema, type AnySchema } from '../schema/introspect.ts';
import { entitiesOf, type CompletePlaybook } from './graph.ts';

/** What a path names: one value in one entity's data. */
export interface ScenarioTarget {
  /** `playbook` (index.mdx) or an entity kind a scenario may change. */
  kind: string;
  /** The entity's id; the playbook's id for `playbook`. */
  id: string;
  /** The path inside the entity's data, a stage as its index: `['stages', 2, 'hours', 'solutions-engineer']`. */
  dataPath: (string | number)[];
  /** The schema of the value at the path. */
  schema: AnySchema;
}

export type PathResolution =
  | { ok: true; target: ScenarioTarget }
  /** The path names nothing: `scenario-path` with these params. */
  | { ok: false; problem: ScenarioPathParams }
  /**
   * The path names an entity whose file is invalid: its own file carries the
   * errors, so the change is neither applied nor reported.
   */
  | { ok: false; problem: null };

/** A path split into its parts, before anything is looked up. */
export interface ParsedScenarioPath {
  kind: string;
  /** The entity's id; absent for `playbook.<field>`. */
  id?: string;
  /** The field, then the keys below it: `['stages', 'validate', 'conversion']`. */
  keys: string[];
}

const PART = /^[^\s./]+$/;

/**
 * Splits a path into kind, id and keys; null when it has neither form (no
 * field, an empty part, spaces, a second `/`).
 */
export function parseScenarioPath(path: string): ParsedScenarioPath | null {
  const slash = path.indexOf('/');
  if (slash < 0) {
    const [kind = '', ...keys] = path.split('.');
    if (kind !== 'playbook' || keys.length === 0 || !keys.every((k) => PART.test(k))) return null;
    return { kind, keys };
  }
  const kind = path.slice(0, slash);
  const [id = '', ...keys] = path.slice(slash + 1).split('.');
  if (!PART.test(kind) || !PART.test(id) || keys.length === 0 || !keys.every((k) => PART.test(k))) return null;
  return { kind, id, keys };
}

/** The path of a target's parts: `roles/inside-sales.headcount`, `playbook.goals.coverage`. */
export function formatScenarioPath(kind: string, id: string | undefined, keys: readonly string[]): string {
  return kind === 'playbook' && id === undefined ? ['playbook', ...keys].join('.') : `${kind}/${[id, ...keys].join('.')}`;
}

/** Resolves a path against a playbook graph (see the module's comment). */
export function resolveScenarioPath(graph: CompletePlaybook, path: string, registry: Registry = REGISTRY): PathResolution {
  const parsed = parseScenarioPath(path);
  if (!parsed) return { ok: false, problem: { path, reason: 'syntax', suggestion: syntaxSuggestion(graph, path, registry) } };
  if (parsed.id === undefined) return walk(graph, path, 'playbook', undefined, parsed.keys, registry);
  if (parsed.kind === 'playbook') {
    // `playbook/<id>.<field>`: the playbook has no id in a path.
    const suggestion = suggestionFor(graph, 'playbook', undefined, parsed.keys, registry);
    return { ok: false, problem: { path, reason: 'syntax', suggestion } };
  }
  return walk(graph, path, parsed.kind, parsed.id, parsed.keys, registry);
}

/** A path written with dots only (`roles.inside-sales.headcount`, `playbok.goals.coverage`): the path it was meant to be, if any. */
function syntaxSuggestion(graph: CompletePlaybook, path: string, registry: Registry): string | undefined {
  if (path.includes('/') || /\s/.test(path)) {
    const compact = path.replace(/\s+/g, '');
    return compact !== path && parseScenarioPath(compact) ? suggestionFor(graph, ...partsOf(parseScenarioPath(compact)!), registry) : undefined;
  }
  const [head = '', ...rest] = path.split('.').filter((p) => p !== '');
  if (rest.length === 0) return undefined;
  if (closest(head, ['playbook'])) return suggestionFor(graph, 'playbook', undefined, rest, registry);
  const [id = '', ...keys] = rest;
  if (keys.length === 0) return undefined;
  return suggestionFor(graph, head, id, keys, registry);
}

function partsOf(parsed: ParsedScenarioPath): [string, string | undefined, string[]] {
  return [parsed.kind, parsed.id, parsed.keys];
}

/** The corrected path of these parts when every part has a close match, and it differs from nothing that already works. */
function suggestionFor(graph: CompletePlaybook, kind: string, id: string | undefined, keys: readonly string[], registry: Registry): string | undefined {
  const result = resolveParts(graph, kind, id, keys, registry);
  return result.corrected ? formatScenarioPath(result.corrected.kind, result.corrected.id, result.corrected.keys) : undefined;
}

function walk(graph: CompletePlaybook, path: string, kind: string, id: string | undefined, keys: readonly string[], registry: Registry): PathResolution {
  const result = resolveParts(graph, kind, id, keys, registry);
  if (result.invalidEntity) return { ok: false, problem: null };
  if (result.problem) {
    const suggestion = result.corrected ? formatScenarioPath(result.corrected.kind, result.corrected.id, result.corrected.keys) : undefined;
    return { ok: false, problem: { path, ...result.problem, ...(suggestion !== undefined && suggestion !== path ? { suggestion } : {}) } };
  }
  return { ok: true, target: result.target! };
}

interface PartsResult {
  /** The first part that names nothing. */
  problem?: Omit<ScenarioPathParams, 'path' | 'suggestion'>;
  /** Every part, each replaced by its closest when it names nothing; absent when some part has no close match. */
  corrected?: { kind: string; id: string | undefined; keys: string[] };
  target?: ScenarioTarget;
  /** The path names an entity whose file is invalid. */
  invalidEntity?: boolean;
}

/**
 * Walks the parts of a path: the kind, the entity, then the keys through the
 * kind's schema and the entity's data. At the first part that names nothing
 * it records the problem and goes on with that part's closest match, so that
 * the suggestion corrects every part.
 */
function resolveParts(graph: CompletePlaybook, kindArg: string, idArg: string | undefined, keysArg: readonly string[], registry: Registry): PartsResult {
  let problem: PartsResult['problem'];
  const fail = (p: NonNullable<PartsResult['problem']>) => {
    problem ??= p;
  };
  const noMatch = (): PartsResult => ({ problem });

  let kind = kindArg;
  const changeable = scenarioKinds(registry).map((k) => k.id);
  if (kind !== 'playbook' && !changeable.includes(kind)) {
    fail({ reason: 'kind', part: kind });
    const near = closest(kind, changeable);
    if (!near) return noMatch();
    kind = near;
  }
  const definition = kind === 'playbook' ? registry.playbook : registry.entities.find((k) => k.id === kind);
  if (!definition) return noMatch();

  let id = idArg;
  let data: unknown;
  if (kind === 'playbook') {
    data = graph.index.data;
  } else {
    const entities = entitiesOf(graph, kind);
    let entity = entities.find((e) => e.id === id);
    if (!entity) {
      if (graph.knownIds[kind]?.has(id ?? '')) return { invalidEntity: true };
      fail({ reason: 'entity', part: id ?? '', kind });
      const near = closest(id ?? '', entities.map((e) => e.id));
      if (!near) return noMatch();
      id = near;
      entity = entities.find((e) => e.id === near)!;
    }
    data = entity.data;
  }

  let schema: AnySchema = definition.schema;
  const keys: string[] = [];
  const dataPath: (string | number)[] = [];
  for (const keyArg of keysArg) {
    let key = keyArg;
    const def = defOf(unwrapSchema(schema));
    if (def.type === 'object') {
      const shape = def.shape ?? {};
      if (!Object.hasOwn(shape, key)) {
        fail({ reason: 'field', part: key });
        const near = closest(key, Object.keys(shape));
        if (!near) return noMatch();
        key = near;
      }
      schema = shape[key]!;
      data = child(data, key);
      dataPath.push(key);
    } else if (def.type === 'array' && kind === 'processes' && dataPath.length === 1 && dataPath[0] === 'stages') {
      const stages = Array.isArray(data) ? (data as unknown[]) : [];
      const stageIds = stages.map((s) => child(s, 'id')).filter((s): s is string => typeof s === 'string');
      let index = stages.findIndex((s) => child(s, 'id') === key);
      if (index < 0) {
        fail({ reason: 'stage', part: key });
        const near = closest(key, stageIds);
        if (!near) return noMatch();
        key = near;
        index = stages.findIndex((s) => child(s, 'id') === near);
      }
      schema = def.element!;
      data = stages[index];
      dataPath.push(index);
    } else if (def.type === 'record') {
      // Any key: an existing one or a new one (the reference rule judges it on the changed copy).
      schema = def.valueType!;
      data = child(data, key);
      dataPath.push(key);
    } else if (def.type === 'array') {
      fail({ reason: 'list-item', part: key });
      return noMatch();
    } else {
      fail({ reason: 'field', part: key });
      return noMatch();
    }
    keys.push(key);
  }
  const corrected = { kind, id: kind === 'playbook' ? undefined : id, keys };
  if (problem) return { problem, corrected };
  return { target: { kind, id: kind === 'playbook' ? graph.id : id!, dataPath, schema }, corrected };
}

/** An own property of a map, or undefined. */
function child(node: unknown, key: string): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
  return (node as Record<string, unknown>)[key];
}

/** Whether the schema at a path takes a number (through optional and default wrappers). */
export function isNumberSchema(schema: AnySchema): boolean {
  return defOf(unwrapSchema(schema)).type === 'number';
}
