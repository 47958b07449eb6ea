/**
 * A digest of the body pipeline itself, for a cache of rendered bodies
 * (issue 25: a sanitizer fix must reach every cached body): the source of
 * every module the output depends on (src/body, the two rehype plugins it
 * borrows, the text helpers) and the versions of the packages that parse,
 * sanitize and render. Not a number bumped by hand, which a fix forgets.
 *
 * A cache key is this digest with what the body itself brings: its text, the
 * language, the stage ids and, when it quotes the model, the figures (in the
 * playbook's currency).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Modules outside src/body whose code shapes a body's output. */
const BORROWED = ['../integrations/rehype-accessible-markdown.ts', '../integrations/rehype-highlight-code.ts', '../format/cjk.ts', '../format/text.ts'];

/** Packages whose version shapes a body's output. */
const PACKAGES = [
  'remark-parse', 'remark-mdx', 'remark-gfm', 'remark-cjk-friendly', 'micromark', 'micromark-core-commonmark', 'micromark-extension-mdx-jsx',
  'micromark-extension-gfm', 'micromark-extension-cjk-friendly', 'mdast-util-from-markdown', 'mdast-util-mdx-jsx', 'mdast-util-to-hast',
  'remark-rehype', 'rehype-sanitize', 'hast-util-sanitize', 'rehype-stringify', 'hast-util-to-html', 'github-slugger', 'shiki',
  '@astrojs/markdown-remark', 'mdast-util-to-markdown', 'mdast-util-gfm',
];

let cached: string | undefined;

export function pipelineDigest(): string {
  if (cached) return cached;
  const hash = createHash('sha256');
  const modules = [...readdirSync(HERE).filter((f) => f.endsWith('.ts')).sort(), ...BORROWED];
  for (const module of modules) {
    const path = join(HERE, module);
    hash.update(`${module}\0${existsSync(path) ? readFileSync(path, 'utf8') : 'missing'}\0`);
  }
  for (const name of PACKAGES) hash.update(`${name}@${versionOf(name)}\0`);
  cached = hash.digest('hex');
  return cached;
}

/** A package's version as Node would resolve it from here (its package.json up the folders), or `missing`. */
function versionOf(name: string): string {
  for (let dir = HERE; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'unknown';
    if (dirname(dir) === dir) return 'missing';
  }
}
