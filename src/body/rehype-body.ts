/**
 * The rehype steps of the body pipeline that are ours (render.ts puts them in
 * order around the sanitizer):
 * - `rehypeHeadingIds` (before): GitHub-style slugs as heading ids;
 * - `rehypeFinishComponents` (after): component placeholders become their
 *   real elements (components.ts decides what those are);
 * - `rehypeFragmentLinks` (after): `#slug` links follow the sanitizer's
 *   `user-content-` prefix on ids, so they resolve within the page.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { ComponentOutput } from './components.ts';
import { CLOBBER_PREFIX } from './sanitize-schema.ts';

declare module 'hast' {
  interface ElementData {
    /** A body component's placeholder (render.ts), finished after the sanitizer. */
    playbookBody?: ComponentOutput;
  }
}

type ParentNode = Root | Element;

function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield child;
    yield* elements(child);
  }
}

const HEADING = /^h([1-6])$/;

/** The depth of a heading element, or 0. */
export function headingDepth(element: Element): number {
  const match = HEADING.exec(element.tagName);
  return match ? Number(match[1]) : 0;
}

export function textOf(node: Root | RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/**
 * Gives every heading without an id a slug of its text (github-slugger:
 * unique within the body, as on GitHub). Ids already in the tree (footnotes'
 * `fn-1`, `fnref-1`, `footnote-label`, an `id` written in HTML) are taken
 * first, so that `## fn-1` becomes `fn-1-1` rather than a second `fn-1`.
 */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const taken = new Set<string>();
    for (const element of elements(tree)) {
      const id = element.properties.id;
      if (typeof id === 'string') taken.add(id);
    }
    for (const element of elements(tree)) {
      if (headingDepth(element) === 0 || element.properties.id !== undefined) continue;
      let slug = slugger.slug(textOf(element));
      while (taken.has(slug)) slug = slugger.slug(textOf(element));
      element.properties.id = slug;
    }
  };
}

/**
 * Code blocks' languages in lowercase (```` ```JavaScript ```` is
 * `javascript`): Shiki knows its languages by lowercase names, as GitHub
 * takes them in any case.
 */
export function rehypeCodeLanguages() {
  return (tree: Root) => {
    for (const element of elements(tree)) {
      if (element.tagName !== 'code' || !Array.isArray(element.properties.className)) continue;
      element.properties.className = element.properties.className.map((c) => (typeof c === 'string' && c.startsWith('language-') ? c.toLowerCase() : c));
    }
  };
}

/** Turns the placeholders of components into their real elements. Runs after the sanitizer: what it adds is ours. */
export function rehypeFinishComponents() {
  return (tree: Root) => {
    for (const element of elements(tree)) {
      const output = element.data?.playbookBody;
      if (!output || output.type === 'extract') continue; // extracted by the renderer, at the very end
      delete element.data!.playbookBody;
      if (output.type === 'text') {
        element.tagName = 'span';
        element.properties = output.title === undefined ? { className: [...output.className] } : { className: [...output.className], title: output.title };
        element.children = [{ type: 'text', value: output.text }];
      } else {
        element.tagName = output.tagName;
        element.properties = output.role === undefined ? { className: [...output.className] } : { className: [...output.className], role: output.role };
        const title: Element = { type: 'element', tagName: 'p', properties: { className: [output.titleClassName] }, children: [{ type: 'text', value: output.title }] };
        element.children = [title, ...element.children];
      }
    }
  };
}

/**
 * The sanitizer prefixes ids (`intro` → `user-content-intro`, footnotes'
 * `fn-1` → `user-content-fn-1`) but not the links to them. A `#x` link to
 * no id but `user-content-x` is pointed there. Footnotes get their ids
 * unprefixed from mdast-util-to-hast (`clobberPrefix: ''`), so the one
 * prefix is the sanitizer's.
 */
export function rehypeFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    for (const element of elements(tree)) {
      for (const key of ['id', 'name'] as const) {
        const value = element.properties[key];
        if (typeof value === 'string') ids.add(value);
      }
    }
    for (const element of elements(tree)) {
      const href = element.properties.href;
      if (element.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#') || href.length < 2) continue;
      const fragment = decodeFragment(href.slice(1));
      if (ids.has(fragment)) continue;
      if (ids.has(CLOBBER_PREFIX + fragment)) element.properties.href = `#${CLOBBER_PREFIX}${href.slice(1)}`;
      else if (ids.has(CLOBBER_PREFIX + fragment.toLowerCase())) element.properties.href = `#${CLOBBER_PREFIX}${encodeURIComponent(fragment.toLowerCase())}`;
    }
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Removes the paragraphs the sanitizer emptied (`<script>…</script>` on a line
 * of its own was one) and the runs of blank lines they leave.
 */
export function rehypeTidy() {
  return (tree: Root) => {
    tidy(tree);
  };
}

export function tidy(node: ParentNode): void {
  const kept: (typeof node.children)[number][] = [];
  for (const child of node.children) {
    if (child.type === 'element') {
      tidy(child);
      if (child.tagName === 'p' && child.children.every((c) => c.type === 'text' && /^[ \t\r\n]*$/.test(c.value))) continue;
    }
    const previous = kept[kept.length - 1];
    if (isBlankText(child) && (previous === undefined ? node.type === 'root' : isBlankText(previous))) continue;
    kept.push(child);
  }
  while (node.type === 'root' && kept.length > 0 && isBlankText(kept[kept.length - 1]!)) kept.pop();
  node.children = kept as typeof node.children;
}

function isBlankText(node: RootContent): boolean {
  return node.type === 'text' && /^[\r\n]*$/.test(node.value);
}
