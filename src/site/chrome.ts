/**
 * What surrounds a page's content: the per-playbook navigation (never the
 * whole site's tree), breadcrumbs, previous/next links within a section, the
 * edit link, the last-updated date and the search filters.
 */
import { ui, type Lang } from '../i18n/index.ts';
import type { EntityKind } from '../schema/index.ts';
import { editUrl } from './paths.ts';
import type { Site, SitePlaybook } from './site.ts';

export interface Link {
  label: string;
  href: string;
}

export interface NavItem extends Link {
  current: boolean;
}

export interface NavGroup {
  /** Heading of the group; null for the top group (overview, matrix, metrics). */
  label: string | null;
  items: NavItem[];
}

export interface Crumb {
  label: string;
  /** Null for the current page and for sections without a page of their own. */
  href: string | null;
}

/** Kinds of pages, for the search filter and the page's own label. */
export type PageKind = 'home' | 'overview' | EntityKind | 'matrix' | 'metrics' | 'docs' | 'search' | 'not-found';

export interface PageChrome {
  lang: Lang;
  /** The document title (`<title>`). */
  title: string;
  description: string;
  kind: PageKind;
  /** Links of the header. */
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
  updated: { iso: string; text: string } | null;
  /**
   * Pagefind filters of the page (`data-pagefind-filter`), by name in the
   * page's language (each language has its own index); none on pages that
   * are not indexed.
   */
  searchFilters: Record<string, string>;
  /** Whether the page's content is indexed by the search. */
  indexed: boolean;
}

/** The page of a playbook that a chrome is built for. */
export interface PlaybookPage {
  kind: Exclude<PageKind, 'home' | 'docs' | 'search' | 'not-found'>;
  /** Entity id for entity pages. */
  id?: string;
  title: string;
  description: string;
  /** Source file for the edit link, relative to the root. */
  file: string | null;
}

const SECTIONS: readonly EntityKind[] = ['segments', 'offerings', 'processes', 'roles'];
const SINGULAR = { segments: 'segment', offerings: 'offering', processes: 'process', roles: 'role' } as const;

/** The links of a section in navigation order. */
function sectionLinks(site: Site, pb: SitePlaybook, kind: EntityKind): (Link & { id: string })[] {
  const entities = kind === 'segments' ? pb.segments : pb.graph[kind];
  return entities.map((e) => ({ id: e.id, label: e.data.title, href: site.paths.entity(pb.id, kind, e.id) }));
}

/** The playbook-level pages, in order: overview, matrix, metrics. */
function topLinks(site: Site, pb: SitePlaybook): (Link & { kind: PlaybookPage['kind'] })[] {
  return [
    { kind: 'overview', label: pb.t.overview, href: site.paths.playbook(pb.id) },
    { kind: 'matrix', label: pb.t.matrix, href: site.paths.matrix(pb.id) },
    { kind: 'metrics', label: pb.t.metrics, href: site.paths.metrics(pb.id) },
  ];
}

/** The navigation of one playbook, with the current page marked. */
export function playbookNav(site: Site, pb: SitePlaybook, page: Pick<PlaybookPage, 'kind' | 'id'>): NavGroup[] {
  const groups: NavGroup[] = [
    { label: null, items: topLinks(site, pb).map(({ label, href, kind }) => ({ label, href, current: kind === page.kind })) },
  ];
  for (const kind of SECTIONS) {
    const links = sectionLinks(site, pb, kind);
    if (links.length === 0) continue;
    groups.push({
      label: pb.t[kind],
      items: links.map(({ id, label, href }) => ({ label, href, current: page.kind === kind && page.id === id })),
    });
  }
  return groups;
}

