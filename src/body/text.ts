/**
 * The plain text of a rendered body, for search (format §6's search page
 * indexes what a reader sees): every block on a line of its own, spaces
 * collapsed, code kept as written. Read from the final HTML tree, after the
 * sanitizer, the components and the zh-CN typography: what the page shows,
 * without the footnotes' back links (↩) and their visually hidden heading.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Elements that make a line of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Elements whose text is not the page's: a footnote's back link, the footnotes' hidden label. */
function skipped(element: Element): boolean {
  return element.properties.dataFootnoteBackref !== undefined || (element.properties.id === 'footnote-label' || element.properties.id === 'user-content-footnote-label');
}

export function plainText(tree: Root): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const collapsed = line.replace(/\s+/g, ' ').trim();
    if (collapsed !== '') lines.push(collapsed);
    line = '';
  };
  // An explicit stack (the tree is at most MAX_BODY_DEPTH levels deep, but a walk that never recurses cannot overflow).
  const stack: (RootContent | ElementContent | { flush: true })[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('flush' in node) {
      flush();
      continue;
    }
    if (node.type === 'text') {
      line += node.value;
      continue;
    }
    if (node.type !== 'element' || skipped(node)) continue;
    if (node.tagName === 'pre') {
      // Code: its lines as written.
      flush();
      for (const codeLine of textOf(node).replace(/\n$/, '').split('\n')) if (codeLine.trim() !== '') lines.push(codeLine.trimEnd());
      continue;
    }
    if (BLOCKS.has(node.tagName)) {
      flush();
      stack.push({ flush: true });
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  flush();
  return lines.join('\n');
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}
