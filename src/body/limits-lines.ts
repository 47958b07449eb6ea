/**
 * The block syntax the body's scan (limits-scan.ts) reads lines with, without
 * parsing: where lines end, a line's container prefix (quote markers, list
 * markers, footnote labels), the lines that open or break a block (headings,
 * fences, thematic breaks, lines of tags alone, table delimiter rows), whether
 * a line is still inside a fenced code block, and the cells of a table row.
 */
export interface Line {
  /** Offsets in the body: the line's first character and the end of its text (before the line ending). */
  start: number;
  end: number;
}

/** A line's container prefix: quote markers `>`, list markers, footnote labels `[^x]:`, and the whitespace among them. */
export interface Prefix {
  /** Container markers in the prefix (each opens a level). */
  markers: number;
  /** `>` markers. */
  quotes: number;
  /** Columns of whitespace in the prefix (a tab counts 4). */
  spaces: number;
  /** Offset where the content after the prefix starts. */
  rest: number;
  /** The last marker is a list marker: `bullet`, `ordered` (with its delimiter), with content after it or not. */
  item?: { kind: 'bullet' | 'first' | 'ordered'; delimiter: string; column: number; empty: boolean };
}

export const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
export const HEADING = /^#{1,6}(?:[ \t]|$)/;
export const SETEXT = /^(?:=+|-+)[ \t]*$/;
export const FENCE = /^(`{3,}|~{3,})(.*)$/;
/** A line that is tags and nothing else (`<Callout type="tip">`, `</details>`), read as a flow element by MDX. */
// (Each pattern here is matched against lines of any length: none may backtrack more than once over a line.)
export const TAG_LINE = /^[ \t]*<(\/?)([A-Za-z][\w.:-]*)(?:[ \t][^<>{}]*)?>[ \t]*$/;
export const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

export function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i });
    if (c === 13 && body.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: body.length });
  return lines;
}

const isSpace = (c: number) => c === 32 || c === 9;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The container prefix of the text in [start, end). */
export function prefixOf(body: string, start: number, end: number): Prefix {
  const prefix: Prefix = { markers: 0, quotes: 0, spaces: 0, rest: start };
  let i = start;
  for (;;) {
    while (i < end && isSpace(body.charCodeAt(i))) prefix.spaces += body.charCodeAt(i++) === 9 ? 4 : 1;
    if (i >= end) break;
    const c = body.charCodeAt(i);
    const column = i - start;
    if (c === 62 /* > */) {
      prefix.markers++;
      prefix.quotes++;
      prefix.item = undefined;
      i++;
      continue;
    }
    let after = -1;
    let kind: 'bullet' | 'first' | 'ordered' = 'bullet';
    let delimiter = '';
    if (c === 45 || c === 43 || c === 42 /* - + * */) {
      after = i + 1;
      delimiter = body.charAt(i);
    } else if (isDigit(c)) {
      let j = i;
      while (j < end && j - i < 9 && isDigit(body.charCodeAt(j))) j++;
      const d = body.charCodeAt(j);
      if (d === 46 || d === 41 /* . ) */) {
        after = j + 1;
        delimiter = body.charAt(j);
        kind = Number(body.slice(i, j)) === 1 ? 'first' : 'ordered';
      }
    } else if (c === 91 /* [ */ && body.charCodeAt(i + 1) === 94 /* ^ */) {
      let close = i + 2;
      while (close < end && body.charCodeAt(close) !== 93 && !isSpace(body.charCodeAt(close))) close++;
      if (close > i + 2 && body.charCodeAt(close) === 93 && body.charCodeAt(close + 1) === 58 /* : */) {
        prefix.markers++;
        prefix.item = undefined;
        i = close + 2;
        continue;
      }
    }
    if (after < 0 || (after < end && !isSpace(body.charCodeAt(after)))) break;
    prefix.markers++;
    let k = after;
    while (k < end && isSpace(body.charCodeAt(k))) k++;
    prefix.item = { kind, delimiter, column, empty: k >= end };
    i = after;
  }
  prefix.rest = i;
  return prefix;
}

/** An open fenced code block, and the container it was opened in. */
export interface Fence {
  char: string;
  length: number;
  quotes: number;
  /** Column of the fence's first mark. */
  column: number;
  /** Opened inside a list item or indented: it ends where a less indented line ends the item. */
  contained: boolean;
}

/** HTML elements without content: on a line of their own they open nothing. */
export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Whether a line is still inside a fenced code block: not where the container the fence was opened in ends. */
export function inFence(fence: Fence, prefix: Prefix, line: Line, blank: boolean, body: string): boolean {
  if (blank) return true;
  if (prefix.quotes < fence.quotes) return false;
  if (!fence.contained) return true;
  let indent = 0;
  for (let i = line.start; i < line.end && isSpace(body.charCodeAt(i)); i++) indent += body.charCodeAt(i) === 9 ? 4 : 1;
  return indent >= fence.column;
}

/** The cells of a table row: its `|` that are not escaped, less a leading and a trailing one. */
export function cells(row: string): number {
  const trimmed = row.trim();
  let pipes = 0;
  for (let i = 0; i < trimmed.length; i++) {
    if (trimmed.charCodeAt(i) === 92) i++;
    else if (trimmed.charCodeAt(i) === 124) pipes++;
  }
  const leading = trimmed.startsWith('|') ? 1 : 0;
  const trailing = trimmed.length > 1 && trimmed.endsWith('|') && !trimmed.endsWith('\\|') ? 1 : 0;
  return pipes - leading - trailing + 1;
}
