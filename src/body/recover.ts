/**
 * Every problem of a body, even after a syntax error, in time linear in the
 * body. micromark stops at the first error it meets, so:
 *
 * 1. the body is parsed once: chunk by chunk (chunks.ts: at blank lines
 *    outside code and elements) when that makes the same tree (no
 *    definitions, no expressions), whole otherwise; most bodies end here;
 * 2. a body with a broken chunk is parsed whole, to be sure (unless that
 *    would cost too much: limits.ts); if it is broken, each broken chunk is
 *    cut into its blocks and each block parsed once, so that an error in
 *    one block does not hide the problems of the others;
 * 3. a broken chunk is parsed again with the broken construct neutralised (its
 *    characters replaced by spaces: every line and column stays where it
 *    was), until it parses, within a budget of characters for the whole body
 *    (RECOVERY_BUDGET); past it, the lines not looked at are said to be so.
 *
 * So a body costs at most three parses of its size and the budget.
 *
 * Each error is classified on the way:
 * - an ESM block (`import …`/`export …` at the start of a line) or a `{…}`
 *   that is not valid JavaScript is still an `import`/`export`/expression:
 *   `unsafe-body`, at the construct's start;
 * - anything else is `body-syntax`, at the point micromark reports, with
 *   micromark's reason (positions in it moved to the file) and a hint.
 */
import type { Root, RootContent } from 'mdast';
import { closest } from '../format/text.ts';
import { chunkable, splitChunks, type Chunk } from './chunks.ts';
import { VOID_ELEMENTS } from './github-html.ts';
import { nextLineStart, offsetAt, parseOnce, pointAt, type ParseError, type ParseResult } from './parse.ts';
import type { BodyProblem } from './types.ts';

/** Characters a broken body may have parsed again for its repairs: twice the body, and some for short bodies. */
export const RECOVERY_BUDGET = (length: number) => 2 * length + 20_000;

export interface Recovered {
  /** The tree of the body (with broken constructs neutralised), if it could be parsed at all. */
  tree?: Root;
  /** The syntax problems, in file positions. */
  problems: BodyProblem[];
}

interface Diagnosis {
  problems: BodyProblem[];
  /** The text with the construct neutralised; undefined when there is no safe repair. */
  repaired?: string;
}

/**
 * Parses `body` (which starts at line `bodyLine` of its file), recovering from syntax errors. `wholeParse: false`
 * (limits.ts): parsing the body whole would cost too much, so a body parsed chunk by chunk is not parsed whole to
 * confirm a chunk's error.
 */
