/**
 * One wording for a change of a field, wherever the site reports one (issue 24): What's new (a commit's business
 * change) and a scenario's page (its changes). The entity by its title, a stage by its title, the field by its name
 * in the playbook's language (`headcount` / `人数`, `hours of Solutions engineer` / `售前工程师工时`), and the values
 * as a reader says them: a share as a percentage, money in the playbook's currency (万/亿 in Chinese), hires as
 * `1 in March 2027` / `2027年3月入职 1 人`, a RACI letter with its meaning, an id as the title it names. Never a
 * path or a YAML structure: a structure the model has no words for (a whole stage) is said to have changed.
 */
import { type Formatter } from '../format/numbers.ts';
import type { FieldChange } from '../model/business-change.ts';
import { byId, entitiesOf } from '../model/graph.ts';
import { own } from '../model/records.ts';
import { kindLabel } from './navigation.ts';
import type { Site, SitePlaybook } from './site.ts';

/** A sentence in parts: `ref` marks the title of the entity, or of its stage, so that a page can link them. */
export interface ChangeWords {
  text: string;
  parts: { text: string; ref?: 'entity' | 'stage' }[];
  /** The field's name (empty for an entity added, removed or a stage replaced whole), and the values as worded. */
  field: string;
  before: string | null;
  after: string | null;
}

/**
 * How the numbers of a field read, by kind of file and the field's keys (`*` any one key; in a process, the keys
 * below `stages.<id>` follow `stage`). A field not listed reads as written.
 */
type ValueKind = 'share' | 'money' | 'hours' | 'days' | 'months' | 'count';
const FIELD_KINDS: Readonly<Record<string, Readonly<Record<string, ValueKind>>>> = {
  playbook: { sellingHours: 'hours', 'goals.coverage': 'share', 'goals.winRate': 'share', 'goals.bookings': 'money', 'plan.months': 'months' },
  segments: { accounts: 'count', dealSize: 'money', 'criteria.revenue.min': 'money', 'criteria.revenue.max': 'money', 'criteria.employees.min': 'count', 'criteria.employees.max': 'count', 'coverage.hoursPerTouch': 'hours' },
  processes: { 'stage.days': 'days', 'stage.conversion': 'share', 'stage.hours.*': 'hours' },
  roles: { sellingHours: 'hours', cost: 'money', quota: 'money', rampMonths: 'months', 'attrition.rate': 'share', 'attrition.backfillMonths': 'months' },
};

/** The keys of a field as FIELD_KINDS has them: a stage's fields under `stage`. */
function generic(kind: string, keys: readonly string[]): string[] {
  return kind === 'processes' && keys[0] === 'stages' && keys.length > 2 ? ['stage', ...keys.slice(2)] : [...keys];
}

function valueKind(kind: string, keys: readonly string[]): ValueKind | undefined {
  const fields = FIELD_KINDS[kind];
  if (!fields) return undefined;
  const named = generic(kind, keys);
  return own(fields, named.join('.')) ?? own(fields, [...named.slice(0, -1), '*'].join('.'));
}

/** Fields whose text is an id of another kind of entity: worded as that entity's title. */
const REFERENCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  segments: { process: 'processes', offerings: 'offerings', 'coverage.owner': 'roles' },
  offerings: { includes: 'offerings' },
};

const MARK = { entity: '\u0002', stage: '\u0003' } as const;

/** One change of a field (or an entity added or removed), in words, its titles marked for links. */
export function fieldChangeWords(site: Site, pb: SitePlaybook, change: FieldChange): ChangeWords {
  const { t } = pb;
  const c = t.changes;
  const kindName = change.kind === 'playbook' ? t.playbook : kindLabel(site.registry, change.kind, pb.lang, 'one');
  const done = (sentence: string, field = '', before: string | null = null, after: string | null = null): ChangeWords => {
    const parts = splitMarks(sentence, change.title, stageTitle);
    return { text: parts.map((p) => p.text).join(''), parts, field, before, after };
  };
  let stageTitle = '';
  if (change.change === 'added') return done(c.added(kindName, MARK.entity));
  if (change.change === 'removed') return done(c.removed(kindName, MARK.entity));
  if (change.path === 'body') return done(c.body(MARK.entity));

  const keys = (change.path ?? '').split('.');
  let entity: string = MARK.entity;
  let fieldKeys = keys;
  if (change.kind === 'processes' && keys[0] === 'stages' && keys.length > 1) {
    const process = byId(pb.graph.processes, change.id);
    stageTitle = process?.data.stages.find((s) => s.id === keys[1])?.title ?? keys[1]!;
    entity = c.stage(MARK.entity, MARK.stage);
    fieldKeys = keys.slice(2);
  }
  const field = fieldName(pb, change.kind, fieldKeys);
  const before = valueWords(pb, change.kind, keys, change.before);
  const after = valueWords(pb, change.kind, keys, change.after);
  if (fieldKeys.length === 0) {
    // A stage added, removed or replaced whole.
    if (change.before === undefined) return done(c.added(t.stage, entity));
    if (change.after === undefined) return done(c.removed(t.stage, entity));
    return done(c.changed(entity, t.stage));
  }
  if (change.before === undefined && after !== null) return done(c.set(entity, field, after), field, null, after);
  if (change.after === undefined) return done(c.unset(entity, field), field, before, null);
  if (before !== null && after !== null) return done(c.field(entity, field, before, after), field, before, after);
  return done(c.changed(entity, field), field, before, after);
}

