/**
 * A playbook body as plain Markdown, for the Markdown twins of the pages
 * (`…/index.md`): built from the body's mdast as the checker parses it, never
 * by rewriting the source text, and sanitized as the HTML is:
 *
 * - `<Metric>` and `<Delta>` become their values, formatted as on the page;
 * - `<Callout>` becomes a quote whose first line is its title in bold;
 * - `<Stage>` is taken out and returned apart (the process twin puts it
 *   under its stage);
 * - raw HTML is dropped: elements the sanitizer drops with their content
 *   (`<script>`, `<style>`…) go entirely, the others leave their content as
 *   Markdown (`<b>` → `**…**`, `<a href>` → a link, `<br>` → a line break);
 * - links and images keep only the URLs the sanitizer keeps (no
 *   `javascript:`; relative links stay relative: a twin sits in its page's
 *   folder, so they resolve the same).
 *
 * Moved here from src/site/markdown/body.ts (which may re-export it) so that
 * processBody (process.ts) writes a body's twin from the tree it renders.
 */
import type { Blockquote, Definition, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { analyzeBody } from './check.ts';
import { BODY_SCHEMA } from './sanitize-schema.ts';
import type { JsxElement } from './tree.ts';
import type { BodyContext } from './types.ts';

export interface MarkdownBody {
  /** The body without its `<Stage>`s, as plain Markdown's mdast (GFM included). */
  tree: Root;
  /** Each `<Stage>`'s content by stage id, in order. */
  stages: Map<string, RootContent[]>;
}

/** Parents whose children are phrasing content; every other parent holds flow content (or rows, items). */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);
const PHRASING_TYPES = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'break',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
]);

/** Elements dropped with their content (as the sanitizer does: src/body/sanitize-schema.ts). */
const STRIPPED = new Set((BODY_SCHEMA.strip ?? []).map((name) => name.toLowerCase()));
const PROTOCOLS = BODY_SCHEMA.protocols ?? {};

/** Whether a URL survives the sanitizer for that attribute: relative, or with one of the allowed protocols. */
export function isSafeUrl(url: string, attribute: 'href' | 'src'): boolean {
  const colon = url.indexOf(':');
  const question = url.indexOf('?');
  const hash = url.indexOf('#');
  const slash = url.indexOf('/');
  if (colon < 0 || (slash > -1 && colon > slash) || (question > -1 && colon > question) || (hash > -1 && colon > hash)) return true;
  return (PROTOCOLS[attribute] ?? []).includes(url.slice(0, colon).toLowerCase());
}

/**
 * How the twins write Markdown (src/site/markdown/mdast.ts writes the rest of
 * a twin with the same options, so that a body's text is the same alone and
 * in its page).
 */
export const MARKDOWN_OPTIONS: Readonly<ToMarkdownOptions> = {
  extensions: [gfmToMarkdown({ tablePipeAlign: false })],
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true,
};

/** The Markdown text of a tree, as the twins write it. */
export function stringifyMarkdown(root: Root): string {
  return toMarkdown(root, MARKDOWN_OPTIONS);
}

/** A body that passed the check, as Markdown's mdast (throws for a body with problems: render only checked bodies). */
export function bodyMarkdown(body: string, ctx: BodyContext): MarkdownBody {
  const { tree, problems } = analyzeBody(body, 1, ctx);
  if (!tree || problems.length > 0) {
    throw new Error(`bodyMarkdown: the body has ${problems.length} problem(s); only bodies that pass the check have a Markdown twin.`);
  }
  return plainMarkdown(tree);
}

/** An analysed body tree (components resolved by the check) as plain Markdown. */
export function plainMarkdown(tree: Root): MarkdownBody {
  const stages = new Map<string, RootContent[]>();
  const unsafe = new Set<string>();
  visitDefinitions(tree, (d) => {
    if (!isSafeUrl(d.url, 'href')) unsafe.add(d.identifier);
  });
  const convert = new Converter(stages, unsafe);
  return { tree: { type: 'root', children: convert.flow(tree.children) }, stages };
}

function visitDefinitions(node: Nodes, visit: (d: Definition) => void): void {
  if (node.type === 'definition') visit(node);
  if ('children' in node) for (const child of node.children) visitDefinitions(child, visit);
}

class Converter {
  readonly #stages: Map<string, RootContent[]>;
  readonly #unsafeDefinitions: ReadonlySet<string>;

  constructor(stages: Map<string, RootContent[]>, unsafeDefinitions: ReadonlySet<string>) {
    this.#stages = stages;
    this.#unsafeDefinitions = unsafeDefinitions;
  }

