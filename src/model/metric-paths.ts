/**
 * The paths of the model's figures (format.md §9, the keys of §5's
 * `metrics` and §8's months): what `<Metric of>` and `<Delta of>` name, what
 * kind of number each is, and their values in computed metrics.
 */
import type { NumberKind } from '../format/numbers.ts';
import type { PlaybookMetrics } from './metrics.ts';
import type { PlanMetrics } from './plan.ts';
import { own } from './records.ts';

export type Scope = 'playbook' | 'segments' | 'roles' | 'processes';

/** The figures of each scope, with their kind of number. */
export const METRIC_KEYS: Readonly<Record<Scope, Readonly<Record<string, NumberKind>>>> = {
  playbook: {
    coverage: 'share',
    winRate: 'share',
    expectedWins: 'wins',
    expectedRevenue: 'money',
    accounts: 'count',
    coveredAccounts: 'count',
    openPipeline: 'wins',
    pipelineValue: 'money',
  },
  segments: {
    opportunities: 'wins',
    coverage: 'share',
    winRate: 'share',
    expectedWins: 'wins',
    expectedRevenue: 'money',
    velocityPerDay: 'money',
    openPipeline: 'wins',
    pipelineValue: 'money',
    coveredAccounts: 'count',
  },
  roles: { requiredHours: 'hours', availableHours: 'hours', load: 'load', fteNeeded: 'people' },
  processes: { winRate: 'share', cycleDays: 'days' },
};

/** The figures a month of the plan has (§8). */
export const MONTH_KEYS: Readonly<Record<Exclude<Scope, 'processes'>, Readonly<Record<string, NumberKind>>>> = {
  playbook: { coverage: 'share', expectedWins: 'wins', expectedRevenue: 'money' },
  segments: { coverage: 'share', expectedWins: 'wins', expectedRevenue: 'money' },
  roles: { effectiveHeadcount: 'people', availableHours: 'hours', requiredHours: 'hours', load: 'load' },
};

export interface MetricPath {
  scope: Scope;
  /** Entity id, for the entity scopes. */
  id?: string;
  key: string;
}

/** `coverage` → playbook; `segments.smb.coverage` → segment `smb`. Null when the path has another shape. */
export function parseMetricPath(path: string): MetricPath | null {
  const parts = path.split('.');
  if (parts.length === 1) return { scope: 'playbook', key: parts[0]! };
  if (parts.length === 3 && (parts[0] === 'segments' || parts[0] === 'roles' || parts[0] === 'processes')) {
    return { scope: parts[0], id: parts[1]!, key: parts[2]! };
  }
  return null;
}

/** Every valid path, given the ids of each scope (for suggestions and checks). */
export function metricPaths(ids: Readonly<Record<'segments' | 'roles' | 'processes', readonly string[]>>, monthly = false): string[] {
  const keys = monthly ? MONTH_KEYS : METRIC_KEYS;
  const out = Object.keys(keys.playbook);
  for (const scope of ['segments', 'roles', 'processes'] as const) {
    const scopeKeys = (keys as Partial<Record<Scope, Readonly<Record<string, NumberKind>>>>)[scope];
    if (!scopeKeys) continue;
    for (const id of ids[scope]) for (const key of Object.keys(scopeKeys)) out.push(`${scope}.${id}.${key}`);
  }
  return out;
}

/** The kind of number a path names, when the path is valid for these ids; undefined otherwise. */
export function kindOfPath(path: string, ids: Readonly<Record<'segments' | 'roles' | 'processes', readonly string[]>>, monthly = false): NumberKind | undefined {
  const parsed = parseMetricPath(path);
  if (!parsed) return undefined;
  const keys = (monthly ? MONTH_KEYS : METRIC_KEYS) as Partial<Record<Scope, Readonly<Record<string, NumberKind>>>>;
  const scopeKeys = keys[parsed.scope];
  if (!scopeKeys || !Object.hasOwn(scopeKeys, parsed.key)) return undefined;
  if (parsed.scope !== 'playbook' && !ids[parsed.scope].includes(parsed.id!)) return undefined;
  return scopeKeys[parsed.key];
}

/** A figure's value in computed metrics; undefined when the path names nothing. */
export function metricValue(metrics: PlaybookMetrics, path: string): number | undefined {
  const parsed = parseMetricPath(path);
  if (!parsed || !Object.hasOwn(METRIC_KEYS[parsed.scope], parsed.key)) return undefined;
  const record = parsed.scope === 'playbook' ? (metrics as unknown as Record<string, unknown>) : (own(metrics[parsed.scope] as Record<string, unknown>, parsed.id!) as Record<string, unknown> | undefined);
  const value = record?.[parsed.key];
  return typeof value === 'number' ? value : undefined;
}

/** A figure's value in a month of the plan; undefined when the path or the month names nothing. */
export function planMetricValue(plan: PlanMetrics, month: string, path: string): number | undefined {
  const parsed = parseMetricPath(path);
  const entry = plan.months.find((m) => m.month === month);
  if (!parsed || !entry || parsed.scope === 'processes' || !Object.hasOwn(MONTH_KEYS[parsed.scope], parsed.key)) return undefined;
  const record = parsed.scope === 'playbook' ? (entry as unknown as Record<string, unknown>) : (own(entry[parsed.scope] as Record<string, unknown>, parsed.id!) as Record<string, unknown> | undefined);
  const value = record?.[parsed.key];
  return typeof value === 'number' ? value : undefined;
}
