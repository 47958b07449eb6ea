import { byId } from '../../model/graph.ts';
import { RACI_LETTERS, type RaciLetter } from '../../schema/index.ts';
import type { Dictionary } from '../../i18n/index.ts';
import { entityLink, own, processRoleIds, segmentsOnProcess, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site } from '../site.ts';
import { type Badge, entityHeader, type EntityHeader, processTypeBadge, stageAnchor, type StageFlow, stageFlow, fileWarnings, type Warning } from './shared.ts';

export interface StageDetail {
  id: string;
  /** Fragment id of the stage's section: `stage-<id>`. */
  anchor: string;
  position: string;
  title: string;
  goal: string;
  exitCriteria: string[];
  days: string;
  reach: string;
  conversion: string;
  raci: { role: EntityLink; letter: RaciLetter; hours: string | null }[];
}

export interface RaciTable {
  stages: { id: string; title: string; anchor: string }[];
  rows: { role: EntityLink; cells: (RaciLetter | null)[] }[];
}

export interface ProcessView extends EntityHeader {
  type: Badge;
  typeExplanation: string;
  flow: StageFlow;
  stages: StageDetail[];
  raci: RaciTable;
  legend: { letter: RaciLetter; text: string }[];
  figures: { label: string; value: string }[];
  segments: EntityLink[];
  warnings: Warning[];
}

export function raciLegend(t: Dictionary): { letter: RaciLetter; text: string }[] {
  return RACI_LETTERS.map((letter) => ({ letter, text: t.raci[letter] }));
}

/** A process page: its stages as a flow and a funnel, each stage's goal and exit criteria, RACI and numbers. */
export function processView(site: Site, playbookId: string | undefined, id: string | undefined): ProcessView {
  const pb = findPlaybook(site, playbookId);
  const process = byId(pb.graph.processes, id ?? '');
  if (!process) throw new Error(`There is no process \`${String(id)}\` in playbook \`${pb.id}\`.`);
  const { t, fmt } = pb;
  const p = process.data;
  const flow = stageFlow(site, pb, process);
  const m = own(pb.metrics.processes, process.id);
  const roleIds = processRoleIds(p);
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
      days: fmt.days(stage.days),
      reach: flow.steps[k]!.reachText,
      conversion: flow.steps[k]!.conversionText,
      raci: Object.entries(stage.raci).map(([roleId, letter]) => {
        const hours = own(stage.hours ?? {}, roleId);
        return { role: entityLink(site, pb, 'roles', roleId), letter, hours: hours === undefined ? null : fmt.hours(hours) };
      }),
    })),
    raci: {
      stages: p.stages.map((stage) => ({ id: stage.id, title: stage.title, anchor: stageAnchor(stage.id) })),
      rows: roleIds.map((roleId) => ({
        role: entityLink(site, pb, 'roles', roleId),
        cells: p.stages.map((stage) => own(stage.raci, roleId) ?? null),
      })),
    },
    legend: raciLegend(t),
    figures: [
      { label: t.winRate, value: fmt.percent(m?.winRate ?? 0) },
      { label: t.cycleDays, value: fmt.days(m?.cycleDays ?? 0) },
    ],
    segments: segmentsOnProcess(pb, process.id).map((s) => entityLink(site, pb, 'segments', s.id)),
    warnings: fileWarnings(pb, process.file),
  };
}
