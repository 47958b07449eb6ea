/**
 * A line scanner that finds the components of a simple body without parsing
 * it, for `checkBody` over thousands of files: micromark with MDX and GFM
 * costs about 1–3 ms a body, this a few microseconds.
 *
 * It only answers for bodies it fully understands, and says "parse it"
 * (`undefined`) for anything else. It understands:
 * - self-closing tags on one line, anywhere in the text, with quoted literal
 *   attributes only: `<Metric of="coverage" />`, `<br />`;
 * - block tags of components on lines of their own at column 1:
 *   `<Callout type="tip">` … `</Callout>`, nested or not;
 * - fenced code at column 1 (skipped);
 * and gives up on every other `<`, on any `{` outside code, on ESM lines,
 * on a `<` in a paragraph that has a backtick (code spans), an image, a
 * link destination or a definition, on tags that contain `|` or `&`.
 * For what it answers, the elements it returns are those the parser would
 * give (name, attributes, positions, flow or text, top level or not), and the
 * checker runs the same rules on them: test/unit/body-check.test.ts compares the
 * two on generated bodies.
 */
import { findComponent } from './components.ts';
import type { JsxElement } from './tree.ts';

export interface ScannedElement {
  node: JsxElement;
  topLevel: boolean;
}

export interface Scanned {
  elements: ScannedElement[];
  /** How many elements deep the deepest one is (a block component inside another is 2). */
  depth: number;
}

