/** The Markdown twin of a playbook's overview, `/<pb>/index.md` (src/site/markdown/twins.ts). */
import type { APIRoute } from 'astro';
import { currentSite } from '../../site/current.ts';
import { markdownResponse, twinMarkdown } from '../../site/markdown/twins.ts';
import { playbookPaths } from '../../site/views/pages.ts';

export function getStaticPaths() {
  return playbookPaths(currentSite());
}

export const GET: APIRoute = ({ params }) => markdownResponse(twinMarkdown(currentSite(), params.pb, { kind: 'overview' }));
