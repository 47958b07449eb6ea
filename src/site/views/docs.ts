import { LANGS, ui, type Lang } from '../../i18n/index.ts';
import { siteChrome, type Link, type PageChrome } from '../navigation.ts';
import { editUrl, langSegment } from '../paths.ts';
import type { Site } from '../site.ts';
import { docsKey } from '../cache-keys.ts';

/** What the docs pages need of an entry of the `docs` collection. */
export interface DocEntry {
  /** The collection entry's id: `writing-a-playbook`, `zh-cn/writing-a-playbook`. */
  id: string;
  /** The page's address within the docs of its language: `writing-a-playbook`. */
  slug: string;
  /** The language of the page, from its folder: `content/zh-cn/…` is Chinese, `content/en/…` English, the rest the folder's own language (see docLanguage). */
  lang: Lang;
  title: string;
  description: string;
  order: number;
  /** Source file relative to the root (`content/index.mdx`), for the edit link; none for the engine's guides. */
  filePath?: string | undefined;
  /** The content collection of the entry: the site's own pages (`docs`, default) or the engine's guides (`guides`). */
  collection?: 'docs' | 'guides';
  /** The content layer's digest of the entry (its source), for the page's cache key. */
  digest?: string;
}

/**
 * The language and slug of a docs entry, from its id: `zh-cn/metrics` →
 * Chinese `metrics`; `metrics` → `metrics` in the language of the folder's
 * top level, `rootLang` (a site's own content/ is in the site's language; the
 * engine's guides are in English at the top level). The glob loader gives
 * `content/zh-cn/index.mdx` the id `zh-cn`, as `content/index.mdx` gets `index`.
 */
export function docLanguage(id: string, rootLang: Lang = 'en'): { lang: Lang; slug: string } {
  for (const lang of LANGS) {
    if (lang === rootLang) continue;
    const folder = langSegment(lang);
    if (id === folder) return { lang, slug: 'index' };
    if (id.startsWith(`${folder}/`)) return { lang, slug: id.slice(folder.length + 1) };
  }
  return { lang: rootLang, slug: id };
}

export interface DocsView {
  chrome: PageChrome;
  /** The content collection of the body: `docs` or `guides`. */
  collection: 'docs' | 'guides';
  /** Content collection entry of the body. */
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

/** The docs of one language, in navigation order. */
function docsOf(entries: readonly DocEntry[], lang: Lang): DocEntry[] {
  return orderDocs(entries.filter((d) => d.lang === lang));
}

/**
 * `getStaticPaths` of the docs pages of a language: `{ params: { slug } }` each, with the page's cache key when the
 * site is given (its source, the other docs of its navigation, and the playbooks, whose figures the guides quote).
 */
export function docsPaths(entries: readonly DocEntry[], lang: Lang, site?: Site) {
  const ordered = docsOf(entries, lang);
  const shared = site && docsKey(site, ordered);
  return ordered.map((d) => ({ params: { slug: d.slug }, ...(shared ? { cacheKey: `${shared}:${d.digest ?? d.id}` } : {}) }));
}

function docsNav(site: Site, ordered: readonly DocEntry[], currentId: string | null) {
  return [
    {
      label: null,
      items: ordered.map((d) => ({ label: d.title, href: site.paths.docs(d.slug, d.lang), current: d.id === currentId })),
    },
  ];
}

/** The addresses of a docs page in every language that has it (the docs home exists in all). */
function docsAlternates(site: Site, entries: readonly DocEntry[], slug: string | undefined): Partial<Record<Lang, string>> {
  const langs = slug === undefined ? LANGS : LANGS.filter((lang) => entries.some((d) => d.lang === lang && d.slug === slug));
  return Object.fromEntries(langs.map((lang) => [lang, site.paths.docs(slug, lang)]));
}

/** The docs home of a language: every page of that language with its description. */
export function docsIndexView(site: Site, entries: readonly DocEntry[], lang: Lang = site.lang): DocsIndexView {
  const t = ui(lang);
  const ordered = docsOf(entries, lang);
  return {
    chrome: siteChrome(site, {
      kind: 'docs',
      lang,
      title: t.docs,
      description: t.docsIntro,
      nav: docsNav(site, ordered, null),
      navLabel: t.docs,
      breadcrumbs: [
        { label: t.allPlaybooks, href: site.paths.home(lang) },
        { label: t.docs, href: null },
      ],
      alternates: docsAlternates(site, entries, undefined),
    }),
    title: t.docs,
    intro: t.docsIntro,
    pages: ordered.map((d) => ({ label: d.title, href: site.paths.docs(d.slug, d.lang), description: d.description })),
  };
}

/** One docs page of a language, with that language's docs navigation and previous/next in `order`. */
export function docsView(site: Site, entries: readonly DocEntry[], slug: string | undefined, lang: Lang = site.lang): DocsView {
  const t = ui(lang);
  const ordered = docsOf(entries, lang);
  const i = ordered.findIndex((d) => d.slug === slug);
  const entry = ordered[i];
  if (!entry) throw new Error(`There is no ${lang} docs page \`${String(slug)}\`.`);
  const link = (d: DocEntry | undefined): Link | null => (d ? { label: d.title, href: site.paths.docs(d.slug, d.lang) } : null);
  return {
    chrome: siteChrome(site, {
      kind: 'docs',
      lang,
      title: entry.title,
      description: entry.description,
      nav: docsNav(site, ordered, entry.id),
      navLabel: t.docs,
      breadcrumbs: [
        { label: t.allPlaybooks, href: site.paths.home(lang) },
        { label: t.docs, href: site.paths.docs(undefined, lang) },
        { label: entry.title, href: null },
      ],
      prev: link(ordered[i - 1]),
      next: link(ordered[i + 1]),
      editUrl: entry.filePath ? editUrl(site.editUrlBase, entry.filePath) : null,
      alternates: docsAlternates(site, entries, entry.slug),
    }),
    collection: entry.collection ?? 'docs',
    entryId: entry.id,
    title: entry.title,
    description: entry.description,
  };
}
