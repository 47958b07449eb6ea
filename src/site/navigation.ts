/**
 * What surrounds a page's content: the per-playbook navigation (never the
 * whole site's tree), breadcrumbs, previous/next links within a section, the
 * edit link, the last-changed date, the feed and the search filters.
 */
import { escapeHtml } from '../format/html.ts';
import { LANGS, ui, type Lang } from '../i18n/index.ts';
import { kindTitle, type Registry } from '../kinds/index.ts';
import { entitiesOf } from '../model/graph.ts';
import { editUrl } from './paths.ts';
import type { Site, SitePlaybook } from './site.ts';
import { lastChangedOf } from './updates.ts';

export interface Link {
  label: string;
  href: string;
}

export interface NavItem extends Link {
  current: boolean;
}

export interface NavGroup {
  /** Heading of the group; null for the top group (overview, matrix, metrics, what's new, feed). */
  label: string | null;
  items: NavItem[];
}

export interface Crumb {
  label: string;
  /** Null for the current page and for sections without a page of their own. */
  href: string | null;
}

/** The playbook-level pages, in navigation order. */
export const TOP_KINDS = ['overview', 'matrix', 'metrics', 'plan', 'scenarios', 'whats-new', 'actuals'] as const;
export type TopKind = (typeof TOP_KINDS)[number];

/**
 * Kinds of pages, for the search filter and the page's own label: the site's
 * own, the playbook-level pages, and an entity kind of the registry (by its
 * folder name, e.g. `segments`).
 */
export type PageKind = 'home' | 'docs' | 'search' | 'not-found' | TopKind | (string & {});

export interface PageChrome {
  lang: Lang;
  /** The site's name in the page's language (the header's brand). */
  siteTitle: string;
  /** The document title (`<title>`). */
  title: string;
  description: string;
  kind: PageKind;
  /** The site's base path, for its files (the favicon). */
  base: string;
  /** Links of the header: the home page and the docs in the page's language, and the search of its language. */
  homeHref: string;
  docsHref: string;
  searchHref: string;
  /** The playbook the page belongs to, if any. */
  playbook: Link | null;
  /** Side navigation: the playbook's sections, or the docs pages. Empty for none. */
  nav: NavGroup[];
  navLabel: string;
  breadcrumbs: Crumb[];
  prev: Link | null;
  next: Link | null;
  editUrl: string | null;
  /** When the page last changed: from Git, else the playbook's `updated`; in the page's language. */
  updated: { iso: string; text: string } | null;
  /** The RSS feed of the page's playbook (`<link rel="alternate">`); null outside playbooks and without SITE_URL. */
  feed: Link | null;
  /**
   * Pagefind filters of the page (`data-pagefind-filter`), by name in the
   * page's language (each language has its own index); none on pages that
   * are not indexed.
   */
  searchFilters: Record<string, string>;
  /** Whether the page's content is indexed by the search. */
  indexed: boolean;
  /** The same page in every language it exists in, this one included (`<link rel="alternate" hreflang>`); empty when there is one. */
  alternates: Alternate[];
  /** The link to this page in the other language, when there is one. */
  languageSwitch: Alternate | null;
  /** The page's Markdown twin (`…/index.md`, `<link rel="alternate" type="text/markdown">`); none outside the playbooks. */
  markdown?: string | null;
}

/** The same page in one language. */
export interface Alternate {
  lang: Lang;
  href: string;
}

/**
 * Pagefind's UI writes filter names and values into the search page as HTML
 * (innerHTML), so text from a file (a playbook's title) goes into a filter
 * with its HTML escaped: it then shows as the text it is, never as markup.
 */
export function searchFilters(filters: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).map(([name, value]) => [escapeHtml(name), escapeHtml(value)]));
}

/** The page of a playbook that a chrome is built for. */
export interface PlaybookPage {
  /** A playbook-level page, or the entity kind of an entity page. */
  kind: TopKind | (string & {});
  /** Entity id for entity pages. */
  id?: string;
  title: string;
  description: string;
  /** Source file for the edit link, relative to the root. */
  file: string | null;
  /**
   * The files the page draws on, whose newest change is the page's
   * last-changed date; default: `file`, or every file of the playbook when
   * the page has none.
   */
  sources?: readonly string[];
}

/** A kind's name as a label in a language: `Segments`, `Segment`, `目标客群`. */
export function kindLabel(registry: Registry, kind: string, lang: Lang, count: 'one' | 'many'): string {
  return kindTitle(kind, lang, count, registry);
}

/** The links of a section in navigation order (segments by priority, the others by id). */
function sectionLinks(site: Site, pb: SitePlaybook, kind: string): (Link & { id: string })[] {
  const entities = kind === 'segments' ? pb.segments : (entitiesOf(pb.graph, kind) as { id: string; data: { title?: unknown } }[]);
  return entities.map((e) => ({ id: e.id, label: String(e.data.title ?? e.id), href: site.paths.entity(pb.id, kind, e.id) }));
}

