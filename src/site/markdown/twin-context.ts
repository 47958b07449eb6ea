/**
 * What every Markdown twin is built with (./twins.ts): the playbook, its
 * dictionary and formatter, and the pieces the twins share — links to other
 * twins, the frontmatter's facts as a table of field and value, the computed
 * figures as a table, a file's warnings, the body as Markdown with
 * `<Metric>`/`<Delta>` resolved.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Registry } from '../../kinds/index.ts';
import { figureResolver } from '../../lint/metric-resolver.ts';
import { byId, entitiesOf, type Entity } from '../../model/graph.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { bodyMarkdown, type MarkdownBody } from './body.ts';
import { code, heading, link, list, paragraph, strong, table, text, withCode, type Phrase } from './mdast.ts';
import type { EntityLink } from '../relations.ts';
import type { LeaderSummary } from '../views/leader.ts';
import type { PeopleTable } from '../views/people.ts';
import type { Fact } from '../views/shared.ts';

/** A page of a playbook that has a twin: a playbook-level page, or an entity's (`kind` its folder, with `id`). */
export interface TwinPage {
  kind: 'overview' | 'matrix' | 'metrics' | 'plan' | 'scenarios' | 'whats-new' | 'book' | (string & {});
  id?: string;
}

/** A body's twin, by the kind and entity it belongs to (the loader's stored one in a build; see twins.ts). */
export type BodyTwins = (kind: string, entity: Entity<unknown>, stageIds?: readonly string[]) => MarkdownBody | null;

/** A row of a facts or figures table: the field (or figure) and its value. */
export type Row = readonly [Phrase, Phrase];

const resolvers = new WeakMap<SitePlaybook, ReturnType<typeof figureResolver>>();

/** What `<Metric>`/`<Delta>` show on this playbook's pages. */
function resolverOf(pb: SitePlaybook, registry: Registry) {
  let resolver = resolvers.get(pb);
  if (!resolver) {
    const scenarios = new Map([...pb.scenarios.values()].map((s) => [s.id, { metrics: s.metrics, plan: s.plan }]));
    resolver = figureResolver({ graph: pb.graph, fmt: pb.fmt, baseline: { metrics: pb.metrics, plan: pb.plan }, scenarios, registry });
    resolvers.set(pb, resolver);
  }
  return resolver;
}

/** The twins of one playbook's pages are built with one of these. */
export class TwinContext {
  readonly site: Site;
  readonly pb: SitePlaybook;
  /** Another page's tree (built once per playbook): the book's twin holds every page's. */
  readonly page: (page: TwinPage) => RootContent[];

  /** Each body's twin: stored by the content loader in a build, parsed here otherwise. */
  readonly bodies: BodyTwins;

  constructor(site: Site, pb: SitePlaybook, page: (page: TwinPage) => RootContent[], bodies?: BodyTwins) {
    this.site = site;
    this.pb = pb;
    this.page = page;
    this.bodies =
      bodies ??
      ((kind, entity, stageIds) =>
        entity.body.trim() === '' ? null : bodyMarkdown(entity.body, { lang: pb.lang, kind, metric: resolverOf(pb, site.registry), ...(stageIds ? { stageIds } : {}) }));
  }

  get t() {
    return this.pb.t;
  }

  get fmt() {
    return this.pb.fmt;
  }

  /** A link to an entity's twin (its id as text when there is no such entity). */
  ref(kind: string, id: string): PhrasingContent {
    const entity = byId(entitiesOf(this.pb.graph, kind), id) as Entity<{ title?: unknown }> | undefined;
    return entity ? link(String(entity.data.title ?? id), this.site.paths.markdown(this.site.paths.entity(this.pb.id, kind, id))) : code(id);
  }

