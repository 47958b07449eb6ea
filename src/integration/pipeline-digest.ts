/**
 * A digest of the code that turns a body into HTML: every source file of the
 * engine and the version of every library of the body pipeline. It is part of
 * each cached body's key (src/integration/playbook-loader.ts), so that an
 * upgrade of the engine or of a library (a sanitizer fix) renders every body
 * again — never a hand-bumped number that someone forgets.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The engine's sources: the folder above this module's (src/). */
const SOURCES = fileURLToPath(new URL('../', import.meta.url));

/** The libraries a body goes through, from its parse to its HTML. */
export const PIPELINE_PACKAGES = [
  'unified',
  'remark-parse',
  'remark-mdx',
  'remark-gfm',
  'remark-cjk-friendly',
  'micromark',
  'micromark-core-commonmark',
  'micromark-extension-mdx-jsx',
  'micromark-extension-gfm',
  'micromark-extension-cjk-friendly',
  'mdast-util-from-markdown',
  'mdast-util-mdx-jsx',
  'mdast-util-to-hast',
  'mdast-util-to-markdown',
  'mdast-util-gfm',
  // What writes the Markdown twins' text, which the store keeps (src/body/markdown-flow.ts).
  'mdast-util-gfm-table',
  'mdast-util-gfm-footnote',
  'mdast-util-gfm-strikethrough',
  'mdast-util-gfm-task-list-item',
  'mdast-util-gfm-autolink-literal',
  'markdown-table',
  'mdast-util-phrasing',
  'longest-streak',
  'remark-rehype',
  'rehype-sanitize',
  'hast-util-sanitize',
  'rehype-stringify',
  'hast-util-to-html',
  'github-slugger',
  'shiki',
  '@astrojs/markdown-remark',
] as const;

let cached: string | undefined;

/** The digest of the engine's sources and its pipeline's libraries (computed once per process). */
export function pipelineDigest(): string {
  return (cached ??= computePipelineDigest(SOURCES));
}

/** The digest of the source files under `sources` (sorted, with their paths) and the installed versions of the pipeline's libraries. */
export function computePipelineDigest(sources: string, packages: readonly string[] = PIPELINE_PACKAGES): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(sources)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(sources, file)));
    hash.update('\0');
  }
  for (const name of packages) hash.update(`${name}@${installedVersion(name, sources) ?? 'none'}\0`);
  return hash.digest('hex').slice(0, 32);
}

function sourceFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...sourceFiles(dir, path));
    else if (/\.(ts|js|mjs|astro|css)$/.test(entry.name)) out.push(path);
  }
  return out;
}

/** The version of a package as Node would resolve it from `from` (the nearest node_modules upwards). */
function installedVersion(name: string, from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? null;
    if (dirname(dir) === dir) return null;
  }
}
