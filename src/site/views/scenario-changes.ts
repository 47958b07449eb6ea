/**
 * The changes of a scenario as its page shows them (format §7): the entity
 * (and stage) each touches as links, and the change in words — the wording
 * What's new uses for a field change (../field-change-words.ts), so that one
 * change reads the same on both pages. The path as written stays for a
 * tooltip.
 */
import type { FieldChange } from '../../model/business-change.ts';
import { byId } from '../../model/graph.ts';
import { parseScenarioPath } from '../../model/scenario-paths.ts';
import { fieldChangeWords } from '../field-change-words.ts';
import { entityLink, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { stageAnchor } from './shared.ts';

/** One change, as the page shows it: what it touches and the value before and after. */
export interface ScenarioChangeItem {
  /** The path as written in the scenario, `roles/inside-sales.headcount`: for authors, in a tooltip. */
  path: string;
  /** The entity it touches (the playbook's overview for `playbook.…`). */
  target: EntityLink;
  /** The stage, for a path into a process's stage. */
  stage: EntityLink | null;
  /** The field below the entity (or the stage), in words: `headcount`, `hours of Solutions engineer`, `coverage goal`. */
  field: string;
  /** The values in words (`none` when there is none). */
  before: string;
  after: string;
  /** The change as one sentence, in the words of What's new; the entity's and the stage's titles linked. */
  parts: { text: string; link?: EntityLink }[];
}

/** A change's entity and stage as links, and the change in words, as What's new words a field change. */
export function changeItem(site: Site, pb: SitePlaybook, path: string, before: unknown, after: unknown): ScenarioChangeItem {
  const parsed = parseScenarioPath(path);
  const kind = parsed?.id === undefined ? 'playbook' : parsed.kind;
  const keys = parsed?.keys ?? [path];
  const target: EntityLink =
    kind === 'playbook' ? { id: pb.id, label: pb.graph.index.data.title, href: site.paths.playbook(pb.id) } : entityLink(site, pb, kind, parsed!.id!);
  let stage: EntityLink | null = null;
  if (kind === 'processes' && keys[0] === 'stages' && keys.length > 1) {
    const process = byId(pb.graph.processes, parsed!.id!);
    const found = process?.data.stages.find((s) => s.id === keys[1]);
    // A stage the scenario adds or renames has no section on the baseline's page: the link goes to the process.
    stage = found ? { id: found.id, label: found.title, href: target.href && `${target.href}#${stageAnchor(found.id)}` } : { id: keys[1]!, label: keys[1]!, href: target.href };
  }
  const change: FieldChange = { kind, id: target.id, title: target.label, change: 'changed', path: keys.join('.'), before, after };
  const words = fieldChangeWords(site, pb, change);
  const parts = words.parts.map((p) => (p.ref === 'entity' ? { text: p.text, link: target } : p.ref === 'stage' && stage ? { text: p.text, link: stage } : { text: p.text }));
  return { path, target, stage, field: words.field, before: words.before ?? pb.t.changes.none, after: words.after ?? pb.t.changes.none, parts };
}
