/**
 * A rehype plugin for Markdown and MDX bodies that keeps links and embeds
 * from running script: a URL attribute (`href`, `src`, `action`…) whose
 * scheme is `javascript:`, `vbscript:` or `data:` (other than an image) is
 * dropped, so `[x](javascript:alert(1))` renders as plain text in an `<a>`
 * without a target. The same goes for the literal attributes of HTML tags
 * written as JSX in MDX, which also lose inline event handlers (`onclick`…).
 *
 * The site's Content-Security-Policy (astro.config.mjs) blocks such URLs and
 * handlers too; this plugin keeps them out of the HTML in the first place.
 * MDX stays code: expressions and components run at build time, as authored.
 */
import type { Element, Root } from 'hast';

/** URL-valued attributes, as hast property names and as HTML/JSX attribute names. */
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'background', 'xLinkHref', 'ping']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'xlinkhref', 'xlink:href', 'ping']);

/** An MDX JSX element as it appears in the hast tree (mdast-util-mdx-jsx). */
interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: unknown[];
}

type Parent = { children: unknown[] };

export function rehypeSafeUrls() {
  return (tree: Root) => {
    visit(tree);
  };
}

function visit(node: Parent): void {
  for (const child of node.children) {
    if (!child || typeof child !== 'object') continue;
    const type = (child as { type?: string }).type;
    if (type === 'element') cleanElement(child as Element);
    else if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') cleanJsx(child as MdxJsxElement);
    if (Array.isArray((child as Partial<Parent>).children)) visit(child as Parent);
  }
}

function cleanElement(el: Element): void {
  for (const [name, value] of Object.entries(el.properties ?? {})) {
    if (URL_PROPERTIES.has(name) && isUnsafeUrl(value)) delete el.properties[name];
  }
}

function cleanJsx(el: MdxJsxElement): void {
  // Only HTML tags (`<a>`, `<img>`); components (`<Note>`) decide about their own props.
  if (!el.name || !/^[a-z]/.test(el.name) || el.name.includes('.')) return;
  el.attributes = el.attributes.filter((attr) => {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) return true;
    const name = attr.name.toLowerCase();
    if (/^on/.test(name)) return false;
    return !(URL_ATTRIBUTES.has(name) && isUnsafeUrl(literalOf(attr.value)));
  });
}

/** The string of an attribute value: a plain string, or an expression that is only a string literal (`href={'…'}`). */
function literalOf(value: unknown): unknown {
  if (typeof value === 'string' || !value || typeof value !== 'object') return value;
  const expression = (value as { data?: { estree?: { body?: { expression?: { type?: string; value?: unknown; quasis?: { value: { cooked?: string } }[]; expressions?: unknown[] } }[] } } }).data?.estree
    ?.body?.[0]?.expression;
  if (expression?.type === 'Literal') return expression.value;
  if (expression?.type === 'TemplateLiteral' && expression.expressions?.length === 0) return expression.quasis?.[0]?.value.cooked;
  return undefined;
}

/**
 * Whether a URL would run script when followed or loaded. Browsers ignore
 * tabs and newlines anywhere in a URL, and leading spaces and control
 * characters, and schemes are case-insensitive: `JaVa\tScRiPt:` counts.
 */
export function isUnsafeUrl(value: unknown): boolean {
  const urls = Array.isArray(value) ? value : [value];
  return urls.some((url) => {
    if (typeof url !== 'string') return false;
    // eslint-disable-next-line no-control-regex
    const normalized = url.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
    if (normalized.startsWith('javascript:') || normalized.startsWith('vbscript:')) return true;
    return normalized.startsWith('data:') && !/^data:image\/(png|gif|jpe?g|webp|avif)[;,]/.test(normalized);
  });
}
