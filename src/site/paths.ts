/**
 * The site's URLs (format.md §6), always with the configured base path and a
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
  home(): string;
  playbook(pb: string): string;
  /** An entity's page: `/<pb>/<kind folder>/<id>/`. */
  entity(pb: string, kind: string, id: string): string;
  matrix(pb: string): string;
  metrics(pb: string): string;
  /** The plan over time (only for a playbook with a plan). */
  plan(pb: string): string;
  /** The playbook's recent changes. */
  whatsNew(pb: string): string;
  /** The playbook's RSS feed of those changes (a file, no trailing slash). */
  feed(pb: string): string;
  docs(slug?: string): string;
  search(lang: Lang): string;
}

/** URL builders for a base path. Ids are valid ids (no escaping needed); docs slugs may have `/`. */
export function createPaths(base: string): Paths {
  const root = normalizeBase(base);
  const join = (...parts: string[]) => `${root}${parts.map((p) => `${p}/`).join('')}`;
  return {
    base: root,
    home: () => root,
    playbook: (pb) => join(pb),
    entity: (pb, kind, id) => join(pb, kind, id),
    matrix: (pb) => join(pb, 'matrix'),
    metrics: (pb) => join(pb, 'metrics'),
    plan: (pb) => join(pb, 'plan'),
    whatsNew: (pb) => join(pb, 'whats-new'),
    feed: (pb) => `${join(pb)}rss.xml`,
    docs: (slug) => (slug ? join('docs', ...slug.split('/').map(encodeURIComponent)) : join('docs')),
    search: (lang) => (lang === 'en' ? join('search') : join('search', lang.toLowerCase())),
  };
}

/** The link to a file in the repository's web editor, when a base URL is configured. */
export function editUrl(editUrlBase: string | null, file: string): string | null {
  if (!editUrlBase) return null;
  return `${editUrlBase.replace(/\/+$/, '')}/${file.split('/').map(encodeURIComponent).join('/')}`;
}
