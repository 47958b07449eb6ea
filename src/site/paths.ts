/**
 * The site's URLs (format §6), always with the configured base path and a
 * trailing slash (`trailingSlash: 'always'`).
 */
import type { Lang } from '../i18n/index.ts';

/** `sub`, `/sub`, `/sub/` → `/sub/`; empty → `/`. */
export function normalizeBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export interface Paths {
  base: string;
  /** The site's language: its pages are at `/`, `/docs/`, `/search/`; another language's under `/<lang>/` (`/zh-cn/`). */
  lang: Lang;
  /** The home page: `/` in the site's language, `/zh-cn/` (or `/en/`) in the other. */
  home(lang?: Lang): string;
  playbook(pb: string): string;
  /** An entity's page: `/<pb>/<kind folder>/<id>/`. */
  entity(pb: string, kind: string, id: string): string;
  matrix(pb: string): string;
  metrics(pb: string): string;
  /** The plan over time (only for a playbook with a plan). */
  plan(pb: string): string;
  /** The baseline and every scenario side by side (only for a playbook with scenarios). */
  scenarios(pb: string): string;
  /** The whole playbook on one print-ready page. */
  book(pb: string): string;
  /** v1.2: assumed against measured (only for a playbook with a snapshot). */
  actuals(pb: string): string;
  /** The Markdown twin of a page of the site (`<page>index.md`, next to its index.html). */
  markdown(page: string): string;
  /** The index for assistants (a file). */
  llms(): string;
  /** The playbook's recent changes. */
  whatsNew(pb: string): string;
  /** The playbook's RSS feed of those changes (a file, no trailing slash). */
  feed(pb: string): string;
  /** The docs (`/docs/<slug>/`), in the other language under `/zh-cn/docs/<slug>/` (or `/en/docs/<slug>/`). */
  docs(slug?: string, lang?: Lang): string;
  search(lang: Lang): string;
}

/** URL builders for a base path and the site's language. Ids are valid ids (no escaping needed); docs slugs may have `/`. */
export function createPaths(base: string, siteLang: Lang = 'en'): Paths {
  const root = normalizeBase(base);
  const join = (...parts: string[]) => `${root}${parts.map((p) => `${p}/`).join('')}`;
  /** The folder of a language's own pages: none for the site's language, `zh-cn` or `en` for the other (reserved playbook ids). */
  const prefix = (lang: Lang = siteLang) => (lang === siteLang ? [] : [langSegment(lang)]);
  return {
    base: root,
    lang: siteLang,
    home: (lang) => join(...prefix(lang)),
    playbook: (pb) => join(pb),
    entity: (pb, kind, id) => join(pb, kind, id),
    matrix: (pb) => join(pb, 'matrix'),
    metrics: (pb) => join(pb, 'metrics'),
    plan: (pb) => join(pb, 'plan'),
    scenarios: (pb) => join(pb, 'scenarios'),
    book: (pb) => join(pb, 'book'),
    actuals: (pb) => join(pb, 'actuals'),
    markdown: (page) => `${page.replace(/[#?].*$/, '')}index.md`,
    llms: () => `${root}llms.txt`,
    whatsNew: (pb) => join(pb, 'whats-new'),
    feed: (pb) => `${join(pb)}rss.xml`,
    docs: (slug, lang) => join(...prefix(lang), 'docs', ...(slug ? slug.split('/').map(encodeURIComponent) : [])),
    search: (lang) => (lang === siteLang ? join('search') : join('search', langSegment(lang))),
  };
}

/** A language as a path segment: `zh-CN` → `zh-cn`. */
export function langSegment(lang: Lang): string {
  return lang.toLowerCase();
}

/**
 * The link to a file (its path relative to the site's root) in the repository's web editor, when the site has an
 * edit link: a URL with `{path}` in it, or a URL the path is appended to.
 */
export function editUrl(editLink: string | null, file: string): string | null {
  if (!editLink) return null;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return editLink.includes('{path}') ? editLink.replace('{path}', path) : `${editLink.replace(/\/+$/, '')}/${path}`;
}
