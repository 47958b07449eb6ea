/**
 * The Markdown twin of every playbook page (`…/index.md` next to the page's
 * index.html, linked from it with `<link rel="alternate" type="text/markdown">`):
 * for assistants, and for anyone who wants a page's text without the site.
 *
 * A twin says what its file says and what the model computes from it, from
 * the model itself (not from the page's HTML): the frontmatter's facts as a
 * table (the field names of format.md, the values as the page shows them, in
 * the playbook's language and currency), the computed figures as a table,
 * and the body as plain Markdown (./body.ts), with `<Metric>`/`<Delta>`
 * resolved. Links to other pages of the playbook go to their twins.
 */
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import { figureResolver } from '../../lint/figures.ts';
import { byId, entitiesOf, type Entity } from '../../model/graph.ts';
import { own } from '../../model/records.ts';
import type { Offering, Process, Role, Scenario, Segment } from '../../schema/index.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { bookParts, type BookPart } from '../views/book.ts';
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
    const m = pb.metrics;
    const goals: RootContent = table(
      [t.book.figure, t.goal, t.computed],
      [
        [t.coverage, fmt.percent(data.goals.coverage), fmt.percent(m.coverage)],
        [t.winRate, fmt.percent(data.goals.winRate), fmt.percent(m.winRate)],
        [t.expectedRevenue, data.goals.bookings === undefined ? '—' : fmt.money(data.goals.bookings), fmt.money(m.expectedRevenue)],
        [t.expectedWins, '—', fmt.number(m.expectedWins, 1)],
      ],
      [1, 2],
    );
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
      heading(2, t.goalVsComputed),
      goals,
      ...this.warnings(pb.graph.index.file),
      heading(2, t.salesModel),
      table(
        [t.segment, t.offerings, t.process, t.accounts, t.coverage, t.winRate, t.expectedRevenue],
        pb.segments.map((s) => {
          const sm = own(m.segments, s.id);
          return [
            [this.ref('segments', s.id), text(t.parenthetical(t.priority[s.data.priority]))],
            this.refs('offerings', s.data.offerings),
            this.ref('processes', s.data.process),
            fmt.count(s.data.accounts),
            fmt.percent(sm?.coverage ?? 0),
            fmt.percent(sm?.winRate ?? 0),
            fmt.money(sm?.expectedRevenue ?? 0),
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
    return [
      heading(1, t.metrics),
      ...this.figures(
        [
          [t.coverage, fmt.percent(m.coverage)],
          [t.winRate, fmt.percent(m.winRate)],
          [t.expectedWins, fmt.number(m.expectedWins, 1)],
          [t.expectedRevenue, fmt.money(m.expectedRevenue)],
          [t.accounts, fmt.count(m.accounts)],
          [t.book.coveredAccounts, fmt.number(m.coveredAccounts, 1)],
          [t.book.openPipeline, fmt.number(m.openPipeline, 1)],
          [t.book.pipelineValue, fmt.money(m.pipelineValue)],
        ],
        t.book.wholePlaybook,
      ),
      heading(2, t.perSegment),
      table(
        [t.segment, t.opportunities, t.coverage, t.winRate, t.expectedWins, t.expectedRevenue, t.velocity, t.bottleneck],
        pb.segments.map((s) => {
          const sm = own(m.segments, s.id);
          return [
            this.ref('segments', s.id),
            fmt.number(sm?.opportunities ?? 0, 1),
            fmt.percent(sm?.coverage ?? 0),
            fmt.percent(sm?.winRate ?? 0),
            fmt.number(sm?.expectedWins ?? 0, 1),
            fmt.money(sm?.expectedRevenue ?? 0),
            fmt.money(sm?.velocityPerDay ?? 0),
            sm?.bottleneck ? this.ref('roles', sm.bottleneck) : '—',
          ];
        }),
        [1, 2, 3, 4, 5, 6],
      ),
      heading(2, t.perRole),
      table(
        [t.role, t.requiredHours, t.availableHours, t.load, t.fteNeeded, t.capacityFactor],
        pb.graph.roles.map((r) => {
          const rm = own(m.roles, r.id);
          return [
            this.ref('roles', r.id),
            fmt.hours(rm?.requiredHours ?? 0),
            fmt.hours(rm?.availableHours ?? 0),
            rm && Number.isFinite(rm.load) ? fmt.load(rm.load) : t.noneInfinite,
            fmt.number(rm?.fteNeeded ?? 0, 2),
            fmt.percent(rm?.capacityFactor ?? 1),
          ];
        }),
        [1, 2, 3, 4, 5],
      ),
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
    const figures = (f: { coverage: number; expectedWins: number; expectedRevenue: number }) => [fmt.percent(f.coverage), fmt.number(f.expectedWins, 1), fmt.money(f.expectedRevenue)];
    return [
      heading(1, t.plan.title),
      paragraph(t.plan.intro(fmt.month(plan.start), fmt.month(plan.end), plan.months.length)),
      heading(2, t.plan.byQuarter),
      table(
        [t.plan.quarter, t.coverage, t.plan.wins, t.plan.bookings],
        [
          ...plan.quarters.map((q) => [t.plan.quarterLabel(q.index + 1, fmt.monthRange(q.firstMonth, q.lastMonth)), ...figures(q)]),
          [strong(t.plan.wholePlan), ...figures(plan.totals)],
        ],
        [1, 2, 3],
      ),
      heading(2, t.plan.headcount),
      paragraph(t.plan.headcountDescription),
      table(
        [t.plan.month, ...pb.graph.roles.map((r) => this.ref('roles', r.id))],
        plan.months.map((month) => [fmt.monthShort(month.month), ...pb.graph.roles.map((r) => fmt.number(own(month.roles, r.id)?.effectiveHeadcount ?? 0, 2))]),
        pb.graph.roles.map((_, i) => i + 1),
      ),
    ];
  }

  scenarios(): RootContent[] {
    const { t, fmt, pb } = this;
    const columns = [{ title: t.book.baseline, metrics: pb.metrics, link: null as PhrasingContent | null }, ...[...pb.scenarios.values()].map((e) => ({ title: '', metrics: e.metrics, link: this.ref('scenarios', e.id) }))];
    const row = (label: string, value: (m: typeof pb.metrics) => string): Phrase[] => [label, ...columns.map((c) => value(c.metrics))];
    return [
      heading(1, t.scenarios.title),
      paragraph(t.scenarios.intro),
      table(
        [t.book.figure, ...columns.map((c) => c.link ?? text(c.title))],
        [
          row(t.coverage, (m) => fmt.percent(m.coverage)),
          row(t.winRate, (m) => fmt.percent(m.winRate)),
          row(t.expectedWins, (m) => fmt.number(m.expectedWins, 1)),
          row(t.expectedRevenue, (m) => fmt.money(m.expectedRevenue)),
          row(t.book.coveredAccounts, (m) => fmt.number(m.coveredAccounts, 1)),
        ],
        columns.map((_, i) => i + 1),
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
            [t.opportunities, fmt.number(m.opportunities, 1)],
            [t.coverage, fmt.percent(m.coverage)],
            [t.winRate, fmt.percent(m.winRate)],
            [t.expectedWins, fmt.number(m.expectedWins, 1)],
            [t.expectedRevenue, fmt.money(m.expectedRevenue)],
            [t.velocity, fmt.money(m.velocityPerDay)],
            [t.book.coveredAccounts, fmt.number(m.coveredAccounts, 1)],
            [t.book.openPipeline, fmt.number(m.openPipeline, 1)],
            [t.book.pipelineValue, fmt.money(m.pipelineValue)],
            [t.coverageHours, fmt.hours(m.coverageHours)],
            ...Object.entries(m.dealHours).map(([role, hours]): Row => [[text(`${t.dealHours} · `), this.ref('roles', role)], fmt.hours(hours)]),
            [t.bottleneck, m.bottleneck ? this.ref('roles', m.bottleneck) : t.noBottleneck],
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
      ...(m
        ? this.figures([
            [t.dealHours, fmt.hours(m.dealHours)],
            [t.coverageHours, fmt.hours(m.coverageHours)],
            [t.requiredHours, fmt.hours(m.requiredHours)],
            [t.availableHours, fmt.hours(m.availableHours)],
            [t.load, Number.isFinite(m.load) ? fmt.load(m.load) : t.noneInfinite],
            [t.fteNeeded, fmt.number(m.fteNeeded, 2)],
            [t.capacityFactor, fmt.percent(m.capacityFactor)],
          ])
        : []),
      ...this.notes(this.body('roles', entity)),
    ];
  }

  scenario(entity: Entity<Scenario>): RootContent[] {
    const { t, fmt, pb } = this;
    const sc = entity.data;
    const evaluation = pb.scenarios.get(entity.id);
    const value = (v: unknown) => code(typeof v === 'string' ? v : JSON.stringify(v));
    const before = pb.metrics;
    const after = evaluation?.metrics;
    const compare = (label: string, format: (m: typeof before) => string): Row => [label, after ? `${format(before)} → ${format(after)}` : format(before)];
    return [
      ...this.head(sc.title, sc.summary),
      ...this.warnings(entity.file),
      heading(2, t.book.changes),
      table(
        [code('set'), t.book.value],
        sc.changes.map((c) => [code(c.set), c.add !== undefined ? [code('add'), text(' '), value(c.add)] : [code('to'), text(' '), value(c.to)]]),
      ),
      ...this.figures([
        compare(t.coverage, (m) => fmt.percent(m.coverage)),
        compare(t.winRate, (m) => fmt.percent(m.winRate)),
        compare(t.expectedWins, (m) => fmt.number(m.expectedWins, 1)),
        compare(t.expectedRevenue, (m) => fmt.money(m.expectedRevenue)),
        compare(t.book.coveredAccounts, (m) => fmt.number(m.coveredAccounts, 1)),
      ]),
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
