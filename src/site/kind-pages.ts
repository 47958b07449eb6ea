/**
 * The site's side of the registry of kinds (src/kinds/): for each kind with a
 * page of its own, its view model, its component and its Markdown twin.
 * Everything that shows an entity — the entity route, the book, the twins —
 * looks its kind up here; a kind without a page gets the plain one (title,
 * summary, warnings, body), so a kind added to the registry has pages before
 * it has a view.
 *
 * Why not in src/kinds/ itself: the kinds are read by the CLI in plain Node
 * and import no site code (test/layers.test.ts); the views and twins need the
 * site. So the site's registry is the project's with a `page` on each kind
 * that has one (`SITE_REGISTRY`), and a test adds a kind with its page the
 * same way (test/kinds.test.ts).
 */
import type { RootContent } from 'mdast';
import { REGISTRY, type KindDefinition, type Registry } from '../kinds/index.ts';
import type { Entity } from '../model/graph.ts';
import { offeringTwin, plainTwin, processTwin, roleTwin, scenarioTwin, segmentTwin } from './markdown/twins-entities.ts';
import type { TwinContext } from './markdown/twin-context.ts';
import type { Site } from './site.ts';
import { offeringView } from './views/offering.ts';
import { plainEntityView } from './views/plain.ts';
import { processView, withTalkTracks } from './views/process.ts';
import { roleView } from './views/role.ts';
import { scenarioView } from './views/scenario.ts';
import { segmentView } from './views/segment.ts';
import type { EntityHeader, Warning } from './views/shared.ts';

/** What the body pipeline stored of an entity's body beside its HTML: a process's talk tracks by stage id. */
export interface StoredParts {
  stages: Readonly<Record<string, string>>;
}

/** What every entity page's view has: the header (title, summary, chrome, body entry) and the file's warnings. */
export interface EntityView extends EntityHeader {
  warnings: Warning[];
}

/** How the site shows the entities of one kind. */
export interface KindPage<View extends EntityView = EntityView, Data = unknown> {
  /** The page's view model (`/<pb>/<kind>/<id>/`); `kind` for views shared by several kinds. */
  view(site: Site, playbookId: string | undefined, id: string | undefined, kind: string): View;
  /**
   * The Astro component that shows the view, by its name in src/components/ (`SegmentContent` is
   * `src/components/SegmentContent.astro`): EntityContent finds it there, since an .astro file cannot be imported
   * from the plain TypeScript the CLI and the tests load.
   */
  component: string;
  /** The page's Markdown twin (`…/index.md`). */
  twin(tw: TwinContext, entity: Entity<Data>, kind: string): RootContent[];
  /** What the view takes from the rendered body, when it takes anything (a process's stage cards: their talk tracks). */
  withBody?(view: View, stored: StoredParts): View;
}

/** A kind of the site's registry: the registry's definition, and its page when it has one of its own. */
// `any`: a table of pages of different views and data; each page is type-checked where it is declared (definePage),
// and what `pageOf` gives is only ever handed back to the same page.
export type SiteKind = KindDefinition & { page?: KindPage<any, any> };

/** The registry the site is built from: the project's kinds, each with its page. */
export interface SiteRegistry extends Registry {
  entities: readonly SiteKind[];
}

/** The page of the kinds without one of their own. */
export const PLAIN_PAGE: KindPage = {
  view: (site, playbookId, id, kind) => plainEntityView(site, playbookId, kind, id),
  component: 'PlainEntityContent',
  twin: plainTwin,
};

/** Declares a kind's page, keeping its view's type. */
export function definePage<View extends EntityView, Data>(page: KindPage<View, Data>): KindPage<View, Data> {
  return page;
}

/** The pages of the project's kinds, by kind id; the snapshots (`actuals`) have none: the actuals page shows them. */
const PAGES: Readonly<Record<string, KindPage<any, any>>> = {
  segments: definePage({ view: segmentView, component: 'SegmentContent', twin: segmentTwin }),
  offerings: definePage({ view: offeringView, component: 'OfferingContent', twin: offeringTwin }),
  processes: definePage({ view: processView, component: 'ProcessContent', twin: processTwin, withBody: (view, stored) => withTalkTracks(view, stored.stages) }),
  roles: definePage({ view: roleView, component: 'RoleContent', twin: roleTwin }),
  scenarios: definePage({ view: scenarioView, component: 'ScenarioContent', twin: scenarioTwin }),
};

/** The project's registry with the page of each kind that has one. */
export const SITE_REGISTRY: SiteRegistry = {
  playbook: REGISTRY.playbook,
  entities: REGISTRY.entities.map((kind): SiteKind => (Object.hasOwn(PAGES, kind.id) ? { ...kind, page: PAGES[kind.id] } : kind)),
};

/** How the site shows the entities of a kind: its own page, or the plain one. Throws for a kind the registry does not have. */
export function pageOf(registry: SiteRegistry, kind: string | undefined): KindPage {
  const found = registry.entities.find((k) => k.id === kind);
  if (!kind || !found) throw new Error(`There is no kind of file \`${String(kind)}\`.`);
  return found.page ?? PLAIN_PAGE;
}
