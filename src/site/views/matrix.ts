import { byId } from '../../model/graph.ts';
import type { RaciLetter } from '../../schema/index.ts';
import { playbookChrome, type PageChrome } from '../navigation.ts';
import { entityLink, own, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site } from '../site.ts';
import { raciLegend, raciTable, type RaciTable } from './process.ts';
import { buyerRows, processTypeBadge, type Badge, type BuyerRow } from './shared.ts';

export interface MatrixView {
  chrome: PageChrome;
  title: string;
  intro: string;
  /** One table per process (roles × its stages), so that no process's columns run off the screen. */
  processes: (RaciTable & { type: Badge })[];
  /** Roles that take part in no stage of any process, named in a sentence; null when every role takes part. */
  noPart: string | null;
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

/** The team-role matrix: for each process, its roles × its stages; and the executive mirror map. */
export function matrixView(site: Site, playbookId: string | undefined): MatrixView {
  const pb = findPlaybook(site, playbookId);
  const { t } = pb;
  const processes = pb.graph.processes;
  const idle = pb.graph.roles.filter((role) => !processes.some((p) => p.data.stages.some((stage) => own(stage.raci, role.id) !== undefined)));
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
    intro: t.leader.matrixIntro,
    processes: processes.map((p) => ({ ...raciTable(site, pb, p, false), type: processTypeBadge(pb, p.data.type) })),
    noPart: idle.length > 0 ? t.leader.noPart(pb.fmt.list(idle.map((r) => r.data.title))) : null,
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
