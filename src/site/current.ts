/**
 * The site of the build that is running: the one module of src/site/ that
 * needs Astro: it reads the project root and base path from
 * `astro:config/server`, and MDX bodies and docs from `astro:content`. Pages
 * call `currentSite()` and hand the result to a view function; tests call
 * `getSite()` or `createSite()` directly.
 *
 * Environment:
 * - `SITE_URL` (Astro's `site`): the site's absolute URL; the RSS feeds are
 *   written only when it is set.
 * - `EDIT_URL_BASE`: where "Edit this page" links point; a file's path
 *   relative to the project root is appended, e.g.
 *   `https://github.com/acme/playbooks/edit/main` →
 *   `…/edit/main/playbooks/acme/segments/smb.mdx`. No edit links when unset.
 */
import { fileURLToPath } from 'node:url';
import { base, root, site } from 'astro:config/server';
import { getCollection, getEntry, render } from 'astro:content';
import { getSite, type Site } from './site.ts';
import type { StoredBody } from '../integrations/playbook-loader.ts';
import { docLanguage, type DocEntry } from './views/docs.ts';

/**
 * The site of this build: computed once per build; in the dev server, on
 * every page so that edits show (the Git history is read again only when
 * HEAD moves).
 */
export function currentSite(): Site {
  return getSite({
    root: fileURLToPath(root),
    base,
    editUrlBase: process.env.EDIT_URL_BASE ?? null,
    siteUrl: site ?? null,
    cache: !import.meta.env.DEV,
  });
}

let docs: Promise<DocEntry[]> | null = null;

/** The entries of the `docs` collection, in every language (by folder: `content/zh-cn/` is Chinese), loaded once per build. */
export function currentDocs(): Promise<DocEntry[]> {
  if (import.meta.env.DEV) docs = null;
  docs ??= getCollection('docs').then((entries) =>
    entries.map((e) => ({ id: e.id, ...docLanguage(e.id), title: e.data.title, description: e.data.description, order: e.data.order, filePath: e.filePath })),
  );
  return docs;
}

/** The stored body of a playbook file (rendered by our loader): its HTML, headings and, for processes, each stage's HTML. */
export async function storedBody(collection: string, id: string): Promise<StoredBody> {
  const entry = await getEntry(collection as 'docs', id);
  if (!entry) throw new Error(`The ${collection} collection has no entry \`${id}\`: the content layer and the playbook loader disagree.`);
  const metadata = (entry.rendered?.metadata ?? {}) as Partial<StoredBody>;
  return { html: entry.rendered?.html ?? '', headings: metadata.headings ?? [], stages: metadata.stages ?? {} };
}

/** The rendered body of a collection entry: a kind of the registry (`playbook`, `segments`…) or `docs`. */
export async function renderEntry(collection: string, id: string) {
  const entry = await getEntry(collection as 'docs', id);
  if (!entry) throw new Error(`The ${collection} collection has no entry \`${id}\`: the content layer and the playbook loader disagree.`);
  return render(entry);
}
