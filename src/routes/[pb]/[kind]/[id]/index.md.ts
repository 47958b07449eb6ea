/** The Markdown twin of every entity page, `/<pb>/<kind>/<id>/index.md` (src/site/markdown/twins.ts). */
import type { APIRoute } from 'astro';
import { currentSite, storedTwins } from '../../../../site/astro-site.ts';
import { markdownResponse, twinMarkdown } from '../../../../site/markdown/twins.ts';
import { entityPaths } from '../../../../site/views/pages.ts';

export function getStaticPaths() {
  return entityPaths(currentSite());
}

export const GET: APIRoute = async ({ params }) => {
  const site = currentSite();
  return markdownResponse(twinMarkdown(site, params.pb, { kind: params.kind ?? '', id: params.id ?? '' }, await storedTwins(site, params.pb)));
};
