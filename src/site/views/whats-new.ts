/**
 * A playbook's recent changes for its readers: the what's-new page and the
 * RSS feed (`@astrojs/rss` options), both from the Git history that the site
 * model reads once per build. Without history the page says so and the feed
 * has one item for the playbook's `updated` date, or none.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { byId, entitiesOf, type Entity } from '../../model/graph.ts';
import type { Change } from '../../model/history.ts';
import { kindLabel, playbookChrome, type PageChrome } from '../navigation.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { playbookPaths } from './pages.ts';
import { commitChange, fieldSentence, moveSentence } from '../whats-new-changes.ts';

/** How many changes the page and the feed list. */
export const WHATS_NEW_LIMIT = 30;

/** A file a change touched: a link to its page, or its path when it has no page (deleted, renamed, not a page). */
export interface ChangedPage {
  label: string;
  href: string | null;
  /** What kind of page it is (`Segment`), or "no page". */
  kind: string;
}

export interface WhatsNewEntry {
  /** Fragment id of the entry: `change-` and the commit's first 12 hex digits. */
  id: string;
  /** The commit's day (YYYY-MM-DD, as its committer saw it) and in words. */
  date: { iso: string; text: string };
  /** The commit's time, ISO 8601 with offset: the feed's `pubDate`. */
  time: string;
  /**
   * What changed, in one line, in the playbook's language: the first change to its fields (and how many more),
   * never the commit's subject (which engineers write for engineers).
   */
  subject: string;
  /** Every field that changed, in words (`Inside sales representative: headcount 4 → 5`). */
  changes: string[];
  /** The figures of the model that moved (`Account coverage +6.2 pts, to 91%`); empty when none did. */
  moves: string[];
  pages: ChangedPage[];
}

export interface WhatsNewView {
  chrome: PageChrome;
  title: string;
  intro: string;
  /** Newest first, at most `WHATS_NEW_LIMIT`. */
  entries: WhatsNewEntry[];
  /** Set when more changes exist than are listed. */
  limitNote: string | null;
  /** Set when there is no history to list: what to tell the reader, and the playbook's `updated` date if any. */
  noHistory: { text: string; revised: { id: string; label: string; iso: string; text: string } | null } | null;
  /** The link to the feed, when the site has one (SITE_URL set). */
  feed: { label: string; href: string } | null;
}


/** The page of a file the change touched, if it still has one. */
function changedPage(site: Site, pb: SitePlaybook, file: string): ChangedPage {
  const path = file.slice(pb.graph.dir.length + 1);
  if (path === 'index.mdx') return { label: pb.graph.index.data.title, href: site.paths.playbook(pb.id), kind: pb.t.playbook };
  const [, kind = '', id = ''] = /^([a-z]+)\/([^/]+)\.mdx$/.exec(path) ?? [];
  if (site.registry.entities.some((k) => k.id === kind)) {
    const entity = byId(entitiesOf(pb.graph, kind), id) as Entity<{ title: string }> | undefined;
    if (entity) return { label: entity.data.title, href: site.paths.entity(pb.id, kind, id), kind: kindLabel(site.registry, kind, pb.lang, 'one') };
  }
  return { label: path, href: null, kind: pb.t.noPage };
}

function toEntry(site: Site, pb: SitePlaybook, change: Change): WhatsNewEntry {
  const day = change.date.slice(0, 10);
  const c = pb.t.changes;
  const business = commitChange(pb, change.commit);
  const changes = business ? business.fields.map((f) => fieldSentence(site, pb, f)) : [];
  const moves = business ? business.moves.map((m) => moveSentence(pb, m)) : [];
  const pages = change.files.map((file) => changedPage(site, pb, file));
  // The headline: the first business change and how many more; without one (history unreadable, or only files
  // the model does not read changed), the pages it touched.
  const headline = changes.length > 0 ? changes[0]! : business && moves.length > 0 ? moves[0]! : business ? pages.map((p) => p.label).join(pb.t.money.sep) : c.unknown;
  return {
    id: `change-${change.commit.slice(0, 12)}`,
    date: { iso: day, text: pb.fmt.date(day) },
    time: change.date,
    subject: changes.length > 1 ? `${headline}${c.separator}${c.more(changes.length - 1)}` : headline,
    changes,
    moves,
    pages,
  };
}

