/**
 * Checking a body (format.md §1, §3, §9): every problem at once, each at its
 * line and column in the file. Syntax comes from recover.ts; this module
 * walks the tree for what is unsafe (ESM, expressions, expression and spread
 * attributes) and for components used wrong, asking the registry
 * (components.ts) and, through it, the model.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { closest } from '../format/text.ts';
import { COMPONENT_NAMES, findComponent, isHtmlName, type ComponentSpec } from './components.ts';
import { needsParse } from './parse.ts';
import { parseWithRecovery } from './recover.ts';
import { scanElements } from './scan.ts';
import { liftBlocks, type JsxAttribute, type JsxElement } from './tree.ts';
import type { BodyContext, BodyParams, BodyProblem } from './types.ts';

export interface Analysis {
  /** The tree, normalised (tree.ts) and with every component's output in its `data.playbookBody`; absent when the body could not be parsed. */
  tree?: Root;
  problems: BodyProblem[];
}

/** The largest body, in characters: bigger ones take minutes to build. */
export const MAX_BODY_LENGTH = 200_000;
/** The deepest nesting of lists, quotes, emphasis or tags a body may have: parsers and renderers recurse. */
export const MAX_BODY_DEPTH = 32;

/**
 * Every problem of a body. FAST PATH: a body with no `<`, no `{` and no line
 * starting with `import`/`export` cannot fail and is not parsed at all — once
 * its size and nesting are known to be within bounds (a linear scan), since
 * the parser and the renderer slow down far faster than a body grows.
 */
export function checkBody(body: string, bodyLine: number, ctx: BodyContext): BodyProblem[] {
  const limit = bodyLimits(body, bodyLine);
  if (limit) return [limit];
  if (!needsParse(body)) return [];
  // Simple bodies (components on their own lines or self-closing in the text) need no parse either: scan.ts.
  const scanned = scanElements(body);
  if (!scanned) return analyzeBody(body, bodyLine, ctx).problems;
  const problems: BodyProblem[] = [];
  const walker = new Walker(ctx, bodyLine - 1, problems);
  for (const { node, topLevel } of scanned) walker.element(node, topLevel);
  return sortProblems(problems);
}

/** The start of a line that may open list, quote or indentation levels. */
const LINE_PREFIX = /^[ \t\-*+>\d]/;

/** A body too long or too deeply nested to parse safely, as a `body-syntax` problem at the line it happens. */
export function bodyLimits(body: string, bodyLine: number): BodyProblem | undefined {
  if (body.length > MAX_BODY_LENGTH) {
    return { code: 'body-syntax', line: bodyLine, column: 1, params: { limit: 'size', size: body.length, max: MAX_BODY_LENGTH, reason: 'too long' } };
  }
  const tooDeep = (line: number, column: number): BodyProblem => ({
    code: 'body-syntax',
    line: bodyLine + line,
    column,
    params: { limit: 'depth', max: MAX_BODY_DEPTH, reason: 'nested too deeply' },
  });
  let tags = 0;
  // What each test needs, looked for once in the whole body: most bodies skip all three on most lines.
  const hasRuns = /[*_]{33,}/.test(body);
  const hasTags = body.includes('<');
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    // List markers and quote markers opened on one line, and indentation (four spaces a level at the least):
    // only a line that starts with one, and is longer than 32 characters (33 tabs), can go too deep.
    if (text.length > 32 && LINE_PREFIX.test(text)) {
      const prefix = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$))+/.exec(text)?.[0] ?? '';
      const markers = (prefix.match(/[-*+>]|\d{1,9}[.)]/g) ?? []).length;
      const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
      if (markers > MAX_BODY_DEPTH || indent / 2 > MAX_BODY_DEPTH * 2) return tooDeep(i, 1);
    }
    // Emphasis: a run of `*` or `_` opens as many levels as it is long.
    const run = hasRuns ? /[*_]{33,}/.exec(text) : null;
    if (run && !/^[ \t]*[*_ \t]+$/.test(text)) return tooDeep(i, run.index + 1);
    // Tags: every opening tag that is not self-closing, less every closing one.
    if (!hasTags || !text.includes('<')) continue;
    for (const tag of text.matchAll(/<(\/?)([A-Za-z][\w.:-]*)\b[^<>]*?(\/?)>/g)) {
      if (tag[1]) tags = Math.max(0, tags - 1);
      else if (!tag[3]) tags++;
      if (tags > MAX_BODY_DEPTH) return tooDeep(i, (tag.index ?? 0) + 1);
    }
  }
  return undefined;
}

function sortProblems(problems: BodyProblem[]): BodyProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Parses and checks a body; the renderer uses the tree. */
export function analyzeBody(body: string, bodyLine: number, ctx: BodyContext): Analysis {
  const { tree, problems } = parseWithRecovery(body, bodyLine);
  if (tree) {
    liftBlocks(tree);
    new Walker(ctx, bodyLine - 1, problems).children(tree, true);
  }
  sortProblems(problems);
  return tree ? { tree, problems } : { problems };
}

class Walker {
  readonly #ctx: BodyContext;
  readonly #lineOffset: number;
  readonly #problems: BodyProblem[];

  constructor(ctx: BodyContext, lineOffset: number, problems: BodyProblem[]) {
    this.#ctx = ctx;
    this.#lineOffset = lineOffset;
    this.#problems = problems;
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

  element(node: JsxElement, topLevel: boolean): void {
    for (const attribute of node.attributes) this.unsafeAttribute(node, attribute);
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
