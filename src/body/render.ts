/**
 * Rendering a checked body to HTML:
 *
 *   mdast (parse.ts, checked and resolved by check.ts)
 *   → hast (remark-rehype; our handlers turn HTML written as JSX into plain
 *     elements with literal attributes only, and components into marked
 *     placeholders)
 *   → heading ids → rehype-sanitize (GitHub's schema, sanitize-schema.ts)
 *   → components finished, fragment links resolved (rehype-body.ts)
 *   → for zh-CN, quotes and spacing (rehype-zh-typography.ts)
 *   → rehypeAccessibleMarkdown → Shiki (only with a code block) → HTML.
 *
 * One frozen processor per language (footnote labels and typography differ), built on
 * first use and reused. `<Stage>` contents are taken out at the very end,
 * after every plugin has run over the whole body (ids are unique across the
 * page).
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { List, ListItem, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { defaultHandlers, type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { rehypeAccessibleMarkdown } from '../integration/rehype-accessible-markdown.ts';
import { rehypeHighlightCode } from '../integration/rehype-highlight-code.ts';
import { analyzeBody } from './check.ts';
import { isHtmlName } from './components.ts';
import { headingDepth, rehypeCodeLanguages, rehypeFinishComponents, rehypeFragmentLinks, rehypeHeadingIds, rehypeTidy, textOf, tidy } from './rehype-body.ts';
import { rehypeZhTypography } from './rehype-zh-typography.ts';
import { BODY_SCHEMA, htmlProperties } from './sanitize-schema.ts';
import type { JsxElement } from './tree.ts';
import type { BodyContext, BodyLang, RenderedBody, RenderedHeading } from './types.ts';

/** The site's code colours (astro.config.mjs): AA contrast in both colour schemes. */
export const SHIKI_CONFIG = { themes: { light: 'github-light-default', dark: 'github-dark-default' } } as const;

type Handler = NonNullable<NonNullable<RemarkRehypeOptions['handlers']>['mdxJsxFlowElement']>;

/** Footnote wording per language: the section's (visually hidden) heading and the back links' labels. */
const FOOTNOTES: Record<BodyLang, { label: string; back: (reference: number, rereference: number) => string }> = {
  en: { label: 'Footnotes', back: (i, k) => `Back to reference ${i + 1}${k > 1 ? `-${k}` : ''}` },
  'zh-CN': { label: '脚注', back: (i, k) => `返回引用 ${i + 1}${k > 1 ? `-${k}` : ''}` },
};

const jsxElement: Handler = (state, node: JsxElement) => {
  const output = node.data?.playbookBody;
  let result: Element;
  if (output) {
    // A placeholder the sanitizer keeps as it is (a bare <span>/<div>); rehypeFinishComponents gives it its real shape.
    result =
      output.type === 'text'
        ? { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: output.text }], data: { playbookBody: output } }
        : { type: 'element', tagName: 'div', properties: {}, children: state.all(node), data: { playbookBody: output } };
    state.patch(node, result);
    // A number on a line of its own is a paragraph of its own.
    if (output.type === 'text' && node.type === 'mdxJsxFlowElement') return { type: 'element', tagName: 'p', properties: {}, children: [result] };
    return result;
  }
  // Not a component that passed the check: only HTML gets here (a checked body has nothing else), with literal attributes only.
  if (!node.name || !isHtmlName(node.name)) return undefined;
  const literal: { name: string; value: string | null }[] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string')) {
      literal.push({ name: attribute.name, value: attribute.value ?? null });
    }
  }
  result = { type: 'element', tagName: node.name.toLowerCase(), properties: htmlProperties(literal), children: state.all(node) };
  state.patch(node, result);
  return result;
};

/**
 * mdast-util-to-hast's list item asks, for every item, whether the list is
 * loose by looking at every item of the list: a list of n items costs n².
 * The answer is the list's; it is worked out once per list here, and the
 * item handed a stand-in parent that gives the same answer at once.
 */
const looseness = new WeakMap<List, List>();
const listItem: Handler = (state, node: ListItem, parent) => {
  if (parent?.type !== 'list') return defaultHandlers.listItem(state, node, parent);
  let standIn = looseness.get(parent);
  if (!standIn) {
    const loose = Boolean(parent.spread) || parent.children.some((item) => (item.spread === null || item.spread === undefined ? item.children.length > 1 : item.spread));
    standIn = { type: 'list', spread: loose, children: [] };
    looseness.set(parent, standIn);
  }
  return defaultHandlers.listItem(state, node, standIn);
};

