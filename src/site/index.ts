/**
 * The site's view models: plain TypeScript that the pages call (one function
 * per page) and the tests import without Astro.
 */
export { getSite, createSite, findPlaybook, type Site, type SiteOptions, type SitePlaybook } from './site.ts';
export { createPaths, normalizeBase, editUrl, langSegment, type Paths } from './paths.ts';
export { formatter, type Formatter } from '../format/numbers.ts';
export { playbookChrome, siteChrome, playbookNav, playbookFeed, prevNext, playbookBreadcrumbs, type PageChrome, type NavGroup, type Link, type Crumb, type Alternate } from './navigation.ts';
export { projectHistory, playbookUpdates, lastChangedOf, NO_HISTORY, type PlaybookUpdates } from './updates.ts';
export { homeView, type HomeView, type PlaybookCard } from './views/home.ts';
export { overviewView, type OverviewView, type ModelRow } from './views/overview.ts';
export { segmentView, type SegmentView } from './views/segment.ts';
export type { BuyerRow } from './views/shared.ts';
export { offeringView, type OfferingView } from './views/offering.ts';
export { processView, type ProcessView, type StageDetail, type RaciTable } from './views/process.ts';
export { roleView, type RoleView } from './views/role.ts';
export { matrixView, type MatrixView } from './views/matrix.ts';
export { metricsView, type MetricsView } from './views/metrics.ts';
export { scenariosView, scenariosPaths, scenarioView, type ScenariosView, type ScenarioView, type ComparisonColumn, type ComparisonRow, type ComparisonCell, type ScenarioChangeItem, type DeltaCell, type DeltaRow, type EntityDeltaRow } from './views/scenario.ts';
export { docsView, docsIndexView, docsPaths, docLanguage, orderDocs, type DocEntry, type DocsView, type DocsIndexView } from './views/docs.ts';
export { whatsNewView, feedView, feedPaths, WHATS_NEW_LIMIT, type WhatsNewView, type WhatsNewEntry, type ChangedPage, type FeedView } from './views/whats-new.ts';
export { searchView, otherLangPaths, notFoundView, playbookPaths, entityPaths, type SearchView, type NotFoundView } from './views/pages.ts';
export { entityPage, entityComponent, withStoredBody, type EntityPage } from './views/entity.ts';
export { SITE_REGISTRY, PLAIN_PAGE, definePage, pageOf, type KindPage, type SiteKind, type SiteRegistry, type EntityView } from './kind-pages.ts';
export { stageAnchor } from './views/shared.ts';
export type { Badge, Fact, GoalComparison, StageFlow, StageStep, CapacityBar, Warning, Tone } from './views/shared.ts';
export type { EntityLink } from './relations.ts';
