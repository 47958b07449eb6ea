/**
 * The Markdown twin of every playbook page (`…/index.md` next to the page's
 * index.html, linked from it with `<link rel="alternate" type="text/markdown">`):
 * for assistants, and for anyone who wants a page's text without the site.
 *
 * A twin says what its file says and what the model computes from it, from
 * the model itself (not from the page's HTML): the frontmatter's facts as a
 * table (the field names of the format, the values as the page shows them, in
 * the playbook's language and currency), the computed figures as a table,
 * and the body as plain Markdown (./body.ts), with `<Metric>`/`<Delta>`
 * resolved. Links to other pages of the playbook go to their twins. Every
 * figure the page shows is the page's own string, from its view model (one
 * figure, one string): people rounded up to tenths, money as the page
 * rounds it, the leader's summary, people per segment and the money side.
 */
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { figureResolver } from '../../lint/figures.ts';
import { byId, entitiesOf, type Entity } from '../../model/graph.ts';
import { own } from '../../model/records.ts';
import type { Offering, Process, Role, Scenario, Segment } from '../../schema/index.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import type { EntityLink } from '../relations.ts';
import { bookParts, type BookPart } from '../views/book.ts';
import type { LeaderSummary } from '../views/leader.ts';
import { metricsView } from '../views/metrics.ts';
import type { PeopleTable } from '../views/people.ts';
import { planView } from '../views/plan.ts';
import { roleView } from '../views/role.ts';
import { scenariosView, scenarioView } from '../views/scenario.ts';
import { segmentView } from '../views/segment.ts';
import type { Fact } from '../views/shared.ts';
import { WHATS_NEW_LIMIT } from '../views/whats-new.ts';
import { bodyMarkdown, type MarkdownBody } from './body.ts';
import { actualsTwin } from './actuals.ts';
import { actualsView } from '../views/actuals.ts';
import { blockList, code, demote, heading, link, list, paragraph, strong, stringify, table, text, withCode, type Phrase } from './mdast.ts';
import { bookKey, playbookPageKey } from '../cache-keys.ts';

/** A page of a playbook that has a twin: a playbook-level page, or an entity's (`kind` its folder, with `id`). */
export interface TwinPage {
  kind: 'overview' | 'matrix' | 'metrics' | 'plan' | 'scenarios' | 'whats-new' | 'book' | (string & {});
  id?: string;
}

/** The playbook-level pages with a twin in the `[pb]/[page]/index.md` route (the overview's is `[pb]/index.md`). */
export const TOP_TWINS = ['matrix', 'metrics', 'plan', 'scenarios', 'whats-new', 'book', 'actuals'] as const;

/** `getStaticPaths` of `src/pages/[pb]/[page]/index.md.ts`: the pages each playbook has (a plan, scenarios). */
export function topTwinPaths(site: Site) {
  return site.playbooks.flatMap((pb) =>
    TOP_TWINS.filter((page) => (page === 'plan' ? pb.plan !== null : page === 'scenarios' ? pb.scenarios.size > 0 : page === 'actuals' ? pb.actuals !== null : true)).map((page) => ({ params: { pb: pb.id, page }, cacheKey: page === 'book' ? bookKey(site, pb) : playbookPageKey(site, pb) })),
  );
}

/** A twin as the endpoints serve it. */
export const markdownResponse = (markdown: string) => new Response(markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });

/**
 * A body's twin, by the kind and entity it belongs to: in a build, the one the content loader stored from the body's
 * one parse (src/site/current.ts, storedTwins); by default, parsed here (tests, tools without the content layer).
 */
export type BodyTwins = (kind: string, entity: Entity<unknown>, stageIds?: readonly string[]) => MarkdownBody | null;

/** The Markdown twin of a page, as text. */
export function twinMarkdown(site: Site, playbookId: string | undefined, page: TwinPage, bodies?: BodyTwins): string {
  const pb = findPlaybook(site, playbookId);
  return stringify({ type: 'root', children: new Twins(site, pb, bodies).page(page) });
}

