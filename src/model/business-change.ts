/**
 * What a change to a playbook means for the business (issue 23, the
 * what's-new page): the fields that changed, entity by entity — a stage by
 * its id, a nested key by its path — and the figures of the model (§4) that
 * moved. Pure: two loaded playbooks in, a list of changes out; the site reads
 * the two sides from git (model/history.ts `playbookAt`) and words them in the
 * playbook's language.
 */
import type { NumberKind } from '../format/numbers.ts';
import { METRICS } from './metric-catalogue.ts';
import { ENTITY_KIND_IDS } from '../kinds/index.ts';
import { entitiesOf, isComplete, type Entity, type PlaybookGraph } from './graph.ts';
import { computeMetrics, type PlaybookMetrics } from './metrics.ts';

/** One changed field of one entity, or an entity added or removed. */
export interface FieldChange {
  /** `playbook` for index.mdx, else the kind (`roles`). */
  kind: string;
  id: string;
  /** The entity's title (the new side's, else the old). */
  title: string;
  change: 'added' | 'removed' | 'changed';
  /** For `changed`: the field's path, keys joined by `.`, a stage by its id (`stages.qualify.conversion`); `body` for the text. */
  path?: string;
  /** The values before and after (undefined: absent). */
  before?: unknown;
  after?: unknown;
}

/** A figure of the model that moved. */
export interface FigureMove {
  /** `coverage`, `expectedRevenue`, …, or `load` of a role. */
  figure: string;
  /** The role, for a role's figure. */
  role?: string;
  kind: NumberKind;
  before: number;
  after: number;
}

export interface BusinessChange {
  fields: FieldChange[];
  moves: FigureMove[];
}

/** The playbook's figures the page reports, with their kind (the metric catalogue's); money ones only when both sides have them. */
const FIGURES: [keyof PlaybookMetrics, NumberKind][] = (['coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'peopleTotal', 'teamCost'] as const).map((key) => [key, METRICS[key].unit]);

/** Changes smaller than this (relative) are floating-point noise. */
const moved = (a: number, b: number) => Math.abs(b - a) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

type Data = Record<string, unknown>;

const isMap = (v: unknown): v is Data => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A list whose items all have a string `id` (a process's stages): compared item by item. */
const isIdList = (v: unknown): v is Data[] => Array.isArray(v) && v.length > 0 && v.every((item) => isMap(item) && typeof item.id === 'string');

/** JSON with sorted keys: key order in the YAML is no change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (isMap(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v)) ?? 'undefined';
}

/** The leaf changes between two values of one field, with their paths. */
function diffValue(path: string, before: unknown, after: unknown, out: { path: string; before: unknown; after: unknown }[]): void {
  if (canonical(before) === canonical(after)) return;
  if (isMap(before) && isMap(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])]) diffValue(`${path}.${key}`, before[key], after[key], out);
    return;
  }
  if (isIdList(before) && isIdList(after)) {
    const olds = new Map(before.map((item) => [item.id as string, item]));
    const news = new Map(after.map((item) => [item.id as string, item]));
    const sameOrder = canonical([...olds.keys()]) === canonical([...news.keys()]);
    if (sameOrder) {
      for (const [id, item] of news) diffValue(`${path}.${id}`, olds.get(id), item, out);
      return;
    }
  }
  out.push({ path, before, after });
}

/** The changed fields of two versions of a playbook (either may be missing: a playbook added or removed). */
function fieldChanges(before: PlaybookGraph | null, after: PlaybookGraph | null): FieldChange[] {
  const out: FieldChange[] = [];
  const compare = (kind: string, olds: readonly Entity<unknown>[], news: readonly Entity<unknown>[]) => {
    const oldById = new Map(olds.map((e) => [e.id, e]));
    const newById = new Map(news.map((e) => [e.id, e]));
    for (const id of [...new Set([...oldById.keys(), ...newById.keys()])]) {
      const x = oldById.get(id);
      const y = newById.get(id);
      const title = String(((y ?? x)!.data as Data).title ?? id);
      if (!x) out.push({ kind, id, title, change: 'added' });
      else if (!y) out.push({ kind, id, title, change: 'removed' });
      else {
        const leaves: { path: string; before: unknown; after: unknown }[] = [];
        const a = x.data as Data;
        const b = y.data as Data;
        for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) diffValue(key, a[key], b[key], leaves);
        for (const leaf of leaves) out.push({ kind, id, title, change: 'changed', ...leaf });
        if (x.body.trim() !== y.body.trim()) out.push({ kind, id, title, change: 'changed', path: 'body' });
      }
    }
  };
  compare('playbook', before?.index ? [before.index] : [], after?.index ? [after.index] : []);
  for (const kind of ENTITY_KIND_IDS) compare(kind, before ? entitiesOf(before, kind) : [], after ? entitiesOf(after, kind) : []);
  return out;
}

/** The model's figures of a loaded playbook, when it is complete enough to compute them. */
function metricsOf(graph: PlaybookGraph | null): PlaybookMetrics | null {
  if (!graph || !isComplete(graph)) return null;
  try {
    return computeMetrics(graph);
  } catch {
    return null;
  }
}

/** The figures that moved between two versions: the playbook's, then the loads of the roles that moved most (at most `roles`). */
function figureMoves(before: PlaybookMetrics | null, after: PlaybookMetrics | null, roles = 2): FigureMove[] {
  if (!before || !after) return [];
  const out: FigureMove[] = [];
  for (const [figure, kind] of FIGURES) {
    const a = before[figure];
    const b = after[figure];
    if (typeof a === 'number' && typeof b === 'number' && moved(a, b)) out.push({ figure, kind, before: a, after: b });
  }
  const loads = Object.keys(after.roles)
    .filter((id) => Object.hasOwn(before.roles, id))
    .map((id) => ({ id, a: before.roles[id]!.load, b: after.roles[id]!.load }))
    .filter(({ a, b }) => Number.isFinite(a) && Number.isFinite(b) && Math.abs(b - a) >= 0.001)
    .sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a) || (x.id < y.id ? -1 : 1))
    .slice(0, roles);
  for (const { id, a, b } of loads) out.push({ figure: 'load', role: id, kind: METRICS.load.unit, before: a, after: b });
  return out;
}

/** What changed between two versions of one playbook: fields, and the figures of the model that moved. */
export function businessChange(before: PlaybookGraph | null, after: PlaybookGraph | null): BusinessChange {
  return { fields: fieldChanges(before, after), moves: figureMoves(metricsOf(before), metricsOf(after)) };
}
