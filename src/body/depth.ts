/**
 * The nesting of a parsed body, counted on its tree (format §1): lists,
 * quotes, footnote definitions, emphasis, strikethrough, links and elements
 * (HTML or components) each make a level; paragraphs, list items, headings,
 * tables and text do not. A body deeper than MAX_BODY_DEPTH levels is
 * refused at the first node past the limit: nothing real is that deep, and
 * the renderers and the Markdown twin recurse over the tree.
 *
 * Counted on what the parser made, not on marks in the text: a signature line
 * of underscores, a banner of stars in code or escaped tags are no nesting.
 * The walk keeps its own stack (the tree may be very deep before it is
 * refused).
 */
import type { Nodes, Root } from 'mdast';
import { MAX_BODY_DEPTH } from './limits.ts';

const LEVELS: ReadonlySet<string> = new Set([
  'list',
  'blockquote',
  'footnoteDefinition',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

/** The first node (in document order) deeper than MAX_BODY_DEPTH levels, or undefined. */
export function tooDeep(tree: Root, max = MAX_BODY_DEPTH): Nodes | undefined {
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, parentDepth] = stack.pop()!;
    const depth = parentDepth + (LEVELS.has(node.type) ? 1 : 0);
    if (depth > max) return node;
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth]);
    }
  }
  return undefined;
}

/** The depth of the deepest node, as tooDeep counts it (for tests and the limits' bound). */
export function depthOf(tree: Root): number {
  let deepest = 0;
  const stack: [Nodes, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, parentDepth] = stack.pop()!;
    const depth = parentDepth + (LEVELS.has(node.type) ? 1 : 0);
    deepest = Math.max(deepest, depth);
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth]);
  }
  return deepest;
}
