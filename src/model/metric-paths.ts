/**
 * The paths of the model's figures (format §9, the keys of §5's
 * `metrics` and §8's months): what `<Metric of>` and `<Delta of>` name, what
 * kind of number each is, and their values in computed metrics. Which
 * figures there are, where, and their units, is the metric catalogue's
 * (./metric-catalogue.ts, ./metric-scopes.ts, ./actuals-catalogue.ts); the entity scopes are the
 * registry's kinds that have figures (`segments.<id>.<key>`, a kind's own
 * `figures` included).
 */
import type { NumberKind } from '../format/numbers.ts';
import { REGISTRY, type Registry } from '../kinds/index.ts';
import type { MeasuredProcess, MeasuredSegment, MeasuredSnapshot } from './actuals.ts';
import { ACTUALS_FIGURES, ACTUALS_METRICS } from './actuals-catalogue.ts';
import { METRICS, type MetricKey } from './metric-catalogue.ts';
import { figureScopes, MODEL_FIGURES, MONTH_FIGURES, PEOPLE_KEY, PLAN_FIGURES } from './metric-scopes.ts';
import type { PlaybookMetrics } from './metrics.ts';
import type { PlanMetrics } from './plan.ts';
import { own } from './records.ts';

export { PEOPLE_KEY } from './metric-scopes.ts';

/** `playbook`, or a kind of the registry with figures (`segments`). */
export type Scope = 'playbook' | 'segments' | 'roles' | 'processes' | (string & {});

/** Keys and their units, from a list of the catalogue's keys. */
const units = (keys: readonly MetricKey[]): Readonly<Record<string, NumberKind>> => Object.fromEntries(keys.map((k) => [k, METRICS[k].unit]));

/** The figures the model computes, by scope, with their kind of number (the catalogue's MODEL_FIGURES). */
export const METRIC_KEYS: Readonly<Record<'playbook' | 'segments' | 'roles' | 'processes', Readonly<Record<string, NumberKind>>>> = {
  playbook: units(MODEL_FIGURES.playbook),
  segments: units(MODEL_FIGURES.segments),
  roles: units(MODEL_FIGURES.roles),
  processes: units(MODEL_FIGURES.processes),
};

/**
 * The figures of the whole plan and of each quarter (§8): `plan.total.expectedRevenue`,
 * `plan.q1.coverage` (quarters counted from 1, as the site shows them).
 */
export const PLAN_KEYS: Readonly<Record<string, NumberKind>> = units(PLAN_FIGURES);

/** The figures a month of the plan has (§8). */
export const MONTH_KEYS: Readonly<Record<'playbook' | 'segments' | 'roles', Readonly<Record<string, NumberKind>>>> = {
  playbook: units(MONTH_FIGURES.playbook),
  segments: units(MONTH_FIGURES.segments),
  roles: units(MONTH_FIGURES.roles),
};

/**
 * The kinds whose entities have the people of one role, `<kind>.<id>.people.<role>` (v1.2): those the model counts
 * people for (`peopleTotal`, the sum over the roles): segments and processes.
 */
const PEOPLE_SCOPES: readonly string[] = Object.entries(MODEL_FIGURES).flatMap(([scope, keys]) => (scope !== 'playbook' && (keys as readonly string[]).includes('peopleTotal') ? [scope] : []));

/**
 * The ids of each kind with figures (`segments`, `roles`, `processes`, and any kind with figures of its own), and how
 * many quarters the plan has (0 or absent without a plan).
 */
export interface PathIds {
  quarters?: number;
  readonly [kind: string]: readonly string[] | number | undefined;
}

/** The ids of one kind in PathIds. */
function idsOf(ids: PathIds, kind: string): readonly string[] {
  const list = kind === 'quarters' ? undefined : ids[kind];
  return Array.isArray(list) ? list : [];
}

/** `plan.total.<key>` → 'total'; `plan.q2.<key>` → 2; null for any other path. */
function planPart(path: string): { part: 'total' | number; key: string } | null {
  const match = /^plan\.(total|q([1-9]\d{0,2}))\.([A-Za-z]+)$/.exec(path);
  if (!match) return null;
  return { part: match[1] === 'total' ? 'total' : Number(match[2]), key: match[3]! };
}