  /** Several of them, separated as the language separates a list. */
  refs(kind: string, ids: readonly string[]): PhrasingContent[] {
    if (ids.length === 0) return [text(this.t.none)];
    const separator = this.pb.lang === 'zh-CN' ? '、' : ', ';
    return ids.flatMap((id, i) => (i === 0 ? [this.ref(kind, id)] : [text(separator), this.ref(kind, id)]));
  }

  /** A link of a view model (to a page) as a link to that page's twin. */
  linkTo(l: EntityLink): PhrasingContent {
    return l.href ? link(l.label, this.site.paths.markdown(l.href)) : text(l.label);
  }

  /** A view model's facts as the page shows them: the value, and its note after it. */
  factRows(facts: readonly Fact[]): Row[] {
    return facts.map((f): Row => [f.label, f.note ? `${f.value}${this.t.parenthetical(f.note)}` : f.value]);
  }

  /** The leader's summary as the page has it: what to do, then each figure with its goal and what it says. */
  leader(summary: LeaderSummary): RootContent[] {
    const { t } = this;
    return [
      heading(2, summary.heading),
      paragraph(summary.action),
      table(
        [t.book.figure, t.book.value],
        summary.tiles.map((tile) => [
          tile.label,
          [
            ...(tile.link ? [this.linkTo(tile.link), text(t.locale.colon)] : []),
            text(tile.value),
            ...[tile.goal, tile.verdict?.text, ...tile.details, ...tile.rows.map((r) => `${r.label}${t.locale.colon}${r.value}`)].filter((x): x is string => Boolean(x)).map((x) => text(`${t.money.sep}${x}`)),
          ],
        ]),
      ),
    ];
  }

  /** People per segment (or process) by role, as the metrics page's table. */
  people(view: PeopleTable): RootContent[] {
    const { t } = this;
    return [
      heading(2, view.title),
      paragraph(view.intro),
      table(
        [t.role, ...view.columns.map((c) => this.linkTo(c.link)), t.money.total],
        [...view.rows.map((r) => [this.linkTo(r.role), ...r.cells, r.total]), [strong(view.totals.label), ...view.totals.cells, view.totals.total]],
        view.columns.map((_, i) => i + 1).concat(view.columns.length + 1),
      ),
    ];
  }

  words(values: readonly string[]): string {
    return values.length === 0 ? this.t.none : this.fmt.list(values);
  }

  /** The frontmatter's facts: a table of field (as the format reference names it) and value. */
  fields(rows: readonly (Row | null)[]): RootContent[] {
    const present = rows.filter((r): r is Row => r !== null);
    return [heading(2, this.t.book.fields), table([this.t.book.field, this.t.book.value], present.map(([field, value]) => [typeof field === 'string' ? code(field) : field, value]))];
  }

  /** What the model computes: a table of figure and value. */
  figures(rows: readonly Row[], title = this.t.book.figures): RootContent[] {
    return [heading(2, title), table([this.t.book.figure, this.t.book.value], rows, [1])];
  }

  /** The warnings of one file, as the page shows them. */
  warnings(file: string): RootContent[] {
    const found = this.pb.diagnostics.filter((d) => d.file === file);
    if (found.length === 0) return [];
    return [heading(2, this.t.warnings), list(found.map((d) => this.diagnostic(d)))];
  }

  /** A diagnostic on one line: its code, its message (ids as code) and where it is. */
  diagnostic(d: Diagnostic, sign = ''): PhrasingContent[] {
    return [text(sign), code(d.code), text(' '), ...withCode(d.message), text(' '), code(`${d.file}:${d.line}:${d.column}`)];
  }

  body(kind: string, entity: Entity<unknown>, stageIds?: readonly string[]): MarkdownBody | null {
    return this.bodies(kind, entity, stageIds);
  }

  notes(body: MarkdownBody | null): RootContent[] {
    return body && body.tree.children.length > 0 ? [heading(2, this.t.notes), ...body.tree.children] : [];
  }

  head(title: string, summary: string): RootContent[] {
    return [heading(1, title), paragraph(summary)];
  }
}
