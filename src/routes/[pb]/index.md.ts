/** The Markdown twin of a playbook's overview, `/<pb>/index.md` (src/site/markdown/twins.ts). */
import type { APIRoute } from 'astro';
import { currentSite, storedTwins } from '../../site/astro-site.ts';
import { markdownResponse, twinMarkdown } from '../../site/markdown/twins.ts';
import { playbookPaths } from '../../site/views/pages.ts';

export function getStaticPaths() {
  return playbookPaths(currentSite());
}

export const GET: APIRoute = async ({ params }) => {
  const site = currentSite();
  return markdownResponse(twinMarkdown(site, params.pb, { kind: 'overview' }, await storedTwins(site, params.pb)));
};
