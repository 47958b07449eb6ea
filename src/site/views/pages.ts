/**
 * The site's other pages (search, 404) and the route lists that
 * `getStaticPaths` returns.
 */
import { ui, type Lang, LANGS } from '../../i18n/index.ts';
import { entitiesOf } from '../../model/graph.ts';
import { siteChrome, type PageChrome } from '../navigation.ts';
import { langSegment } from '../paths.ts';
import type { Site } from '../site.ts';
import { entityPageKey, playbookPageKey } from '../cache-keys.ts';

export interface SearchView {
  chrome: PageChrome;
  lang: Lang;
  heading: string;
  label: string;
  placeholder: string;
  noScript: string;
  hint: string;
  /** Where Pagefind's files are: `<base>pagefind/`. */
  bundlePath: string;
  /** Prefix of result URLs (the site's base path). */
  baseUrl: string;
}

/** A search page: one per UI language, because Pagefind searches the index of the page's `<html lang>`. */
export function searchView(site: Site, lang: Lang): SearchView {
  const t = ui(lang);
  const alternates = Object.fromEntries(LANGS.map((l) => [l, site.paths.search(l)]));
  return {
    chrome: siteChrome(site, { kind: 'search', title: t.search, lang, alternates }),
    lang,
    heading: t.searchLabel,
    label: t.searchLabel,
    placeholder: t.searchPlaceholder,
    noScript: t.searchNoScript,
    hint: t.searchHint,
    bundlePath: `${site.paths.base}pagefind/`,
    baseUrl: site.paths.base,
  };
}

/**
 * `getStaticPaths` of the pages of the languages other than the site's (`/zh-cn/`, `/zh-cn/docs/`, `/search/zh-cn/`):
 * one per language, since every language has its home page, docs and search.
 */
export function otherLangPaths(site: Site) {
  return LANGS.filter((lang) => lang !== site.lang).map((lang) => ({ params: { lang: langSegment(lang) }, props: { lang } }));
}

export interface NotFoundView {
  chrome: PageChrome;
  heading: string;
  text: string;
  home: { label: string; href: string };
  docs: { label: string; href: string };
  /** The same in the other languages: the page is served at any missing address, in whatever language the reader came from. */
  others: { lang: Lang; heading: string; text: string; home: { label: string; href: string } }[];
}

export function notFoundView(site: Site): NotFoundView {
  const t = ui(site.lang);
  return {
    chrome: siteChrome(site, { kind: 'not-found', title: t.notFoundTitle }),
    heading: t.notFoundTitle,
    text: t.notFoundText,
    home: { label: t.notFoundHome, href: site.paths.home() },
    docs: { label: t.docs, href: site.paths.docs() },
    others: LANGS.filter((lang) => lang !== site.lang).map((lang) => {
      const o = ui(lang);
      return { lang, heading: o.notFoundTitle, text: o.notFoundText, home: { label: o.notFoundHome, href: site.paths.home(lang) } };
    }),
  };
}

/** `getStaticPaths` of the playbook-level pages. */
export function playbookPaths(site: Site) {
  return site.playbooks.map((pb) => ({ params: { pb: pb.id }, cacheKey: playbookPageKey(site, pb) }));
}

/** `getStaticPaths` of the entity pages: one per entity of every kind of the registry, `/<pb>/<kind>/<id>/`. */
export function entityPaths(site: Site) {
  return site.playbooks.flatMap((pb) =>
    site.registry.entities.flatMap((kind) => entitiesOf(pb.graph, kind.id).map((e) => ({ params: { pb: pb.id, kind: kind.id, id: e.id }, cacheKey: entityPageKey(site, pb, e) }))),
  );
}
