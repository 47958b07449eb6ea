/**
 * The mdast shapes a body has (Markdown, GFM and MDX's JSX, expressions and
 * ESM nodes from mdast-util-mdx), and one normalisation both the checker and
 * the renderer rely on: block elements written inline are lifted out of
 * their paragraph.
 */
import type { Nodes, Paragraph, Parent, PhrasingContent, RootContent } from 'mdast';
import type {} from 'remark-mdx';
import { findComponent, isHtmlName, type ComponentOutput } from './components.ts';

export type JsxElement = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
export type JsxAttribute = JsxElement['attributes'][number];

declare module 'mdast' {
  interface Data {
    /** What a body component renders to, decided by the check (components.ts). */
    playbookBody?: ComponentOutput;
  }
}

export function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** HTML elements that are blocks: a paragraph made only of them is not a paragraph. */
const HTML_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Whether an element is a block: a component placed `block` or `top-level`, or an HTML block element. */
function isBlockElement(node: JsxElement): boolean {
  if (!node.name) return false;
  if (isHtmlName(node.name)) return HTML_BLOCKS.has(node.name.toLowerCase());
  const spec = findComponent(node.name);
  return spec !== undefined && spec.placement !== 'inline';
}

function isBlankText(node: Nodes): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

/**
 * `<Callout type="tip">Short tip.</Callout>` and `<summary>More</summary>` on
 * a line of their own are paragraphs of one inline element to MDX. Such a
 * paragraph is replaced by its elements, as blocks (a component's inline
 * content goes into a paragraph of its own), so that `<aside>` and
 * `<summary>` never end up inside a `<p>`.
 */
export function liftBlocks(parent: Parent): void {
  for (let index = 0; index < parent.children.length; index++) {
    if (parent.children[index]!.type === 'paragraph' && isJsxElement(parent as Nodes) && (parent as JsxElement).name === 'details') splitSummary(parent, index);
    const child = parent.children[index]!;
    if (child.type === 'paragraph' && isBlockParagraph(child)) {
      const lifted = child.children.filter((c) => !isBlankText(c)).map((c) => toFlow(c as JsxElement));
      parent.children.splice(index, 1, ...(lifted as typeof parent.children));
      index += lifted.length - 1;
      for (const element of lifted) liftBlocks(element);
      continue;
    }
    if ('children' in child) liftBlocks(child);
  }
}

/**
 * `<details><summary>More</summary>` then text on the next lines (GitHub's
 * collapsible, without a blank line): the summary opens a paragraph of the
 * details. It must be the details' own first child, so it is taken out of
 * the paragraph, which keeps the rest.
 */
function splitSummary(details: Parent, index: number): void {
  const paragraph = details.children[index] as Paragraph;
  const first = paragraph.children.findIndex((c) => !isBlankText(c));
  const summary = paragraph.children[first];
  if (!summary || !isJsxElement(summary) || summary.name !== 'summary') return;
  const rest = paragraph.children.slice(first + 1);
  const head = rest[0];
  if (head?.type === 'text') {
    const trimmed = head.value.replace(/^[ \t]*(?:\r\n|\r|\n)?/, '');
    if (trimmed === '') rest.shift();
    else rest[0] = { ...head, value: trimmed };
  }
  const lifted: RootContent[] = [toFlow(summary)];
  if (rest.some((c) => !isBlankText(c))) {
    const tail: Paragraph = { type: 'paragraph', children: rest };
    const start = rest[0]?.position?.start;
    if (start && paragraph.position) tail.position = { start, end: paragraph.position.end };
    lifted.push(tail);
  }
  details.children.splice(index, 1, ...(lifted as typeof details.children));
}

function isBlockParagraph(paragraph: Paragraph): boolean {
  let elements = 0;
  for (const child of paragraph.children) {
    if (isBlankText(child)) continue;
    if (!isJsxElement(child) || !isBlockElement(child)) return false;
    elements++;
  }
  return elements > 0;
}

function toFlow(element: JsxElement): JsxElement {
  if (element.type === 'mdxJsxFlowElement') return element;
  const children = element.children as PhrasingContent[];
  const spec = element.name ? findComponent(element.name) : undefined;
  const content = children.some((c) => !isBlankText(c));
  let flowChildren: RootContent[] = children;
  if (spec?.content && content) {
    const first = children[0]?.position;
    const last = children[children.length - 1]?.position;
    const paragraph: Paragraph = { type: 'paragraph', children };
    if (first && last) paragraph.position = { start: first.start, end: last.end };
    flowChildren = [paragraph];
  }
  const flow = { ...element, type: 'mdxJsxFlowElement', children: flowChildren };
  return flow as JsxElement;
}
