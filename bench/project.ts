/**
 * The benchmark's Astro roots. Nothing here writes into the project but the
 * package `npm pack` builds (its `prepack` precompiles the CLI into
 * src/cli/dist/, git-ignored): roots, caches and build output all live in the
 * run's folder under bench/.cache/runs/.
 *
 * - `packEngine`: the engine as it ships, `npm pack` of this project unpacked
 *   once per run (the files of package.json `files`, the CLI precompiled).
 * - `createSiteRoot`: a team's site, as `playbook new site` writes it (its
 *   package.json, astro.config.mjs with the integration, the two-line
 *   src/content.config.ts, tsconfig.json, .gitignore) but with `guides: false`,
 *   over a generated playbooks/ tree, committed to its own git repository (the
 *   pages show each file's last change from git). `node_modules/` holds a copy
 *   of the unpacked engine as `sales-playbook`, as `npm install` leaves it, and
 *   links to the project's packages for everything else.
 * - `createFloorRoot`: the floor, a bare Astro project with only MDX and the
 *   same unified()+remark-gfm processor, one minimal page per MDX file. It
 *   passes MDX two stand-ins for the body components (`<Metric>` prints its
 *   path, `<Callout>` is an `<aside>`), so that it builds bodies with or
 *   without them.
 *
 * `node_modules/` is a real folder (links inside), so that Astro's and Vite's
 * caches (`node_modules/.astro`, `node_modules/.vite`) land in the root. The
 * roots live under the project (bench/.cache/runs/), not in the system's
 * temporary folder: Astro reads a component path that shares no top folder
 * with its root (`/work/…` against `/tmp/…`) as relative to the root, and fails
 * on components installed outside it (Starlight's, the linked packages').
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroConfig, contentConfig, GITIGNORE, packageJson, TSCONFIG, type SiteSpec } from '../src/cli/site-files.ts';

/** `bench/.cache/runs/`: where each run's roots go (git-ignored; removed after the run unless --keep). */
export const RUNS = fileURLToPath(new URL('./.cache/runs/', import.meta.url));

/** The engine's package name (package.json), which a site's config imports. */
export const ENGINE = 'sales-playbook';

/** Folders a build may create or reuse (`.bench-cache`: the Starlight reference's cacheDir): cleared before every cold run. */
export const CACHE_DIRS = ['dist', '.astro', '.bench-cache', 'node_modules/.astro', 'node_modules/.vite'];

/**
 * The environment variable of the integration that turns a part of the
 * pipeline off for a variant (src/integration/bench-switches.ts): `shiki`,
 * `search`, comma-separated.
 */
export const TURN_OFF_ENV = 'PLAYBOOK_BENCH_OFF';

/**
 * Packs the project as npm would publish it and unpacks it into `<into>/package`;
 * returns that folder. `env`: the environment of `npm pack` (its PATH gives the
 * Node 22 that the `prepack` script needs).
 */
export function packEngine(projectRoot: string, into: string, env: NodeJS.ProcessEnv): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  if (manifest.name !== ENGINE) throw new Error(`The project's package is ${manifest.name}, not ${ENGINE}: bench/project.ts writes site configs that import ${ENGINE}.`);
  mkdirSync(into, { recursive: true });
  try {
    execFileSync('npm', ['pack', '--pack-destination', into, '--loglevel=error'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`npm pack of the engine failed: ${`${e.stdout ?? ''}\n${e.stderr ?? ''}`.trim() || e.message}`);
  }
  const tarball = join(into, `${manifest.name}-${manifest.version}.tgz`);
  execFileSync('tar', ['xzf', tarball, '-C', into]);
  rmSync(tarball);
  const unpacked = join(into, 'package');
  if (!existsSync(join(unpacked, 'src', 'cli', 'dist', 'playbook.mjs'))) throw new Error('The packed engine has no precompiled CLI (src/cli/dist/playbook.mjs): did its prepack script run?');
  return unpacked;
}

/** `<root>/node_modules/`: a link to each of the project's packages. */
export function linkNodeModules(projectRoot: string, root: string, except: ReadonlySet<string> = new Set()): void {
  const target = join(root, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if ((name.startsWith('.') && name !== '.bin') || except.has(name)) continue;
    symlinkSync(join(projectRoot, 'node_modules', name), join(target, name));
  }
}

/** The site's title in the bench's sites. */
const TITLE = 'Bench playbooks';

/**
 * Turns `<root>` (with its `playbooks/` written, e.g. by `generateTree`) into a
 * team's site using the unpacked engine at `engine`; commits it to a new git
 * repository unless `git` is false. Returns the root.
 */
export function createSiteRoot(projectRoot: string, engine: string, root: string, git = true): string {
  if (!existsSync(join(root, 'playbooks'))) throw new Error(`${root} has no playbooks/ to build.`);
  const spec: SiteSpec = {
    name: 'bench-site',
    title: TITLE,
    lang: 'en',
    playbook: readdirSync(join(root, 'playbooks'))[0] ?? 'playbook',
    engine: { name: ENGINE, spec: `file:${engine}` },
    node: (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> }).devDependencies?.node ?? '^22',
  };
  writeFileSync(join(root, 'package.json'), packageJson(spec));
  const config = astroConfig(spec);
  if (!config.includes('guides: true')) throw new Error('The site config of `new site` (src/cli/site-files.ts) no longer says `guides: true`; update bench/project.ts.');
  // A team's site that leaves out the engine's guides: its pages are its playbooks.
  writeFileSync(join(root, 'astro.config.mjs'), config.replace('guides: true', 'guides: false'));
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(join(root, 'src', 'content.config.ts'), contentConfig(spec));
  writeFileSync(join(root, 'tsconfig.json'), TSCONFIG);
  writeFileSync(join(root, '.gitignore'), GITIGNORE);
  linkNodeModules(projectRoot, root, new Set([ENGINE]));
  cpSync(engine, join(root, 'node_modules', ENGINE), { recursive: true });
  if (git) commitAll(root);
  return root;
}

/** `git init` and one commit of everything in `root` (a fixed author and date: the same pages every run). */
function commitAll(root: string): void {
  const when = '2026-01-15T09:00:00Z';
  const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: root, env, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'The playbooks');
}

/** The command that runs the engine's CLI in a site root, as `npm run <script>` there does (`playbook …`). */
export function playbookBin(root: string): string {
  return join(root, 'node_modules', ENGINE, 'src', 'cli', 'playbook.mjs');
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
