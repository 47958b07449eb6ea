/**
 * The figures, names and links of the example playbooks that the docs quote (content/designing-a-sales-model.mdx),
 * resolved from the model when the site is built: a page can never state a number, a title or a link that the
 * playbooks no longer have. The components of src/components/docs/ (`<ExampleFigure>`, `<ExampleLink>`,
 * `<FromExample>`) call these functions.
 *
 * The guides ship in the engine's package, where a team's site has no examples: the parts of a page about a missing example are left
 * out (`<FromExample>`), and a figure or link of a missing playbook is never looked up. A figure of an example
 * that is there but that names nothing is an error that stops the build, with what to fix: the docs drifted from
 * the playbooks.
 */
import { formatKind, formatter, type Formatter, type Lang, type NumberKind } from '../format/numbers.ts';
import { entitiesOf, type Entity } from '../model/graph.ts';
import { METRIC_KEYS } from '../model/metric-paths.ts';
import type { Site, SitePlaybook } from '../site/site.ts';

/** The example playbooks of this repository (a team's site, made by `new site`, has none). */
export const EXAMPLE_PLAYBOOKS = ['northwind-software', 'huayuan-equipment'] as const;

/**
 * How a figure is written: a kind of number of the model as the pages write it (`share` → `26.4%`, `hours` →
 * `8,286 hr`, `count` → `2,000`), except `money`, written in full (`$18,000`; `moneyShort` → `$18K`); `number`
 * with at most `digits` decimals (`1.27`).
 */
export type FigureFormat = NumberKind | 'moneyShort' | 'number' | 'text';

export interface FigureSpec {
  /** A figure of the model, by its path in the playbook's metrics (format §5): `processes.solution-sale.winRate`, `roles.inside-sales.coverageHours`. */
  of?: string;
  /** A field of a file: `segments/growth-operators.accounts`, `playbook.goals.coverage`, `processes/energy-solution.stages.site-survey.hours.presales-engineer` (stages by id, as in format §7). */
  field?: string;
  /** The number of items of a list field: `processes/solution-sale.stages`. */
  count?: string;
  /** How to write it; by default the kind of the metric (`share`, `hours`…), else `number` (a number with at most `digits` decimals, or the text of a text field). */
  as?: FigureFormat;
  /** Decimals of a `number` (default 2). */
  digits?: number;
  /** The language of the page, which the figure is written for (default `en`): `zh-CN` writes `5,465 万元`. */
  lang?: Lang;
}

/** The playbooks of a site that are there, by id: the examples a page can quote. */
export function examplesPresent(site: Pick<Site, 'playbooks'>, ids: readonly string[]): boolean {
  return ids.every((id) => site.playbooks.some((p) => p.id === id));
}

/** `"a b"`, `"a, b"` → `['a', 'b']`: the ids a `playbook` prop names. */
export function idsOf(prop: string): string[] {
  return prop.split(/[\s,]+/).filter(Boolean);
}

function playbookOf(site: Pick<Site, 'playbooks'>, id: string): SitePlaybook | undefined {
  return site.playbooks.find((p) => p.id === id);
}

function drifted(playbook: string, what: string, why: string): Error {
  return new Error(
    `The docs quote ${what} of the example playbook \`${playbook}\`, but ${why}. The playbook changed: update the page that quotes it (content/, <ExampleFigure> and <ExampleLink>) to the playbook as it is now.`,
  );
}

