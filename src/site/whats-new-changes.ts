/**
 * The business change of each commit on the what's-new page (issue 23): the
 * playbook as it was after the commit and before it (its parent), read from
 * git once per commit and kept (a commit never changes), compared by
 * model/business-change.ts and worded in the playbook's language: "Inside
 * sales representative: headcount 4 → 5", "Account coverage +6.2 pts, to 91%".
 */
import { formatKind, formatKindDelta, type Formatter } from '../format/numbers.ts';
import { kindLabel } from './chrome.ts';
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

/** Fields whose values are money, worded as money. */
const MONEY_FIELDS = /(^|\.)(dealSize|cost|quota|bookings|min|max)$/;

function valueText(fmt: Formatter, path: string, value: unknown): string | null {
  if (typeof value === 'number') return MONEY_FIELDS.test(path) && !/employees/.test(path) ? fmt.moneyShort(value) : fmt.exact(value);
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 59)}…` : value;
  if (typeof value === 'boolean') return String(value);
  return null;
}

/** A field's name in words: `headcount` / `人数`; a stage's field with its stage; else the path as written. */
function fieldName(pb: SitePlaybook, change: FieldChange): { entity: string; field: string } {
  const c = pb.t.changes;
  const path = change.path ?? '';
  if (change.kind === 'processes' && path.startsWith('stages.')) {
    const [, stageId = '', ...rest] = path.split('.');
    const process = byId(pb.graph.processes, change.id);
    const stage = process?.data.stages.find((s) => s.id === stageId)?.title ?? stageId;
    const key = rest.join('.');
    return { entity: c.stage(change.title, stage), field: (Object.hasOwn(c.fields, key) ? c.fields[key] : undefined) ?? (key || stageId) };
  }
  return { entity: change.title, field: (Object.hasOwn(c.fields, path) ? c.fields[path] : undefined) ?? path };
}

/** One field change in words. */
export function fieldSentence(site: Site, pb: SitePlaybook, change: FieldChange): string {
  const { t, fmt } = pb;
  const c = t.changes;
  const kind = change.kind === 'playbook' ? t.playbook : kindLabel(site.registry, change.kind, pb.lang, 'one');
  if (change.change === 'added') return c.added(kind, change.title);
  if (change.change === 'removed') return c.removed(kind, change.title);
  if (change.path === 'body') return c.body(change.title);
  const { entity, field } = fieldName(pb, change);
  const path = change.path ?? '';
  const before = valueText(fmt, path, change.before);
  const after = valueText(fmt, path, change.after);
  if (change.before === undefined && after !== null) return c.set(entity, field, after);
  if (change.after === undefined) return c.unset(entity, field);
  if (before !== null && after !== null) return c.field(entity, field, before, after);
  return c.changed(entity, field);
}

/** One figure that moved, in words: `Account coverage +6.2 pts, to 91%`. */
export function moveSentence(site: Site, pb: SitePlaybook, move: FigureMove): string {
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
