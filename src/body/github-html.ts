/**
 * HTML as authors paste it from GitHub (format §1: raw HTML is allowed and
 * sanitized), where MDX alone would refuse it:
 *
 * - void elements without a slash, `<br>`, `<img src="…">`, `<hr>`: MDX
 *   reads every element as JSX, which wants `<br />`. `remarkVoidElements`
 *   makes the JSX tag of a void HTML element self-closing as it is read, so
 *   `line<br>` and `<p><img src="x.png"></p>` are what they are in HTML.
 * - `<details><summary>More</summary>` on one line, then Markdown, then
 *   `</details>`: GitHub's collapsible section. To MDX, a tag followed by
 *   text on its line is inline, so `<details>` would open inside a paragraph
 *   and never close. `prepareSource` puts a line break between `<details…>`
 *   and `<summary>` (outside fenced code, on a line that starts a block) and
 *   returns how to map the parser's positions back to the text as written.
 *
 * Nothing else changes: comments, unquoted attributes and `<https://…>` stay
 * errors with their hints (diagnose.ts).
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { Processor } from 'unified';

/** HTML elements that never have content. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface JsxTag {
  name?: string | null;
  close?: boolean;
  selfClosing?: boolean;
}

type ExitHandler = (this: { data: { mdxJsxTag?: JsxTag } }, token: unknown) => void;
interface FromMarkdownExtension {
  exit?: Record<string, ExitHandler>;
}

/**
 * A remark plugin, used after remark-mdx: wraps mdast-util-mdx-jsx's handlers
 * for the end of a tag so that a void HTML element (lowercase, as HTML is in
 * JSX) is self-closing even without its slash.
 */
export function remarkVoidElements(this: Processor): void {
  const data = this.data() as { fromMarkdownExtensions?: unknown[] };
  const extensions = (data.fromMarkdownExtensions ?? []).flat(Infinity) as FromMarkdownExtension[];
  const jsx = extensions.find((e) => e.exit?.mdxJsxTextTag && e.exit.mdxJsxFlowTag);
  if (!jsx?.exit) throw new Error('remarkVoidElements must come after remark-mdx.');
  const wrap = (exit: ExitHandler): ExitHandler =>
    function (token) {
      const tag = this.data.mdxJsxTag;
      if (tag && !tag.close && !tag.selfClosing && tag.name && /^[a-z]/.test(tag.name) && VOID_ELEMENTS.has(tag.name)) tag.selfClosing = true;
      exit.call(this, token);
    };
  (data.fromMarkdownExtensions ??= []).push({ exit: { mdxJsxTextTag: wrap(jsx.exit.mdxJsxTextTag!), mdxJsxFlowTag: wrap(jsx.exit.mdxJsxFlowTag!) } });
}

/** The text the parser reads, and how its positions map back to the text as written. */
export interface PreparedSource {
  text: string;
  /** Offsets (in `text`) of the line breaks put in; empty when the text is as written. */
  inserted: readonly number[];
}

const DETAILS_LINE = /^([ \t]*<details(?:[ \t][^<>]*)?>)([ \t]*<summary(?:[ \t][^<>]*)?>.*<\/summary>[ \t]*)$/;
const FENCE = /^[ \t>]*(`{3,}|~{3,})/;
const FENCE_CLOSE = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;

/** Puts `<summary>` on a line of its own after a `<details>` that starts a block (see the module's comment). */
export function prepareSource(source: string): PreparedSource {
  if (!source.includes('<summary')) return { text: source, inserted: [] };
  const inserted: number[] = [];
  let out = '';
  let fence: string | undefined;
  let previousBlank = true;
  let offset = 0;
  for (const match of source.matchAll(/([^\r\n]*)(\r\n|\r|\n|$)/g)) {
    const [whole, line = '', eol = ''] = match;
    if (whole === '' && offset >= source.length) break;
    offset += whole.length;
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence) {
      const close = FENCE_CLOSE.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      out += whole;
      continue;
    }
    if (fenceMark && !(fenceMark[0] === '`' && line.slice(line.indexOf(fenceMark) + fenceMark.length).includes('`'))) {
      fence = fenceMark;
      out += whole;
      previousBlank = false;
      continue;
    }
    const details = previousBlank ? DETAILS_LINE.exec(line) : null;
    if (details) {
      out += details[1];
      inserted.push(out.length);
      out += `\n${details[2]}${eol}`;
    } else out += whole;
    previousBlank = line.trim() === '';
  }
  return inserted.length === 0 ? { text: source, inserted: [] } : { text: out, inserted };
}

/** Maps positions of a text `prepareSource` changed back to the text as written. */
export class SourceMap {
  readonly #inserted: readonly number[];
  readonly #lineStarts: number[];
  readonly #preparedLineStarts: number[];

  constructor(original: string, prepared: string, inserted: readonly number[]) {
    this.#inserted = inserted;
    this.#lineStarts = lineStarts(original);
    this.#preparedLineStarts = lineStarts(prepared);
  }

  /** A parse error's place and the positions in its reason (`(3:1-3:10)`), moved back to the original text. */
  error<E extends { reason: string; place?: { line: number; column: number; offset: number } }>(error: E): E {
    const fromLineColumn = (line: number, column: number) => this.point((this.#preparedLineStarts[line - 1] ?? 0) + column - 1);
    const reason = error.reason.replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_, l1: string, c1: string, l2?: string, c2?: string) => {
      const a = fromLineColumn(Number(l1), Number(c1));
      if (l2 === undefined) return `(${a.line}:${a.column})`;
      const b = fromLineColumn(Number(l2), Number(c2));
      return `(${a.line}:${a.column}-${b.line}:${b.column})`;
    });
    const moved = { ...error, reason };
    if (error.place) {
      const point = this.point(error.place.offset);
      moved.place = { line: point.line, column: point.column, offset: point.offset! };
    }
    return moved;
  }

  /** The offset in the original text of an offset in the prepared one. */
  offset(prepared: number): number {
    // How many line breaks were put in before this offset (binary search: they are in order).
    let low = 0;
    let high = this.#inserted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.#inserted[mid]! < prepared) low = mid + 1;
      else high = mid;
    }
    return prepared - low;
  }

  point(prepared: number): Point {
    const offset = this.offset(prepared);
    const line = lineAt(this.#lineStarts, offset);
    return { line: line + 1, column: offset - this.#lineStarts[line]! + 1, offset };
  }

  /** Moves every position of a tree parsed from the prepared text back to the original. */
  tree(root: Root): void {
    const stack: { position?: { start: Point; end: Point }; children?: unknown[]; attributes?: unknown[] }[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.position) {
        const { start, end } = node.position;
        if (start.offset !== undefined) node.position.start = this.point(start.offset);
        if (end.offset !== undefined) node.position.end = this.point(end.offset);
      }
      for (const child of (node.children ?? []) as (typeof node)[]) stack.push(child);
      for (const attribute of (node.attributes ?? []) as (typeof node)[]) stack.push(attribute);
    }
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** The 0-based line of an offset, given the lines' starts. */
function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
