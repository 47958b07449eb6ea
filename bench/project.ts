/**
 * Temporary Astro project roots for the benchmark. Nothing here writes into
 * the project: generated trees, caches and build output all live under the
 * temporary folder.
 *
 * - `createSiteRoot`: THIS project built against a generated tree. `src/`,
 *   `public/`, `content/` and `astro.config.mjs` are copied (Astro compiles
 *   components only inside its root: a symlinked or outside `src/` fails on
 *   component styles), the other top-level entries are symlinked, and the
 *   root's `astro.config.mjs` re-exports the project's config with the cache
 *   moved into the temporary root. The copy of the Shiki plugin gets a
 *   stand-in that the "Shiki off" variant turns into a no-op (playbook bodies
 *   are rendered by the project's own pipeline, out of the config's reach).
 * - `createFloorRoot`: the floor, a bare Astro project with only MDX and the
 *   same unified()+remark-gfm processor, one minimal page per MDX file. It
 *   passes MDX two stand-ins for the body components (`<Metric>` prints its
 *   path, `<Callout>` is an `<aside>`), so that it builds bodies with or
 *   without them.
 *
 * `node_modules/` is a real folder of symlinks to the project's packages, so
 * that Astro's and Vite's caches (`node_modules/.astro`, `node_modules/.vite`)
 * land in the temporary root instead of the project's own `node_modules/`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries of the project that are not linked into a site root. */
const NOT_LINKED = new Set(['node_modules', 'playbooks', 'dist', 'astro.config.mjs']);
/** Top-level entries copied rather than linked. */
const COPIED = new Set(['src', 'public', 'content']);
/** Folders a build may create or reuse: cleared before every timed run so each build starts cold. */
export const CACHE_DIRS = ['dist', '.astro', '.bench-cache', 'node_modules/.astro', 'node_modules/.vite'];

/**
 * Environment variable read by the site root's config: a comma-separated list
 * of what to turn off. `shiki` sets `markdown.syntaxHighlight: false`, drops
 * the Shiki plugin from the Markdown processor and makes it a no-op in the
 * body pipeline (see shimHighlighter); `search` drops the `pagefind`
 * integration.
 */
export const TURN_OFF_ENV = 'BENCH_TURN_OFF';

export function linkNodeModules(projectRoot: string, root: string): void {
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(projectRoot, 'node_modules', name), join(target, name));
  }
}

/**
 * A root that builds this project against `<root>/playbooks` (written by the
 * caller, e.g. with `generateTree`). Returns the root.
 */
export function createSiteRoot(projectRoot: string, root: string): string {
  mkdirSync(root, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (name.startsWith('.') || NOT_LINKED.has(name)) continue;
    if (COPIED.has(name)) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
    else symlinkSync(join(projectRoot, name), join(root, name));
  }
  linkNodeModules(projectRoot, root);
  shimHighlighter(root);
  cpSync(join(projectRoot, 'astro.config.mjs'), join(root, 'astro.project.mjs'));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `// Written by bench/project.ts: the project's own config (copied to astro.project.mjs), with the cache kept here.
import { unified } from '@astrojs/markdown-remark';
import { rehypeHighlightCode } from './src/integration/rehype-highlight-code.ts';
import config from './astro.project.mjs';

const off = new Set((process.env.${TURN_OFF_ENV} ?? '').split(','));
// Shiki runs as a rehype plugin of the unified() processor (so that it works under the CSP): "Shiki off" drops it there.
const processor = config.markdown.processor;
const withoutShiki = () =>
  unified({
    ...processor.options,
    rehypePlugins: processor.options.rehypePlugins.filter((p) => (Array.isArray(p) ? p[0] : p) !== rehypeHighlightCode),
  });
export default {
  ...config,
  cacheDir: './.bench-cache/',
  markdown: { ...config.markdown, ...(off.has('shiki') ? { syntaxHighlight: false, processor: withoutShiki() } : {}) },
  integrations: (config.integrations ?? []).filter((i) => !(off.has('search') && i && i.name === 'pagefind')),
};
`,
  );
  return root;
}

/** The project's Shiki plugin, used by the docs' Markdown config and by the playbook bodies' own pipeline (src/body/). */
const HIGHLIGHTER = join('src', 'integrations', 'rehype-highlight-code.ts');

/**
 * In the root's copy of `src/`, puts a stand-in before the project's Shiki
 * plugin (moved to `rehype-highlight-code.project.ts`): the same exports, but
 * with `shiki` in TURN_OFF_ENV the plugin does nothing. Playbook bodies are
 * rendered by the content loader's own pipeline, which no Astro config
 * reaches, so this is how "Shiki off" turns it off for bodies and docs alike.
 */
function shimHighlighter(root: string): void {
  const file = join(root, HIGHLIGHTER);
  if (!existsSync(file)) return;
  renameSync(file, file.replace(/\.ts$/, '.project.ts'));
  writeFileSync(
    file,
    `// Written by bench/project.ts: the project's plugin is rehype-highlight-code.project.ts; "${TURN_OFF_ENV}=shiki" turns it into a no-op.
import { rehypeHighlightCode as highlight } from './rehype-highlight-code.project.ts';

export * from './rehype-highlight-code.project.ts';

const off = (process.env.${TURN_OFF_ENV} ?? '').split(',').includes('shiki');
export const rehypeHighlightCode: typeof highlight = off ? () => async () => {} : highlight;
`,
  );
}

/** A bare Astro project that renders every MDX file under `playbooksDir` (copied into it) as a minimal page. */
export function createFloorRoot(projectRoot: string, root: string, playbooksDir: string): string {
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  cpSync(playbooksDir, join(root, 'playbooks'), { recursive: true });
  linkNodeModules(projectRoot, root);
  writeFileSync(join(root, 'package.json'), `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  cacheDir: './.bench-cache/',
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }) },
  integrations: [mdx()],
});
`,
  );
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ base: './playbooks', pattern: ['**/[!_]*.mdx', '!**/_*/**'] }) }),
};
`,
  );
  writeFileSync(
    join(root, 'src', 'pages', '[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Callout from '../components/Callout.astro';
import Metric from '../components/Metric.astro';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
  <body><main><Content components={{ Metric, Callout }} /></main></body>
</html>
`,
  );
  mkdirSync(join(root, 'src', 'components'), { recursive: true });
  writeFileSync(join(root, 'src', 'components', 'Metric.astro'), `---\nconst { of } = Astro.props;\n---\n<span data-metric={of}>{of}</span>\n`);
  writeFileSync(join(root, 'src', 'components', 'Callout.astro'), `---\nconst { type } = Astro.props;\n---\n<aside class={type}><slot /></aside>\n`);
  writeFileSync(join(root, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/strict' }, null, 2)}\n`);
  return root;
}

export function clearCaches(root: string): void {
  for (const dir of CACHE_DIRS) rmSync(join(root, dir), { recursive: true, force: true });
}
