/**
 * Questions the pages ask of a playbook graph: links between entities,
 * backlinks, who takes part where, who mirrors whom.
 */
import { byId, entitiesOf, type Entity } from '../model/graph.ts';
import type { Process, RaciLetter, Role, Segment, Stage } from '../schema/index.ts';
import type { Site, SitePlaybook } from './site.ts';

import { own } from '../model/records.ts';

export { own };

/** A link to an entity; `href` is null when the reference is broken (only possible outside a build). */
export interface EntityLink {
  id: string;
  label: string;
  href: string | null;
}

/** A link to an entity of a playbook by id. */
export function entityLink(site: Site, pb: SitePlaybook, kind: string, id: string): EntityLink {
  const entity = byId(entitiesOf(pb.graph, kind), id) as Entity<{ title: string }> | undefined;
  return entity ? { id, label: entity.data.title, href: site.paths.entity(pb.id, kind, id) } : { id, label: id, href: null };
}

/** Role ids that take part in a process, in order of first appearance in its stages. */
export function processRoleIds(process: Process): string[] {
  const ids = new Set<string>();
  for (const stage of process.stages) for (const id of Object.keys(stage.raci)) ids.add(id);
  return [...ids];
}

/** Roles with one of the letters in any stage, in order of first appearance. */
function rolesWith(process: Process, letters: readonly RaciLetter[]): string[] {
  const ids = new Set<string>();
  for (const stage of process.stages) {
    for (const [id, letter] of Object.entries(stage.raci)) if (letters.includes(letter)) ids.add(id);
  }
  return [...ids];
}

export const accountableRoleIds = (process: Process) => rolesWith(process, ['A', 'AR']);
export const responsibleRoleIds = (process: Process) => rolesWith(process, ['R', 'AR']);

/** Segments on a process. */
export function segmentsOnProcess(pb: SitePlaybook, processId: string): Entity<Segment>[] {
  return pb.segments.filter((s) => s.data.process === processId);
}

/** Segments whose coverage a role owns. */
export function segmentsOwnedBy(pb: SitePlaybook, roleId: string): Entity<Segment>[] {
  return pb.segments.filter((s) => s.data.coverage.owner === roleId);
}

/** Offerings that list an offering in their `includes`. */
export function offeringsIncluding(pb: SitePlaybook, offeringId: string) {
  return pb.graph.offerings.filter((o) => (o.data.includes ?? []).includes(offeringId));
}

/**
 * Segments that use an offering: directly, or through an offering that
 * includes it (`via` names that offering).
 */
export function segmentsUsingOffering(pb: SitePlaybook, offeringId: string): { segment: Entity<Segment>; via: string | null }[] {
  const out: { segment: Entity<Segment>; via: string | null }[] = [];
  for (const segment of pb.segments) {
    if (segment.data.offerings.includes(offeringId)) {
      out.push({ segment, via: null });
      continue;
    }
    const via = findIncluding(pb, segment.data.offerings, offeringId, new Set());
    if (via) out.push({ segment, via });
  }
  return out;
}

/** The offering among `roots` whose inclusion tree contains `target`. */
function findIncluding(pb: SitePlaybook, roots: readonly string[], target: string, seen: Set<string>): string | null {
  for (const root of roots) {
    if (seen.has(root)) continue;
    seen.add(root);
    const inner = byId(pb.graph.offerings, root)?.data.includes ?? [];
    if (inner.includes(target) || findIncluding(pb, inner, target, seen)) return root;
  }
  return null;
}

/** Functions compare without case and surrounding space (as `mirror-gap` does). */
export function normaliseFunction(fn: string): string {
  return fn.trim().toLowerCase();
}

/** The roles of a process that list a customer function in their counterparts. */
export function mirrorRoles(pb: SitePlaybook, process: Process | undefined, customerFunction: string): Entity<Role>[] {
  if (!process) return [];
  const wanted = normaliseFunction(customerFunction);
  return processRoleIds(process)
    .map((id) => byId(pb.graph.roles, id))
    .filter((r): r is Entity<Role> => r !== undefined && (r.data.counterparts ?? []).some((c) => normaliseFunction(c) === wanted));
}

/** Every stage a role takes part in, with its letter and hours per opportunity. */
export function roleParticipation(pb: SitePlaybook, roleId: string) {
  const out: { process: Entity<Process>; stage: Stage; index: number; letter: RaciLetter; hours: number | null }[] = [];
  for (const process of pb.graph.processes) {
    process.data.stages.forEach((stage, index) => {
      const letter = own(stage.raci, roleId);
      if (letter) out.push({ process, stage, index, letter, hours: own(stage.hours ?? {}, roleId) ?? null });
    });
  }
  return out;
}
