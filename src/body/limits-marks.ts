/**
 * A paragraph's inline marks, for the `markup` and `nesting` bounds of
 * limits.ts: the characters micromark makes tokens of, the marks that may
 * open emphasis or a link, and how deep emphasis and links can nest.
 */
export interface Measure {
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
export const DEFINITION = /^[ \t>]*\[(?!\^)(?:[^\]\\\r\n]|\\.)+\]:/m;

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
export function measure(body: string, start: number, end: number, definitions: boolean): Measure {
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
