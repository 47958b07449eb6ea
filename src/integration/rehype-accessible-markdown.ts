/**
 * A rehype plugin for Markdown and MDX bodies that makes GFM output meet the
 * site's accessibility bar:
 * - a task list's checkbox gets its item's text as label (`<label>` around
 *   the checkbox and the text that follows it);
 * - a table is wrapped in a scrollable frame that keyboard users can focus
 *   (`tabindex="0"`, named by its header row), its header cells get
 *   `scope="col"`, and an empty header cell (a table's corner) becomes a
 *   plain cell.
 * Only HTML elements from Markdown are touched; MDX components are left alone.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

const BLOCKS = new Set(['ul', 'ol', 'p', 'div', 'table', 'pre', 'blockquote', 'section', 'figure', 'hr']);

export function rehypeAccessibleMarkdown() {
  return (tree: Root) => {
    visit(tree, new Map());
  };
}

/** `labels` counts the region names used so far in the document: landmarks need unique names. */
function visit(node: Root | Element, labels: Map<string, number>): void {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    visit(child, labels);
    if (child.tagName === 'table') return wrapTable(child, labels);
    labelTaskItem(child);
    return child;
  }) as typeof node.children;
}

function isCheckbox(node: RootContent | ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'input' && node.properties?.type === 'checkbox';
}

/** `<li><input type=checkbox> text <ul>…</ul></li>` → `<li><label><input> text</label><ul>…</ul></li>` (also inside a loose item's `<p>`). */
function labelTaskItem(el: Element): void {
  if (el.tagName !== 'li' && el.tagName !== 'p') return;
  const first = el.children.findIndex((c) => !(c.type === 'text' && c.value.trim() === ''));
  const box = el.children[first];
  if (!box || !isCheckbox(box)) return;
  let end = first + 1;
  while (end < el.children.length) {
    const c = el.children[end]!;
    if (c.type === 'element' && BLOCKS.has(c.tagName)) break;
    end++;
  }
  const label: Element = { type: 'element', tagName: 'label', properties: {}, children: el.children.slice(first, end) };
  el.children = [...el.children.slice(0, first), label, ...el.children.slice(end)];
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function elements(node: Element, tagName: string): Element[] {
  const out: Element[] = [];
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    if (c.tagName === tagName) out.push(c);
    out.push(...elements(c, tagName));
  }
  return out;
}

function wrapTable(table: Element, labels: Map<string, number>): Element {
  const head = elements(table, 'thead')[0];
  const headers: string[] = [];
  for (const th of head ? elements(head, 'th') : []) {
    const text = textOf(th).trim();
    if (text === '') {
      th.tagName = 'td';
      continue;
    }
    th.properties = { ...th.properties, scope: 'col' };
    headers.push(text);
  }
  const properties: Element['properties'] = { className: ['table-scroll'], tabIndex: 0 };
  if (headers.length > 0) {
    const label = headers.join(', ');
    const n = (labels.get(label) ?? 0) + 1;
    labels.set(label, n);
    Object.assign(properties, { role: 'region', ariaLabel: n === 1 ? label : `${label} (${n})` });
  }
  return { type: 'element', tagName: 'div', properties, children: [table] };
}
