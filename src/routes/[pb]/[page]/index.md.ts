/** The Markdown twins of a playbook's own pages: `/<pb>/matrix/index.md`, `…/metrics/`, `…/plan/`, `…/scenarios/`, `…/whats-new/`, `…/book/`. */
import type { APIRoute } from 'astro';
import { currentSite, storedTwins } from '../../../site/astro-site.ts';
import { topTwinPaths, markdownResponse, twinMarkdown } from '../../../site/markdown/twins.ts';

export function getStaticPaths() {
  return topTwinPaths(currentSite());
}

export const GET: APIRoute = async ({ params }) => {
  const site = currentSite();
  return markdownResponse(twinMarkdown(site, params.pb, { kind: params.page ?? '' }, await storedTwins(site, params.pb)));
};