const isTop = (kind: PlaybookPage['kind']): kind is TopKind => (TOP_KINDS as readonly string[]).includes(kind);

/**
 * Whether a page is a playbook-level page. `scenarios` is both a top page
 * (the comparison, `/<pb>/scenarios/`) and an entity kind (each scenario's
 * page, which has an id).
 */
const isTopPage = (page: Pick<PlaybookPage, 'kind' | 'id'>): page is { kind: TopKind; id?: undefined } => isTop(page.kind) && page.id === undefined;

/** The playbook-level pages, in order: overview, matrix, metrics, the plan and the scenarios (when there are), what's new. */
function topLinks(site: Site, pb: SitePlaybook): (Link & { kind: TopKind })[] {
  return [
    { kind: 'overview' as const, label: pb.t.overview, href: site.paths.playbook(pb.id) },
    { kind: 'matrix' as const, label: pb.t.matrix, href: site.paths.matrix(pb.id) },
    { kind: 'metrics' as const, label: pb.t.metrics, href: site.paths.metrics(pb.id) },
    ...(pb.plan ? [{ kind: 'plan' as const, label: pb.t.plan.title, href: site.paths.plan(pb.id) }] : []),
    ...(pb.scenarios.size > 0 ? [{ kind: 'scenarios' as const, label: pb.t.scenarios.title, href: site.paths.scenarios(pb.id) }] : []),
    ...(pb.actuals ? [{ kind: 'actuals' as const, label: pb.t.actuals.title, href: site.paths.actuals(pb.id) }] : []),
    { kind: 'whats-new' as const, label: pb.t.whatsNew, href: site.paths.whatsNew(pb.id) },
  ];
}

/** The page of an entity section of its own, when it has one: the scenarios' comparison, the actuals page. */
function sectionHref(site: Site, pb: SitePlaybook, kind: string): string | null {
  if (kind === 'actuals' && pb.actuals) return site.paths.actuals(pb.id);
  return kind === 'scenarios' && pb.scenarios.size > 0 ? site.paths.scenarios(pb.id) : null;
}

/** The playbook's RSS feed; there is none without the site's absolute URL (feed links must be absolute). */
export function playbookFeed(site: Site, pb: SitePlaybook): Link | null {
  return site.siteUrl ? { label: pb.t.feedTitle(pb.graph.index.data.title), href: site.paths.feed(pb.id) } : null;
}

/** The navigation of one playbook, with the current page marked. */
export function playbookNav(site: Site, pb: SitePlaybook, page: Pick<PlaybookPage, 'kind' | 'id'>): NavGroup[] {
  const top: NavItem[] = topLinks(site, pb).map(({ label, href, kind }) => ({ label, href, current: isTopPage(page) && kind === page.kind }));
  top.push({ label: pb.t.book.nav, href: site.paths.book(pb.id), current: page.kind === 'book' });
  const feed = playbookFeed(site, pb);
  if (feed) top.push({ label: pb.t.rssFeed, href: feed.href, current: false });
  const groups: NavGroup[] = [{ label: null, items: top }];
  for (const { id: kind } of site.registry.entities.filter((k) => k.inNav)) {
    const links = sectionLinks(site, pb, kind);
    if (links.length === 0) continue;
    groups.push({
      label: kindLabel(site.registry, kind, pb.lang, 'many'),
      items: links.map(({ id, label, href }) => ({ label, href, current: page.kind === kind && page.id === id })),
    });
  }
  return groups;
}

/** The previous and next page within the page's section. */
export function prevNext(site: Site, pb: SitePlaybook, page: Pick<PlaybookPage, 'kind' | 'id'>): { prev: Link | null; next: Link | null } {
  const top = isTopPage(page);
  const list: (Link & { key: string })[] = top
    ? topLinks(site, pb).map((l) => ({ ...l, key: l.kind }))
    : sectionLinks(site, pb, page.kind).map((l) => ({ ...l, key: l.id }));
  const key = top ? page.kind : page.id;
  const i = list.findIndex((l) => l.key === key);
  const pick = (l: (Link & { key: string }) | undefined): Link | null => (l ? { label: l.label, href: l.href } : null);
  return i < 0 ? { prev: null, next: null } : { prev: pick(list[i - 1]), next: pick(list[i + 1]) };
}

/** The breadcrumbs of a playbook page: all playbooks (the home page in the playbook's language) › playbook › section › page. */
export function playbookBreadcrumbs(site: Site, pb: SitePlaybook, page: PlaybookPage): Crumb[] {
  const crumbs: Crumb[] = [{ label: pb.t.allPlaybooks, href: site.paths.home(pb.lang) }];
  const title = pb.graph.index.data.title;
  if (page.kind === 'overview') return [...crumbs, { label: title, href: null }];
  crumbs.push({ label: title, href: site.paths.playbook(pb.id) });
  if (isTopPage(page)) return [...crumbs, { label: page.title, href: null }];
  return [...crumbs, { label: kindLabel(site.registry, page.kind, pb.lang, 'many'), href: sectionHref(site, pb, page.kind) }, { label: page.title, href: null }];
}

