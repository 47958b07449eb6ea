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
import { figureResolver } from '../../lint/figures.ts';
import { byId, entitiesOf, type Entity } from '../../model/graph.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { bodyMarkdown, type MarkdownBody } from './body.ts';
import { code, heading, link, list, paragraph, table, text, withCode, type Phrase } from './mdast.ts';

/** A page of a playbook that has a twin: a playbook-level page, or an entity's (`kind` its folder, with `id`). */
export interface TwinPage {
  kind: 'overview' | 'matrix' | 'metrics' | 'plan' | 'scenarios' | 'whats-new' | 'book' | (string & {});
  id?: string;
}

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

  constructor(site: Site, pb: SitePlaybook, page: (page: TwinPage) => RootContent[]) {
    this.site = site;
    this.pb = pb;
    this.page = page;
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

  words(values: readonly string[]): string {
    return values.length === 0 ? this.t.none : this.fmt.list(values);
  }

  /** The frontmatter's facts: a table of field (as format.md names it) and value. */
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
    if (entity.body.trim() === '') return null;
    return bodyMarkdown(entity.body, { lang: this.pb.lang, kind, metric: resolverOf(this.pb, this.site.registry), ...(stageIds ? { stageIds } : {}) });
  }

  notes(body: MarkdownBody | null): RootContent[] {
    return body && body.tree.children.length > 0 ? [heading(2, this.t.notes), ...body.tree.children] : [];
  }

  head(title: string, summary: string): RootContent[] {
    return [heading(1, title), paragraph(summary)];
  }
}
