/**
 * The one entity route's view layer (`/<pb>/<kind>/<id>/`): the kind's own
 * view when it has one, a plain one otherwise (title, summary, warnings,
 * body) — so a kind added to the registry has pages before it has a view.
 */
import { byId, entitiesOf, type Entity } from '../../model/graph.ts';
import { findPlaybook, type Site } from '../site.ts';
import { offeringView, type OfferingView } from './offering.ts';
import { processView, type ProcessView } from './process.ts';
import { roleView, type RoleView } from './role.ts';
import { scenarioView, type ScenarioView } from './scenario.ts';
import { segmentView, type SegmentView } from './segment.ts';
import { entityHeader, fileWarnings, type EntityHeader, type Warning } from './shared.ts';

export interface PlainEntityView extends EntityHeader {
  warnings: Warning[];
}

/** An entity page: the kind and its view. */
export type EntityPage =
  | { kind: 'segments'; view: SegmentView }
  | { kind: 'offerings'; view: OfferingView }
  | { kind: 'processes'; view: ProcessView }
  | { kind: 'roles'; view: RoleView }
  | { kind: 'scenarios'; view: ScenarioView }
  | { kind: string & {}; view: PlainEntityView };

type View = (site: Site, playbookId: string | undefined, id: string | undefined) => EntityHeader;

/** The views of the kinds that have their own (the others get the plain one). */
const VIEWS: Record<string, View> = { segments: segmentView, offerings: offeringView, processes: processView, roles: roleView, scenarios: scenarioView };

/** The page of entity `id` of kind `kind` in a playbook; a missing one is a bug in the routes, so it throws. */
export function entityPage(site: Site, playbookId: string | undefined, kind: string | undefined, id: string | undefined): EntityPage {
  if (!kind || !site.registry.entities.some((k) => k.id === kind)) throw new Error(`There is no kind of file \`${String(kind)}\`.`);
  const view = VIEWS[kind];
  if (view) return { kind, view: view(site, playbookId, id) } as EntityPage;
  return { kind, view: plainEntityView(site, playbookId, kind, id) };
}

/** The page of an entity of a kind without a view of its own. */
export function plainEntityView(site: Site, playbookId: string | undefined, kind: string, id: string | undefined): PlainEntityView {
  const pb = findPlaybook(site, playbookId);
  const entity = byId(entitiesOf(pb.graph, kind), id ?? '') as Entity<{ title: string; summary: string }> | undefined;
  if (!entity) throw new Error(`There is no ${kind} \`${String(id)}\` in playbook \`${pb.id}\`.`);
  return { ...entityHeader(site, pb, kind, entity), warnings: fileWarnings(pb, entity.file, site) };
}
