/**
 * The Starlight reference: a plain Starlight site over the same bodies, one
 * page per MDX file of the generated tree (so the same page count), with
 * Starlight's defaults (its Pagefind search, Expressive Code for code blocks,
 * asides) but for the sidebar.
 *
 * The sidebar: Starlight's default lists every page of the site on every
 * page, so its build grows with the square of the pages (at 2,600 entity
 * files, about 5 minutes and 1.5 GB of HTML, against 46 s with a short
 * sidebar). Our site's navigation is per playbook, and a real Starlight site
 * of that size would not list 2,640 pages on each. So the reference's
 * sidebar is `playbooks` by default: one link per playbook (its index page),
 * every page still built. `full` is Starlight's own default, for comparison.
 *
 * - The project is `bench/starlight/`: a `package.json` with exact versions
 *   and a committed `package-lock.json`. `ensureStarlight` installs it on
 *   first use with `npm ci` into `bench/.cache/starlight/` (git-ignored), and
 *   again only when the package file or the lockfile changes.
 * - `createStarlightRoot` writes an Astro root (the bench puts them in its
 *   run's folder under bench/.cache/runs/, see bench/project.ts): that package file,
 *   a config, `src/content.config.ts` with Starlight's loader and schema, the
 *   pages under `src/content/docs/`, and `node_modules/` as a folder of
 *   symlinks into the install (so that Astro's caches land in the temporary
 *   root). Astro finds Starlight's components through the root package
 *   file's dependencies, so it must list them.
 * - A page is `title` and `description` (the file's `summary`) and the body
 *   with `<Metric …/>` as a plain number and `<Callout type>` as Starlight's
 *   aside (`:::note` … `:::`), bench/bodies.ts.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { plainBody } from './bodies.ts';
import { linkNodeModules } from './project.ts';

/** `bench/starlight/`: the reference project's package file and lockfile. */
export const STARLIGHT_PROJECT = fileURLToPath(new URL('./starlight/', import.meta.url));
/** `bench/.cache/starlight/`: where it is installed (git-ignored). */
export const STARLIGHT_CACHE = fileURLToPath(new URL('./.cache/starlight/', import.meta.url));
const STAMP = '.bench-installed';
const FILES = ['package.json', 'package-lock.json'];

/** The hash of the package file and the lockfile: a new one means a new install. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of FILES) hash.update(readFileSync(join(STARLIGHT_PROJECT, file)));
  return hash.digest('hex');
}

/**
 * Installs the reference project into the cache unless it is there already
 * (same package file and lockfile); returns the install folder. `env` is the
 * environment of `npm ci` (its PATH decides which Node runs the install scripts).
 */
export function ensureStarlight(env: NodeJS.ProcessEnv, log: (line: string) => void): string {
  const stamp = join(STARLIGHT_CACHE, STAMP);
  const wanted = fingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === wanted && existsSync(join(STARLIGHT_CACHE, 'node_modules', '@astrojs', 'starlight'))) return STARLIGHT_CACHE;
  log(`Installing the Starlight reference (npm ci into ${relative(process.cwd(), STARLIGHT_CACHE) || STARLIGHT_CACHE}); once, a minute or so…`);
  rmSync(STARLIGHT_CACHE, { recursive: true, force: true });
  mkdirSync(STARLIGHT_CACHE, { recursive: true });
  for (const file of FILES) copyFileSync(join(STARLIGHT_PROJECT, file), join(STARLIGHT_CACHE, file));
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: STARLIGHT_CACHE, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`npm ci of the Starlight reference failed (exit ${result.status ?? result.signal}):\n${`${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n')}`);
  }
  writeFileSync(stamp, `${wanted}\n`);
  return STARLIGHT_CACHE;
}

/** Versions of the installed reference, for the report. */
export function starlightVersions(install: string): Record<string, string> {
  const version = (pkg: string) => (JSON.parse(readFileSync(join(install, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  return { '@astrojs/starlight': version('@astrojs/starlight'), 'astro (Starlight)': version('astro'), 'vite (Starlight)': version('vite') };
}

/** A Starlight page from a playbook MDX file: `title`, `description` and the body without components. */
export function starlightPage(mdx: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  if (!match) throw new Error('A generated file without frontmatter.');
  const data = parse(match[1]!) as { title: string; summary?: string };
  const front: Record<string, string> = { title: String(data.title) };
  if (data.summary) front.description = String(data.summary);
  return `---\n${stringify(front, { lineWidth: 0 })}---\n${plainBody(mdx.slice(match[0].length), 'starlight')}`;
}

/** Writes a `.md` page under `docsDir` for every `.mdx` file under `playbooksDir`; returns how many. */
export function writeStarlightDocs(playbooksDir: string, docsDir: string): number {
  let pages = 0;
  for (const name of readdirSync(playbooksDir, { recursive: true }) as string[]) {
    if (!name.endsWith('.mdx')) continue;
    const target = join(docsDir, name.replace(/\.mdx$/, '.md'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, starlightPage(readFileSync(join(playbooksDir, name), 'utf8')));
    pages++;
  }
  return pages;
}

/** The reference's sidebar: one link per playbook, or Starlight's default (every page, from the folders). */
export type StarlightSidebar = 'playbooks' | 'full';

/** The `starlight()` options of the reference for the playbooks of a tree. */
export function starlightOptions(playbookIds: readonly string[], sidebar: StarlightSidebar): Record<string, unknown> {
  return { title: 'Playbooks', ...(sidebar === 'playbooks' ? { sidebar: [{ label: 'Playbooks', items: playbookIds.map((id) => ({ slug: id })) }] } : {}) };
}

/** A Starlight root over the MDX files of `playbooksDir`, using the install at `install`. Returns the root. */
export function createStarlightRoot(install: string, root: string, playbooksDir: string, sidebar: StarlightSidebar = 'playbooks'): string {
  mkdirSync(join(root, 'src', 'content', 'docs'), { recursive: true });
  copyFileSync(join(STARLIGHT_PROJECT, 'package.json'), join(root, 'package.json'));
  linkNodeModules(install, root);
  const playbookIds = readdirSync(playbooksDir)
    .filter((id) => existsSync(join(playbooksDir, id, 'index.mdx')))
    .sort();
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `// Written by bench/starlight.ts: a plain Starlight site, its defaults but the sidebar (${sidebar}), the cache kept here.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  cacheDir: './.bench-cache/',
  integrations: [starlight(${JSON.stringify(starlightOptions(playbookIds, sidebar))})],
});
`,
  );
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`,
  );
  writeFileSync(join(root, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/strict' }, null, 2)}\n`);
  writeStarlightDocs(playbooksDir, join(root, 'src', 'content', 'docs'));
  return root;
}
