/**
 * People per segment and per process (format §4): what a segment's
 * selling takes of each role, the answer to "won't a different process per
 * segment take a lot of people?". Every figure is a need, printed as people
 * needed are everywhere: rounded up to tenths (`peopleText`).
 */
import { entityLink, own, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { peopleText } from './leader-tiles.ts';

export interface PeopleByRole {
  /** `This segment takes 6.4 people of selling a year:`. */
  intro: string;
  /** The total, as printed in the sentence. */
  total: string;
  /** The roles it takes, the most first; only those with work there. */
  roles: { role: EntityLink; people: string }[];
}

/** The roles of a people map with work, the most people first, then in the playbook's role order. */
function rolesOf(pb: SitePlaybook, people: Readonly<Record<string, number>>): string[] {
  const order = pb.graph.roles.map((r) => r.id);
  return order.filter((id) => (own(people, id) ?? 0) > 0).sort((a, b) => own(people, b)! - own(people, a)! || order.indexOf(a) - order.indexOf(b));
}

/** The people of one segment or one process, by role. */
export function peopleByRole(site: Site, pb: SitePlaybook, scope: 'segments' | 'processes', id: string): PeopleByRole | null {
  const m = scope === 'segments' ? own(pb.metrics.segments, id) : own(pb.metrics.processes, id);
  if (!m) return null;
  const total = peopleText(pb, m.peopleTotal);
  const roles = rolesOf(pb, m.people).map((role) => ({ role: entityLink(site, pb, 'roles', role), people: peopleText(pb, m.people[role]!) }));
  const intro = roles.length === 0 ? pb.t.money.noPeople : scope === 'segments' ? pb.t.money.segmentPeople(total) : pb.t.money.processPeople(total);
  return { intro, total, roles };
}

/** A table of people: roles down, segments (or processes) across, each role's total and each column's. */
export interface PeopleTable {
  title: string;
  intro: string;
  captionId: string;
  columns: { link: EntityLink; note: string | null }[];
  rows: { role: EntityLink; cells: string[]; total: string }[];
  totals: { label: string; cells: string[]; total: string };
}

/** People per segment (or per process): every role with work somewhere, in the playbook's role order. */
export function peopleTable(site: Site, pb: SitePlaybook, scope: 'segments' | 'processes'): PeopleTable {
  const { t } = pb;
  const entities = scope === 'segments' ? pb.segments.map((s) => ({ id: s.id, note: own(pb.metrics.processes, s.data.process) ? entityLink(site, pb, 'processes', s.data.process).label : null })) : pb.graph.processes.map((p) => ({ id: p.id, note: null }));
  const figures = entities.map((e) => (scope === 'segments' ? own(pb.metrics.segments, e.id) : own(pb.metrics.processes, e.id)));
  const roles = pb.graph.roles.map((r) => r.id).filter((id) => figures.some((f) => (own(f?.people ?? {}, id) ?? 0) > 0));
  const cell = (value: number) => (value > 0 ? peopleText(pb, value) : '—');
  return {
    title: scope === 'segments' ? t.money.peopleTitle : t.money.peopleProcessTitle,
    intro: t.money.peopleIntro,
    captionId: `people-${scope}-caption`,
    columns: entities.map((e) => ({ link: entityLink(site, pb, scope, e.id), note: e.note })),
    rows: roles.map((role) => ({
      role: entityLink(site, pb, 'roles', role),
      cells: figures.map((f) => cell(own(f?.people ?? {}, role) ?? 0)),
      total: peopleText(pb, own(pb.metrics.roles, role)?.fteNeeded ?? 0),
    })),
    totals: { label: t.money.total, cells: figures.map((f) => peopleText(pb, f?.peopleTotal ?? 0)), total: peopleText(pb, pb.metrics.peopleTotal) },
  };
}