export interface MetricPath {
  scope: Scope;
  /** Entity id, for the entity scopes. */
  id?: string;
  key: string;
  /** The role of `segments.<id>.people.<role>` and `processes.<id>.people.<role>`. */
  role?: string;
}

/** The entity scopes of a registry: its kinds with figures. */
const entityScopes = (registry: Registry): string[] => figureScopes(registry).flatMap((s) => (s.scope === 'playbook' ? [] : [s.scope]));

/** `coverage` → playbook; `segments.smb.coverage` → segment `smb`. Null when the path has another shape. */
export function parseMetricPath(path: string, registry: Registry = REGISTRY): MetricPath | null {
  const parts = path.split('.');
  if (parts.length === 1) return { scope: 'playbook', key: parts[0]! };
  if (parts.length === 3 && entityScopes(registry).includes(parts[0]!)) {
    return { scope: parts[0]!, id: parts[1]!, key: parts[2]! };
  }
  if (parts.length === 4 && PEOPLE_SCOPES.includes(parts[0]!) && parts[2] === PEOPLE_KEY) {
    return { scope: parts[0]!, id: parts[1]!, key: PEOPLE_KEY, role: parts[3]! };
  }
  return null;
}

/** The keys and units of each scope: the catalogue's with the registry's own figures, or a month's. */
function keysOf(registry: Registry, monthly: boolean): ReadonlyMap<string, Readonly<Record<string, NumberKind>>> {
  if (monthly) return new Map(Object.entries(MONTH_KEYS));
  return new Map(figureScopes(registry).map((s) => [s.scope, Object.fromEntries([...s.figures].map(([key, f]) => [key, f.unit]))]));
}

/** Every valid path, given the ids of each scope (for suggestions and checks). */
export function metricPaths(ids: PathIds, monthly = false, registry: Registry = REGISTRY): string[] {
  const keys = keysOf(registry, monthly);
  const out = Object.keys(keys.get('playbook') ?? {});
  if (!monthly && ids.quarters) {
    for (const key of Object.keys(PLAN_KEYS)) out.push(`plan.total.${key}`);
    for (let q = 1; q <= ids.quarters; q++) for (const key of Object.keys(PLAN_KEYS)) out.push(`plan.q${q}.${key}`);
  }
  for (const [scope, scopeKeys] of keys) {
    if (scope === 'playbook') continue;
    for (const id of idsOf(ids, scope)) for (const key of Object.keys(scopeKeys)) out.push(`${scope}.${id}.${key}`);
  }
  if (!monthly) for (const scope of PEOPLE_SCOPES) for (const id of idsOf(ids, scope)) for (const role of idsOf(ids, 'roles')) out.push(`${scope}.${id}.${PEOPLE_KEY}.${role}`);
  return out;
}

/** The kind of number a path names, when the path is valid for these ids; undefined otherwise. */
export function kindOfPath(path: string, ids: PathIds, monthly = false, registry: Registry = REGISTRY): NumberKind | undefined {
  const plan = planPart(path);
  if (plan) {
    if (monthly || !ids.quarters || !Object.hasOwn(PLAN_KEYS, plan.key)) return undefined;
    if (plan.part !== 'total' && plan.part > ids.quarters) return undefined;
    return PLAN_KEYS[plan.key];
  }
  const parsed = parseMetricPath(path, registry);
  if (!parsed) return undefined;
  if (parsed.role !== undefined) {
    if (monthly) return undefined;
    return idsOf(ids, parsed.scope).includes(parsed.id!) && idsOf(ids, 'roles').includes(parsed.role) ? METRICS.peopleTotal.unit : undefined;
  }
  const scopeKeys = keysOf(registry, monthly).get(parsed.scope);
  if (!scopeKeys || !Object.hasOwn(scopeKeys, parsed.key)) return undefined;
  if (parsed.scope !== 'playbook' && !idsOf(ids, parsed.scope).includes(parsed.id!)) return undefined;
  return scopeKeys[parsed.key];
}

