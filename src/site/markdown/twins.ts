/**
 * The Markdown twin of every playbook page (`…/index.md` next to the page's
 * index.html, linked from it with `<link rel="alternate" type="text/markdown">`):
 * for assistants, and for anyone who wants a page's text without the site.
 *
 * A twin says what its file says and what the model computes from it, from
 * the model itself (not from the page's HTML): the frontmatter's facts as a
 * table (the field names of the format reference, the values as the page shows them, in
 * the playbook's language and currency), the computed figures as a table,
 * and the body as plain Markdown (./body.ts), with `<Metric>`/`<Delta>`
 * resolved. Links to other pages of the playbook go to their twins. Every
 * figure the page shows is the page's own string, from its view model (one
 * figure, one string): people rounded up to tenths, money as the page
 * rounds it, the leader's summary, people per segment and the money side.
 *
 * The playbook's own pages are in ./twins-playbook.ts; an entity's twin is its
 * kind's (src/site/kind-pages.ts: ./twins-entities.ts, or the plain one).
 */
import type { RootContent } from 'mdast';
import { byId, entitiesOf } from '../../model/graph.ts';
import { pageOf } from '../kind-pages.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { actualsView } from '../views/actuals.ts';
import { actualsTwin } from './actuals.ts';
import { flowText } from '../../body/markdown-flow.ts';
import { TwinContext, type BodyTwins, type TwinPage } from './twin-context.ts';
import { bookKey, playbookPageKey } from '../cache-keys.ts';
import { bookTwin, matrixTwin, metricsTwin, overviewTwin, planTwin, scenariosTwin, whatsNewTwin } from './twins-playbook.ts';

export type { TwinPage } from './twin-context.ts';

/** The playbook-level pages with a twin in the `[pb]/[page]/index.md` route (the overview's is `[pb]/index.md`). */
export const TOP_TWINS = ['matrix', 'metrics', 'plan', 'scenarios', 'whats-new', 'book', 'actuals'] as const;

/** The twin of each playbook-level page. */
const TOP_PAGES: Readonly<Record<string, (tw: TwinContext) => RootContent[]>> = {
  overview: overviewTwin,
  matrix: matrixTwin,
  metrics: metricsTwin,
  plan: planTwin,
  scenarios: scenariosTwin,
  'whats-new': whatsNewTwin,
  book: bookTwin,
  actuals: (tw) => actualsTwin(actualsView(tw.site, tw.pb.id)),
};

/** `getStaticPaths` of `src/pages/[pb]/[page]/index.md.ts`: the pages each playbook has (a plan, scenarios). */
export function topTwinPaths(site: Site) {
  return site.playbooks.flatMap((pb) =>
    TOP_TWINS.filter((page) => (page === 'plan' ? pb.plan !== null : page === 'scenarios' ? pb.scenarios.size > 0 : page === 'actuals' ? pb.actuals !== null : true)).map((page) => ({ params: { pb: pb.id, page }, cacheKey: page === 'book' ? bookKey(site, pb) : playbookPageKey(site, pb) })),
  );
}

/** A twin as the endpoints serve it. */
export const markdownResponse = (markdown: string) => new Response(markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });

/**
 * A body's twin, by the kind and entity it belongs to: in a build, the one the content loader stored from the body's
 * one parse (src/site/astro-site.ts, storedTwins); by default, parsed here (tests, tools without the content layer).
 */
export type { BodyTwins } from './twin-context.ts';

/** The Markdown twin of a page, as text. */
export function twinMarkdown(site: Site, playbookId: string | undefined, page: TwinPage, bodies?: BodyTwins): string {
  const pb = findPlaybook(site, playbookId);
  // Each run of nodes written once per build: the book's twin holds every page's nodes again.
  return flowText(pageTree(site, pb, page, bodies));
}

/** Each playbook's page trees by `kind` or `kind/id`. */
const builtPages = new WeakMap<SitePlaybook, Map<string, RootContent[]>>();

/** A page's tree, built once per playbook: the book's twin holds every page's again (trees are never mutated). */
function pageTree(site: Site, pb: SitePlaybook, page: TwinPage, bodies?: BodyTwins): RootContent[] {
  let built = builtPages.get(pb);
  if (!built) builtPages.set(pb, (built = new Map()));
  const key = page.id === undefined ? page.kind : `${page.kind}/${page.id}`;
  let nodes = built.get(key);
  if (!nodes) built.set(key, (nodes = buildTree(new TwinContext(site, pb, (other) => pageTree(site, pb, other, bodies), bodies), page)));
  return nodes;
}

function buildTree(tw: TwinContext, page: TwinPage): RootContent[] {
  if (page.id !== undefined) {
    const entity = byId(entitiesOf(tw.pb.graph, page.kind), page.id);
    if (!entity) throw new Error(`There is no ${page.kind} \`${page.id}\` in playbook \`${tw.pb.id}\`.`);
    return pageOf(tw.site.registry, page.kind).twin(tw, entity, page.kind);
  }
  const top = Object.hasOwn(TOP_PAGES, page.kind) ? TOP_PAGES[page.kind] : undefined;
  if (!top) throw new Error(`There is no Markdown twin of a \`${page.kind}\` page.`);
  return top(tw);
}