/** The sentence split at the marks, each mark replaced by the title it stands for. */
function splitMarks(sentence: string, entity: string, stage: string): ChangeWords['parts'] {
  const parts: ChangeWords['parts'] = [];
  let at = 0;
  for (const m of sentence.matchAll(/[\u0002\u0003]/g)) {
    if (m.index > at) parts.push({ text: sentence.slice(at, m.index) });
    parts.push(m[0] === MARK.entity ? { text: entity, ref: 'entity' } : { text: stage, ref: 'stage' });
    at = m.index + 1;
  }
  if (at < sentence.length) parts.push({ text: sentence.slice(at) });
  return parts;
}

/** A field's name in words: `headcount` / `人数`, `hours of Solutions engineer` / `售前工程师工时`; else its path as written. */
function fieldName(pb: SitePlaybook, kind: string, keys: readonly string[]): string {
  const c = pb.t.changes;
  const path = keys.join('.');
  const named = own(c.fields, path);
  if (named !== undefined) return named;
  // A stage's hours and RACI letter are keyed by a role: named by the role's title.
  if (kind === 'processes' && keys.length === 2 && (keys[0] === 'hours' || keys[0] === 'raci')) {
    const role = byId(pb.graph.roles, keys[1]!)?.data.title ?? keys[1]!;
    return keys[0] === 'hours' ? c.roleHours(role) : c.roleRaci(role);
  }
  return path;
}

/** A value as a reader says it; null when there is none, or it is a structure the model has no words for. */
function valueWords(pb: SitePlaybook, kind: string, keys: readonly string[], value: unknown): string | null {
  const { t, fmt } = pb;
  if (value === undefined) return null;
  if (value === null) return t.changes.none;
  const path = generic(kind, keys).join('.');
  const last = keys.at(-1) ?? '';
  if (typeof value === 'number') return numberWords(fmt, valueKind(kind, keys), value);
  if (typeof value === 'boolean') return String(value);
  // Chinese quotes a text (a title, a name, an enumeration), which would otherwise run into the words before it.
  const quote = (text: string) => (pb.lang === 'zh-CN' ? `“${text}”` : text);
  if (typeof value === 'string') return quote(textWords(pb, kind, keys, value));
  if (Array.isArray(value)) {
    if (value.length === 0) return t.changes.none;
    if (last === 'hires' && value.every(isHire)) return fmt.list(value.map((h) => t.plan.hire(fmt.exact(h.count), fmt.month(h.start))));
    if (value.every((v) => typeof v === 'string')) return fmt.list(value.map((v) => quote(textWords(pb, kind, keys, v))));
    return null;
  }
  if (path === 'attrition' && isAttrition(value)) return t.plan.attrition(fmt.percent(value.rate, 4), value.backfillMonths);
  // A structure the model has no words for (a whole stage, a buying centre): the sentence says it changed.
  return null;
}

/** A number a file sets, in its kind, without rounding away what the author wrote. */
function numberWords(fmt: Formatter, kind: ValueKind | undefined, value: number): string {
  switch (kind) {
    case 'share':
      return fmt.percent(value, 4);
    case 'money':
      return fmt.money(value);
    case 'hours':
      return fmt.hours(value, 4);
    case 'days':
      return fmt.daysExact(value);
    case 'months':
      return fmt.months(value);
    case 'count':
      return fmt.count(value);
    default:
      return fmt.exact(value);
  }
}

/** A text value: an id as the title it names, an enumeration in the page's words, else the text (long ones cut). */
function textWords(pb: SitePlaybook, kind: string, keys: readonly string[], value: string): string {
  const { t } = pb;
  const path = keys.join('.');
  const target = own(REFERENCES[kind] ?? {}, path);
  if (target) return String((byId(entitiesOf(pb.graph, target), value)?.data as { title?: unknown } | undefined)?.title ?? value);
  const enumeration: Record<string, Readonly<Record<string, string>> | undefined> = {
    priority: kind === 'segments' ? t.priority : undefined,
    motive: kind === 'segments' ? t.motive : undefined,
    motives: kind === 'offerings' ? t.motive : undefined,
    type: kind === 'processes' ? t.processType : undefined,
    kind: kind === 'offerings' ? t.offeringKind : undefined,
    function: kind === 'roles' ? t.roleFunction : undefined,
  };
  const words = own(enumeration, path);
  if (words) return own(words, value) ?? value;
  if (kind === 'processes' && keys[0] === 'stages' && keys[2] === 'raci') return own(t.changes.raciLetter, value) ?? value;
  return value.length > 60 ? `${value.slice(0, 59)}…` : value;
}

const isHire = (v: unknown): v is { start: string; count: number } =>
  v !== null && typeof v === 'object' && typeof (v as { start?: unknown }).start === 'string' && typeof (v as { count?: unknown }).count === 'number';

const isAttrition = (v: unknown): v is { rate: number; backfillMonths: number } =>
  v !== null && typeof v === 'object' && typeof (v as { rate?: unknown }).rate === 'number' && typeof (v as { backfillMonths?: unknown }).backfillMonths === 'number';
