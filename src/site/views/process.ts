import { byId, type Entity } from '../../model/graph.ts';
import { RACI_LETTERS, type Process, type RaciLetter } from '../../schema/index.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { entityLink, own, processRoleIds, segmentsOnProcess, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { measuredSection, type MeasuredSection } from './actuals.ts';
import { peopleByRole, type PeopleByRole } from './people.ts';
import { type Badge, entityHeader, type EntityHeader, processTypeBadge, stageAnchor, type StageFlow, stageFlow, fileWarnings, type Warning } from './shared.ts';

export interface StageDetail {
  id: string;
  /** Fragment id of the stage's section: `stage-<id>`. */
  anchor: string;
  position: string;
  title: string;
  goal: string;
  exitCriteria: string[];
  /** The exit criteria as a checklist: each with the id of its checkbox (unique on the page). */
  checklist: { id: string; text: string }[];
  /** As written: `2.5 days`. */
  days: string;
  reach: string;
  conversion: string;
  /** Days and where the opportunities go, in one line: `10 days · 50% go on`. */
  meta: string;
  raci: { role: EntityLink; letter: RaciLetter; letterText: string; hours: string | null }[];
  /** The stage's guidance from the body's `<Stage id>` (sanitized HTML from the body pipeline); null when the body has none. */
  talkTrack: string | null;
}

/** Who does what in each stage of one process: the roles that take part, by stage. */
export interface RaciTable {
  process: EntityLink;
  /** Id of the table's caption. */
  captionId: string;
  stages: { id: string; title: string; anchor: string; href: string }[];
  rows: { role: EntityLink; function: string; cells: (RaciLetter | null)[] }[];
}

const roleFunction = (pb: SitePlaybook, roleId: string) => {
  const role = byId(pb.graph.roles, roleId);
  return role ? pb.t.roleFunction[role.data.function] : '';
};

/** The RACI table of a process; its stage headers link to the stage cards (`#stage-…` on the process page itself). */
export function raciTable(site: Site, pb: SitePlaybook, process: Entity<Process>, onProcessPage: boolean): RaciTable {
  const page = onProcessPage ? '' : site.paths.entity(pb.id, 'processes', process.id);
  return {
    process: entityLink(site, pb, 'processes', process.id),
    captionId: onProcessPage ? 'raci-caption' : `raci-${process.id}-caption`,
    stages: process.data.stages.map((stage) => ({ id: stage.id, title: stage.title, anchor: stageAnchor(stage.id), href: `${page}#${stageAnchor(stage.id)}` })),
    rows: processRoleIds(process.data).map((roleId) => ({
      role: entityLink(site, pb, 'roles', roleId),
      function: roleFunction(pb, roleId),
      cells: process.data.stages.map((stage) => own(stage.raci, roleId) ?? null),
    })),
  };
}

export interface ProcessView extends EntityHeader {
  type: Badge;
  typeExplanation: string;
  flow: StageFlow;
  stages: StageDetail[];
  raci: RaciTable;
  legend: { letter: RaciLetter; text: string }[];
  figures: { label: string; value: string }[];
  /** v1.2: the people the segments on the process take, by role. */
  people: PeopleByRole | null;
  segments: EntityLink[];
  warnings: Warning[];
  /** v1.2: the assumptions beside what the latest snapshot measured; null without one. */
  measured: MeasuredSection | null;
}

/** The view with each stage's talk track: the HTML the body pipeline extracted from `<Stage id>` (by stage id). */
export function withTalkTracks(view: ProcessView, stages: Readonly<Record<string, string>>): ProcessView {
  return { ...view, stages: view.stages.map((s) => ({ ...s, talkTrack: Object.hasOwn(stages, s.id) && stages[s.id]!.trim() !== '' ? stages[s.id]! : null })) };
}

export function raciLegend(t: Dictionary): { letter: RaciLetter; text: string }[] {
  return RACI_LETTERS.map((letter) => ({ letter, text: t.raci[letter] }));
}

/**
 * A process page, the rep's view: one compact overview of the stages, then a card per stage (its goal, its exit
 * criteria as a checklist, days, who does what and, with `withTalkTracks`, the body's talk track for it), then the
 * RACI table and the segments on the process.
 */
export function processView(site: Site, playbookId: string | undefined, id: string | undefined): ProcessView {
  const pb = findPlaybook(site, playbookId);
  const process = byId(pb.graph.processes, id ?? '');
  if (!process) throw new Error(`There is no process \`${String(id)}\` in playbook \`${pb.id}\`.`);
  const { t, fmt } = pb;
  const p = process.data;
  const flow = stageFlow(site, pb, process);
  const m = own(pb.metrics.processes, process.id);
  return {
    ...entityHeader(site, pb, 'processes', process),
    type: processTypeBadge(pb, p.type),
    typeExplanation: t.processTypeExplanation[p.type],
    flow,
    stages: p.stages.map((stage, k) => ({
      id: stage.id,
      anchor: stageAnchor(stage.id),
      position: t.stageOf(k + 1, p.stages.length),
      title: stage.title,
      goal: stage.goal,
      exitCriteria: stage.exitCriteria,
      checklist: stage.exitCriteria.map((text, i) => ({ id: `${stageAnchor(stage.id)}-exit-${i + 1}`, text })),
      days: fmt.daysExact(stage.days),
      reach: flow.steps[k]!.reachText,
      conversion: flow.steps[k]!.conversionText,
      meta: t.leader.stageMeta(fmt.daysExact(stage.days), flow.steps[k]!.conversionText),
      raci: Object.entries(stage.raci).map(([roleId, letter]) => {
        const hours = own(stage.hours ?? {}, roleId);
        return { role: entityLink(site, pb, 'roles', roleId), letter, letterText: t.raci[letter], hours: hours === undefined ? null : fmt.hoursExact(hours) };
      }),
      talkTrack: null,
    })),
    raci: raciTable(site, pb, process, true),
    legend: raciLegend(t),
    figures: [
      { label: t.winRate, value: fmt.percent(m?.winRate ?? 0) },
      { label: t.cycleDays, value: fmt.days(m?.cycleDays ?? 0) },
    ],
    people: peopleByRole(site, pb, 'processes', process.id),
    segments: segmentsOnProcess(pb, process.id).map((s) => entityLink(site, pb, 'segments', s.id)),
    warnings: fileWarnings(pb, process.file, site),
    measured: measuredSection(site, pb, 'processes', process.id),
  };
}
