/**
 * The Markdown twins of the entity pages of the kinds with a page of their
 * own (src/site/kind-pages.ts names each kind's): the frontmatter's facts,
 * what the model computes from them and the body, as the page shows them.
 * A kind without one gets `plainTwin`: title, summary, warnings and body.
 */
import type { RootContent } from 'mdast';
import { byId, type Entity } from '../../model/graph.ts';
import { own } from '../../model/records.ts';
import type { Offering, Process, Role, Scenario, Segment } from '../../schema/index.ts';
import { code, demote, heading, list, paragraph, strong, table, text } from './mdast.ts';
import type { Row, TwinContext } from './twin-context.ts';
import { roleView } from '../views/role.ts';
import { scenarioView } from '../views/scenario.ts';
import { segmentView } from '../views/segment.ts';

/** The twin of an entity of a kind without a twin of its own. */
export function plainTwin(tw: TwinContext, entity: Entity<unknown>, kind: string): RootContent[] {
  const data = entity.data as { title?: unknown; summary?: unknown };
  return [...tw.head(String(data.title ?? entity.id), String(data.summary ?? '')), ...tw.warnings(entity.file), ...tw.notes(tw.body(kind, entity))];
}

export function segmentTwin(tw: TwinContext, entity: Entity<Segment>): RootContent[] {
  const { t, fmt, pb } = tw;
  const s = entity.data;
  const m = own(pb.metrics.segments, entity.id);
  const view = segmentView(tw.site, pb.id, entity.id);
  const range = (r: { min?: number; max?: number } | undefined, format: (v: number) => string, words: (min: string | null, max: string | null) => string) =>
    r && (r.min !== undefined || r.max !== undefined) ? words(r.min === undefined ? null : format(r.min), r.max === undefined ? null : format(r.max)) : null;
  const employees = range(s.criteria.employees, (v) => fmt.count(v), t.locale.employeesRange);
  const revenue = range(s.criteria.revenue, (v) => fmt.moneyShort(v), t.locale.revenueRange);
  return [
    ...tw.head(s.title, s.summary),
    ...tw.warnings(entity.file),
    ...tw.fields([
      ['priority', t.priority[s.priority]],
      ['motive', t.motive[s.motive]],
      s.criteria.industries ? ['criteria.industries', tw.words(s.criteria.industries)] : null,
      s.criteria.regions ? ['criteria.regions', tw.words(s.criteria.regions)] : null,
      employees ? ['criteria.employees', employees] : null,
      revenue ? ['criteria.revenue', revenue] : null,
      ['accounts', fmt.count(s.accounts)],
      ['opportunityRate', fmt.exact(s.opportunityRate)],
      ['dealSize', fmt.money(s.dealSize)],
      ['offerings', tw.refs('offerings', s.offerings)],
      ['process', tw.ref('processes', s.process)],
      ['coverage.owner', tw.ref('roles', s.coverage.owner)],
      ['coverage.touchesPerYear', fmt.exact(s.coverage.touchesPerYear)],
      ['coverage.hoursPerTouch', fmt.hoursExact(s.coverage.hoursPerTouch)],
    ]),
    heading(2, t.buyingCriteria),
    list(s.buyingCriteria, true),
    ...(s.buyingCenter && s.buyingCenter.length > 0
      ? [heading(2, t.buyingCenter), table([t.customerFunction, t.influenceLabel], s.buyingCenter.map((b) => [b.function, t.influence[b.influence]]))]
      : []),
    ...(m
      ? tw.figures([
          ...tw.factRows(view.numbers),
          ...tw.factRows(view.coverage.filter((f) => f.label === t.coverageHours)),
          ...view.dealHours.map((d): Row => [[text(`${t.dealHours} · `), tw.linkTo(d.role)], d.hours]),
          ...(view.people ? view.people.roles.map((r): Row => [[text(`${t.money.people} · `), tw.linkTo(r.role)], r.people]) : []),
          [t.bottleneck, view.bottleneck ? tw.linkTo(view.bottleneck) : t.noBottleneck],
        ])
      : []),
    ...tw.notes(tw.body('segments', entity)),
  ];
}

export function offeringTwin(tw: TwinContext, entity: Entity<Offering>): RootContent[] {
  const { t, pb } = tw;
  const o = entity.data;
  const usedBy = pb.segments.filter((s) => s.data.offerings.includes(entity.id) || s.data.offerings.some((id) => byId(pb.graph.offerings, id)?.data.includes?.includes(entity.id)));
  const includedIn = pb.graph.offerings.filter((other) => other.data.includes?.includes(entity.id));
  return [
    ...tw.head(o.title, o.summary),
    ...tw.warnings(entity.file),
    ...tw.fields([
      ['kind', t.offeringKind[o.kind]],
      ['motives', tw.words(o.motives.map((m) => t.motive[m]))],
      o.includes && o.includes.length > 0 ? ['includes', tw.refs('offerings', o.includes)] : null,
    ]),
    ...(includedIn.length > 0 ? [heading(2, t.includedIn), paragraph(tw.refs('offerings', includedIn.map((x) => x.id)))] : []),
    heading(2, t.usedBy),
    paragraph(tw.refs('segments', usedBy.map((s) => s.id))),
    ...tw.notes(tw.body('offerings', entity)),
  ];
}

