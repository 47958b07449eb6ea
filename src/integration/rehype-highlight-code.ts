/**
 * Syntax highlighting with Shiki, only for bodies that have a code block.
 *
 * Astro's `rehypeShiki` costs a few milliseconds for every Markdown or MDX
 * file, code or not (measured with `npm run bench`: 0.8 s of a 6.5 s build of
 * 260 playbook files with no code at all). Playbook bodies rarely have code;
 * the docs do. This plugin looks for a `<pre><code>` first and hands the tree
 * to one shared Shiki transformer only when there is one, so the highlighter
 * is created once per build and only if some page needs it.
 */
import { rehypeShiki } from '@astrojs/markdown-remark';
import type { Element, Root, RootContent } from 'hast';
import { bundledLanguages } from 'shiki';
import { benchTurnsOff } from './bench-switches.ts';

type ShikiConfig = Parameters<typeof rehypeShiki>[0];
type Transformer = (tree: Root) => Promise<void>;

const transformers = new Map<string, Transformer>();

export function rehypeHighlightCode(config: ShikiConfig) {
  const key = JSON.stringify(config ?? {});
  return async (tree: Root) => {
    if (!hasCodeBlock(tree) || benchTurnsOff('shiki')) return;
    dropUnknownLanguages(tree);
    let transformer = transformers.get(key);
    if (!transformer) {
      transformer = (rehypeShiki as unknown as (config: ShikiConfig) => Transformer)(config);
      transformers.set(key, transformer);
    }
    await transformer(tree);
  };
}

/**
 * A code block's language that Shiki does not have (`constructor`,
 * `__proto__`, a typo) is shown as plain text. Astro's Shiki wrapper looks a
 * language up in a plain object, and a name of Object.prototype's would break
 * the highlighter shared by the whole build.
 */
function dropUnknownLanguages(node: Root | RootContent): void {
  if (node.type === 'element' && node.tagName === 'code') {
    const classes = Array.isArray(node.properties?.className) ? (node.properties.className as string[]) : [];
    const kept = classes.filter((c) => !String(c).startsWith('language-') || isKnownLanguage(String(c).slice('language-'.length)));
    if (kept.length !== classes.length) node.properties.className = kept;
  }
  if ('children' in node) for (const child of node.children as RootContent[]) dropUnknownLanguages(child);
}

function isKnownLanguage(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'plaintext' || lower === 'text' || lower === 'txt' || Object.hasOwn(bundledLanguages, lower);
}

/** Whether the tree has a `<pre>` with a `<code>` inside: what Shiki highlights. */
export function hasCodeBlock(node: Root | RootContent): boolean {
  if (node.type === 'element' && node.tagName === 'pre' && node.children.some((c) => c.type === 'element' && (c as Element).tagName === 'code')) {
    return true;
  }
  return 'children' in node && (node.children as RootContent[]).some(hasCodeBlock);
}