const resolvers = new WeakMap<SitePlaybook, ReturnType<typeof figureResolver>>();
/** Each playbook's page trees by `kind` or `kind/id` (see Twins.page). */
const builtPages = new WeakMap<SitePlaybook, Map<string, RootContent[]>>();

/** What `<Metric>`/`<Delta>` show on this playbook's pages. */
function resolverOf(pb: SitePlaybook) {
  let resolver = resolvers.get(pb);
  if (!resolver) {
    const scenarios = new Map([...pb.scenarios.values()].map((s) => [s.id, { metrics: s.metrics, plan: s.plan }]));
    resolver = figureResolver({ graph: pb.graph, fmt: pb.fmt, baseline: { metrics: pb.metrics, plan: pb.plan }, scenarios });
    resolvers.set(pb, resolver);
  }
  return resolver;
}

type Row = readonly [Phrase, Phrase];

/** Builds the twins of one playbook's pages. */
class Twins {
  readonly site: Site;
  readonly pb: SitePlaybook;

  readonly bodies: BodyTwins;

  constructor(site: Site, pb: SitePlaybook, bodies?: BodyTwins) {
    this.site = site;
    this.pb = pb;
    this.bodies =
      bodies ??
      ((kind, entity, stageIds) => (entity.body.trim() === '' ? null : bodyMarkdown(entity.body, { lang: pb.lang, kind, metric: resolverOf(pb), ...(stageIds ? { stageIds } : {}) })));
  }

  get t() {
    return this.pb.t;
  }

  get fmt() {
    return this.pb.fmt;
  }

  /** A page's tree, built once per playbook: the book's twin holds every page's again (trees are never mutated). */
  page(page: TwinPage): RootContent[] {
    let built = builtPages.get(this.pb);
    if (!built) builtPages.set(this.pb, (built = new Map()));
    const key = page.id === undefined ? page.kind : `${page.kind}/${page.id}`;
    let nodes = built.get(key);
    if (!nodes) built.set(key, (nodes = this.build(page)));
    return nodes;
  }

  build(page: TwinPage): RootContent[] {
    if (page.id !== undefined) return this.entity(page.kind, page.id);
    switch (page.kind) {
      case 'overview':
        return this.overview();
      case 'matrix':
        return this.matrix();
      case 'metrics':
        return this.metrics();
      case 'plan':
        return this.plan();
      case 'scenarios':
        return this.scenarios();
      case 'whats-new':
        return this.whatsNew();
      case 'book':
        return this.book();
      case 'actuals':
        return actualsTwin(actualsView(this.site, this.pb.id));
      default:
        throw new Error(`There is no Markdown twin of a \`${page.kind}\` page.`);
    }
  }

  // ------------------------------------------------------------ pieces

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

  /** The frontmatter's facts: a table of field (as the format names it) and value. */
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

  // ------------------------------------------------------------ playbook pages

  overview(): RootContent[] {
    const { t, fmt, pb } = this;
    const data = pb.graph.index.data;
    const metrics = metricsView(this.site, pb.id);
    return [
      ...this.head(data.title, data.summary),
      ...this.fields([
        data.owner ? ['owner', data.owner] : null,
        ['lang', t.languageNames[data.lang]],
        ['currency', fmt.currencyName()],
        data.updated ? ['updated', fmt.date(data.updated)] : null,
        ['sellingHours', fmt.hoursExact(data.sellingHours)],
        data.plan ? ['plan', `${fmt.month(data.plan.start)} · ${t.book.months(data.plan.months)}`] : null,
        ['goals.coverage', fmt.percent(data.goals.coverage)],
        ['goals.winRate', fmt.percent(data.goals.winRate)],
        data.goals.bookings === undefined ? null : ['goals.bookings', fmt.money(data.goals.bookings)],
      ]),
      ...this.leader(metrics.leader),
      ...this.warnings(pb.graph.index.file),
      heading(2, t.salesModel),
      table(
        [t.segment, t.offerings, t.process, t.accounts, t.coverage, t.winRate, t.expectedRevenue],
        pb.segments.map((s, i) => {
          const row = metrics.segments[i]!;
          return [
            [this.ref('segments', s.id), text(t.parenthetical(t.priority[s.data.priority]))],
            this.refs('offerings', s.data.offerings),
            this.ref('processes', s.data.process),
            fmt.count(s.data.accounts),
            row.coverage,
            row.winRate,
            row.expectedRevenue,
          ];
        }),
        [3, 4, 5, 6],
      ),
      ...this.notes(this.body('playbook', pb.graph.index)),
    ];
  }