export function processTwin(tw: TwinContext, entity: Entity<Process>): RootContent[] {
  const { t, fmt, pb } = tw;
  const p = entity.data;
  const m = own(pb.metrics.processes, entity.id);
  const body = tw.body(
    'processes',
    entity,
    p.stages.map((s) => s.id),
  );
  const roles = [...new Set(p.stages.flatMap((s) => Object.keys(s.raci)))];
  return [
    ...tw.head(p.title, p.summary),
    ...tw.warnings(entity.file),
    ...tw.fields([['type', t.processType[p.type]]]),
    paragraph(t.processTypeExplanation[p.type]),
    ...tw.figures([
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
            // As the page has it: the letter, the role, its hours, and what the letter means.
            return [strong(letter), text(' '), tw.ref('roles', role), ...(hours === undefined ? [] : [text(t.parenthetical(fmt.hoursExact(hours)))]), text(t.parenthetical(t.raci[letter]))];
          }),
        ),
        ...(guidance.length > 0 ? [heading(4, t.leader.talkTrack), ...demote(guidance, 4)] : []),
      ];
    }),
    heading(2, t.raciTable),
    table([t.role, ...p.stages.map((s) => s.title)], roles.map((role) => [tw.ref('roles', role), ...p.stages.map((s) => own(s.raci, role) ?? '—')])),
    heading(2, t.usedBy),
    paragraph(tw.refs('segments', pb.segments.filter((s) => s.data.process === entity.id).map((s) => s.id))),
    ...tw.notes(body),
  ];
}

export function roleTwin(tw: TwinContext, entity: Entity<Role>): RootContent[] {
  const { t, fmt, pb } = tw;
  const r = entity.data;
  const m = own(pb.metrics.roles, entity.id);
  const view = roleView(tw.site, pb.id, entity.id);
  const stages = pb.graph.processes.flatMap((p) =>
    p.data.stages.flatMap((s) => {
      const letter = own(s.raci, entity.id);
      return letter ? [{ process: p, stage: s, letter }] : [];
    }),
  );
  const owns = pb.segments.filter((s) => s.data.coverage.owner === entity.id);
  return [
    ...tw.head(r.title, r.summary),
    ...tw.warnings(entity.file),
    ...tw.fields([
      ['function', t.roleFunction[r.function]],
      ['headcount', fmt.peopleExact(r.headcount)],
      r.sellingHours === undefined ? null : ['sellingHours', fmt.hoursExact(r.sellingHours)],
      r.counterparts && r.counterparts.length > 0 ? ['counterparts', tw.words(r.counterparts)] : null,
      r.hires && r.hires.length > 0 ? ['hires', tw.words(r.hires.map((h) => t.plan.hire(fmt.exact(h.count), fmt.month(h.start))))] : null,
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
            return [tw.ref('processes', process.id), stage.title, `${letter} ${t.raci[letter]}`, hours === undefined ? '—' : fmt.hoursExact(hours)];
          }),
          [3],
        ),
    ...(owns.length > 0 ? [heading(2, t.ownsCoverage), paragraph(tw.refs('segments', owns.map((s) => s.id)))] : []),
    ...(m ? tw.figures([...tw.factRows(view.facts.filter((f) => f.label === t.money.roleCost || f.label === t.money.roleQuota)), ...tw.factRows(view.numbers)]) : []),
    ...(view.nextHire ? [paragraph(view.nextHire)] : []),
    ...tw.notes(tw.body('roles', entity)),
  ];
}

export function scenarioTwin(tw: TwinContext, entity: Entity<Scenario>): RootContent[] {
  const { t, pb } = tw;
  const sc = entity.data;
  const evaluation = pb.scenarios.get(entity.id);
  const view = evaluation ? scenarioView(tw.site, pb.id, entity.id) : null;
  const value = (v: unknown) => code(typeof v === 'string' ? v : JSON.stringify(v));
  return [
    ...tw.head(sc.title, sc.summary),
    ...tw.warnings(entity.file),
    heading(2, t.book.changes),
    view
      ? // The stage's title as text: its link is the process's twin again (a twin has no section anchors).
        list(view.changes.map((c) => [...c.parts.map((p) => (p.link && p.link !== c.stage ? tw.linkTo(p.link) : text(p.text))), text(' '), code(c.path)]))
      : table(
          [code('set'), t.book.value],
          sc.changes.map((c) => [code(c.set), c.add !== undefined ? [code('add'), text(' '), value(c.add)] : [code('to'), text(' '), value(c.to)]]),
        ),
    ...(view
      ? tw.figures(view.playbook.map((row): Row => [row.label, row.moved ? `${row.before} → ${row.after}${t.parenthetical(row.delta)}` : row.after]))
      : []),
    ...(view?.money ? [paragraph(`${t.money.costSide}${t.locale.colon}${view.money}`)] : []),
    ...(evaluation && (evaluation.cleared.length > 0 || evaluation.added.length > 0)
      ? [
          heading(2, t.warnings),
          list([
            ...evaluation.cleared.map((d) => tw.diagnostic(d, `${t.book.cleared} `)),
            ...evaluation.added.map((d) => tw.diagnostic(d, `${t.book.added} `)),
          ]),
        ]
      : []),
    ...tw.notes(tw.body('scenarios', entity)),
  ];
}
