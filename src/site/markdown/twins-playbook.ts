/**
 * The Markdown twins of a playbook's own pages (./twins.ts serves them): the
 * overview, the team-role matrix, the metrics, the plan, the scenario
 * comparison, what's new and the whole book.
 */
import type { BlockContent, RootContent } from 'mdast';
import { byId } from '../../model/graph.ts';
import { own } from '../../model/records.ts';
import { bookParts, type BookPart } from '../views/book.ts';
import { WHATS_NEW_LIMIT } from '../views/whats-new.ts';
import { blockList, code, demote, heading, link, list, paragraph, strong, table, text } from './mdast.ts';
import type { TwinContext, TwinPage } from './twin-context.ts';
import { metricsView } from '../views/metrics.ts';
import { planView } from '../views/plan.ts';
import { scenariosView } from '../views/scenario-comparison.ts';

export function overviewTwin(tw: TwinContext): RootContent[] {
  const { t, fmt, pb } = tw;
  const data = pb.graph.index.data;
  const metrics = metricsView(tw.site, pb.id);
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
    ...tw.leader(metrics.leader),
    ...tw.warnings(pb.graph.index.file),
    heading(2, t.salesModel),
    table(
      [t.segment, t.offerings, t.process, t.accounts, t.coverage, t.winRate, t.expectedRevenue],
      pb.segments.map((s, i) => {
        const row = metrics.segments[i]!;
        return [
          [tw.ref('segments', s.id), text(t.parenthetical(t.priority[s.data.priority]))],
          tw.refs('offerings', s.data.offerings),
          tw.ref('processes', s.data.process),
          fmt.count(s.data.accounts),
          row.coverage,
          row.winRate,
          row.expectedRevenue,
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
  const view = metricsView(tw.site, pb.id);
  const total = view.total;
  return [
    heading(1, t.metrics),
    ...tw.leader(view.leader),
    ...tw.figures(
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
          tw.linkTo(row.segment),
          `${row.opportunities}${t.parenthetical(row.workedOpportunities)}`,
          row.coverage,
          row.winRate,
          row.expectedWins,
          row.expectedRevenue,
          fmt.moneyShort(own(m.segments, s.id)?.velocityPerDay ?? 0),
          row.bottleneck ? tw.linkTo(row.bottleneck) : '—',
        ];
      }),
      [1, 2, 3, 4, 5, 6],
    ),
    heading(2, t.perRole),
    table(
      [t.role, t.requiredHours, t.availableHours, t.load, t.money.peopleNeeded, t.money.peopleToHire],
      view.capacity.map((bar) => [tw.linkTo(bar.role), bar.required, bar.available, bar.load, bar.gap ? `${bar.fteNeeded}${t.parenthetical(bar.gap)}` : bar.fteNeeded, bar.toHire ?? '—']),
      [1, 2, 3, 4, 5],
    ),
    ...tw.people(view.people),
    ...(view.processPeople ? tw.people(view.processPeople) : []),
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
  const view = planView(tw.site, pb.id);
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
      [t.plan.month, ...view.headcount.roles.map((r) => tw.linkTo(r.role))],
      view.headcount.rows.map((row) => [row.label, ...row.cells.map((c) => c.value)]),
      view.headcount.roles.map((_, i) => i + 1),
    ),
    ...(view.steady ? [paragraph(view.steady)] : []),
  ];
}

export function scenariosTwin(tw: TwinContext): RootContent[] {
  const { t, pb } = tw;
  const view = scenariosView(tw.site, pb.id);
  return [
    heading(1, t.scenarios.title),
    paragraph(t.scenarios.intro),
    table(
      [t.book.figure, ...view.columns.map((c) => (c.id === null ? text(c.title) : tw.ref('scenarios', c.id)))],
      view.rows.map((row) => [row.goal ? `${row.label}${t.parenthetical(row.goal)}` : row.label, ...row.cells.map((c) => (c.role ? [tw.linkTo(c.role), text(` ${c.value}`)] : c.value))]),
      view.columns.map((_, i) => i + 1),
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
    if (!('children' in node)) return node;
    // A node without footnotes stays the same object: its text is written once for its page and the book (mdast.ts).
    const children = (node.children as RootContent[]).map(rename);
    return children.every((child, i) => child === (node.children as RootContent[])[i]) ? node : ({ ...node, children } as RootContent);
  };
  return nodes.map(rename);
}