  matrix(): RootContent[] {
    const { t, pb } = this;
    const columns = pb.graph.processes.flatMap((p) => p.data.stages.map((s) => ({ process: p, stage: s })));
    return [
      heading(1, t.matrix),
      paragraph(t.matrixIntro),
      paragraph(...(['R', 'A', 'C', 'I', 'AR'] as const).flatMap((letter, i) => [...(i > 0 ? [text(' · ')] : []), strong(letter), text(` ${t.raci[letter]}`)])),
      table(
        [t.role, ...columns.map(({ process, stage }) => `${process.data.title} › ${stage.title}`)],
        pb.graph.roles.map((r) => [this.ref('roles', r.id), ...columns.map(({ stage }) => own(stage.raci, r.id) ?? '—')]),
      ),
    ];
  }

  metrics(): RootContent[] {
    const { t, fmt, pb } = this;
    const m = pb.metrics;
    const view = metricsView(this.site, pb.id);
    const total = view.total;
    return [
      heading(1, t.metrics),
      ...this.leader(view.leader),
      ...this.figures(
        [
          [t.coverage, total.coverage],
          [t.winRate, total.winRate],
          [t.expectedWins, total.expectedWins],
          [t.expectedRevenue, total.expectedRevenue],
          [t.book.coveredAccounts, total.accounts],
          [t.opportunities, `${total.opportunities}${t.parenthetical(total.workedOpportunities)}`],
          [t.book.openPipeline, total.openPipeline],
          [t.book.pipelineValue, total.pipelineValue],
        ],
        t.book.wholePlaybook,
      ),
      heading(2, t.perSegment),
      table(
        [t.segment, t.opportunities, t.coverage, t.winRate, t.expectedWins, t.expectedRevenue, t.velocity, t.bottleneck],
        pb.segments.map((s, i) => {
          const row = view.segments[i]!;
          return [
            this.linkTo(row.segment),
            `${row.opportunities}${t.parenthetical(row.workedOpportunities)}`,
            row.coverage,
            row.winRate,
            row.expectedWins,
            row.expectedRevenue,
            fmt.moneyShort(own(m.segments, s.id)?.velocityPerDay ?? 0),
            row.bottleneck ? this.linkTo(row.bottleneck) : '—',
          ];
        }),
        [1, 2, 3, 4, 5, 6],
      ),
      heading(2, t.perRole),
      table(
        [t.role, t.requiredHours, t.availableHours, t.load, t.money.peopleNeeded, t.money.peopleToHire],
        view.capacity.map((bar) => [this.linkTo(bar.role), bar.required, bar.available, bar.load, bar.gap ? `${bar.fteNeeded}${t.parenthetical(bar.gap)}` : bar.fteNeeded, bar.toHire ?? '—']),
        [1, 2, 3, 4, 5],
      ),
      ...this.people(view.people),
      ...(view.processPeople ? this.people(view.processPeople) : []),
      heading(2, t.perProcess),
      table(
        [t.process, t.winRate, t.cycleDays],
        pb.graph.processes.map((p) => {
          const pm = own(m.processes, p.id);
          return [this.ref('processes', p.id), fmt.percent(pm?.winRate ?? 0), fmt.days(pm?.cycleDays ?? 0)];
        }),
        [1, 2],
      ),
      ...(pb.diagnostics.length > 0
        ? [heading(2, t.warnings), list(pb.diagnostics.map((d) => this.diagnostic(d)))]
        : []),
      heading(2, t.howComputed),
      list(Object.values(t.explanations)),
    ];
  }