/** A plugin that does nothing: the place of a step that one language does not take. */
const noop = () => undefined;

/** Nothing of these ever reaches the page, even if a body got here unchecked. */
const drop: Handler = () => undefined;

function createRenderer(lang: BodyLang) {
  const footnotes = FOOTNOTES[lang];
  return unified()
    .use(remarkRehype, {
      // The sanitizer prefixes ids once; rehypeFragmentLinks points the links at them.
      clobberPrefix: '',
      footnoteLabel: footnotes.label,
      footnoteBackLabel: footnotes.back,
      handlers: { listItem, mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement, mdxjsEsm: drop, mdxFlowExpression: drop, mdxTextExpression: drop },
    })
    .use(rehypeHeadingIds)
    .use(rehypeSanitize, BODY_SCHEMA)
    .use(rehypeTidy)
    .use(rehypeFinishComponents)
    .use(rehypeFragmentLinks)
    .use(lang === 'zh-CN' ? rehypeZhTypography : noop)
    .use(rehypeAccessibleMarkdown)
    .use(rehypeCodeLanguages)
    .use(rehypeHighlightCode, SHIKI_CONFIG)
    .use(rehypeStringify)
    .freeze();
}

type Renderer = ReturnType<typeof createRenderer>;
const renderers = new Map<BodyLang, Renderer>();

function renderer(lang: BodyLang): Renderer {
  let found = renderers.get(lang);
  if (!found) {
    found = createRenderer(lang);
    renderers.set(lang, found);
  }
  return found;
}

/** Renders a body that passed checkBody (throws a plain Error otherwise; warnings do not stop it). */
export async function renderBody(body: string, ctx: BodyContext): Promise<RenderedBody> {
  const { tree, problems: errors } = analyzeBody(body, 1, ctx);
  if (!tree || errors.length > 0) {
    const list = errors.map((p) => `${p.line}:${p.column} ${p.code}`).join(', ');
    throw new Error(`renderBody: the body has ${errors.length} problem(s) (${list}); render only bodies that pass checkBody.`);
  }
  const { body: rendered, stages } = await renderTree(tree, ctx.lang);
  return { html: rendered.html, headings: rendered.headings, stages: Object.fromEntries([...stages].map(([id, stage]) => [id, stage.html])) };
}

/** A rendered part of a body: its HTML and the hast it was written from (for its text). */
export interface RenderedPart {
  html: string;
  hast: HastRoot;
}

/** Renders a checked tree: the body without its `<Stage>`s (with its headings), and each `<Stage>`'s content. */
export async function renderTree(tree: Root, lang: BodyLang): Promise<{ body: RenderedPart & { headings: RenderedHeading[] }; stages: Map<string, RenderedPart> }> {
  const processor = renderer(lang);
  const hast = await processor.run(tree);
  const extracted = extractStages(hast);
  const stages = new Map<string, RenderedPart>();
  for (const [id, children] of extracted) {
    const root: HastRoot = { type: 'root', children };
    tidy(root);
    stages.set(id, { html: processor.stringify(root), hast: root });
  }
  return { body: { html: processor.stringify(hast), hast, headings: collectHeadings(hast) }, stages };
}

/** Takes the `<Stage>` placeholders out of the tree (they are top-level): stage id → their content, in order. */
function extractStages(tree: HastRoot): Map<string, HastContent[]> {
  const stages = new Map<string, HastContent[]>();
  tree.children = tree.children.filter((child) => {
    const output = child.type === 'element' ? child.data?.playbookBody : undefined;
    if (output?.type !== 'extract' || child.type !== 'element') return true;
    const content = stages.get(output.key) ?? [];
    if (content.length > 0) content.push({ type: 'text', value: '\n' });
    content.push(...child.children);
    stages.set(output.key, content);
    return false;
  });
  tidy(tree);
  return stages;
}

/** The headings of the body, with their final ids; not the footnotes' hidden label. */
function collectHeadings(tree: HastRoot): RenderedHeading[] {
  const headings: RenderedHeading[] = [];
  const visit = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.properties.dataFootnotes !== undefined) continue;
      const depth = headingDepth(child);
      const id = child.properties.id;
      if (depth > 0 && typeof id === 'string') headings.push({ depth, slug: id, text: textOf(child).trim() });
      else visit(child);
    }
  };
  visit(tree);
  return headings;
}