const ESM_LINE = /^(?:import|export)[ \t]/m;
const ATTRIBUTE = /[ \t]+([A-Za-z_$][\w$-]*)=("[^"&\r\n|]*"|'[^'&\r\n|]*')/y;
const SELF_CLOSING = /<([A-Za-z][A-Za-z0-9]*)((?:[ \t]+[A-Za-z_$][\w$-]*=(?:"[^"&\r\n|]*"|'[^'&\r\n|]*'))*)[ \t]*\/>/y;
const BLOCK_OPEN = /^<([A-Z][A-Za-z0-9]*)((?:[ \t]+[A-Za-z_$][\w$-]*=(?:"[^"&\r\n|]*"|'[^'&\r\n|]*'))*)[ \t]*>[ \t]*$/;
const BLOCK_CLOSE = /^<\/([A-Z][A-Za-z0-9]*)>[ \t]*$/;
const FENCE_OPEN = /^(`{3,})[^`]*$|^(~{3,})/;
// MDX turns indented code off, so a closing fence may be indented any amount (an opening one is taken at column 1 only).
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
const DEFINITION = /^ {0,3}\[[^\]]*\]:/;

interface Line {
  text: string;
  /** 1-based. */
  number: number;
  /** Offset of the line's start in the body. */
  offset: number;
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  let number = 1;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    lines.push({ text: body.slice(start, match.index), number: number++, offset: start });
    start = match.index + match[0].length;
  }
  lines.push({ text: body.slice(start), number, offset: start });
  return lines;
}

/** The elements of a simple body, in document order; `undefined` when the body must be parsed. */
export function scanElements(body: string): Scanned | undefined {
  if (ESM_LINE.test(body)) return undefined;
  const lines = splitLines(body);
  // Pass 1: code lines, and the paragraphs (runs of other non-blank lines) that hold code spans, images or definitions.
  const code = new Array<boolean>(lines.length).fill(false);
  const risky = new Array<boolean>(lines.length).fill(false);
  let fence: { char: string; length: number } | undefined;
  let run: number[] = [];
  let runRisky = false;
  const endRun = () => {
    if (runRisky) for (const i of run) risky[i] = true;
    run = [];
    runRisky = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (fence) {
      code[i] = true;
      const close = FENCE_CLOSE.exec(text);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE_OPEN.exec(text);
    if (open) {
      endRun();
      const marks = (open[1] ?? open[2])!;
      fence = { char: marks[0]!, length: marks.length };
      code[i] = true;
      continue;
    }
    if (text.includes('```') || text.includes('~~~')) return undefined; // a fence that is not at column 1, or not a fence at all
    if (text.includes('{')) return undefined;
    if (text.trim() === '') {
      endRun();
      continue;
    }
    run.push(i);
    if (text.includes('`') || text.includes('![') || DEFINITION.test(text)) runRisky = true;
  }
  endRun();

  // Pass 2: the tags.
  const elements: ScannedElement[] = [];
  const stack: string[] = [];
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (code[i] || !line.text.includes('<')) continue;
    if (risky[i]) return undefined;
    const open = BLOCK_OPEN.exec(line.text);
    // A component without content written as a block (`<Metric of="x">` … `</Metric>`) is for the parser to judge.
    if (open && findComponent(open[1]!)?.content !== false) {
      elements.push({ node: element('mdxJsxFlowElement', open[1]!, open[2]!, line, 0), topLevel: stack.length === 0 });
      stack.push(open[1]!);
      depth = Math.max(depth, stack.length);
      continue;
    }
    const close = BLOCK_CLOSE.exec(line.text);
    if (close) {
      if (stack.pop() !== close[1]) return undefined;
      continue;
    }
    if (!scanInline(line, elements, stack.length === 0)) return undefined;
    depth = Math.max(depth, stack.length + 1);
  }
  return stack.length === 0 ? { elements, depth } : undefined;
}

/** The self-closing tags of a line; false when the line has another `<`. */
function scanInline(line: Line, elements: ScannedElement[], topLevel: boolean): boolean {
  const text = line.text;
  const links = linkDestinations(text);
  if (!links) return false;
  // A line that is one tag alone is a flow element to MDX; otherwise the tags are in a paragraph (or heading, cell…).
  // (For the tags scanned here, placed anywhere, this only makes the scanned node the same as the parsed one.)
  const alone = /^\s*<[^<]*\/>\s*$/.test(text);
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
    if (isEscaped(text, at)) continue;
    if (links.some(([from, to]) => at > from && at < to)) return false;
    SELF_CLOSING.lastIndex = at;
    const match = SELF_CLOSING.exec(text);
    if (!match) return false;
    // Whether a tag is a block depends on containers (`- <Callout />` is one): only tags that may stand anywhere here.
    const placement = findComponent(match[1]!)?.placement;
    if (placement !== undefined && placement !== 'inline') return false;
    const type = alone ? 'mdxJsxFlowElement' : 'mdxJsxTextElement';
    elements.push({ node: element(type, match[1]!, match[2]!, line, at), topLevel });
    at += match[0].length - 1;
  }
  return true;
}

/** The spans of `](…)` on a line (a `<` inside one is a destination or a title); undefined when one does not close on the line. */
function linkDestinations(text: string): [number, number][] | undefined {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(']('); at >= 0; at = text.indexOf('](', at + 2)) {
    const end = text.indexOf(')', at + 2);
    if (end < 0) return undefined;
    spans.push([at, end]);
  }
  return spans;
}

function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && text.charAt(i) === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

function element(type: JsxElement['type'], name: string, attributes: string, line: Line, column0: number): JsxElement {
  const start = point(line, column0);
  const node = {
    type,
    name,
    attributes: [] as JsxElement['attributes'],
    children: [],
    position: { start, end: start },
  } as unknown as JsxElement;
  const base = column0 + 1 + name.length;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(attributes); match; match = ATTRIBUTE.exec(attributes)) {
    const at = point(line, base + match.index + match[0].length - match[1]!.length - match[2]!.length - 1);
    node.attributes.push({ type: 'mdxJsxAttribute', name: match[1]!, value: match[2]!.slice(1, -1), position: { start: at, end: at } });
  }
  return node;
}

function point(line: Line, column0: number) {
  return { line: line.number, column: column0 + 1, offset: line.offset + column0 };
}
