/**
 * The Markdown twins of a playbook's own pages (./twins.ts serves them): the
 * overview, the team-role matrix, the metrics, the plan, the scenario
 * comparison, what's new and the whole book.
 */
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import { byId } from '../../model/graph.ts';
import { own } from '../../model/records.ts';
import { bookParts, type BookPart } from '../views/book.ts';
import { WHATS_NEW_LIMIT } from '../views/whats-new.ts';
import { blockList, code, demote, heading, link, list, paragraph, strong, table, text, type Phrase } from './mdast.ts';
import type { TwinContext, TwinPage } from './twin-context.ts';

export function overviewTwin(tw: TwinContext): RootContent[] {
  const { t, fmt, pb } = tw;
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
    ...tw.head(data.title, data.summary),
    ...tw.fields([
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
    ...tw.warnings(pb.graph.index.file),
    heading(2, t.salesModel),
    table(
      [t.segment, t.offerings, t.process, t.accounts, t.coverage, t.winRate, t.expectedRevenue],
      pb.segments.map((s) => {
        const sm = own(m.segments, s.id);
        return [
          [tw.ref('segments', s.id), text(t.parenthetical(t.priority[s.data.priority]))],
          tw.refs('offerings', s.data.offerings),
          tw.ref('processes', s.data.process),
          fmt.count(s.data.accounts),
          fmt.percent(sm?.coverage ?? 0),
          fmt.percent(sm?.winRate ?? 0),
          fmt.money(sm?.expectedRevenue ?? 0),
        ];
      }),
      [3, 4, 5, 6],
    ),
    ...tw.notes(tw.body('playbook', pb.graph.index)),
  ];
}

export function matrixTwin(tw: TwinContext): RootContent[] {
  const { t, pb } = tw;
  const columns = pb.graph.processes.flatMap((p) => p.data.stages.map((s) => ({ process: p, stage: s })));
  return [
    heading(1, t.matrix),
    paragraph(t.matrixIntro),
    paragraph(...(['R', 'A', 'C', 'I', 'AR'] as const).flatMap((letter, i) => [...(i > 0 ? [text(' · ')] : []), strong(letter), text(` ${t.raci[letter]}`)])),
    table(
      [t.role, ...columns.map(({ process, stage }) => `${process.data.title} › ${stage.title}`)],
      pb.graph.roles.map((r) => [tw.ref('roles', r.id), ...columns.map(({ stage }) => own(stage.raci, r.id) ?? '—')]),
    ),
  ];
}

export function metricsTwin(tw: TwinContext): RootContent[] {
  const { t, fmt, pb } = tw;
  const m = pb.metrics;
  return [
    heading(1, t.metrics),
    ...tw.figures(
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
          tw.ref('segments', s.id),
          fmt.number(sm?.opportunities ?? 0, 1),
          fmt.percent(sm?.coverage ?? 0),
          fmt.percent(sm?.winRate ?? 0),
          fmt.number(sm?.expectedWins ?? 0, 1),
          fmt.money(sm?.expectedRevenue ?? 0),
          fmt.money(sm?.velocityPerDay ?? 0),
          sm?.bottleneck ? tw.ref('roles', sm.bottleneck) : '—',
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
          tw.ref('roles', r.id),
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
        return [tw.ref('processes', p.id), fmt.percent(pm?.winRate ?? 0), fmt.days(pm?.cycleDays ?? 0)];
      }),
      [1, 2],
    ),
    ...(pb.diagnostics.length > 0
      ? [heading(2, t.warnings), list(pb.diagnostics.map((d) => tw.diagnostic(d)))]
      : []),
    heading(2, t.howComputed),
    list(Object.values(t.explanations)),
  ];
}

export function planTwin(tw: TwinContext): RootContent[] {
  const { t, fmt, pb } = tw;
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
      [t.plan.month, ...pb.graph.roles.map((r) => tw.ref('roles', r.id))],
      plan.months.map((month) => [fmt.monthShort(month.month), ...pb.graph.roles.map((r) => fmt.number(own(month.roles, r.id)?.effectiveHeadcount ?? 0, 2))]),
      pb.graph.roles.map((_, i) => i + 1),
    ),
  ];
}

export function scenariosTwin(tw: TwinContext): RootContent[] {
  const { t, fmt, pb } = tw;
  const columns = [{ title: t.book.baseline, metrics: pb.metrics, link: null as PhrasingContent | null }, ...[...pb.scenarios.values()].map((e) => ({ title: '', metrics: e.metrics, link: tw.ref('scenarios', e.id) }))];
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
    list([...pb.scenarios.values()].map((e) => [tw.ref('scenarios', e.id), text(`${t.locale.colon}${String(byId(pb.graph.scenarios, e.id)?.data.summary ?? '')}`)])),
  ];
}

export function whatsNewTwin(tw: TwinContext): RootContent[] {
  const { t, fmt, pb } = tw;
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
export function bookTwin(tw: TwinContext): RootContent[] {
  const { t, pb } = tw;
  const parts = bookParts(tw.site, pb);
  const page = (part: BookPart): TwinPage => (part.entityId === null ? { kind: part.kind } : { kind: part.kind, id: part.entityId });
  const contents: BlockContent[][] = parts.map((part) => [
    paragraph(...(part.label === part.title ? [] : [`${part.label}${t.locale.colon}`]), link(part.title, tw.site.paths.markdown(part.href))),
  ]);
  return [
    heading(1, pb.graph.index.data.title),
    paragraph(pb.graph.index.data.summary),
    heading(2, t.book.contents),
    blockList(contents, true),
    ...parts.flatMap((part) => footnotesOf(part.id, demote(tw.page(page(part)), 1))),
  ];
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
