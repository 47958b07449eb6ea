import { byId } from '../../model/graph.ts';
import type { RaciLetter } from '../../schema/index.ts';
import { playbookChrome, type PageChrome } from '../chrome.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site } from '../site.ts';
import { raciLegend } from './process.ts';
import { buyerRows, processTypeBadge, stageAnchor, type Badge, type BuyerRow } from './shared.ts';

export interface MatrixView {
  chrome: PageChrome;
  title: string;
  intro: string;
  /** Column groups: one per process, one column per stage. */
  processes: { process: EntityLink; type: Badge; stages: { title: string; href: string }[] }[];
  /** One row per role; cells follow the columns of every process in order. */
  rows: { role: EntityLink; function: string; cells: (RaciLetter | null)[] }[];
  legend: { letter: RaciLetter; text: string }[];
  mirror: {
    title: string;
    intro: string;
    segments: {
      segment: EntityLink;
      process: EntityLink;
      type: Badge | null;
      /** Key-account process: every function must be mirrored. */
      required: boolean;
      buyers: BuyerRow[];
    }[];
  };
}

/** The team-role matrix: roles × (process → stage), and the executive mirror map. */
export function matrixView(site: Site, playbookId: string | undefined): MatrixView {
  const pb = findPlaybook(site, playbookId);
  const { t } = pb;
  const processes = pb.graph.processes;
  return {
    chrome: playbookChrome(site, pb, {
      kind: 'matrix',
      title: t.matrix,
      description: t.matrixIntro,
      file: null,
      // The RACI of the processes, the roles, and the buying centres of the segments (mirror map).
      sources: [...processes, ...pb.graph.roles, ...pb.graph.segments].map((e) => e.file),
    }),
    title: t.matrix,
    intro: t.matrixIntro,
    processes: processes.map((p) => ({
      process: entityLink(site, pb, 'processes', p.id),
      type: processTypeBadge(pb, p.data.type),
      stages: p.data.stages.map((stage) => ({
        title: stage.title,
        href: `${site.paths.entity(pb.id, 'processes', p.id)}#${stageAnchor(stage.id)}`,
      })),
    })),
    rows: pb.graph.roles.map((role) => ({
      role: entityLink(site, pb, 'roles', role.id),
      function: t.roleFunction[role.data.function],
      cells: processes.flatMap((p) => p.data.stages.map((stage) => own(stage.raci, role.id) ?? null)),
    })),
    legend: raciLegend(t),
    mirror: {
      title: t.mirrorMap,
      intro: t.mirrorMapIntro,
      segments: pb.segments
        .filter((s) => (s.data.buyingCenter ?? []).length > 0)
        .map((s) => {
          const process = byId(pb.graph.processes, s.data.process);
          return {
            segment: entityLink(site, pb, 'segments', s.id),
            process: entityLink(site, pb, 'processes', s.data.process),
            type: process ? processTypeBadge(pb, process.data.type) : null,
            required: process?.data.type === 'key-account',
            buyers: buyerRows(site, pb, s.data, process?.data),
          };
        }),
    },
  };
}