/** A figure of an example, written for a page in `spec.lang` (English by default); undefined when the playbook is not in the site. Throws when it names nothing. */
export function exampleFigure(site: Pick<Site, 'playbooks'>, playbook: string, spec: FigureSpec): string | undefined {
  const pb = playbookOf(site, playbook);
  if (!pb) return undefined;
  const given = (['of', 'field', 'count'] as const).filter((k) => spec[k] !== undefined);
  if (given.length !== 1) throw new Error(`<ExampleFigure playbook="${playbook}">: give exactly one of \`of\`, \`field\` and \`count\`, not ${given.map((k) => `\`${k}\``).join(' and ') || 'none'}.`);
  const fmt = formatter(spec.lang ?? 'en', pb.graph.index.data.currency);
  if (spec.of !== undefined) {
    const value = walk(pb.metrics, spec.of.split('.'));
    if (typeof value !== 'number') throw drifted(playbook, `the figure \`${spec.of}\``, 'its metrics have no such number');
    return write(fmt, value, spec.as ?? metricKind(spec.of) ?? 'number', spec.digits);
  }
  const path = (spec.field ?? spec.count)!;
  const value = fieldValue(pb, path);
  if (value === undefined) throw drifted(playbook, `the field \`${path}\``, 'it has no such field');
  if (spec.count !== undefined) {
    if (!Array.isArray(value)) throw drifted(playbook, `the number of items of \`${path}\``, 'that field is not a list');
    return write(fmt, value.length, spec.as ?? 'count', spec.digits);
  }
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') throw drifted(playbook, `the field \`${path}\``, 'it is not a number or a text');
  return write(fmt, value, spec.as ?? 'number', spec.digits);
}

/** The link to an example's page (`segments/growth-operators`, or the playbook itself without `to`) and its title; undefined when the playbook is not in the site. */
export function exampleLink(site: Pick<Site, 'playbooks' | 'paths'>, playbook: string, to?: string): { href: string; title: string } | undefined {
  const pb = playbookOf(site, playbook);
  if (!pb) return undefined;
  if (to === undefined || to === '') return { href: site.paths.playbook(playbook), title: pb.graph.index.data.title };
  const [kind = '', id = '', ...rest] = to.split('/');
  const entity = rest.length === 0 ? entitiesOf(pb.graph, kind).find((e) => e.id === id) : undefined;
  if (!entity) throw drifted(playbook, `the page \`${to}\``, `it has no ${kind.replace(/s$/, '')} \`${id}\``);
  return { href: site.paths.entity(playbook, kind, id), title: String(entity.data.title) };
}

/** The kind of number of a metrics path (`processes.x.winRate` → `share`), when the model's paths name it. */
function metricKind(path: string): NumberKind | undefined {
  const parts = path.split('.');
  const scope = parts.length === 1 ? 'playbook' : parts[0];
  const key = parts[parts.length - 1]!;
  const keys = (METRIC_KEYS as Record<string, Readonly<Record<string, NumberKind>> | undefined>)[scope ?? ''];
  if (keys && Object.hasOwn(keys, key)) return keys[key];
  if (/Hours$/.test(key)) return 'hours';
  return undefined;
}

/** The value at `playbook.<keys>` or `<kind>/<id>.<keys>`; list items by their `id` (a process's stages) or index. */
function fieldValue(pb: SitePlaybook, path: string): unknown {
  const [head = '', ...keys] = path.split('.');
  let entity: Entity<unknown> | undefined;
  if (head === 'playbook') entity = pb.graph.index;
  else {
    const [kind = '', id = ''] = head.split('/');
    entity = entitiesOf(pb.graph, kind).find((e) => e.id === id);
  }
  return entity ? walk(entity.data, keys) : undefined;
}

function walk(data: unknown, keys: readonly string[]): unknown {
  let node = data;
  for (const key of keys) {
    if (Array.isArray(node)) node = /^\d+$/.test(key) ? node[Number(key)] : node.find((item) => (item as { id?: unknown } | null)?.id === key);
    else if (node !== null && typeof node === 'object' && Object.hasOwn(node, key)) node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}

function write(fmt: Formatter, value: number, as: FigureFormat, digits = 2): string {
  if (as === 'text') return String(value);
  if (as === 'number') return fmt.number(value, digits);
  if (as === 'money') return fmt.money(value);
  if (as === 'moneyShort') return formatKind(fmt, 'money', value);
  return formatKind(fmt, as, value);
}
