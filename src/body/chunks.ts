/**
 * A body cut into chunks that can be parsed on their own (recover.ts): at a
 * blank line that is outside fenced code and outside an element written on
 * lines of its own (`<Callout>` … `</Callout>`, `<details>` … `</details>`),
 * and before a line that starts at its first column (an indented line may
 * continue a list item or a footnote) and is no list item (which would
 * continue the list above).
 *
 * Each chunk starts at the start of a line, so a node parsed in it has the
 * same column in the body; lines and offsets move by the chunk's. Parsed one
 * by one, the chunks make the tree the whole body makes (a blank line ends
 * every block there, and the next line starts at the top level) — except
 * across chunks: a reference to a definition or a footnote in another chunk,
 * and an expression over blank lines. `chunkable` says when there is none.
 *
 * Parsing chunk by chunk keeps micromark's passes over the document's events
 * (one per closing list item, quote or underlined heading) within a chunk. A
 * chunk is cut only once it has MIN_CHUNK characters: each parse has a cost
 * of its own, and a body of thousands of short blocks is parsed in a few
 * dozen chunks.
 */
import { VOID_ELEMENTS } from './github-html.ts';

/** The fewest characters a chunk has before the next cut (the last chunk may have fewer). */
export const MIN_CHUNK = 2_000;

export interface Chunk {
  text: string;
  /** Lines before the chunk in the body (0 for the first). */
  line: number;
  /** Offset of the chunk's first character in the body. */
  offset: number;
}

/** Container marks before a line's content: quotes, list markers, indentation. */
const CONTAINERS = /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*/;
const FENCE = /^((?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*)(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^([ \t>]*)(`{3,}|~{3,})[ \t]*$/;
/** A list item's marker at the start of a line: the list above goes on. */
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
/** A link or footnote definition: what it defines may be used in any chunk. */
const DEFINITION = /^[ \t>]*\[[^\]\r\n]+\]:/m;

const quotes = (prefix: string) => prefix.split('>').length - 1;

/** Whether the chunks of a body parse to the tree the whole body parses to: no definitions, no expressions. */
export function chunkable(body: string): boolean {
  return !body.includes('{') && !DEFINITION.test(body);
}
/** A line that is one tag and nothing else, or GitHub's `<details><summary>…</summary>`. */
const TAG_LINE = /^[ \t]*<(\/?)([A-Za-z][\w.:-]*)(?:[ \t][^<>{}]*)?>(?:[ \t]*<summary(?:[ \t][^<>]*)?>.*<\/summary>)?[ \t]*$/;

/** The chunks of a body; `min`: the fewest characters before a cut (0: at every place a cut may be). */
export function splitChunks(body: string, min = MIN_CHUNK): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 0;
  let fence: { mark: string; quotes: number } | undefined;
  let open = 0;
  let blankBefore = false;
  let line = 0;
  for (let at = 0; at <= body.length; line++) {
    let end = at;
    while (end < body.length && body.charCodeAt(end) !== 10 && body.charCodeAt(end) !== 13) end++;
    const next = end >= body.length ? body.length + 1 : body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const text = body.slice(at, end);
    if (fence) {
      // The fence's own closing line: same mark, as long, in as many quotes.
      const close = FENCE_CLOSE.exec(text);
      if (close && close[2]![0] === fence.mark[0] && close[2]!.length >= fence.mark.length && quotes(close[1]!) === fence.quotes) fence = undefined;
    } else if (text.trim() === '') {
      blankBefore = true;
    } else {
      if (blankBefore && open === 0 && at > start && at - start >= min && !/^[ \t]/.test(text) && !LIST_ITEM.test(text)) {
        chunks.push({ text: body.slice(start, at), line: startLine, offset: start });
        start = at;
        startLine = line;
      }
      blankBefore = false;
      const opener = FENCE.exec(text);
      if (opener && !(opener[2]![0] === '`' && opener[3]!.includes('`'))) fence = { mark: opener[2]!, quotes: quotes(opener[1]!) };
      // A tag on a line of its own, also in a list item or a quote (`- <div>`).
      const content = text.slice(CONTAINERS.exec(text)![0].length);
      const tag = TAG_LINE.exec(content);
      if (tag && !/\/[ \t]*>[ \t]*$/.test(content) && !VOID_ELEMENTS.has(tag[2]!.toLowerCase())) open = tag[1] ? Math.max(0, open - 1) : open + 1;
    }
    at = next;
  }
  chunks.push({ text: body.slice(start), line: startLine, offset: start });
  return chunks;
}
