/**
 * The changes of a scenario as its page shows them (format.md §7): the entity
 * (and stage) each touches as links, the field, and the value before and
 * after — a number in its field's unit (the kind's `fieldUnits`), anything
 * else as written.
 */
import { formatKind, type Formatter, type NumberKind } from '../../format/numbers.ts';
import { fieldUnit, findKind } from '../../kinds/index.ts';
import { byId } from '../../model/graph.ts';
import { parseScenarioPath } from '../../model/scenario-paths.ts';
import { entityLink, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { stageAnchor } from './shared.ts';

/** One change, as the page shows it: what it touches and the value before and after. */
export interface ScenarioChangeItem {
  /** The path as written in the scenario: `roles/inside-sales.headcount`. */
  path: string;
  /** The entity it touches (the playbook's overview for `playbook.…`). */
  target: EntityLink;
  /** The stage, for a path into a process's stage. */
  stage: EntityLink | null;
  /** The field below the entity (or the stage): `headcount`, `hours.se`, `goals.coverage`; empty when the change replaces the whole stage. */
  field: string;
  before: string;
  after: string;
}

/** A change's entity and stage as links, its field, and its values before and after. */
export function changeItem(site: Site, pb: SitePlaybook, path: string, before: unknown, after: unknown): ScenarioChangeItem {
  const parsed = parseScenarioPath(path);
  const kind = parsed?.id === undefined ? 'playbook' : parsed.kind;
  const keys = parsed?.keys ?? [path];
  const target: EntityLink =
    kind === 'playbook' ? { id: pb.id, label: pb.graph.index.data.title, href: site.paths.playbook(pb.id) } : entityLink(site, pb, kind, parsed!.id!);
  let stage: EntityLink | null = null;
  let fieldKeys = keys;
  if (kind === 'processes' && keys[0] === 'stages' && keys.length > 1) {
    const process = byId(pb.graph.processes, parsed!.id!);
    const found = process?.data.stages.find((s) => s.id === keys[1]);
    // A stage the scenario adds or renames has no section on the baseline's page: the link goes to the process.
    stage = found ? { id: found.id, label: found.title, href: target.href && `${target.href}#${stageAnchor(found.id)}` } : { id: keys[1]!, label: keys[1]!, href: target.href };
    fieldKeys = keys.slice(2);
  }
  const definition = findKind(kind, site.registry);
  const numberKind = definition && fieldUnit(definition, keys);
  const show = (value: unknown) => changeValue(pb, value, numberKind);
  return { path, target, stage, field: fieldKeys.join('.'), before: show(before), after: show(after) };
}

/** A value of a change: a number in its field's kind, anything else as written (lists and maps in YAML's flow style). */
function changeValue(pb: SitePlaybook, value: unknown, kind: NumberKind | undefined): string {
  const { fmt, t } = pb;
  if (value === undefined || value === null) return t.scenarios.unset;
  if (typeof value === 'number' && kind) return changeNumber(fmt, kind, value);
  return asWritten(fmt, value);
}

/** A number a file sets, in its kind, without rounding away what the author wrote. */
function changeNumber(fmt: Formatter, kind: NumberKind, value: number): string {
  switch (kind) {
    case 'share':
      return fmt.percent(value, 4);
    case 'money':
      return fmt.money(value);
    case 'hours':
      return fmt.hours(value, 4);
    case 'people':
      return fmt.people(value, 4);
    case 'count':
      return fmt.count(value);
    default:
      return formatKind(fmt, kind, value);
  }
}

function asWritten(fmt: Formatter, value: unknown): string {
  if (typeof value === 'number') return fmt.exact(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map((v) => asWritten(fmt, v)).join(', ')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${asWritten(fmt, v)}`).join(', ')}}`;
  return String(value);
}
