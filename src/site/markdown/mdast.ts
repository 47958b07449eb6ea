/**
 * Building Markdown as mdast, and writing it out with mdast-util-to-markdown
 * (GFM tables, task lists, footnotes, strikethrough): text from the files
 * goes into text nodes, which the serializer escapes, so a title such as
 * `Big <b>accounts</b> *now*` stays text in the Markdown too.
 */
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { stringifyMarkdown } from '../../body/markdown.ts';

export type Phrase = string | PhrasingContent | readonly PhrasingContent[];

/** Text on one line (table cells and list items cannot hold a line break). */
const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');

export function phrase(content: Phrase): PhrasingContent[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', value: oneLine(content) }];
  return Array.isArray(content) ? [...(content as readonly PhrasingContent[])] : [content as PhrasingContent];
}

export const text = (value: string): PhrasingContent => ({ type: 'text', value: oneLine(value) });
export const strong = (content: Phrase): PhrasingContent => ({ type: 'strong', children: phrase(content) });
export const code = (value: string): PhrasingContent => ({ type: 'inlineCode', value: oneLine(value) });
export const link = (label: Phrase, url: string): PhrasingContent => ({ type: 'link', url, children: phrase(label) });

/** A text whose `backticked` parts are code (messages and strings mark ids and field names so). */
export function withCode(value: string): PhrasingContent[] {
  return value
    .split('`')
    .map((part, i) => (i % 2 === 1 ? code(part) : text(part)))
    .filter((n) => n.type !== 'text' || n.value !== '');
}

export const heading = (depth: number, content: Phrase): Heading => ({ type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children: phrase(content) });
export const paragraph = (...parts: Phrase[]): Paragraph => ({ type: 'paragraph', children: parts.flatMap(phrase) });

/** A list of one line per item (`ordered` for steps in order). */
export function list(items: readonly Phrase[], ordered = false): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((item): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
  };
}

/** A list whose items hold blocks (a paragraph, then a nested list). */
export function blockList(items: readonly BlockContent[][], ordered = false): List {
  return { type: 'list', ordered, spread: false, children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })) };
}

/** A GFM table; `numeric` columns are right-aligned. */
export function table(header: readonly Phrase[], rows: readonly (readonly Phrase[])[], numeric: readonly number[] = []): Table {
  const row = (cells: readonly Phrase[]) => ({
    type: 'tableRow' as const,
    children: header.map((_, i): TableCell => ({ type: 'tableCell', children: phrase(cells[i] ?? '') })),
  });
  return { type: 'table', align: header.map((_, i) => (numeric.includes(i) ? 'right' : 'left')), children: [row(header), ...rows.map(row)] };
}

/** Headings one level deeper (the book puts each page's twin under its own heading), at most 6. */
export function demote(nodes: readonly RootContent[], by: number): RootContent[] {
  return nodes.map((node) => (node.type === 'heading' ? { ...node, depth: Math.min(6, node.depth + by) as Heading['depth'] } : node));
}

/** The Markdown text of a tree, with the options every twin uses (src/body/markdown.ts). */
export const stringify = (root: Root): string => stringifyMarkdown(root);
