/**
 * Markdown twins written piece by piece, each piece once (issue 27): a page's
 * twin, the book's twin (which holds every page's nodes again) and a body's
 * stored twin share the text of the same top-level nodes.
 *
 * `flowText(nodes)` is exactly `stringifyMarkdown({ type: 'root', children:
 * nodes })`, written run by run. mdast-util-to-markdown joins a root's
 * children with a blank line, and the only state it carries from one
 * top-level node to the next is the bullet of a list just written: a list
 * that comes right after a list (or a quote or note whose first block is
 * one) takes the other bullet; any other node clears it. So a run is a node
 * and every following node that starts with a list while the node before it
 * is a list; a run's text depends on nothing outside it.
 *
 * A run's text is the text of a root holding it and a sentinel paragraph,
 * less the sentinel, so that a run ending with a line break keeps it as it
 * does inside a document. The texts are kept by the run's first node (a
 * WeakMap: they go with the trees).
 *
 * `compactFlow` is how the content loader stores a body's twin: each run as
 * its text in a raw node (the serializer writes a raw node's value as it is),
 * except the runs the twins still change as nodes: a heading (made deeper in
 * the book and under a process's stages) and anything with a footnote (renamed
 * per part in the book). The store, which `astro dev` writes and reads again
 * after every save, then holds a body's twin as text, and the twins never
 * write a body again. `flowText` of the compact nodes is the text of the full
 * ones wherever a run ends where it ends in the body alone: the twins put a
 * body after a heading and before a heading or the end.
 */
import type { Nodes, Paragraph, RootContent } from 'mdast';
import { stringifyMarkdown } from './markdown.ts';

interface Run {
  nodes: readonly RootContent[];
  text: string;
}

const written = new WeakMap<RootContent, Run>();

const SENTINEL: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: 'x' }] };
const SENTINEL_TEXT = '\n\nx\n';

/** Whether a node's first block is a list (itself, or first in a quote, an item, a note…): its bullet then depends on a list just before. */
function startsWithList(node: Nodes): boolean {
  if (node.type === 'list') return true;
  if (!('children' in node) || node.children.length === 0) return false;
  return startsWithList(node.children[0] as Nodes);
}

/** Where each run starts and how long it is. */
function runBounds(nodes: readonly RootContent[]): [start: number, length: number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= nodes.length; i++) {
    if (i < nodes.length && nodes[i - 1]!.type === 'list' && startsWithList(nodes[i]!)) continue;
    bounds.push([start, i - start]);
    start = i;
  }
  return bounds;
}

function runText(nodes: readonly RootContent[]): string {
  const known = written.get(nodes[0]!);
  if (known && known.nodes.length === nodes.length && known.nodes.every((node, i) => node === nodes[i])) return known.text;
  const text = stringifyMarkdown({ type: 'root', children: [...nodes, SENTINEL] });
  if (!text.endsWith(SENTINEL_TEXT)) throw new Error('flowText: the serializer did not end the text with the sentinel paragraph.');
  const own = text.slice(0, -SENTINEL_TEXT.length);
  written.set(nodes[0]!, { nodes, text: own });
  return own;
}

/** The Markdown text of a root with these children, each run written once (see above). */
export function flowText(nodes: readonly RootContent[]): string {
  const text = runBounds(nodes)
    .map(([start, length]) => runText(nodes.slice(start, start + length)))
    .join('\n\n');
  // As the serializer ends a document: with a line ending, unless it is empty or already ends with one.
  return text === '' || text.endsWith('\n') || text.endsWith('\r') ? text : `${text}\n`;
}

/** Whether a run stays as nodes in a stored twin: a heading, or anything with a footnote (see above). */
function keepsNodes(nodes: readonly RootContent[]): boolean {
  const footnote = (node: Nodes): boolean =>
    node.type === 'footnoteReference' || node.type === 'footnoteDefinition' || ('children' in node && (node.children as Nodes[]).some(footnote));
  return nodes.some((node) => node.type === 'heading' || footnote(node));
}

/** The nodes a stored twin keeps: each run as a raw node holding its text, but the runs that keep their nodes (see above). */
export function compactFlow(nodes: readonly RootContent[]): RootContent[] {
  return runBounds(nodes).flatMap(([start, length]): RootContent[] => {
    const run = nodes.slice(start, start + length);
    return keepsNodes(run) ? run : [{ type: 'html', value: runText(run) }];
  });
}