  plan(): RootContent[] {
    const { t, fmt, pb } = this;
    const plan = pb.plan;
    if (!plan) throw new Error(`Playbook \`${pb.id}\` has no plan.`);
    const view = planView(this.site, pb.id);
    return [
      heading(1, t.plan.title),
      paragraph(t.plan.intro(fmt.month(plan.start), fmt.month(plan.end), plan.months.length)),
      heading(2, t.plan.byQuarter),
      table(
        [t.plan.quarter, t.coverage, t.plan.wins, t.plan.bookings],
        view.byQuarter.map((q, i) => [i === view.byQuarter.length - 1 ? strong(q.label) : q.label, q.coverage, q.wins, q.bookings]),
        [1, 2, 3],
      ),
      heading(2, t.plan.headcount),
      paragraph(t.plan.headcountDescription),
      table(
        [t.plan.month, ...view.headcount.roles.map((r) => this.linkTo(r.role))],
        view.headcount.rows.map((row) => [row.label, ...row.cells.map((c) => c.value)]),
        view.headcount.roles.map((_, i) => i + 1),
      ),
      ...(view.steady ? [paragraph(view.steady)] : []),
    ];
  }

  scenarios(): RootContent[] {
    const { t, pb } = this;
    const view = scenariosView(this.site, pb.id);
    return [
      heading(1, t.scenarios.title),
      paragraph(t.scenarios.intro),
      table(
        [t.book.figure, ...view.columns.map((c) => (c.id === null ? text(c.title) : this.ref('scenarios', c.id)))],
        view.rows.map((row) => [row.goal ? `${row.label}${t.parenthetical(row.goal)}` : row.label, ...row.cells.map((c) => (c.role ? [this.linkTo(c.role), text(` ${c.value}`)] : c.value))]),
        view.columns.map((_, i) => i + 1),
      ),
      list([...pb.scenarios.values()].map((e) => [this.ref('scenarios', e.id), text(`${t.locale.colon}${String(byId(pb.graph.scenarios, e.id)?.data.summary ?? '')}`)])),
    ];
  }

  whatsNew(): RootContent[] {
    const { t, fmt, pb } = this;
    const changes = pb.updates.changes.slice(0, WHATS_NEW_LIMIT);
    return [
      heading(1, t.whatsNew),
      paragraph(t.whatsNewIntro),
      ...(changes.length === 0
        ? [paragraph(t.noHistory)]
        : changes.flatMap((c): RootContent[] => [heading(2, c.subject.trim() || c.commit.slice(0, 12)), paragraph(fmt.date(c.date.slice(0, 10))), list(c.files.map((f) => [code(f)]))])),
    ];
  }

  /** The whole playbook: the twin of every part of the book, one heading level down. */
  book(): RootContent[] {
    const { t, pb } = this;
    const parts = bookParts(this.site, pb);
    const page = (part: BookPart): TwinPage => (part.entityId === null ? { kind: part.kind } : { kind: part.kind, id: part.entityId });
    const contents: BlockContent[][] = parts.map((part) => [
      paragraph(...(part.label === part.title ? [] : [`${part.label}${t.locale.colon}`]), link(part.title, this.site.paths.markdown(part.href))),
    ]);
    return [
      heading(1, pb.graph.index.data.title),
      paragraph(pb.graph.index.data.summary),
      heading(2, t.book.contents),
      blockList(contents, true),
      ...parts.flatMap((part) => footnotesOf(part.id, demote(this.page(page(part)), 1))),
    ];
  }

  // ------------------------------------------------------------ entity pages

