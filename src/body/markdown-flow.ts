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
 * WeakMap: they go with the trees); the content loader stores each body's
 * run texts with its tree (`flowRuns`) and the twins seed them back
 * (`rememberRuns`), so a body is written once, at its one parse.
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
  return runsText(runBounds(nodes).map(([start, length]) => runText(nodes.slice(start, start + length))));
}

/** The document of these run texts (null entries skipped, as `flowRuns` gives them): joined by a blank line, ended as the serializer ends a document. */
export function runsText(runs: readonly (string | null)[]): string {
  const text = runs.filter((run): run is string => run !== null).join('\n\n');
  return text === '' || text.endsWith('\n') || text.endsWith('\r') ? text : `${text}\n`;
}

/** The text of each run of these nodes, at its first node's index (null for the other nodes of a run): plain data to store. */
export function flowRuns(nodes: readonly RootContent[]): (string | null)[] {
  const runs: (string | null)[] = nodes.map(() => null);
  for (const [start, length] of runBounds(nodes)) runs[start] = runText(nodes.slice(start, start + length));
  return runs;
}

/** Seeds the run texts `flowRuns` gave for these nodes (read back from a store: new objects, the same text). */
export function rememberRuns(nodes: readonly RootContent[], runs: readonly (string | null)[] | undefined): void {
  if (!runs || runs.length !== nodes.length) return;
  for (const [start, length] of runBounds(nodes)) {
    const text = runs[start];
    if (typeof text === 'string') written.set(nodes[start]!, { nodes: nodes.slice(start, start + length), text });
  }
}
