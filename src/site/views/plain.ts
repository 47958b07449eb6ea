/**
 * The page of an entity whose kind has no view of its own (title, summary,
 * warnings, body): a kind added to the registry has pages before it has a view.
 */
import { byId, entitiesOf, type Entity } from '../../model/graph.ts';
import { findPlaybook, type Site } from '../site.ts';
import { entityHeader, fileWarnings, type EntityHeader, type Warning } from './shared.ts';

export interface PlainEntityView extends EntityHeader {
  warnings: Warning[];
}

/** The page of an entity of a kind without a view of its own. */
export function plainEntityView(site: Site, playbookId: string | undefined, kind: string, id: string | undefined): PlainEntityView {
  const pb = findPlaybook(site, playbookId);
  const entity = byId(entitiesOf(pb.graph, kind), id ?? '') as Entity<{ title: string; summary: string }> | undefined;
  if (!entity) throw new Error(`There is no ${kind} \`${String(id)}\` in playbook \`${pb.id}\`.`);
  return { ...entityHeader(site, pb, kind, entity), warnings: fileWarnings(pb, entity.file, site) };
}