  entity(kind: string, id: string): RootContent[] {
    const entity = byId(entitiesOf(this.pb.graph, kind), id);
    if (!entity) throw new Error(`There is no ${kind} \`${id}\` in playbook \`${this.pb.id}\`.`);
    switch (kind) {
      case 'segments':
        return this.segment(entity as Entity<Segment>);
      case 'offerings':
        return this.offering(entity as Entity<Offering>);
      case 'processes':
        return this.process(entity as Entity<Process>);
      case 'roles':
        return this.role(entity as Entity<Role>);
      case 'scenarios':
        return this.scenario(entity as Entity<Scenario>);
      default: {
        const data = entity.data as { title?: unknown; summary?: unknown };
        return [...this.head(String(data.title ?? id), String(data.summary ?? '')), ...this.warnings(entity.file), ...this.notes(this.body(kind, entity))];
      }
    }
  }

  segment(entity: Entity<Segment>): RootContent[] {
    const { t, fmt, pb } = this;
    const s = entity.data;
    const m = own(pb.metrics.segments, entity.id);
    const view = segmentView(this.site, pb.id, entity.id);
    const range = (r: { min?: number; max?: number } | undefined, format: (v: number) => string, words: (min: string | null, max: string | null) => string) =>
      r && (r.min !== undefined || r.max !== undefined) ? words(r.min === undefined ? null : format(r.min), r.max === undefined ? null : format(r.max)) : null;
    const employees = range(s.criteria.employees, (v) => fmt.count(v), t.locale.employeesRange);
    const revenue = range(s.criteria.revenue, (v) => fmt.moneyShort(v), t.locale.revenueRange);
    return [
      ...this.head(s.title, s.summary),
      ...this.warnings(entity.file),
      ...this.fields([
        ['priority', t.priority[s.priority]],
        ['motive', t.motive[s.motive]],
        s.criteria.industries ? ['criteria.industries', this.words(s.criteria.industries)] : null,
        s.criteria.regions ? ['criteria.regions', this.words(s.criteria.regions)] : null,
        employees ? ['criteria.employees', employees] : null,
        revenue ? ['criteria.revenue', revenue] : null,
        ['accounts', fmt.count(s.accounts)],
        ['opportunityRate', fmt.exact(s.opportunityRate)],
        ['dealSize', fmt.money(s.dealSize)],
        ['offerings', this.refs('offerings', s.offerings)],
        ['process', this.ref('processes', s.process)],
        ['coverage.owner', this.ref('roles', s.coverage.owner)],
        ['coverage.touchesPerYear', fmt.exact(s.coverage.touchesPerYear)],
        ['coverage.hoursPerTouch', fmt.hoursExact(s.coverage.hoursPerTouch)],
      ]),
      heading(2, t.buyingCriteria),
      list(s.buyingCriteria, true),
      ...(s.buyingCenter && s.buyingCenter.length > 0
        ? [heading(2, t.buyingCenter), table([t.customerFunction, t.influenceLabel], s.buyingCenter.map((b) => [b.function, t.influence[b.influence]]))]
        : []),
      ...(m
        ? this.figures([
            ...this.factRows(view.numbers),
            ...this.factRows(view.coverage.filter((f) => f.label === t.coverageHours)),
            ...view.dealHours.map((d): Row => [[text(`${t.dealHours} · `), this.linkTo(d.role)], d.hours]),
            ...(view.people ? view.people.roles.map((r): Row => [[text(`${t.money.people} · `), this.linkTo(r.role)], r.people]) : []),
            [t.bottleneck, view.bottleneck ? this.linkTo(view.bottleneck) : t.noBottleneck],
          ])
        : []),
      ...this.notes(this.body('segments', entity)),
    ];
  }

  offering(entity: Entity<Offering>): RootContent[] {
    const { t, pb } = this;
    const o = entity.data;
    const usedBy = pb.segments.filter((s) => s.data.offerings.includes(entity.id) || s.data.offerings.some((id) => byId(pb.graph.offerings, id)?.data.includes?.includes(entity.id)));
    const includedIn = pb.graph.offerings.filter((other) => other.data.includes?.includes(entity.id));
    return [
      ...this.head(o.title, o.summary),
      ...this.warnings(entity.file),
      ...this.fields([
        ['kind', t.offeringKind[o.kind]],
        ['motives', this.words(o.motives.map((m) => t.motive[m]))],
        o.includes && o.includes.length > 0 ? ['includes', this.refs('offerings', o.includes)] : null,
      ]),
      ...(includedIn.length > 0 ? [heading(2, t.includedIn), paragraph(this.refs('offerings', includedIn.map((x) => x.id)))] : []),
      heading(2, t.usedBy),
      paragraph(this.refs('segments', usedBy.map((s) => s.id))),
      ...this.notes(this.body('offerings', entity)),
    ];
  }