/** The previous and next page within the page's section. */
export function prevNext(site: Site, pb: SitePlaybook, page: Pick<PlaybookPage, 'kind' | 'id'>): { prev: Link | null; next: Link | null } {
  const list: (Link & { key: string })[] =
    page.kind === 'overview' || page.kind === 'matrix' || page.kind === 'metrics'
      ? topLinks(site, pb).map((l) => ({ ...l, key: l.kind }))
      : sectionLinks(site, pb, page.kind).map((l) => ({ ...l, key: l.id }));
  const key = page.kind === 'overview' || page.kind === 'matrix' || page.kind === 'metrics' ? page.kind : page.id;
  const i = list.findIndex((l) => l.key === key);
  const pick = (l: (Link & { key: string }) | undefined): Link | null => (l ? { label: l.label, href: l.href } : null);
  return i < 0 ? { prev: null, next: null } : { prev: pick(list[i - 1]), next: pick(list[i + 1]) };
}

/** The breadcrumbs of a playbook page: all playbooks › playbook › section › page. */
export function playbookBreadcrumbs(site: Site, pb: SitePlaybook, page: PlaybookPage): Crumb[] {
  const crumbs: Crumb[] = [{ label: pb.t.allPlaybooks, href: site.paths.home() }];
  const title = pb.graph.index.data.title;
  if (page.kind === 'overview') return [...crumbs, { label: title, href: null }];
  crumbs.push({ label: title, href: site.paths.playbook(pb.id) });
  if (page.kind === 'matrix' || page.kind === 'metrics') return [...crumbs, { label: page.title, href: null }];
  return [...crumbs, { label: pb.t[page.kind], href: null }, { label: page.title, href: null }];
}

/** The whole chrome of a playbook page. */
export function playbookChrome(site: Site, pb: SitePlaybook, page: PlaybookPage): PageChrome {
  const { t } = pb;
  const playbookTitle = pb.graph.index.data.title;
  const updated = pb.graph.index.data.updated;
  const kindLabel = page.kind === 'overview' ? t.playbook : page.kind === 'matrix' || page.kind === 'metrics' ? t[page.kind] : t[SINGULAR[page.kind]];
  return {
    lang: pb.lang,
    title: page.kind === 'overview' ? playbookTitle : `${page.title} · ${playbookTitle}`,
    description: page.description,
    kind: page.kind,
    homeHref: site.paths.home(),
    docsHref: site.paths.docs(),
    searchHref: site.paths.search(pb.lang),
    playbook: { label: playbookTitle, href: site.paths.playbook(pb.id) },
    nav: playbookNav(site, pb, page),
    navLabel: t.playbookNavigation,
    breadcrumbs: playbookBreadcrumbs(site, pb, page),
    ...prevNext(site, pb, page),
    editUrl: page.file ? editUrl(site.editUrlBase, page.file) : null,
    updated: updated ? { iso: updated, text: pb.fmt.date(updated) } : null,
    searchFilters: { [t.filterPlaybook]: playbookTitle, [t.filterKind]: kindLabel },
    indexed: true,
  };
}

/** The chrome of a page outside the playbooks (home, docs, search, 404), in English. */
export function siteChrome(
  site: Site,
  page: { kind: 'home' | 'docs' | 'search' | 'not-found'; title: string; description?: string; lang?: Lang } & Partial<
    Pick<PageChrome, 'nav' | 'navLabel' | 'breadcrumbs' | 'prev' | 'next' | 'editUrl'>
  >,
): PageChrome {
  const lang = page.lang ?? 'en';
  const t = ui(lang);
  return {
    lang,
    title: page.kind === 'home' ? t.siteTitle : `${page.title} · ${t.siteTitle}`,
    description: page.description ?? t.siteDescription,
    kind: page.kind,
    homeHref: site.paths.home(),
    docsHref: site.paths.docs(),
    searchHref: site.paths.search(lang),
    playbook: null,
    nav: page.nav ?? [],
    navLabel: page.navLabel ?? t.docs,
    breadcrumbs: page.breadcrumbs ?? [],
    prev: page.prev ?? null,
    next: page.next ?? null,
    editUrl: page.editUrl ?? null,
    updated: null,
    searchFilters: page.kind === 'docs' ? { [t.filterKind]: t.docs } : {},
    indexed: page.kind === 'docs',
  };
}
