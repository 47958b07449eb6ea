import { byId } from '../../model/graph.ts';
import type { RaciLetter } from '../../schema/index.ts';
import { entityLink, own, roleParticipation, segmentsOwnedBy, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { formatKindDelta } from '../../format/numbers.ts';
import { hireMoney, hireTiming, nextHires } from './leader.ts';
import { peopleText, roleStaffing } from './leader-tiles.ts';
import { type Badge, type CapacityBar, capacityBars, entityHeader, type EntityHeader, type Fact, isBelow, processTypeBadge, stageAnchor, fileWarnings, type Warning } from './shared.ts';

export interface RoleView extends EntityHeader {
  function: string;
  facts: Fact[];
  counterparts: string[];
  /** Every stage the role takes part in, grouped by process. */
  participation: {
    process: EntityLink;
    type: Badge;
    stages: { title: string; href: string; letter: RaciLetter; letterText: string; hours: string | null }[];
  }[];
  /** Segments whose account coverage the role owns. */
  owns: { segment: EntityLink; accounts: string; hours: string }[];
  capacity: CapacityBar | null;
  numbers: Fact[];
  /** What one more person in the role would bring (the scenario machinery's next hire), in a sentence; null for a role without work. */
  nextHire: string | null;
  bySegment: { segment: EntityLink; hours: string }[];
  warnings: Warning[];
}

/** A role page: what it does where and what it owns first (for the people in it), then its capacity (for managers). */
export function roleView(site: Site, playbookId: string | undefined, id: string | undefined): RoleView {
  const pb = findPlaybook(site, playbookId);
  const role = byId(pb.graph.roles, id ?? '');
  if (!role) throw new Error(`There is no role \`${String(id)}\` in playbook \`${pb.id}\`.`);
  const { t, fmt } = pb;
  const r = role.data;
  const m = own(pb.metrics.roles, role.id);
  const participation: RoleView['participation'] = [];
  for (const part of roleParticipation(pb, role.id)) {
    let group = participation.find((g) => g.process.id === part.process.id);
    if (!group) {
      group = { process: entityLink(site, pb, 'processes', part.process.id), type: processTypeBadge(pb, part.process.data.type), stages: [] };
      participation.push(group);
    }
    group.stages.push({
      title: part.stage.title,
      href: `${site.paths.entity(pb.id, 'processes', part.process.id)}#${stageAnchor(part.stage.id)}`,
      letter: part.letter,
      letterText: t.raci[part.letter],
      hours: part.hours === null ? null : fmt.hoursExact(part.hours),
    });
  }
  const sellingHours = m?.sellingHours ?? r.sellingHours ?? pb.graph.index.data.sellingHours;
  return {
    ...entityHeader(site, pb, 'roles', role),
    function: t.roleFunction[r.function],
    facts: [
      { label: t.headcount, value: fmt.peopleExact(r.headcount) },
      { label: t.sellingHours, value: fmt.hoursExact(sellingHours) },
      ...(r.cost === undefined ? [] : [{ label: t.money.roleCost, value: fmt.moneyShort(r.headcount * r.cost), note: t.money.perPerson(fmt.moneyShort(r.cost)), title: fmt.money(r.headcount * r.cost) }]),
      ...(r.quota === undefined ? [] : [{ label: t.money.roleQuota, value: fmt.moneyShort(r.headcount * r.quota), note: t.money.perPerson(fmt.moneyShort(r.quota)), title: fmt.money(r.headcount * r.quota) }]),
    ],
    counterparts: r.counterparts ?? [],
    participation,
    owns: segmentsOwnedBy(pb, role.id).map((s) => ({
      segment: entityLink(site, pb, 'segments', s.id),
      accounts: fmt.number(s.data.accounts, 0),
      hours: fmt.hours(own(pb.metrics.segments, s.id)?.coverageHours ?? 0, 0),
    })),
    capacity: capacityBars(site, pb, [role.id])[0] ?? null,
    numbers: m
      ? [
          { label: t.load, value: Number.isFinite(m.load) ? fmt.load(m.load) : t.noneInfinite, warn: isBelow(m.availableHours, m.requiredHours) },
          ...staffingFacts(pb, role.id),
          { label: t.dealHours, value: fmt.hours(m.dealHours, 0) },
          { label: t.coverageHours, value: fmt.hours(m.coverageHours, 0) },
          { label: t.requiredHours, value: fmt.hours(m.requiredHours, 0) },
          { label: t.availableHours, value: fmt.hours(m.availableHours, 0) },
          { label: t.capacityFactor, value: fmt.percent(m.capacityFactor), warn: isBelow(m.capacityFactor, 1) },
        ]
      : [],
    nextHire: roleNextHire(pb, role.id),
    bySegment: Object.entries(m?.bySegment ?? {}).map(([segmentId, hours]) => ({
      segment: entityLink(site, pb, 'segments', segmentId),
      hours: fmt.hours(hours, 0),
    })),
    warnings: fileWarnings(pb, role.file, site),
  };
}

/** People needed (steady state) and people to hire (with attrition and the plan), labelled as on every page. */
function staffingFacts(pb: SitePlaybook, roleId: string): Fact[] {
  const s = roleStaffing(pb, roleId);
  if (!s) return [];
  const { t, fmt } = pb;
  const facts: Fact[] = [{ label: t.money.peopleNeeded, value: peopleText(pb, s.needed), note: s.short > 0 ? t.leader.morePeople(fmt.tenthsUp(s.short)) : undefined, warn: s.short > 0 }];
  const note = s.planned > 0 ? `${t.money.planHires(fmt.peopleExact(s.planned))}${t.money.sep}${s.beyondPlan > 0 ? t.money.beyondPlan(peopleText(pb, s.beyondPlan)) : t.money.noneBeyond}` : undefined;
  facts.push({ label: t.money.peopleToHire, value: peopleText(pb, s.toHire), note, warn: s.beyondPlan > 0 });
  return facts;
}

/** The next hire of a role beyond the plan's, in a sentence: what it adds, when its wins come, what it costs. */
function roleNextHire(pb: SitePlaybook, roleId: string): string | null {
  const hire = nextHires(pb).find((h) => h.role === roleId);
  if (!hire) return null;
  const { t, fmt } = pb;
  const more = [...hireTiming(pb, hire), ...(hire.cost === null ? [] : [hireMoney(pb, hire)!])].join(t.money.sep);
  const tail = more ? `${t.leader.sentenceGap}${more}${t.money.stop}` : '';
  if (hire.delta.expectedRevenue > 1e-9) return `${t.leader.roleNextHire(fmt.exact(hire.add), formatKindDelta(fmt, 'money', hire.delta.expectedRevenue).replace(/^\+/, ''))}${tail}`;
  if (hire.plan && hire.plan.delta.expectedRevenue > 1e-9) return `${t.leader.roleNextHireInPlan(fmt.exact(hire.add), fmt.moneyShort(hire.plan.delta.expectedRevenue))}${tail}`;
  return t.leader.roleNextHireNone;
}