  process(entity: Entity<Process>): RootContent[] {
    const { t, fmt, pb } = this;
    const p = entity.data;
    const m = own(pb.metrics.processes, entity.id);
    const body = this.body(
      'processes',
      entity,
      p.stages.map((s) => s.id),
    );
    const roles = [...new Set(p.stages.flatMap((s) => Object.keys(s.raci)))];
    return [
      ...this.head(p.title, p.summary),
      ...this.warnings(entity.file),
      ...this.fields([['type', t.processType[p.type]]]),
      paragraph(t.processTypeExplanation[p.type]),
      ...this.figures([
        [t.winRate, fmt.percent(m?.winRate ?? 0)],
        [t.cycleDays, fmt.days(m?.cycleDays ?? 0)],
      ]),
      heading(2, t.stages),
      ...p.stages.flatMap((s, k): RootContent[] => {
        const guidance = body?.stages.get(s.id) ?? [];
        return [
          heading(3, `${t.stageOf(k + 1, p.stages.length)} · ${s.title}`),
          table(
            [t.book.field, t.book.value],
            [
              [code('id'), code(s.id)],
              [code('goal'), s.goal],
              [code('days'), fmt.daysExact(s.days)],
              [code('conversion'), k === p.stages.length - 1 ? t.conversionToWin(fmt.percent(s.conversion)) : t.conversionToNext(fmt.percent(s.conversion))],
              [t.reach, fmt.percent(m?.stages[k]?.reach ?? 0)],
            ],
          ),
          heading(4, t.exitCriteria),
          { type: 'list', ordered: false, spread: false, children: s.exitCriteria.map((c) => ({ type: 'listItem', checked: false, spread: false, children: [paragraph(c)] })) },
          heading(4, t.raciTable),
          list(
            Object.entries(s.raci).map(([role, letter]) => {
              const hours = own(s.hours ?? {}, role);
              return [strong(letter), text(` ${t.raci[letter]}: `), this.ref('roles', role), ...(hours === undefined ? [] : [text(t.parenthetical(fmt.hoursExact(hours)))])];
            }),
          ),
          ...(guidance.length > 0 ? [heading(4, t.leader.talkTrack), ...demote(guidance, 4)] : []),
        ];
      }),
      heading(2, t.raciTable),
      table([t.role, ...p.stages.map((s) => s.title)], roles.map((role) => [this.ref('roles', role), ...p.stages.map((s) => own(s.raci, role) ?? '—')])),
      heading(2, t.usedBy),
      paragraph(this.refs('segments', pb.segments.filter((s) => s.data.process === entity.id).map((s) => s.id))),
      ...this.notes(body),
    ];
  }