/** The Markdown twin of a playbook page (src/pages/…/index.md.ts writes one for every kind of page named here). */
function markdownTwin(site: Site, pb: SitePlaybook, page: Pick<PlaybookPage, 'kind' | 'id'>): string | null {
  const { paths } = site;
  const pages: Record<string, (pb: string) => string> = {
    overview: paths.playbook,
    matrix: paths.matrix,
    metrics: paths.metrics,
    plan: paths.plan,
    scenarios: paths.scenarios,
    'whats-new': paths.whatsNew,
    book: paths.book,
    actuals: paths.actuals,
  };
  const href = page.id !== undefined ? paths.entity(pb.id, page.kind, page.id) : pages[page.kind]?.(pb.id);
  return href === undefined ? null : paths.markdown(href);
}

/** The whole chrome of a playbook page. */
export function playbookChrome(site: Site, pb: SitePlaybook, page: PlaybookPage): PageChrome {
  const { t } = pb;
  const playbookTitle = pb.graph.index.data.title;
  const updated = lastChangedOf(pb.updates, page.sources ?? (page.file ? [page.file] : pb.files), pb.graph.index.data.updated);
  const top: Record<TopKind, string> = { overview: t.playbook, matrix: t.matrix, metrics: t.metrics, plan: t.plan.title, scenarios: t.scenarios.title, 'whats-new': t.whatsNew, actuals: t.actuals.title };
  const label = isTopPage(page) ? top[page.kind] : kindLabel(site.registry, page.kind, pb.lang, 'one');
  return {
    lang: pb.lang,
    siteTitle: site.title(pb.lang),
    title: page.kind === 'overview' ? playbookTitle : `${page.title} · ${playbookTitle}`,
    description: page.description,
    kind: page.kind,
    base: site.paths.base,
    homeHref: site.paths.home(pb.lang),
    docsHref: site.paths.docs(undefined, pb.lang),
    searchHref: site.paths.search(pb.lang),
    playbook: { label: playbookTitle, href: site.paths.playbook(pb.id) },
    nav: playbookNav(site, pb, page),
    navLabel: t.playbookNavigation,
    breadcrumbs: playbookBreadcrumbs(site, pb, page),
    ...prevNext(site, pb, page),
    editUrl: page.file ? editUrl(site.editUrlBase, page.file) : null,
    updated: updated ? { iso: updated, text: pb.fmt.date(updated) } : null,
    feed: playbookFeed(site, pb),
    markdown: markdownTwin(site, pb, page),
    searchFilters: searchFilters({ [t.filterPlaybook]: playbookTitle, [t.filterKind]: label }),
    // What's new is commit subjects and links to pages that are indexed themselves: not worth finding in search.
    indexed: page.kind !== 'whats-new',
    alternates: [],
    languageSwitch: null,
  };
}

/**
 * The chrome of a page outside the playbooks (home, docs, search, 404), in
 * its language (English by default). `alternates` are the page's addresses
 * in the languages it exists in: they give the `hreflang` links and the
 * switch to the other language.
 */
export function siteChrome(
  site: Site,
  page: { kind: 'home' | 'docs' | 'search' | 'not-found'; title: string; description?: string; lang?: Lang; alternates?: Partial<Record<Lang, string>> } & Partial<
    Pick<PageChrome, 'nav' | 'navLabel' | 'breadcrumbs' | 'prev' | 'next' | 'editUrl'>
  >,
): PageChrome {
  const lang = page.lang ?? site.lang;
  const t = ui(lang);
  const siteTitle = site.title(lang);
  const alternates = LANGS.flatMap((l): Alternate[] => {
    const href = page.alternates?.[l];
    return href === undefined ? [] : [{ lang: l, href }];
  });
  return {
    lang,
    siteTitle,
    title: page.kind === 'home' ? siteTitle : `${page.title} · ${siteTitle}`,
    description: page.description ?? t.siteDescription,
    kind: page.kind,
    base: site.paths.base,
    homeHref: site.paths.home(lang),
    docsHref: site.paths.docs(undefined, lang),
    searchHref: site.paths.search(lang),
    playbook: null,
    nav: page.nav ?? [],
    navLabel: page.navLabel ?? t.docs,
    breadcrumbs: page.breadcrumbs ?? [],
    prev: page.prev ?? null,
    next: page.next ?? null,
    editUrl: page.editUrl ?? null,
    updated: null,
    feed: null,
    searchFilters: page.kind === 'docs' ? searchFilters({ [t.filterKind]: t.docs }) : {},
    indexed: page.kind === 'docs',
    alternates: alternates.length > 1 ? alternates : [],
    languageSwitch: alternates.find((a) => a.lang !== lang) ?? null,
  };
}