export function parseWithRecovery(body: string, bodyLine: number, options: { wholeParse?: boolean } = {}): Recovered {
  const chunks = splitChunks(body);
  // Each chunk's first parse: done up front when the chunks make the whole body's tree.
  const first = chunkable(body) ? chunks.map((chunk) => parseOnce(chunk.text)) : undefined;
  if (first?.every((result) => result.ok)) {
    return { tree: { type: 'root', children: first.flatMap((result, i) => (result.ok ? shift(result.tree, chunks[i]!).children : [])) }, problems: [] };
  }
  // A chunk failed, or the body is parsed whole: the whole body decides whether it is broken (a cut in the wrong
  // place, as in a tag written over lines around a blank one, must not make a valid body fail).
  const whole = chunks.length === 1 && first ? first[0]! : first && options.wholeParse === false ? undefined : parseOnce(body);
  if (whole?.ok) return { tree: whole.tree, problems: [] };

  const problems: BodyProblem[] = [];
  const seen = new Set<string>();
  const add = (found: BodyProblem[]) => {
    for (const problem of found) {
      const key = `${problem.code}:${problem.line}:${problem.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(problem);
    }
  };
  const children: RootContent[] = [];
  let budget = RECOVERY_BUDGET(body.length);
  // The chunks that parsed keep their trees; a broken one (or the whole body, parsed whole) is cut at every place a
  // cut may be, so that an error in one block does not hide those of the next.
  const parts: { chunk: Chunk; parsed?: ParseResult }[] = [];
  for (const [index, chunk] of (first ? chunks : [{ text: body, line: 0, offset: 0 }]).entries()) {
    const parsed = first?.[index] ?? whole;
    if (parsed?.ok) {
      parts.push({ chunk, parsed });
      continue;
    }
    const small = splitChunks(chunk.text, 0).map((c) => ({ text: c.text, line: chunk.line + c.line, offset: chunk.offset + c.offset }));
    for (const piece of small) parts.push(small.length === 1 && parsed ? { chunk: piece, parsed } : { chunk: piece });
  }
  for (const { chunk, parsed } of parts) {
    let result = parsed ?? parseOnce(chunk.text);
    let text = chunk.text;
    for (;;) {
      if (result.ok) {
        children.push(...shift(result.tree, chunk).children);
        break;
      }
      const diagnosis = diagnose(result.error, text, bodyLine - 1 + chunk.line);
      add(diagnosis.problems);
      if (diagnosis.repaired === undefined || diagnosis.repaired === text) break;
      if (budget < diagnosis.repaired.length) {
        add([unchecked(chunk, body, bodyLine)]);
        return { problems };
      }
      budget -= diagnosis.repaired.length;
      text = diagnosis.repaired;
      result = parseOnce(text);
    }
  }
  return { tree: { type: 'root', children }, problems };
}

/** The lines from a chunk to the end of the body, which the budget left unchecked. */
function unchecked(chunk: Chunk, body: string, bodyLine: number): BodyProblem {
  let end = body.length;
  while (end > 0 && (body.charCodeAt(end - 1) === 10 || body.charCodeAt(end - 1) === 13)) end--;
  const lastLine = pointAt(body, end).line - 1;
  return { code: 'body-syntax', line: bodyLine + chunk.line, column: 1, params: { hint: 'unchecked', from: bodyLine + chunk.line, to: bodyLine + lastLine, reason: 'not checked' } };
}

/** A chunk's tree, with its positions moved to the body (chunks start at the start of a line: columns stay). */
function shift(tree: Root, chunk: Chunk): Root {
  if (chunk.line === 0) return tree;
  const stack: { position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } }; children?: unknown[]; attributes?: unknown[] }[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        point.line += chunk.line;
        if (point.offset !== undefined) point.offset += chunk.offset;
      }
    }
    for (const child of (node.children ?? []) as (typeof node)[]) stack.push(child);
    for (const attribute of (node.attributes ?? []) as (typeof node)[]) stack.push(attribute);
  }
  return tree;
}

function diagnose(error: ParseError, text: string, lineOffset: number): Diagnosis {
  switch (error.source) {
    case 'micromark-extension-mdxjs-esm':
      return diagnoseEsm(error, text, lineOffset);
    case 'micromark-extension-mdx-expression':
      return diagnoseExpression(error, text, lineOffset);
    case 'micromark-extension-mdx-jsx':
    case 'mdast-util-mdx-jsx':
      return diagnoseJsx(error, text, lineOffset);
    default: {
      const place = error.place;
      const problem = syntax(error.reason, place?.line ?? 1, place?.column ?? 1, lineOffset);
      return { problems: [problem], repaired: place ? blankLine(text, place.offset) : undefined };
    }
  }
}

/** `import …`/`export …` that acorn cannot parse (prose such as "import the list…" included): MDX still reads it as ESM. */
function diagnoseEsm(error: ParseError, text: string, lineOffset: number): Diagnosis {
  const offset = error.place?.offset ?? 0;
  // The block starts at the nearest line at or before the error that starts with `import `/`export `, and runs to a blank line.
  let start = lineStartOf(text, offset);
  while (start > 0 && !/^(?:import|export)[ \t]/.test(text.slice(start, start + 7))) start = lineStartOf(text, start - 1);
  let end = start;
  for (;;) {
    const next = nextLineStart(text, end);
    if (next < 0) {
      end = text.length;
      break;
    }
    end = next;
    if (/^[ \t]*(?:\r?\n|\r|$)/.test(text.slice(next, next + 200))) break;
  }
  const problems: BodyProblem[] = [];
  for (let line = start; line < end && line >= 0; ) {
    const word = /^(import|export)\b/.exec(text.slice(line, line + 7))?.[1];
    if (word) {
      const point = pointAt(text, line);
      problems.push({ code: 'unsafe-body', line: point.line + lineOffset, column: 1, params: { construct: word } });
    }
    const next = nextLineStart(text, line);
    if (next < 0 || next >= end) break;
    line = next;
  }
  if (problems.length === 0) {
    const point = pointAt(text, start);
    problems.push({ code: 'unsafe-body', line: point.line + lineOffset, column: 1, params: { construct: 'import' } });
  }
  return { problems, repaired: blank(text, start, end) };
}

/** A `{…}` that is not valid JavaScript (or not closed) is still an expression: unsafe-body at its `{`. */
function diagnoseExpression(error: ParseError, text: string, lineOffset: number): Diagnosis {
  const open = findOpenBrace(text, error.place?.offset ?? text.length);
  if (open < 0) {
    const place = error.place;
    return { problems: [syntax(error.reason, place?.line ?? 1, place?.column ?? 1, lineOffset)], repaired: place ? blankLine(text, place.offset) : undefined };
  }
  // Inside a tag (`<name` before it, and no `>` between), it is an attribute's value or a spread.
  const tag = findTagStart(text, open);
  const element = tagNameAt(text, tag);
  const inTag = element !== undefined && !text.slice(tag, open).includes('>');
  const attribute = inTag ? /([\w:.-]+)\s*=\s*$/.exec(text.slice(tag, open))?.[1] : undefined;
  const construct = !inTag ? 'expression' : attribute ? 'expression-attribute' : 'spread-attribute';
  const point = pointAt(text, open);
  const problem: BodyProblem = { code: 'unsafe-body', line: point.line + lineOffset, column: point.column, params: { construct } };
  if (attribute) problem.params.name = attribute;
  if (inTag) problem.params.element = element;
  const close = findMatchingBrace(text, open);
  let repaired: string;
  if (close < 0) repaired = replaceAt(text, open, ' ');
  else if (construct === 'expression-attribute' && close > open) {
    // Keep the tag valid: `href={…}` becomes `href="   "`.
    repaired = replaceAt(replaceAt(blank(text, open, close + 1), open, '"'), close, '"');
  } else repaired = blank(text, open, close + 1);
  return { problems: [problem], repaired };
}

function diagnoseJsx(error: ParseError, text: string, lineOffset: number): Diagnosis {
  const reason = error.reason;
  // `Expected a closing tag for `<X>` (l:c-l:c)…`: point at the tag that is not closed, which has no `place`.
  const unclosed = /^Expected a closing tag for `<([^>]*)>` \((\d+):(\d+)-/.exec(reason);
  if (unclosed) {
    const [, name = '', line, column] = unclosed;
    const offset = offsetAt(text, Number(line), Number(column));
    const hint = VOID_ELEMENTS.has(name.toLowerCase()) ? 'void' : 'unclosed';
    return { problems: [syntax(reason, Number(line), Number(column), lineOffset, hint, name)], repaired: replaceAt(text, offset, ' ') };
  }
  const place = error.place ?? { line: 1, column: 1, offset: 0 };
  // `Unexpected closing tag `</X>`, expected corresponding closing tag for `<Y>` (l:c-l:c)`.
  const mismatch = /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>` \((\d+):(\d+)-/.exec(reason);
  if (mismatch) {
    const [, closing = '', open = '', line, column] = mismatch;
    const openOffset = offsetAt(text, Number(line), Number(column));
    const hint = VOID_ELEMENTS.has(open.toLowerCase()) ? 'void' : 'mismatch';
    let repaired = replaceAt(text, openOffset, ' ');
    // A typo in the closing tag (`</Calout>`): neither tag stands alone.
    if (closing !== '' && closing !== open && closest(closing, [open]) === open) repaired = replaceAt(repaired, findTagStart(text, place.offset), ' ');
    return { problems: [syntax(reason, place.line, place.column, lineOffset, hint, open)], repaired };
  }
  const tag = findTagStart(text, place.offset);
  const problem = syntax(reason, place.line, place.column, lineOffset, jsxHint(error, text, tag), tagNameAt(text, tag));
  return { problems: [problem], repaired: tag >= 0 ? replaceAt(text, tag, ' ') : blankLine(text, place.offset) };
}

/** What most likely went wrong, for the message: see messages.ts. */
function jsxHint(error: ParseError, text: string, tag: number): string | undefined {
  const reason = error.reason;
  const next = tag >= 0 ? text.charAt(tag + 1) : '';
  if (next === '!' || reason.includes('to create a comment') || reason.includes('JS comments')) return 'comment';
  if (reason.includes('to create a link')) return 'link';
  if (error.ruleId === 'unexpected-lazy') return 'lazy';
  if (reason.includes('before attribute value')) return 'attribute-value';
  if (reason.includes('before name') && !/[/>]/.test(next)) return 'less-than';
  if (error.ruleId === 'unexpected-closing-slash') return 'stray-closing';
  if (error.ruleId === 'unexpected-eof') return 'eof';
  return undefined;
}

/** A body-syntax problem at a body-relative line and column; positions in micromark's reason move to the file too. */
function syntax(reason: string, line: number, column: number, lineOffset: number, hint?: string, tag?: string): BodyProblem {
  const cleaned = reason
    // micromark's notes suggest `{/* */}` and `{<element />}`: expressions, which bodies do not allow. The hint replaces them.
    .replace(/\s*\(note: .*$/s, '')
    .replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_, l1: string, c1: string, l2?: string, c2?: string) =>
      l2 === undefined ? `(${Number(l1) + lineOffset}:${c1})` : `(${Number(l1) + lineOffset}:${c1}-${Number(l2) + lineOffset}:${c2})`,
    );
  return { code: 'body-syntax', line: line + lineOffset, column, params: { reason: cleaned, hint, tag } };
}

/**
 * The `{` that opens the expression around `from`: the outermost brace still
 * open at `from`, counting from the start of the block (braces nest inside an
 * expression: `{...{a: }}` is one).
 */
function findOpenBrace(text: string, from: number): number {
  const end = Math.min(from, text.length);
  const open: number[] = [];
  for (let i = blockStart(text, end); i < end; i++) {
    const c = text.charAt(i);
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === '}') open.pop();
  }
  if (open.length > 0) return open[0]!;
  return text.charAt(from) === '{' ? from : text.lastIndexOf('{', from);
}

/** Where the block around `offset` starts: after the last blank line before it. */
function blockStart(text: string, offset: number): number {
  const blank = /\n[ \t]*\r?\n/g;
  let start = 0;
  for (let match = blank.exec(text); match && match.index + match[0].length <= offset; match = blank.exec(text)) start = match.index + match[0].length;
  return start;
}

function findMatchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The name of the tag whose `<` is at `tag`, if it has one. */
function tagNameAt(text: string, tag: number): string | undefined {
  return tag < 0 ? undefined : /^<\/?([A-Za-z_$][\w.:$-]*)/.exec(text.slice(tag, tag + 100))?.[1];
}

/** The `<` of the tag around `from`. */
function findTagStart(text: string, from: number): number {
  if (text.charAt(from) === '<') return from;
  return text.lastIndexOf('<', from - 1);
}

function lineStartOf(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text.charAt(i - 1) !== '\n' && text.charAt(i - 1) !== '\r') i--;
  return i;
}

function replaceAt(text: string, index: number, char: string): string {
  if (index < 0 || index >= text.length) return text;
  return text.slice(0, index) + char + text.slice(index + 1);
}

/** Replaces the characters in [from, to) with spaces, keeping line endings (so every position stays). */
function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + text.slice(from, to).replace(/[^\r\n]/g, ' ') + text.slice(to);
}

function blankLine(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  const next = nextLineStart(text, start);
  return blank(text, start, next < 0 ? text.length : next);
}
