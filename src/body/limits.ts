/**
 * The bounds every body is held to before it is parsed, so that checking and
 * rendering a body takes time linear in its size (format §1, §3).
 *
 * micromark, mdast-util-from-markdown and mdast-util-to-hast are linear on
 * ordinary text but not on every text: emphasis marks are matched by looking
 * back over all earlier ones in the paragraph, every closing list item or
 * underlined heading rewrites the document's whole list of events, each
 * nested link resolves its content again, and a list marker opens its
 * containers one by one. 16 KB of `*_` took seconds, 200 KB of `- a`
 * minutes. This module reads the body once, line by line, and measures what
 * drives those costs:
 *
 * - `size`: more than MAX_BODY_LENGTH characters;
 * - `depth`: a line that opens more than MAX_BODY_DEPTH lists or quotes by
 *   its own markers (`- - - … x`), or tags on lines of their own nested that
 *   deep: structure that is certainly too deep, found before the parse
 *   pays for it (everything else is measured on the parsed tree: depth.ts);
 * - `structure`: list items, quote openings and underlined headings (each
 *   costs a pass over the document's events so far: weighted by what each
 *   costs) times the lines and structures of the document, summed over
 *   the chunks when the body is parsed chunk by chunk (chunks.ts);
 * - `markup`: for each paragraph, its marks (`*`, `_`, `[`, `<`, `&`, line
 *   endings… what micromark makes tokens of) times its characters (tokens
 *   are matched and merged within the paragraph);
 * - `nesting`: for each paragraph, how deep its emphasis and links can nest
 *   times its characters (each nested one resolves its content again).
 *
 * "Paragraph" here is a unit of lines that the parser may read as one
 * paragraph: lines between blank lines, cut only where a paragraph certainly
 * ends (a list item, a heading, a fence, a thematic break, a new quote, a
 * table row). Cutting too rarely only overestimates, which is safe; fenced
 * code is left out (it has no inline syntax).
 *
 * The same reading gives `depthBound`, an upper bound of the nesting the
 * parsed body can have (lists, quotes, emphasis, links, tags: depth.ts): the
 * check skips the parse of a body without MDX syntax only when this bound is
 * within MAX_BODY_DEPTH, so the shortcut never passes what the parse would
 * refuse.
 */
import { chunkable, splitChunks } from './chunks.ts';
import type { BodyProblem } from './types.ts';

/** The largest body, in characters: bigger ones take minutes to build. */
export const MAX_BODY_LENGTH = 200_000;
/** The deepest nesting of lists, quotes, emphasis, links or tags a body may have: parsers and renderers recurse. */
export const MAX_BODY_DEPTH = 32;

/**
 * The budgets, in the units above: the dearest body each lets through costs
 * about what an ordinary body of the largest size costs (scripts/body-limits.ts
 * prints both, on the machine it runs on); ordinary bodies use a few percent
 * of each.
 */
export const BUDGETS = {
  /** Σ over paragraphs of marks × characters. */
  markup: 20_000_000,
  /** Σ over paragraphs of (emphasis depth + link depth − NESTING_FREE) × characters. */
  nesting: 2_000_000,
  /** Σ over the documents parsed (the chunks, or the whole body) of weighted structures × (structures + lines); see `#readLines`. */
  structure: 15_000_000,
  /** The same of the whole body, when it is parsed chunk by chunk, past which a broken body is not parsed whole (recover.ts). */
  wholeStructure: 60_000_000,
} as const;

/** Nesting that costs no more than reading a paragraph a few times: a paragraph's first levels are free. */
export const NESTING_FREE = 8;

export type LimitKind = 'size' | 'depth' | 'structure' | 'markup' | 'nesting';

export interface BodyScan {
  /** The first bound the body passes, as a `body-syntax` problem at its line; undefined when within every bound. */
  problem?: BodyProblem;
  /** An upper bound of the nesting levels of the parsed body (depth.ts counts them exactly). */
  depthBound: number;
  /** Whether parsing the body whole stays within the structure budgets (see `wholeStructure`). */
  wholeParse: boolean;
}

