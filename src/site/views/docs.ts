import { ui } from '../../i18n/index.ts';
import { siteChrome, type Link, type PageChrome } from '../chrome.ts';
import { editUrl } from '../paths.ts';
import type { Site } from '../site.ts';

/** What the docs pages need of an entry of the `docs` collection. */
export interface DocEntry {
  id: string;
  title: string;
  description: string;
  order: number;
  /** Source file relative to the root (`content/index.mdx`), for the edit link. */
  filePath?: string | undefined;
}

export interface DocsView {
  chrome: PageChrome;
  /** Content collection entry of the body (`docs` collection). */
  entryId: string;
  title: string;
  description: string;
}

export interface DocsIndexView {
  chrome: PageChrome;
  title: string;
  intro: string;
  pages: (Link & { description: string })[];
}

/** Docs in navigation order: by `order`, then title. */
export function orderDocs<T extends DocEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1));
}

function docsNav(site: Site, ordered: readonly DocEntry[], currentId: string | null) {
  return [
    {
      label: null,
      items: ordered.map((d) => ({ label: d.title, href: site.paths.docs(d.id), current: d.id === currentId })),
    },
  ];
}

/** The docs home: every page with its description. */
export function docsIndexView(site: Site, entries: readonly DocEntry[]): DocsIndexView {
  const t = ui('en');
  const ordered = orderDocs(entries);
  return {
    chrome: siteChrome(site, {
      kind: 'docs',
      title: t.docs,
      description: t.docsIntro,
      nav: docsNav(site, ordered, null),
      navLabel: t.docs,
      breadcrumbs: [
        { label: t.allPlaybooks, href: site.paths.home() },
        { label: t.docs, href: null },
      ],
    }),
    title: t.docs,
    intro: t.docsIntro,
    pages: ordered.map((d) => ({ label: d.title, href: site.paths.docs(d.id), description: d.description })),
  };
}

/** One docs page, with the docs navigation and previous/next in `order`. */
export function docsView(site: Site, entries: readonly DocEntry[], slug: string | undefined): DocsView {
  const t = ui('en');
  const ordered = orderDocs(entries);
  const i = ordered.findIndex((d) => d.id === slug);
  const entry = ordered[i];
  if (!entry) throw new Error(`There is no docs page \`${String(slug)}\`.`);
  const link = (d: DocEntry | undefined): Link | null => (d ? { label: d.title, href: site.paths.docs(d.id) } : null);
  return {
    chrome: siteChrome(site, {
      kind: 'docs',
      title: entry.title,
      description: entry.description,
      nav: docsNav(site, ordered, entry.id),
      navLabel: t.docs,
      breadcrumbs: [
        { label: t.allPlaybooks, href: site.paths.home() },
        { label: t.docs, href: site.paths.docs() },
        { label: entry.title, href: null },
      ],
      prev: link(ordered[i - 1]),
      next: link(ordered[i + 1]),
      editUrl: entry.filePath ? editUrl(site.editUrlBase, entry.filePath) : null,
    }),
    entryId: entry.id,
    title: entry.title,
    description: entry.description,
  };
}