/** The fragment id of the no-history note about the playbook's `updated` date: the feed's item links there. */
const revisedId = (updated: string) => `updated-${updated}`;

/** The what's-new page of a playbook. */
export function whatsNewView(site: Site, playbookId: string | undefined): WhatsNewView {
  const pb = findPlaybook(site, playbookId);
  const { t, fmt } = pb;
  const { changes } = pb.updates;
  const updated = pb.graph.index.data.updated;
  const feedHref = site.siteUrl ? site.paths.feed(pb.id) : null;
  return {
    chrome: playbookChrome(site, pb, { kind: 'whats-new', title: t.whatsNew, description: t.whatsNewIntro, file: null }),
    title: t.whatsNew,
    intro: t.whatsNewIntro,
    entries: changes.slice(0, WHATS_NEW_LIMIT).map((change) => toEntry(site, pb, change)),
    limitNote: changes.length > WHATS_NEW_LIMIT ? t.whatsNewLimit(WHATS_NEW_LIMIT) : null,
    noHistory:
      changes.length > 0
        ? null
        : { text: t.noHistory, revised: updated ? { id: revisedId(updated), label: t.lastRevised, iso: updated, text: fmt.date(updated) } : null },
    feed: feedHref ? { label: t.subscribe, href: feedHref } : null,
  };
}

/** The options of `@astrojs/rss` for a playbook's feed, with its items as an array. */
export interface FeedView extends RSSOptions {
  site: string;
  items: RSSFeedItem[];
}

const ATOM = 'http://www.w3.org/2005/Atom';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for HTML and XML: `&`, `<`, `>` and quotes as the named entities both know. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * The RSS feed of a playbook: one item per change (the last
 * `WHATS_NEW_LIMIT`), linking to its entry on the what's-new page, with the
 * pages it touched as the description. Every link is absolute, from the
 * site's URL: there is no feed without one. Nothing in it depends on when it
 * is built (no `lastBuildDate`), so the same commit gives the same feed.
 */
export function feedView(site: Site, playbookId: string | undefined): FeedView {
  const pb = findPlaybook(site, playbookId);
  const siteUrl = site.siteUrl;
  if (!siteUrl) {
    throw new Error(`The feed of playbook \`${pb.id}\` needs the site's absolute URL: set SITE_URL (feeds are only written when it is set).`);
  }
  const { t } = pb;
  const title = pb.graph.index.data.title;
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const page = absolute(site.paths.whatsNew(pb.id));
  const view = whatsNewView(site, pb.id);
  const list = (title: string, items: readonly string[]) => (items.length === 0 ? '' : `<p>${escapeXml(title)}</p><ul>${items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`);
  const describe = (entry: WhatsNewEntry) =>
    `${list(t.changes.fieldsTitle, entry.changes)}${list(t.changes.movesTitle, entry.moves)}<p>${escapeXml(t.changedPages)}</p><ul>${entry.pages
      .map((p) => {
        const label = p.href ? `<a href="${escapeXml(absolute(p.href))}">${escapeXml(p.label)}</a>` : escapeXml(p.label);
        return `<li>${label}${escapeXml(t.parenthetical(p.kind))}</li>`;
      })
      .join('')}</ul>`;
  const items: RSSFeedItem[] = view.entries.map((entry) => ({
    title: entry.subject,
    link: `${page}#${entry.id}`,
    pubDate: new Date(entry.time),
    description: describe(entry),
  }));
  const revised = view.noHistory?.revised;
  if (revised) {
    items.push({
      title: t.feedRevised(title),
      link: `${page}#${revised.id}`,
      pubDate: new Date(`${revised.iso}T00:00:00Z`),
      description: `<p>${escapeXml(t.noHistory)}</p>`,
    });
  }
  return {
    title: t.feedTitle(title),
    description: t.feedDescription(title),
    // The channel's link: the page the feed mirrors.
    site: page,
    items,
    xmlns: { atom: ATOM },
    customData: `<language>${pb.lang.toLowerCase()}</language><atom:link href="${escapeXml(absolute(site.paths.feed(pb.id)))}" rel="self" type="application/rss+xml"/>`,
  };
}

/** `getStaticPaths` of the feeds: one per playbook, none without the site's URL. */
export function feedPaths(site: Site) {
  return site.siteUrl ? playbookPaths(site) : [];
}
