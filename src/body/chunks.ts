/**
 * A broken body cut into chunks that can be parsed on their own (recover.ts):
 * at a blank line that is outside fenced code and outside an element written
 * on lines of its own (`<Callout>` … `</Callout>`, `<details>` … `</details>`),
 * and before a line that starts at its first column (an indented line may
 * continue a list item or a footnote).
 *
 * Each chunk starts at the start of a line, so a node parsed in it has the
 * same column in the body; lines and offsets move by the chunk's.
 *
 * Only broken bodies are cut (a body that parses is parsed whole), and only
 * for their problems: a chunk's references to a definition in another chunk,
 * or two parts of a list, are not told apart, and need not be.
 */
import { VOID_ELEMENTS } from './github-html.ts';

export interface Chunk {
  text: string;
  /** Lines before the chunk in the body (0 for the first). */
  line: number;
  /** Offset of the chunk's first character in the body. */
  offset: number;
}

const FENCE = /^[ \t>]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;
/** A line that is one tag and nothing else, or GitHub's `<details><summary>…</summary>`. */
const TAG_LINE = /^[ \t]*<(\/?)([A-Za-z][\w.:-]*)(?:[ \t][^<>{}]*)?>(?:[ \t]*<summary(?:[ \t][^<>]*)?>.*<\/summary>)?[ \t]*$/;

export function splitChunks(body: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let fence: string | undefined;
  let open = 0;
  let blankBefore = false;
  let line = 0;
  for (let at = 0; at <= body.length; line++) {
    let end = at;
    while (end < body.length && body.charCodeAt(end) !== 10 && body.charCodeAt(end) !== 13) end++;
    const next = end >= body.length ? body.length + 1 : body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const text = body.slice(at, end);
    if (fence) {
      const close = FENCE_CLOSE.exec(text)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
    } else if (text.trim() === '') {
      blankBefore = true;
    } else {
      if (blankBefore && open === 0 && at > start && !/^[ \t]/.test(text)) {
        chunks.push({ text: body.slice(start, at), line: startLine, offset: start });
        start = at;
        startLine = line;
      }
      blankBefore = false;
      const opener = FENCE.exec(text);
      if (opener && !(opener[1]![0] === '`' && opener[2]!.includes('`'))) fence = opener[1];
      const tag = TAG_LINE.exec(text);
      if (tag && !/\/[ \t]*>[ \t]*$/.test(text) && !VOID_ELEMENTS.has(tag[2]!.toLowerCase())) open = tag[1] ? Math.max(0, open - 1) : open + 1;
    }
    at = next;
  }
  chunks.push({ text: body.slice(start), line: startLine, offset: start });
  return chunks;
}
