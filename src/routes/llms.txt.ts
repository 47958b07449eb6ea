/** `/llms.txt` (format §6): the playbooks and the docs, a line each, for assistants (src/site/markdown/llms.ts). */
import type { APIRoute } from 'astro';
import { currentDocs, currentSite } from '../site/astro-site.ts';
import { llmsTxt } from '../site/markdown/llms.ts';

export const GET: APIRoute = async () =>
  new Response(llmsTxt(currentSite(), await currentDocs()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
