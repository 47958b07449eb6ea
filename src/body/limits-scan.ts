/**
 * The one reading of a body against the bounds of limits.ts: `scanBody`,
 * line by line (its lines into units that may be one paragraph, and the
 * bounds read off the lines: depth of one line's markers, tags, structure),
 * then unit by unit (the markup and nesting bounds, and the depth bound).
 */
import { chunkable, splitChunks } from './chunks.ts';
import { BUDGETS, MAX_BODY_DEPTH, MAX_BODY_LENGTH, NESTING_FREE, type BodyScan, type LimitKind } from './limits.ts';
import { cells, DELIMITER_CELL, FENCE, HEADING, inFence, prefixOf, SETEXT, splitLines, TAG_LINE, THEMATIC_BREAK, VOID, type Fence, type Line } from './limits-lines.ts';
import { DEFINITION, measure } from './limits-marks.ts';
import type { BodyProblem } from './types.ts';

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

/** A run of lines the parser may read as one paragraph (or a table row, a heading…): see the comment of limits.ts. */
interface Unit {
  start: number;
  end: number;
  /** 0-based index of its first line. */
  line: number;
  /** The most containers one of its lines opens or continues. */
  containers: number;
}

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
