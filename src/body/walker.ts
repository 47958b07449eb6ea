/**
 * The walk over a parsed body that finds what is unsafe (ESM, expressions,
 * expression and spread attributes), components used wrong (asking the
 * table of components, components.ts, and through it the model) and images the site
 * cannot show (format §1, §3, §9). The scanner's elements (scan.ts) go
 * through the same `element` rules.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { closest } from '../format/text.ts';
import { COMPONENT_NAMES, findComponent, isHtmlName, type ComponentSpec } from './components.ts';
import type { JsxAttribute, JsxElement } from './tree.ts';
import type { BodyContext, BodyParams, BodyProblem } from './types.ts';

/**
 * Whether an image's URL is on another site: `http:`, `https:` or
 * protocol-relative (`//host/…`). Other protocols never reach the page (the
 * sanitizer drops them), and relative URLs are the site's own.
 */
export function isExternalUrl(url: string): boolean {
  const trimmed = url.replace(/[\t\n\r]/g, '').trim();
  return /^https?:/i.test(trimmed) || /^[\\/]{2}/.test(trimmed);
}

export class Walker {
  readonly #ctx: BodyContext;
  readonly #lineOffset: number;
  readonly #problems: BodyProblem[];

  /** Definitions' URLs by identifier, for `![alt][ref]` (set by `tree`). */
  #definitions = new Map<string, string>();

  constructor(ctx: BodyContext, lineOffset: number, problems: BodyProblem[]) {
    this.#ctx = ctx;
    this.#lineOffset = lineOffset;
    this.#problems = problems;
  }

  /** Walks a whole body. */
  tree(tree: Root): void {
    const stack: Nodes[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'definition' && !this.#definitions.has(node.identifier)) this.#definitions.set(node.identifier, node.url);
      if ('children' in node) stack.push(...(node.children as Nodes[]));
    }
    this.children(tree, true);
  }

  children(parent: Parent, topLevel: boolean): void {
    for (const child of parent.children as Nodes[]) this.node(child, topLevel);
  }

  node(node: Nodes, topLevel: boolean): void {
    switch (node.type) {
      case 'mdxjsEsm':
        this.esm(node.value, node);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        this.report('unsafe-body', node, { construct: 'expression' });
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.element(node, topLevel);
        return;
      case 'image':
        this.image(node.url, node);
        return;
      case 'imageReference': {
        const url = this.#definitions.get(node.identifier);
        if (url !== undefined) this.image(url, node);
        return;
      }
      default:
        if ('children' in node) this.children(node, false);
    }
  }

  /** One problem per `import`/`export` statement line of an ESM block. */
  esm(value: string, node: Nodes): void {
    const start = node.position?.start.line ?? 1;
    value.split(/\r\n|\r|\n/).forEach((line, index) => {
      const word = /^(import|export)\b/.exec(line)?.[1];
      if (word) this.problem('unsafe-body', start + index, 1, { construct: word });
    });
  }

  /** An image on another site: the site's Content Security Policy (`img-src 'self' data:`) keeps browsers from loading it. */
  image(url: string, at: { position?: Nodes['position'] }): void {
    if (isExternalUrl(url)) this.report('external-image', at, { url });
  }

  element(node: JsxElement, topLevel: boolean): void {
    for (const attribute of node.attributes) this.unsafeAttribute(node, attribute);
    if (node.name?.toLowerCase() === 'img') {
      const src = node.attributes.find((a): a is Extract<JsxAttribute, { type: 'mdxJsxAttribute' }> => a.type === 'mdxJsxAttribute' && a.name.toLowerCase() === 'src');
      if (typeof src?.value === 'string') this.image(src.value, node);
    }
    if (node.name === null) {
      this.report('unknown-component', node, { problem: 'fragment', component: '<>', known: COMPONENT_NAMES });
    } else if (!isHtmlName(node.name)) {
      const spec = findComponent(node.name);
      if (spec) this.component(node, node.name, spec, topLevel);
      else this.report('unknown-component', node, { problem: 'component', component: node.name, known: COMPONENT_NAMES, suggestion: closest(node.name, COMPONENT_NAMES) });
    }
    // Content is checked whatever the element: a problem inside an unknown component is a problem too.
    this.children(node, false);
  }