/**
 * A figure's value in computed metrics; undefined when the path names nothing, null when it names a figure
 * the model cannot compute for this playbook (a money figure of §4 v1.2 when no role has `cost` or `quota`).
 */
export function metricValue(metrics: PlaybookMetrics, path: string, registry: Registry = REGISTRY): number | null | undefined {
  const parsed = parseMetricPath(path, registry);
  if (!parsed) return undefined;
  if (parsed.role !== undefined) {
    const entity = own(metrics[parsed.scope as 'segments' | 'processes'] as Record<string, { people: Record<string, number> }>, parsed.id!);
    const value = entity ? own(entity.people, parsed.role) : undefined;
    return typeof value === 'number' ? value : undefined;
  }
  if (!Object.hasOwn(keysOf(registry, false).get(parsed.scope) ?? {}, parsed.key)) return undefined;
  let record: Record<string, unknown> | undefined;
  if (parsed.scope === 'playbook') record = metrics as unknown as Record<string, unknown>;
  else if (Object.hasOwn(MODEL_FIGURES, parsed.scope)) record = own(metrics[parsed.scope as 'segments' | 'roles' | 'processes'] as Record<string, unknown>, parsed.id!) as Record<string, unknown> | undefined;
  else record = own(own(metrics.kindFigures ?? {}, parsed.scope) ?? {}, parsed.id!);
  const value = record?.[parsed.key];
  if (value === null) return null;
  return typeof value === 'number' ? value : undefined;
}

/** A figure of the whole plan or of one of its quarters (`plan.total.coverage`, `plan.q1.expectedWins`); undefined otherwise. */
export function planTotalValue(plan: PlanMetrics, path: string): number | undefined {
  const parsed = planPart(path);
  if (!parsed || !Object.hasOwn(PLAN_KEYS, parsed.key)) return undefined;
  const figures = parsed.part === 'total' ? plan.totals : plan.quarters[parsed.part - 1];
  const value = figures?.[parsed.key as keyof typeof PLAN_KEYS & keyof typeof plan.totals];
  return typeof value === 'number' ? value : undefined;
}

/** Whether a path names a figure of the whole plan or a quarter. */
export const isPlanTotalPath = (path: string): boolean => planPart(path) !== null;

/** A figure's value in a month of the plan; undefined when the path or the month names nothing. */
export function planMetricValue(plan: PlanMetrics, month: string, path: string): number | undefined {
  const parsed = parseMetricPath(path);
  const entry = plan.months.find((m) => m.month === month);
  if (!parsed || !entry || !Object.hasOwn(MONTH_KEYS, parsed.scope)) return undefined;
  const scope = parsed.scope as keyof typeof MONTH_KEYS;
  if (!Object.hasOwn(MONTH_KEYS[scope], parsed.key)) return undefined;
  const record = scope === 'playbook' ? (entry as unknown as Record<string, unknown>) : (own(entry[scope] as Record<string, unknown>, parsed.id!) as Record<string, unknown> | undefined);
  const value = record?.[parsed.key];
  return typeof value === 'number' ? value : undefined;
}

/**
 * v1.2 (§9, §10): a body may quote the latest snapshot's figures with the keys of §10's export,
 * `actuals.segments.<id>.<key>`, `actuals.processes.<id>.<key>`, `actuals.<scope>.<id>.stages.<stage>.<key>`; and
 * the model at measured rates as `actuals.measured.<path>`, with the paths above.
 */
export const ACTUALS_PREFIX = 'actuals.';
export const MEASURED_PREFIX = 'actuals.measured.';

const actualsUnits = (keys: readonly (keyof typeof ACTUALS_METRICS)[]): Readonly<Record<string, NumberKind>> => Object.fromEntries(keys.map((k) => [k, ACTUALS_METRICS[k].unit]));

export const ACTUALS_SEGMENT_KEYS: Readonly<Record<string, NumberKind>> = actualsUnits(ACTUALS_FIGURES.segments);

export const ACTUALS_PROCESS_KEYS: Readonly<Record<string, NumberKind>> = actualsUnits(ACTUALS_FIGURES.processes);