  /** Flow content: phrasing that ends up at this level (an unwrapped inline element) is put in paragraphs. */
  flow(nodes: readonly Nodes[]): RootContent[] {
    const out: RootContent[] = [];
    let paragraph: Paragraph | null = null;
    // Inline content can stand among blocks (in `<details>` written on one line): it stays inline, in a paragraph.
    for (const node of nodes.flatMap((n) => this.node(n, isInline(n)))) {
      if (PHRASING_TYPES.has(node.type)) {
        paragraph ??= { type: 'paragraph', children: [] };
        if (paragraph.children.length === 0) out.push(paragraph);
        paragraph.children.push(node as PhrasingContent);
        continue;
      }
      paragraph = null;
      out.push(node);
    }
    // A paragraph of nothing but spaces (what is left of a dropped element) says nothing.
    return out.filter((n) => n.type !== 'paragraph' || toString(n).trim() !== '' || n.children.some((c) => c.type === 'image' || c.type === 'break'));
  }

  phrasing(nodes: readonly Nodes[]): PhrasingContent[] {
    return nodes.flatMap((n) => this.node(n, true)).flatMap((n): PhrasingContent[] => (PHRASING_TYPES.has(n.type) ? [n as PhrasingContent] : phrasingOf(n)));
  }

  node(node: Nodes, inPhrasing: boolean): RootContent[] {
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
      case 'html':
        return [];
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return this.element(node, inPhrasing);
      case 'link':
        return isSafeUrl(node.url, 'href') ? [{ ...node, children: this.phrasing(node.children) }] : this.phrasing(node.children);
      case 'image':
        return isSafeUrl(node.url, 'src') ? [node] : node.alt ? [{ type: 'text', value: node.alt }] : [];
      case 'definition':
        return this.#unsafeDefinitions.has(node.identifier) ? [] : [node];
      case 'linkReference':
        return this.#unsafeDefinitions.has(node.identifier) ? this.phrasing(node.children) : [{ ...node, children: this.phrasing(node.children) }];
      case 'imageReference':
        return this.#unsafeDefinitions.has(node.identifier) ? (node.alt ? [{ type: 'text', value: node.alt }] : []) : [node];
      default:
        if (!('children' in node)) return [node as RootContent];
        if (PHRASING_PARENTS.has(node.type)) return [{ ...node, children: this.phrasing(node.children) } as RootContent];
        if (node.type === 'list' || node.type === 'table' || node.type === 'tableRow') {
          return [{ ...node, children: node.children.flatMap((c) => this.node(c, false)) } as RootContent];
        }
        return [{ ...node, children: this.flow(node.children) } as RootContent];
    }
  }

  element(node: JsxElement, inPhrasing: boolean): RootContent[] {
    const output = node.data?.playbookBody;
    const children = (): RootContent[] => (inPhrasing ? this.phrasing(node.children) : this.flow(node.children));
    if (output) {
      if (output.type === 'text') return [{ type: 'text', value: output.text }];
      if (output.type === 'extract') {
        const content = this.#stages.get(output.key) ?? [];
        content.push(...this.flow(node.children));
        this.#stages.set(output.key, content);
        return [];
      }
      const title: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: output.title }] }] };
      return [{ type: 'blockquote', children: [title, ...(this.flow(node.children) as Blockquote['children'])] }];
    }
    const name = (node.name ?? '').toLowerCase();
    if (name === '' || STRIPPED.has(name)) return name === '' ? children() : [];
    const attribute = (key: string): string | undefined => {
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name.toLowerCase() === key && typeof a.value === 'string') return a.value;
      return undefined;
    };
    switch (name) {
      case 'br':
        return inPhrasing ? [{ type: 'break' }] : [];
      case 'hr':
        return inPhrasing ? [] : [{ type: 'thematicBreak' }];
      case 'img': {
        const src = attribute('src');
        const alt = attribute('alt') ?? '';
        if (src !== undefined && isSafeUrl(src, 'src')) return [{ type: 'image', url: src, alt, ...(attribute('title') ? { title: attribute('title') } : {}) }];
        return alt ? [{ type: 'text', value: alt }] : [];
      }
      case 'a': {
        const href = attribute('href');
        const content = this.phrasing(node.children);
        return href !== undefined && isSafeUrl(href, 'href') ? [{ type: 'link', url: href, children: content }] : content;
      }
      case 'b':
      case 'strong':
      case 'summary':
        return [{ type: 'strong', children: this.phrasing(node.children) }];
      case 'i':
      case 'em':
        return [{ type: 'emphasis', children: this.phrasing(node.children) }];
      case 's':
      case 'del':
      case 'strike':
        return [{ type: 'delete', children: this.phrasing(node.children) }];
      case 'code':
      case 'kbd':
      case 'samp':
        return [{ type: 'inlineCode', value: toString(node) }];
      default:
        return children();
    }
  }
}

function isInline(node: Nodes): boolean {
  return PHRASING_TYPES.has(node.type) || node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression';
}

/** Flow content where only phrasing can go: its text, as a last resort (a list in a link cannot be Markdown). */
function phrasingOf(node: RootContent): PhrasingContent[] {
  const text = toString(node).trim();
  return text ? [{ type: 'text', value: text }] : [];
}
