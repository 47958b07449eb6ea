/**
 * A playbook's RSS feed of its recent changes, `/<playbook>/rss.xml`. Written
 * only when SITE_URL is set: feed links must be absolute.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { currentSite } from '../../site/astro-site.ts';
import { feedPaths, feedView } from '../../site/views/whats-new.ts';

export function getStaticPaths() {
  return feedPaths(currentSite());
}

export const GET: APIRoute = ({ params }) => rss(feedView(currentSite(), params.pb));