export const ACTUALS_STAGE_KEYS: Readonly<Record<string, NumberKind>> = actualsUnits(ACTUALS_FIGURES.stages);

export interface ActualsPath {
  scope: 'segments' | 'processes';
  id: string;
  /** For a stage's figure. */
  stage?: string;
  key: string;
}

/** `actuals.segments.smb.winRate`, `actuals.processes.p.stages.s.conversion`; null for any other shape (`actuals.measured.…` included). */
export function parseActualsPath(path: string): ActualsPath | null {
  if (!path.startsWith(ACTUALS_PREFIX) || path.startsWith(MEASURED_PREFIX)) return null;
  const parts = path.slice(ACTUALS_PREFIX.length).split('.');
  const scope = parts[0];
  if (scope !== 'segments' && scope !== 'processes') return null;
  if (parts.length === 3) return { scope, id: parts[1]!, key: parts[2]! };
  if (parts.length === 5 && parts[2] === 'stages') return { scope, id: parts[1]!, stage: parts[3]!, key: parts[4]! };
  return null;
}

/** The segments and processes a snapshot measured, each with the stage ids of its process. */
export interface SnapshotIds {
  segments: ReadonlyMap<string, readonly string[]>;
  processes: ReadonlyMap<string, readonly string[]>;
}

/** Every `actuals.…` path of a snapshot (for suggestions). */
export function actualsPaths(ids: SnapshotIds): string[] {
  const out: string[] = [];
  for (const [scope, keys, list] of [
    ['segments', ACTUALS_SEGMENT_KEYS, ids.segments],
    ['processes', ACTUALS_PROCESS_KEYS, ids.processes],
  ] as const) {
    for (const [id, stages] of list) {
      for (const key of Object.keys(keys)) out.push(`${ACTUALS_PREFIX}${scope}.${id}.${key}`);
      for (const stage of stages) for (const key of Object.keys(ACTUALS_STAGE_KEYS)) out.push(`${ACTUALS_PREFIX}${scope}.${id}.stages.${stage}.${key}`);
    }
  }
  return out;
}

/** The kind of number an `actuals.…` path names in a snapshot with these ids; undefined when it names nothing. */
export function kindOfActualsPath(path: string, ids: SnapshotIds): NumberKind | undefined {
  const parsed = parseActualsPath(path);
  if (!parsed) return undefined;
  const stages = ids[parsed.scope].get(parsed.id);
  if (!stages) return undefined;
  if (parsed.stage !== undefined) return stages.includes(parsed.stage) && Object.hasOwn(ACTUALS_STAGE_KEYS, parsed.key) ? ACTUALS_STAGE_KEYS[parsed.key] : undefined;
  const keys = parsed.scope === 'segments' ? ACTUALS_SEGMENT_KEYS : ACTUALS_PROCESS_KEYS;
  return Object.hasOwn(keys, parsed.key) ? keys[parsed.key] : undefined;
}

/** A figure of a measured snapshot by its `actuals.…` path: a number, null when it cannot be computed, undefined when the path names nothing. */
export function actualsValue(snapshot: MeasuredSnapshot, path: string): number | null | undefined {
  const parsed = parseActualsPath(path);
  if (!parsed) return undefined;
  const record = own(snapshot[parsed.scope] as Record<string, MeasuredSegment | MeasuredProcess>, parsed.id);
  if (!record) return undefined;
  const holder: object | undefined = parsed.stage === undefined ? record : record.stages.find((s) => s.id === parsed.stage);
  if (!holder || !Object.hasOwn(holder, parsed.key)) return undefined;
  const value = (holder as Record<string, unknown>)[parsed.key];
  return typeof value === 'number' ? value : value === null ? null : undefined;
}

/** The ids of a measured snapshot, for checking paths. */
export function snapshotIds(snapshot: MeasuredSnapshot): SnapshotIds {
  return {
    segments: new Map(Object.values(snapshot.segments).map((s) => [s.id, s.stages.map((st) => st.id)])),
    processes: new Map(Object.values(snapshot.processes).map((p) => [p.id, p.stages.map((st) => st.id)])),
  };
}
