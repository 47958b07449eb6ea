/** The Markdown twins of a playbook's own pages: `/<pb>/matrix/index.md`, `…/metrics/`, `…/plan/`, `…/scenarios/`, `…/whats-new/`, `…/book/`. */
import type { APIRoute } from 'astro';
import { currentSite } from '../../../site/current.ts';
import { topTwinPaths, markdownResponse, twinMarkdown } from '../../../site/markdown/twins.ts';

export function getStaticPaths() {
  return topTwinPaths(currentSite());
}

export const GET: APIRoute = ({ params }) => markdownResponse(twinMarkdown(currentSite(), params.pb, { kind: params.page ?? '' }));