  role(entity: Entity<Role>): RootContent[] {
    const { t, fmt, pb } = this;
    const r = entity.data;
    const m = own(pb.metrics.roles, entity.id);
    const view = roleView(this.site, pb.id, entity.id);
    const stages = pb.graph.processes.flatMap((p) =>
      p.data.stages.flatMap((s) => {
        const letter = own(s.raci, entity.id);
        return letter ? [{ process: p, stage: s, letter }] : [];
      }),
    );
    const owns = pb.segments.filter((s) => s.data.coverage.owner === entity.id);
    return [
      ...this.head(r.title, r.summary),
      ...this.warnings(entity.file),
      ...this.fields([
        ['function', t.roleFunction[r.function]],
        ['headcount', fmt.peopleExact(r.headcount)],
        r.sellingHours === undefined ? null : ['sellingHours', fmt.hoursExact(r.sellingHours)],
        r.counterparts && r.counterparts.length > 0 ? ['counterparts', this.words(r.counterparts)] : null,
        r.hires && r.hires.length > 0 ? ['hires', this.words(r.hires.map((h) => t.plan.hire(fmt.exact(h.count), fmt.month(h.start))))] : null,
        r.rampMonths === undefined ? null : ['rampMonths', t.plan.ramp(r.rampMonths)],
        r.attrition ? ['attrition', t.plan.attrition(fmt.percent(r.attrition.rate), r.attrition.backfillMonths)] : null,
      ]),
      heading(2, t.participation),
      stages.length === 0
        ? paragraph(t.none)
        : table(
            [t.process, t.stage, t.raciLetter, t.hoursPerOpportunity],
            stages.map(({ process, stage, letter }) => {
              const hours = own(stage.hours ?? {}, entity.id);
              return [this.ref('processes', process.id), stage.title, `${letter} ${t.raci[letter]}`, hours === undefined ? '—' : fmt.hoursExact(hours)];
            }),
            [3],
          ),
      ...(owns.length > 0 ? [heading(2, t.ownsCoverage), paragraph(this.refs('segments', owns.map((s) => s.id)))] : []),
      ...(m ? this.figures([...this.factRows(view.facts.filter((f) => f.label === t.money.roleCost || f.label === t.money.roleQuota)), ...this.factRows(view.numbers)]) : []),
      ...(view.nextHire ? [paragraph(view.nextHire)] : []),
      ...this.notes(this.body('roles', entity)),
    ];
  }

  scenario(entity: Entity<Scenario>): RootContent[] {
    const { t, pb } = this;
    const sc = entity.data;
    const evaluation = pb.scenarios.get(entity.id);
    const view = evaluation ? scenarioView(this.site, pb.id, entity.id) : null;
    const value = (v: unknown) => code(typeof v === 'string' ? v : JSON.stringify(v));
    return [
      ...this.head(sc.title, sc.summary),
      ...this.warnings(entity.file),
      heading(2, t.book.changes),
      view
        ? // The stage's title as text: its link is the process's twin again (a twin has no section anchors).
          list(view.changes.map((c) => [...c.parts.map((p) => (p.link && p.link !== c.stage ? this.linkTo(p.link) : text(p.text))), text(' '), code(c.path)]))
        : table(
            [code('set'), t.book.value],
            sc.changes.map((c) => [code(c.set), c.add !== undefined ? [code('add'), text(' '), value(c.add)] : [code('to'), text(' '), value(c.to)]]),
          ),
      ...(view
        ? this.figures(view.playbook.map((row): Row => [row.label, row.moved ? `${row.before} → ${row.after}${t.parenthetical(row.delta)}` : row.after]))
        : []),
      ...(view?.money ? [paragraph(`${t.money.costSide}${t.locale.colon}${view.money}`)] : []),
      ...(evaluation && (evaluation.cleared.length > 0 || evaluation.added.length > 0)
        ? [
            heading(2, t.warnings),
            list([
              ...evaluation.cleared.map((d) => this.diagnostic(d, `${t.book.cleared} `)),
              ...evaluation.added.map((d) => this.diagnostic(d, `${t.book.added} `)),
            ]),
          ]
        : []),
      ...this.notes(this.body('scenarios', entity)),
    ];
  }
}

/**
 * The footnotes of one part of the book, renamed after the part (`[^1]` →
 * `[^segments-smb-1]`): in one document, two bodies' `[^1]` would otherwise
 * share the first one's note.
 */
function footnotesOf(part: string, nodes: RootContent[]): RootContent[] {
  const rename = (node: RootContent): RootContent => {
    if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      const renamed = { ...node, identifier: `${part}-${node.identifier}`, label: `${part}-${node.label ?? node.identifier}` };
      return 'children' in renamed ? ({ ...renamed, children: (renamed.children as RootContent[]).map(rename) } as RootContent) : renamed;
    }
    return 'children' in node ? ({ ...node, children: (node.children as RootContent[]).map(rename) } as RootContent) : node;
  };
  return nodes.map(rename);
}
