/**
 * The site of the build that is running: the one module of src/site/ that
 * needs Astro: it reads the project root and base path from
 * `astro:config/server`, the integration's options (title, language, edit
 * link, guides) from its virtual module, and bodies and docs from
 * `astro:content`. Pages call `currentSite()` and hand the result to a view
 * function; tests call `getSite()` or `createSite()` directly.
 *
 * `SITE_URL` (Astro's `site`): the site's absolute URL; the RSS feeds are
 * written only when it is set.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { base, root, site } from 'astro:config/server';
import { getCollection, getEntry, render } from 'astro:content';
import options from 'virtual:sales-playbook/config';
import { findPlaybook, getSite, type Site, type SitePlaybook } from './site.ts';
import type { StoredBody, StoredTwin } from '../integration/playbook-loader.ts';
import type { BodyTwins } from './markdown/twins.ts';
import { entitiesOf } from '../model/graph.ts';
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
    editUrlBase: options.editLink,
    siteUrl: site ?? null,
    lang: options.lang,
    titles: options.titles,
    cache: !import.meta.env.DEV,
  });
}

let docs: Promise<DocEntry[]> | null = null;

/**
 * The docs pages in every language: the site's own (`docs`, content/; its top level in the site's language,
 * `content/zh-cn/` Chinese, `content/en/` English) and the engine's guides (`guides`, when the site includes them;
 * English at their top level, Chinese under zh-cn/). A page of the site's own takes the place of a guide of the same
 * address. Loaded once per build.
 */
export function currentDocs(): Promise<DocEntry[]> {
  if (import.meta.env.DEV) docs = null;
  // Each asked for only when the site has it: Astro warns about an empty collection.
  const withGuides = options.guides;
  const withOwn = existsSync(fileURLToPath(new URL('./content/', root)));
  docs ??= Promise.all([withOwn ? getCollection('docs') : [], withGuides ? getCollection('guides') : []]).then(([own, guides]) => {
    type Page = { id: string; filePath?: string | undefined; digest?: string | number; data: { title: string; description: string; order: number } };
    const entry = (collection: 'docs' | 'guides', rootLang: DocEntry['lang']) => (e: Page): DocEntry => ({
      id: e.id,
      ...docLanguage(e.id, rootLang),
      title: e.data.title,
      description: e.data.description,
      order: e.data.order,
      filePath: collection === 'docs' ? e.filePath : undefined,
      collection,
      digest: e.digest === undefined ? undefined : String(e.digest),
    });
    const mine = own.map(entry('docs', options.lang));
    const taken = new Set(mine.map((d) => `${d.lang}/${d.slug}`));
    return [...mine, ...guides.map(entry('guides', 'en')).filter((d) => !taken.has(`${d.lang}/${d.slug}`))];
  });
  return docs;
}

/** The stored body of a playbook file (rendered by our loader): its HTML, headings and, for processes, each stage's HTML. */
export async function storedBody(collection: string, id: string): Promise<StoredBody> {
  const entry = await getEntry(collection as 'docs', id);
  if (!entry) throw new Error(`The ${collection} collection has no entry \`${id}\`: the content layer and the playbook loader disagree.`);
  const metadata = (entry.rendered?.metadata ?? {}) as Partial<StoredBody>;
  return { html: entry.rendered?.html ?? '', headings: metadata.headings ?? [], stages: metadata.stages ?? {}, twin: metadata.twin ?? null };
}

/**
 * The stored Markdown twins of a playbook's bodies (written by the content loader from each body's one parse), for
 * the twin endpoints: no body is parsed again for its twin or the book's.
 */
export function storedTwins(site: Site, playbookId: string | undefined): Promise<BodyTwins> {
  const pb = findPlaybook(site, playbookId);
  // In `astro dev` the site is made again as soon as a file changes, before the loader has stored its new body:
  // read the store on every request there. In a build, once per playbook: every twin of the playbook asks for them.
  if (import.meta.env.DEV) return readTwins(site, pb);
  let twins = twinsRead.get(pb);
  if (!twins) {
    twins = readTwins(site, pb);
    twinsRead.set(pb, twins);
    twins.catch(() => twinsRead.delete(pb));
  }
  return twins;
}

const twinsRead = new WeakMap<SitePlaybook, Promise<BodyTwins>>();

async function readTwins(site: Site, pb: SitePlaybook): Promise<BodyTwins> {
  const twins = new Map<string, StoredTwin | null>();
  const entries = [
    { kind: site.registry.playbook.id, entity: pb.graph.index, entryId: pb.id },
    ...site.registry.entities.flatMap((kind) => entitiesOf(pb.graph, kind.id).map((entity) => ({ kind: kind.id, entity, entryId: `${pb.id}/${kind.id}/${entity.id}` }))),
  ];
  await Promise.all(
    entries.map(async ({ kind, entity, entryId }) => {
      twins.set(entity.file, (await storedBody(kind, entryId)).twin);
    }),
  );
  return (_kind, entity) => {
    const twin = twins.get(entity.file);
    if (twin === undefined) throw new Error(`No stored twin for ${entity.file}: the content layer and the playbook loader disagree.`);
    return twin && { tree: twin.tree, stages: new Map(Object.entries(twin.stages)) };
  };
}

/** The rendered body of a collection entry: a kind of the registry (`playbook`, `segments`…), `docs` or `guides`. */
export async function renderEntry(collection: string, id: string) {
  const entry = await getEntry(collection as 'docs', id);
  if (!entry) throw new Error(`The ${collection} collection has no entry \`${id}\`: the content layer and the playbook loader disagree.`);
  return render(entry);
}