  unsafeAttribute(node: JsxElement, attribute: JsxAttribute): void {
    const element = node.name ?? '<>';
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      this.report('unsafe-body', attribute, { construct: 'spread-attribute', element }, node);
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      this.report('unsafe-body', attribute, { construct: 'expression-attribute', name: attribute.name, element }, node);
    }
  }

  component(node: JsxElement, name: string, spec: ComponentSpec, topLevel: boolean): void {
    // `valid`: no problem at all, so the output can be rendered. `usable`: the props can still be looked up, to report
    // what they name that does not exist too (all problems at once); not when a required prop is missing or a value is not allowed.
    let valid = true;
    let usable = true;
    const fail = (params: BodyParams, at: JsxElement | JsxAttribute = node) => {
      valid = false;
      this.report('unknown-component', at, { component: name, ...params }, node);
    };
    if (spec.kinds && !spec.kinds.includes(this.#ctx.kind)) {
      // Not usable here at all: its props and place do not matter.
      fail({ problem: 'kind', kind: this.#ctx.kind, kinds: spec.kinds });
      return;
    }
    const block = node.type === 'mdxJsxFlowElement';
    if ((spec.placement === 'block' && !block) || (spec.placement === 'top-level' && !(block && topLevel))) {
      fail({ problem: 'placement', placement: spec.placement });
    }
    if (!spec.content && node.children.length > 0) fail({ problem: 'content' });

    const names = Object.keys(spec.props);
    const props: Record<string, string> = {};
    const seen = new Set<string>();
    const misshapen = new Set<string>();
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        valid = false; // a spread: reported as unsafe-body
        continue;
      }
      const prop = attribute.name;
      const propSpec = Object.hasOwn(spec.props, prop) ? spec.props[prop] : undefined;
      if (!propSpec) {
        fail({ problem: 'prop', prop, known: names, suggestion: closest(prop, names) }, attribute);
        continue;
      }
      if (seen.has(prop)) {
        fail({ problem: 'duplicate', prop }, attribute);
        continue;
      }
      seen.add(prop);
      if (attribute.value === null || attribute.value === undefined) {
        usable = false;
        fail({ problem: 'boolean', prop }, attribute);
        continue;
      }
      if (typeof attribute.value !== 'string') {
        valid = usable = false; // an expression: reported as unsafe-body
        continue;
      }
      const value = attribute.value;
      if (propSpec.values && !propSpec.values.includes(value)) {
        usable = false;
        fail({ problem: 'value', prop, value, allowed: propSpec.values, suggestion: closest(value, propSpec.values) }, attribute);
        continue;
      }
      if (propSpec.format && !propSpec.format.test(value)) {
        valid = false;
        misshapen.add(prop);
        this.report('unknown-metric', attribute, { component: name, prop, what: propSpec.names ?? prop, value }, node);
        continue;
      }
      props[prop] = value;
    }
    for (const [prop, propSpec] of Object.entries(spec.props)) {
      if (propSpec.required && !seen.has(prop)) {
        usable = false;
        fail({ problem: 'missing', prop, known: names });
      }
    }
    if (!usable) return;

    const resolution = spec.resolve(props, this.#ctx);
    if (resolution.ok) {
      if (valid) node.data = { ...node.data, playbookBody: resolution.output };
      return;
    }
    // Point at the prop that names nothing (unless its shape was reported already).
    const prop = Object.entries(spec.props).find(([, p]) => p.names === resolution.what)?.[0];
    if (prop !== undefined && misshapen.has(prop)) return;
    const attribute = node.attributes.find((a): a is Extract<JsxAttribute, { type: 'mdxJsxAttribute' }> => a.type === 'mdxJsxAttribute' && a.name === prop);
    this.report('unknown-metric', attribute ?? node, { component: name, prop, what: resolution.what, value: resolution.value, suggestion: resolution.suggestion }, node);
  }

  /** A problem at a node's start (or, for an attribute without a position, at its element's). */
  report(code: BodyProblem['code'], at: { position?: Nodes['position'] }, params: BodyParams, fallback?: { position?: Nodes['position'] }): void {
    const start = at.position?.start ?? fallback?.position?.start;
    this.problem(code, start?.line ?? 1, start?.column ?? 1, params);
  }

  problem(code: BodyProblem['code'], line: number, column: number, params: BodyParams): void {
    const clean: BodyParams = {};
    for (const [key, value] of Object.entries(params)) if (value !== undefined) clean[key] = value;
    this.#problems.push({ code, line: line + this.#lineOffset, column, params: clean });
  }
}
