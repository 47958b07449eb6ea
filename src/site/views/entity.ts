/**
 * The one entity route's view layer (`/<pb>/<kind>/<id>/`): the view of the
 * kind's page in the site's registry (src/site/kind-pages.ts), the plain one
 * for a kind without a page of its own — so a kind added to the registry has
 * pages before it has a view.
 */
import { pageOf, type EntityView, type StoredParts } from '../kind-pages.ts';
import type { Site } from '../site.ts';

export { plainEntityView, type PlainEntityView } from './plain.ts';

/** An entity page: the kind and its view (the kind's page says which view and which component). */
export interface EntityPage {
  kind: string;
  view: EntityView;
}

/** The page of entity `id` of kind `kind` in a playbook; a missing one is a bug in the routes, so it throws. */
export function entityPage(site: Site, playbookId: string | undefined, kind: string | undefined, id: string | undefined): EntityPage {
  const page = pageOf(site.registry, kind);
  return { kind: kind!, view: page.view(site, playbookId, id, kind!) };
}

/** The name of the component that shows a kind's view (src/components/<name>.astro). */
export function entityComponent(site: Site, kind: string): string {
  return pageOf(site.registry, kind).component;
}

/**
 * The page with what its view takes from the rendered body (a process's stage cards: their talk tracks); `read`
 * gives what the body pipeline stored, and is called only for a kind whose view takes something.
 */
export async function withStoredBody(site: Site, page: EntityPage, read: () => Promise<StoredParts>): Promise<EntityPage> {
  const { withBody } = pageOf(site.registry, page.kind);
  return withBody ? { kind: page.kind, view: withBody(page.view, await read()) } : page;
}