interface Line {
  /** Offsets in the body: the line's first character and the end of its text (before the line ending). */
  start: number;
  end: number;
}

/** A line's container prefix: quote markers `>`, list markers, footnote labels `[^x]:`, and the whitespace among them. */
interface Prefix {
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

const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
/** A line that is tags and nothing else (`<Callout type="tip">`, `</details>`), read as a flow element by MDX. */
// (Each pattern here is matched against lines of any length: none may backtrack more than once over a line.)
const TAG_LINE = /^[ \t]*<(\/?)([A-Za-z][\w.:-]*)(?:[ \t][^<>{}]*)?>[ \t]*$/;
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** Reads the body once and measures it against every bound. */
export function scanBody(body: string, bodyLine: number): BodyScan {
  if (body.length > MAX_BODY_LENGTH) {
    return { problem: limit('size', bodyLine, 1, { size: body.length, max: MAX_BODY_LENGTH }), depthBound: Infinity, wholeParse: false };
  }
  return new Scanner(body, bodyLine).run();
}

function limit(kind: LimitKind, line: number, column: number, params: BodyProblem['params'] = {}): BodyProblem {
  const reasons: Record<LimitKind, string> = {
    size: 'too long',
    depth: 'nested too deeply',
    structure: 'too many list items or underlined headings',
    markup: 'too much markup in one paragraph',
    nesting: 'emphasis or links nested too deeply',
  };
  return { code: 'body-syntax', line, column, params: { limit: kind, reason: reasons[kind], ...params } };
}

function splitLines(body: string): Line[] {
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
function prefixOf(body: string, start: number, end: number): Prefix {
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

/** A run of lines the parser may read as one paragraph (or a table row, a heading…): see the module's comment. */
interface Unit {
  start: number;
  end: number;
  /** 0-based index of its first line. */
  line: number;
  /** The most containers one of its lines opens or continues. */
  containers: number;
}

/** An open fenced code block, and the container it was opened in. */
interface Fence {
  char: string;
  length: number;
  quotes: number;
  /** Column of the fence's first mark. */
  column: number;
  /** Opened inside a list item or indented: it ends where a less indented line ends the item. */
  contained: boolean;
}

/** HTML elements without content: on a line of their own they open nothing. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

class Scanner {
  readonly #body: string;
  readonly #bodyLine: number;
  readonly #lines: Line[];
  readonly #units: Unit[] = [];
  #unit: Unit | undefined;
  #wholeParse = true;

  constructor(body: string, bodyLine: number) {
    this.#body = body;
    this.#bodyLine = bodyLine;
    this.#lines = splitLines(body);
  }

  run(): BodyScan {
    const structural = this.#readLines();
    if (structural) return { problem: structural, depthBound: Infinity, wholeParse: false };
    return { ...this.#measureUnits(), wholeParse: this.#wholeParse };
  }

  #close(): void {
    if (this.#unit) this.#units.push(this.#unit);
    this.#unit = undefined;
  }

  /** Adds a line to the current unit, or starts a new one (`boundary`), or makes it a unit of its own (`alone`). */
  #add(index: number, line: Line, containers: number, boundary: boolean, alone: boolean): void {
    if (boundary || alone || !this.#unit) {
      this.#close();
      this.#unit = { start: line.start, end: line.end, line: index, containers };
    } else {
      this.#unit.end = line.end;
      this.#unit.containers = Math.max(this.#unit.containers, containers);
    }
    if (alone) this.#close();
  }

  /** Pass 1: lines into units; the bounds read from lines (one line's markers, tag lines, structure × lines). */
  #readLines(): BodyProblem | undefined {
    const body = this.#body;
    const lines = this.#lines;
    // Each closing list item, quote and underlined heading makes micromark rewrite the document's events so far: the
    // cost is their number (weighted: a quote costs about 5 list items, an underlined heading 7) times the events,
    // which grow with the lines and with the structures themselves.
    let weighted = 0;
    let structures = 0;
    let structureLine = -1;
    // Parsed chunk by chunk, each chunk is a document of its own.
    const chunks = chunkable(body) ? splitChunks(body).map((c) => c.line) : [0];
    let chunk = 0;
    let chunkWeighted = 0;
    let chunkStructures = 0;
    /** The cost of the chunks before this one. */
    let spent = 0;
    const chunkLines = (c: number) => (chunks[c + 1] ?? lines.length) - chunks[c]!;
    let tags = 0;
    let previousQuotes = 0;
    let previousItem = '';
    let fence: Fence | undefined;
    let table = false;
    let afterHeading = false;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      if (index === chunks[chunk + 1]) {
        spent += chunkWeighted * (chunkStructures + chunkLines(chunk));
        chunk++;
        chunkWeighted = 0;
        chunkStructures = 0;
      }
      const prefix = prefixOf(body, line.start, line.end);
      const rest = body.slice(prefix.rest, line.end);
      const blank = prefix.markers === 0 && rest.trim() === '';
      if (fence) {
        if (inFence(fence, prefix, line, blank, body)) {
          const close = /^(`{3,}|~{3,})[ \t]*$/.exec(rest);
          if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
          continue;
        }
        fence = undefined; // its container ended: the line is read as any other
      }
      if (blank) {
        this.#close();
        previousQuotes = 0;
        previousItem = '';
        table = false;
        afterHeading = false;
        continue;
      }
      const breakLine = THEMATIC_BREAK.test(body.slice(line.start, line.end).replace(/^[ \t>]*/, ''));
      const markers = breakLine ? prefix.quotes : prefix.markers;
      if (markers > MAX_BODY_DEPTH) return limit('depth', this.#bodyLine + index, 1, { max: MAX_BODY_DEPTH });
      const containers = markers + Math.floor(prefix.spaces / 2);
      const heading = HEADING.test(rest);
      const setext = SETEXT.test(rest);

      // Structure: list items, footnote labels, quote openings and lines that may underline a heading.
      const items = markers - prefix.quotes;
      const quoteOpens = Math.max(0, prefix.quotes - previousQuotes);
      if (items + quoteOpens > 0 || setext) {
        const weight = items + 5 * quoteOpens + (setext ? 7 : 0);
        const count = items + quoteOpens + (setext ? 1 : 0);
        weighted += weight;
        structures += count;
        chunkWeighted += weight;
        chunkStructures += count;
        if (structureLine < 0 && spent + chunkWeighted * (chunkStructures + chunkLines(chunk)) > BUDGETS.structure) structureLine = index;
      }

      // Tags on lines of their own nest like blocks (`<Callout>` … `</Callout>`).
      const tag = prefix.markers === 0 ? TAG_LINE.exec(rest) : null;
      if (tag && !/\/[ \t]*>[ \t]*$/.test(rest) && !VOID.has(tag[2]!.toLowerCase())) {
        tags = tag[1] ? Math.max(0, tags - 1) : tags + 1;
        if (tags > MAX_BODY_DEPTH) return limit('depth', this.#bodyLine + index, prefix.rest - line.start + 1, { max: MAX_BODY_DEPTH });
      }

      const opener = FENCE.exec(rest);
      if (opener && !(opener[1]![0] === '`' && opener[2]!.includes('`'))) {
        this.#close();
        fence = { char: opener[1]![0]!, length: opener[1]!.length, quotes: prefix.quotes, column: prefix.rest - line.start, contained: prefix.markers > prefix.quotes || prefix.spaces > 3 };
        previousQuotes = prefix.quotes;
        previousItem = '';
        table = false;
        continue;
      }

      // Where a new paragraph certainly starts: a list item with content (an ordered one only after an item of the
      // same list: `2.` cannot interrupt a paragraph), a new quote, a heading, a thematic break, a table row.
      const item = prefix.item;
      const signature = item ? `${prefix.quotes}:${item.column}:${item.delimiter}` : '';
      const newItem = item !== undefined && !item.empty && (item.kind !== 'ordered' || previousItem === signature);
      if (table && (prefix.markers > 0 || heading || breakLine)) table = false;
      const boundary = afterHeading || newItem || prefix.quotes > previousQuotes || breakLine || heading;
      if (!table && prefix.markers === 0 && prefix.spaces <= 3 && index + 1 < lines.length && this.#startsTable(rest, lines[index + 1]!)) {
        // The header row stays with the lines before it (to be safe); the delimiter row and the rows are units of their own.
        this.#add(index, line, containers, boundary, false);
        table = true;
      } else {
        this.#add(index, line, containers, boundary, table || heading || breakLine);
      }
      afterHeading = heading || setext;
      previousQuotes = prefix.quotes;
      previousItem = signature;
    }
    this.#close();
    this.#wholeParse = weighted * (structures + lines.length) <= BUDGETS.wholeStructure;
    if (structureLine >= 0) {
      return limit('structure', this.#bodyLine + structureLine, 1, { count: structures, lines: lines.length });
    }
    return undefined;
  }

  /** Whether `header` and the next line are a GFM table's header and delimiter rows with as many cells. */
  #startsTable(header: string, next: Line): boolean {
    if (!header.includes('|')) return false;
    const delimiter = this.#body.slice(next.start, next.end).trim();
    const row = delimiter.replace(/^\|/, '').replace(/\|$/, '');
    if (row === '' || !row.split('|').every((cell) => DELIMITER_CELL.test(cell))) return false;
    return cells(header) === cells(delimiter);
  }

  /** Pass 2: each unit's marks and nesting; the markup and nesting bounds, and the depth bound. */
  #measureUnits(): Omit<BodyScan, 'wholeParse'> {
    let markup = 0;
    let nesting = 0;
    let depthBound = 0;
    // Without a definition, only `](` and `][` can end a link (a `[x]` alone is text).
    const definitions = DEFINITION.test(this.#body);
    const measured = this.#units.map((unit) => ({ unit, chars: unit.end - unit.start, m: measure(this.#body, unit.start, unit.end, definitions) }));
    for (const { unit, chars, m } of measured) {
      markup += m.marks * chars;
      nesting += Math.max(0, m.emphasis + m.brackets - NESTING_FREE) * chars;
      depthBound = Math.max(depthBound, unit.containers + m.emphasis + m.brackets + m.tags + 1);
    }
    const kind = markup > BUDGETS.markup ? 'markup' : nesting > BUDGETS.nesting ? 'nesting' : undefined;
    if (!kind) return { depthBound };
    // Said at the heaviest paragraph: the one to split or simplify first.
    const cost = (x: (typeof measured)[number]) => (kind === 'nesting' ? x.m.emphasis + x.m.brackets : x.m.marks) * x.chars;
    const worst = measured.reduce((a, b) => (cost(b) > cost(a) ? b : a));
    const params = kind === 'markup' ? { marks: worst.m.marks, chars: worst.chars } : { openers: worst.m.openers, chars: worst.chars };
    return { problem: limit(kind, this.#bodyLine + worst.unit.line, 1, params), depthBound: Infinity };
  }
}

/** Whether a line is still inside a fenced code block: not where the container the fence was opened in ends. */
function inFence(fence: Fence, prefix: Prefix, line: Line, blank: boolean, body: string): boolean {
  if (blank) return true;
  if (prefix.quotes < fence.quotes) return false;
  if (!fence.contained) return true;
  let indent = 0;
  for (let i = line.start; i < line.end && isSpace(body.charCodeAt(i)); i++) indent += body.charCodeAt(i) === 9 ? 4 : 1;
  return indent >= fence.column;
}

/** The cells of a table row: its `|` that are not escaped, less a leading and a trailing one. */
function cells(row: string): number {
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

interface Measure {
  /** Marks (MARKS) and line endings. */
  marks: number;
  /** Marks that may open emphasis, strikethrough, a link or an image (`*`, `_`, `~` runs before text, `[`). */
  openers: number;
  /** How deep emphasis and strikethrough can nest: at any point, the fewer of the marks that may open before it and close after it. */
  emphasis: number;
  /** How deep links and images can nest: at any point, the fewer of the `[` before it and the `]` that may end a link after it. */
  brackets: number;
  /** 1 when the unit has a `<` (an element written in the text is a level). */
  tags: number;
}

const WHITESPACE = /\s/;
/** A link reference definition (not a footnote's), anywhere in the body: then `[x]` alone may be a link. */
const DEFINITION = /^[ \t>]*\[(?!\^)(?:[^\]\\\r\n]|\\.)+\]:/m;

/**
 * A unit's marks and nesting bounds. A run of `*`, `_` or `~` may open
 * emphasis when it is not followed by whitespace and close it when it is not
 * preceded by whitespace (looser than CommonMark's flanking rules and than
 * remark-cjk-friendly's: a bound of both); each level takes at least one mark
 * of a run that opens it and one of a run that closes it. A link or image
 * takes a `[` and a `]`, followed by `(` or `[` unless the body has
 * definitions. A backslash escape is no mark of either kind; code spans are
 * not told apart (more marks: still a bound).
 */
function measure(body: string, start: number, end: number, definitions: boolean): Measure {
  let marks = 0;
  let closes = 0;
  let closers = 0;
  let openers = 0;
  let tags = 0;
  const endsLink = (i: number) => definitions || body.charCodeAt(i + 1) === 40 || body.charCodeAt(i + 1) === 91;
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c > 126 || !MARKS[c]) continue;
    marks++;
    if (c === 92 && i + 1 < end && isPunctuation(body.charCodeAt(i + 1))) {
      marks++;
      i++;
    } else if (c === 60) tags = 1;
    else if (c === 91) openers++;
    else if (c === 93 && endsLink(i)) closers++;
    else if (c === 42 || c === 95 || c === 126) {
      const run = runEnd(body, i, end);
      if (canClose(body, i, start)) closes += run - i;
      if (canOpen(body, run, end)) openers += run - i;
      marks += run - i - 1;
      i = run - 1;
    }
  }
  let emphasis = 0;
  let brackets = 0;
  let opened = 0;
  let closed = 0;
  let openedBrackets = 0;
  let closedBrackets = 0;
  for (let i = start; i < end && (closes > closed || closers > closedBrackets); i++) {
    const c = body.charCodeAt(i);
    if (c === 92 && i + 1 < end && isPunctuation(body.charCodeAt(i + 1))) i++;
    else if (c === 91) brackets = Math.max(brackets, Math.min(++openedBrackets, closers - closedBrackets));
    else if (c === 93 && endsLink(i)) closedBrackets++;
    else if (c === 42 || c === 95 || c === 126) {
      const run = runEnd(body, i, end);
      if (canOpen(body, run, end)) opened += run - i;
      emphasis = Math.max(emphasis, Math.min(opened, closes - closed));
      if (canClose(body, i, start)) closed += run - i;
      i = run - 1;
    }
  }
  return { marks, openers, emphasis, brackets, tags };
}

function runEnd(body: string, i: number, end: number): number {
  const c = body.charCodeAt(i);
  let j = i + 1;
  while (j < end && body.charCodeAt(j) === c) j++;
  return j;
}

const canOpen = (body: string, run: number, end: number) => run < end && !WHITESPACE.test(body.charAt(run));
const canClose = (body: string, i: number, start: number) => i > start && !WHITESPACE.test(body.charAt(i - 1));

/**
 * The characters that start what micromark makes a token of its own in a
 * paragraph, when it succeeds (emphasis, strikethrough, links and images,
 * escapes and hard breaks, character references, code, tags, expressions,
 * autolinks), and line endings: the text between them is merged into one
 * token per run, a pass over the paragraph's tokens each time.
 */
const MARKS: readonly boolean[] = (() => {
  const marks: boolean[] = [];
  for (const c of '*_~[]!\\&`<{@:\n\r') marks[c.charCodeAt(0)] = true;
  return marks;
})();

/** ASCII punctuation: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~ */
function isPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}
