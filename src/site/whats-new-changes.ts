/**
 * The business change of each commit on the what's-new page (issue 23): the
 * playbook as it was after the commit and before it (its parent), read from
 * git once per commit and kept (a commit never changes), compared by
 * model/business-change.ts and worded in the playbook's language: "Inside
 * sales representative: headcount — 4 → 5" (field-change-words.ts, as a
 * scenario's page words its changes), "Account coverage +6.2 pts, to 91%".
 */
import { formatKind, formatKindDelta } from '../format/numbers.ts';
import { fieldChangeWords } from './field-change-words.ts';
import { businessChange, type BusinessChange, type FieldChange, type FigureMove } from '../model/business-change.ts';
import { byId, type PlaybookGraph } from '../model/graph.ts';
import { playbookAt } from '../model/history.ts';
import { loadProject } from '../model/load.ts';
import type { Site, SitePlaybook } from './site.ts';

/** The playbook at a ref, loaded; null when git cannot give it (no history, a first commit's parent, a folder not there yet). */
const snapshots = new Map<string, PlaybookGraph | null>();

function snapshot(root: string, ref: string, dir: string, id: string): PlaybookGraph | null {
  const key = `${root}\u0000${ref}\u0000${dir}`;
  if (snapshots.has(key)) return snapshots.get(key)!;
  let graph: PlaybookGraph | null = null;
  const tree = playbookAt(root, ref, dir);
  if (tree) {
    try {
      graph = loadProject(tree.root, { playbook: id }).playbooks.find((p) => p.id === id) ?? null;
    } catch {
      graph = null;
    } finally {
      tree.cleanup();
    }
  }
  snapshots.set(key, graph);
  return graph;
}

/** What a commit changed in a playbook; null when its version after the commit cannot be read. */
export function commitChange(pb: SitePlaybook, commit: string): BusinessChange | null {
  const root = pb.updates.root;
  if (!root) return null;
  const after = snapshot(root, commit, pb.graph.dir, pb.id);
  if (!after) return null;
  return businessChange(snapshot(root, `${commit}^`, pb.graph.dir, pb.id), after);
}

/** One field change in words: the wording a scenario's page uses too (field-change-words.ts). */
export function fieldSentence(site: Site, pb: SitePlaybook, change: FieldChange): string {
  return fieldChangeWords(site, pb, change).text;
}

/** One figure that moved, in words: `Account coverage +6.2 pts, to 91%`. */
export function moveSentence(pb: SitePlaybook, move: FigureMove): string {
  const { t, fmt } = pb;
  const labels: Record<string, string> = {
    coverage: t.leader.accountCoverage,
    winRate: t.winRate,
    expectedWins: t.expectedWins,
    expectedRevenue: t.expectedRevenue,
    peopleTotal: t.money.peopleNeeded,
    teamCost: t.money.teamCost,
  };
  const figure = move.figure === 'load' ? t.changes.roleLoad(byId(pb.graph.roles, move.role ?? '')?.data.title ?? move.role ?? '') : (labels[move.figure] ?? move.figure);
  return t.changes.moved(figure, formatKindDelta(fmt, move.kind, move.after - move.before), formatKind(fmt, move.kind, move.after));
}
