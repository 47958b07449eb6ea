/**
 * Parsing a body: Markdown + GFM + the MDX syntax (JSX, `{…}`, import/export),
 * into an mdast tree with positions. The processor is built once and frozen;
 * every check and render reuses it.
 *
 * MDX syntax is parsed (not rejected by the tokenizer) so that an unsafe
 * construct is reported as what it is, at its place, and so that raw HTML
 * (which MDX reads as JSX) can be handed to the sanitizer. HTML as GitHub
 * takes it (`<br>`, `<details><summary>…</summary>` on one line) is read as
 * GitHub reads it (github-html.ts), and emphasis closes after CJK
 * punctuation (`**重要。**` is bold: remark-cjk-friendly).
 *
 * Only bodies within the bounds of limits.ts are parsed: the parser is slow
 * on some texts far beyond their size.
 */
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { prepareSource, remarkVoidElements, SourceMap } from './github-html.ts';

/**
 * The one parser. `addResult: false`: the ESTree of expressions and ESM is not
 * kept (nothing is ever evaluated, and bodies with expressions fail the check).
 */
const parser = unified().use(remarkParse).use(remarkMdx, { addResult: false }).use(remarkGfm).use(remarkCjkFriendly).use(remarkVoidElements).freeze();

/** Lines that MDX may read as ESM: `import`/`export` and a space or tab at the very start of a line. */
const ESM_LINE = /^(?:import|export)[ \t]/m;

/**
 * Whether a body needs parsing to be checked. Markdown and GFM never fail;
 * only MDX syntax can, and all of it starts with `<` (JSX, also comments and
 * `<https://…>` autolinks, which MDX rejects), `{` (expressions) or a line
 * starting with `import `/`export ` (ESM). A body with none of these cannot
 * have a problem, and `checkBody` returns at once.
 */
export function needsParse(body: string): boolean {
  return body.includes('<') || body.includes('{') || ESM_LINE.test(body);
}

/** Counts the parses and the characters parsed, for tests and benchmarks (the fast path must not parse). */
export const parseStats = { parses: 0, chars: 0 };

/** A parse error as micromark and mdast-util-mdx-jsx throw it (a VFileMessage), reduced to plain data. */
export interface ParseError {
  reason: string;
  /** e.g. `micromark-extension-mdx-jsx`, `mdast-util-mdx-jsx`; `''` when unknown. */
  source: string;
  /** e.g. `unexpected-character`, `end-tag-mismatch`, `acorn`. */
  ruleId: string;
  /** Where, in the parsed text (1-based line and column, 0-based offset); absent when the error has no place. */
  place?: { line: number; column: number; offset: number };
}

export type ParseResult = { ok: true; tree: Root } | { ok: false; error: ParseError };

/** Parses once; a syntax error is returned, never thrown. Positions are those of `text` as given. */
export function parseOnce(text: string): ParseResult {
  parseStats.parses++;
  parseStats.chars += text.length;
  const prepared = prepareSource(text);
  const map = prepared.inserted.length > 0 ? new SourceMap(text, prepared.text, prepared.inserted) : undefined;
  try {
    const tree = parser.parse(prepared.text);
    map?.tree(tree);
    return { ok: true, tree };
  } catch (error) {
    const parsed = toParseError(error, prepared.text);
    return { ok: false, error: map ? map.error(parsed) : parsed };
  }
}

interface PointLike {
  line?: number;
  column?: number;
  offset?: number;
}

function toParseError(error: unknown, text: string): ParseError {
  if (!(error instanceof Error)) return { reason: String(error), source: '', ruleId: '' };
  const message = error as Error & { reason?: string; source?: string | null; ruleId?: string | null; place?: unknown };
  const result: ParseError = {
    reason: message.reason ?? message.message,
    source: message.source ?? '',
    ruleId: message.ruleId ?? '',
  };
  const place = message.place as (PointLike & { start?: PointLike }) | undefined | null;
  const start = place && 'start' in place && place.start ? place.start : place;
  if (start && typeof start.line === 'number' && typeof start.column === 'number') {
    const offset = typeof start.offset === 'number' ? start.offset : offsetAt(text, start.line, start.column);
    result.place = { line: start.line, column: start.column, offset };
  }
  return result;
}

/** The 0-based offset of a 1-based line and column in `text` (any line ending). */
export function offsetAt(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = nextLineStart(text, offset);
    if (next < 0) return text.length;
    offset = next;
  }
  return Math.min(text.length, offset + column - 1);
}

/** The 1-based line and column of a 0-based offset. */
export function pointAt(text: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let start = 0;
  for (;;) {
    const next = nextLineStart(text, start);
    if (next < 0 || next > offset) break;
    line++;
    start = next;
  }
  return { line, column: offset - start + 1, offset };
}

/** The offset where the line after the one containing `from` starts, or -1 on the last line. */
export function nextLineStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}
