/**
 * Mainland typography for zh-CN bodies (render.ts runs it for `lang:
 * zh-CN` only), on the text of the page and never on code or attributes:
 * - straight double quotes become “…”, paired within each block (a
 *   paragraph, a list item, a table cell, a heading);
 * - one space between Han characters and Latin letters, digits or inline
 *   code (`spaceCjkLatin`), also where they meet across elements
 *   (`见<code>quick-quote</code>` → `见 <code>quick-quote</code>`), the
 *   space going to the outer element's text, never into code; but never at
 *   the edge of `<sup>` or `<sub>` (a footnote mark sits tight: `见表。¹`).
 * `<pre>`, `<code>`, `<kbd>`, `<samp>`, `<var>`, `<script>`, `<style>` are
 * left as written; hrefs and other attributes are never touched.
 */
import type { Element, Root, Text } from 'hast';
import { spaceCjkLatin } from '../format/cjk.ts';

/** Elements whose text is code: never changed, but Latin-like where they meet Chinese. */
const CODE = new Set(['code', 'kbd', 'samp', 'var']);
/** Elements whose content is left alone entirely and that end the text around them. */
const OPAQUE = new Set(['pre', 'script', 'style', 'svg', 'math', 'textarea']);
/** Elements set tight against the text around them: `见表。¹`, not `见表。 ¹`. */
const TIGHT = new Set(['sup', 'sub']);
/** Elements that hold a run of text of their own: quotes pair and spacing applies within one of them. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul', 'br',
]);

interface Leaf {
  node: Text;
  code: boolean;
  /** Depth of the text in the tree: the space between two leaves goes to the outer one. */
  depth: number;
  /** Inside `<sup>` or `<sub>` (a footnote mark, an exponent): set tight against the text around it, never spaced from it. */
  tight: boolean;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z0-9$¥€£%]/;

/** Splits the tree into runs of inline text, one per block. */
function runsOf(tree: Root): Leaf[][] {
  const runs: Leaf[][] = [];
  let run: Leaf[] = [];
  const visit = (node: Root | Element, code: boolean, depth: number, tight: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        run.push({ node: child, code, depth, tight });
        continue;
      }
      if (child.type !== 'element') continue;
      const tag = child.tagName;
      if (OPAQUE.has(tag) || BLOCK.has(tag)) {
        runs.push(run);
        run = [];
        if (!OPAQUE.has(tag)) {
          visit(child, code, depth + 1, tight);
          runs.push(run);
          run = [];
        }
        continue;
      }
      visit(child, code || CODE.has(tag), depth + 1, tight || TIGHT.has(tag));
    }
  };
  visit(tree, false, 0, false);
  runs.push(run);
  return runs.filter((r) => r.length > 0);
}

/** Whether a character is Latin-like at the edge of a leaf: a letter, digit or symbol of `LATIN`, or any visible character of code. */
function latinLike(char: string | undefined, code: boolean): boolean {
  if (char === undefined || /\s/.test(char)) return false;
  return code ? !HAN.test(char) : LATIN.test(char);
}

function curlQuotes(run: Leaf[]): void {
  let open = true;
  for (const leaf of run) {
    if (leaf.code || !leaf.node.value.includes('"')) continue;
    leaf.node.value = leaf.node.value.replace(/"/g, () => {
      const quote = open ? '\u201c' : '\u201d';
      open = !open;
      return quote;
    });
  }
}

function spaceRun(run: Leaf[]): void {
  for (const leaf of run) if (!leaf.code) leaf.node.value = spaceCjkLatin(leaf.node.value);
  for (let i = 0; i + 1 < run.length; i++) {
    const a = run[i]!;
    const b = run[i + 1]!;
    const last = a.node.value.at(-1);
    const first = b.node.value[0];
    if (a.tight !== b.tight) continue;
    const meet = (HAN.test(last ?? '') && latinLike(first, b.code)) || (latinLike(last, a.code) && HAN.test(first ?? ''));
    if (!meet) continue;
    // The space goes outside: into the shallower leaf, or the first one when both are as deep; never into code.
    const intoB = a.code || (!b.code && b.depth < a.depth);
    if (intoB && !b.code) b.node.value = ` ${b.node.value}`;
    else if (!a.code) a.node.value = `${a.node.value} `;
  }
}

/** The rehype plugin (zh-CN only). */
export function rehypeZhTypography() {
  return (tree: Root) => {
    for (const run of runsOf(tree)) {
      curlQuotes(run);
      spaceRun(run);
    }
  };
}
