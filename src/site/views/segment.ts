import { byId } from '../../model/graph.ts';
import type { Segment } from '../../schema/index.ts';
import type { Formatter } from '../../format/numbers.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site } from '../site.ts';
import { measuredSection, type MeasuredSection } from './actuals.ts';
import { peopleByRole, type PeopleByRole } from './people.ts';
import { type Badge, type BuyerRow, buyerRows, entityHeader, type EntityHeader, type Fact, isBelow, priorityBadge, processTypeBadge, type StageFlow, stageFlow, fileWarnings, type Warning } from './shared.ts';

export interface SegmentView extends EntityHeader {
  priority: Badge;
  motive: string;
  criteria: Fact[];
  buyingCriteria: string[];
  buyingCenter: BuyerRow[];
  /** Key-account selling needs every function mirrored: gaps are warnings there, facts elsewhere. */
  mirrorRequired: boolean;
  offerings: (EntityLink & { kind: string })[];
  process: EntityLink;
  processType: Badge | null;
  flow: StageFlow | null;
  coverageOwner: EntityLink;
  coverage: Fact[];
  numbers: Fact[];
  dealHours: { role: EntityLink; hours: string }[];
  /** v1.2: the people the segment takes, by role. */
  people: PeopleByRole | null;
  bottleneck: EntityLink | null;
  warnings: Warning[];
  /** v1.2: the assumptions beside what the latest snapshot measured; null without one. */
  measured: MeasuredSection | null;
}

/** How to recognise an account, as label/value pairs. */
export function criteriaFacts(segment: Segment, t: Dictionary, fmt: Formatter): Fact[] {
  const { industries, regions, employees, revenue } = segment.criteria;
  const facts: Fact[] = [];
  if (industries?.length) facts.push({ label: t.industries, value: fmt.list(industries) });
  if (regions?.length) facts.push({ label: t.regions, value: fmt.list(regions) });
  // The ranges as the Markdown twin and the book word them, with their unit: `300–3,000 employees`, `300 至 3,000 人`.
  const range = (r: { min?: number; max?: number }, format: (n: number) => string, words: (min: string | null, max: string | null) => string) =>
    words(r.min === undefined ? null : format(r.min), r.max === undefined ? null : format(r.max));
  if (employees && (employees.min !== undefined || employees.max !== undefined)) {
    facts.push({ label: t.employees, value: range(employees, fmt.count, t.locale.employeesRange) });
  }
  if (revenue && (revenue.min !== undefined || revenue.max !== undefined)) {
    // In the units a reader says: $5M, 5,000 万元 (not ¥50,000,000).
    facts.push({ label: t.revenue, value: range(revenue, fmt.moneyShort, t.locale.revenueRange) });
  }
  return facts;
}

/** A segment page: who, what they buy, how we sell, and its numbers. */
export function segmentView(site: Site, playbookId: string | undefined, id: string | undefined): SegmentView {
  const pb = findPlaybook(site, playbookId);
  const segment = byId(pb.graph.segments, id ?? '');
  if (!segment) throw new Error(`There is no segment \`${String(id)}\` in playbook \`${pb.id}\`.`);
  const { t, fmt } = pb;
  const s = segment.data;
  const process = byId(pb.graph.processes, s.process);
  const m = own(pb.metrics.segments, segment.id);
  const goals = pb.graph.index.data.goals;
  const buyingCenter = buyerRows(site, pb, s, process?.data);
  // Inputs as written (fmt.exact: 0.75 stays 0.75); computed figures rounded for reading, money in full in a title.
  const numbers: Fact[] = [
    { label: t.accounts, value: fmt.count(s.accounts) },
    { label: t.opportunityRate, value: fmt.exact(s.opportunityRate) },
    { label: t.opportunities, value: fmt.wins(m?.opportunities ?? 0), note: t.money.worked(fmt.wins((m?.opportunities ?? 0) * (m?.coverage ?? 0))) },
    { label: t.dealSize, value: fmt.money(s.dealSize) },
    { label: t.leader.accountCoverage, value: fmt.percent(m?.coverage ?? 0), warn: isBelow(m?.coverage ?? 0, goals.coverage), note: t.leader.accountsOf(fmt.count(Math.round(m?.coveredAccounts ?? 0)), fmt.count(s.accounts)) },
    { label: t.winRate, value: fmt.percent(m?.winRate ?? 0), warn: isBelow(m?.winRate ?? 0, goals.winRate) },
    { label: t.expectedWins, value: fmt.wins(m?.expectedWins ?? 0) },
    { label: t.expectedRevenue, value: fmt.moneyShort(m?.expectedRevenue ?? 0), title: fmt.money(m?.expectedRevenue ?? 0) },
    { label: t.leader.openPipeline, value: fmt.wins(m?.openPipeline ?? 0), note: t.leader.pipelineWorth(fmt.moneyShort(m?.pipelineValue ?? 0)) },
    { label: t.velocity, value: fmt.lang === 'zh-CN' ? fmt.moneyShort(m?.velocityPerDay ?? 0) : fmt.money(m?.velocityPerDay ?? 0) },
  ];
  return {
    ...entityHeader(site, pb, 'segments', segment),
    priority: priorityBadge(pb, s.priority),
    motive: t.motive[s.motive],
    criteria: criteriaFacts(s, t, fmt),
    buyingCriteria: s.buyingCriteria,
    buyingCenter,
    mirrorRequired: process?.data.type === 'key-account',
    offerings: s.offerings.map((oid) => {
      const offering = byId(pb.graph.offerings, oid);
      return { ...entityLink(site, pb, 'offerings', oid), kind: offering ? t.offeringKind[offering.data.kind] : '' };
    }),
    process: entityLink(site, pb, 'processes', s.process),
    processType: process ? processTypeBadge(pb, process.data.type) : null,
    flow: process ? stageFlow(site, pb, process) : null,
    coverageOwner: entityLink(site, pb, 'roles', s.coverage.owner),
    coverage: [
      { label: t.touchesPerYear, value: fmt.exact(s.coverage.touchesPerYear) },
      { label: t.hoursPerTouch, value: fmt.hoursExact(s.coverage.hoursPerTouch) },
      { label: t.coverageHours, value: fmt.hours(m?.coverageHours ?? 0, 0) },
    ],
    numbers,
    dealHours: Object.entries(m?.dealHours ?? {}).map(([roleId, hours]) => ({ role: entityLink(site, pb, 'roles', roleId), hours: fmt.hours(hours, 0) })),
    people: peopleByRole(site, pb, 'segments', segment.id),
    bottleneck: m?.bottleneck ? entityLink(site, pb, 'roles', m.bottleneck) : null,
    warnings: fileWarnings(pb, segment.file, site),
    measured: measuredSection(site, pb, 'segments', segment.id),
  };
}
