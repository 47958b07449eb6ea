/**
 * One parse error of a body, diagnosed for its recovery (recover.ts): the
 * problems it stands for, and the text with the broken construct neutralised
 * (its characters replaced by spaces: every line and column stays where it
 * was), to be parsed again. Each error is classified:
 * - an ESM block (`import …`/`export …` at the start of a line) or a `{…}`
 *   that is not valid JavaScript is still an `import`/`export`/expression:
 *   `unsafe-body`, at the construct's start;
 * - anything else is `body-syntax`, at the point micromark reports, with
 *   micromark's reason (positions in it moved to the file) and a hint.
 */
import { closest } from '../format/text.ts';
import { VOID_ELEMENTS } from './github-html.ts';
import { nextLineStart, offsetAt, pointAt, type ParseError } from './parse.ts';
import type { BodyProblem } from './types.ts';

export interface Diagnosis {
  problems: BodyProblem[];
  /** The text with the construct neutralised; undefined when there is no safe repair. */
  repaired?: string;
}

export function diagnose(error: ParseError, text: string, lineOffset: number): Diagnosis {
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
