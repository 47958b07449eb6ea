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
 * Each error is classified on the way, and its construct neutralised, by
 * diagnose.ts.
 */
import type { Root, RootContent } from 'mdast';
import { chunkable, splitChunks, type Chunk } from './chunks.ts';
import { diagnose } from './diagnose.ts';
import { parseOnce, pointAt, type ParseResult } from './parse.ts';
import type { BodyProblem } from './types.ts';

/** Characters a broken body may have parsed again for its repairs: twice the body, and some for short bodies. */
export const RECOVERY_BUDGET = (length: number) => 2 * length + 20_000;

export interface Recovered {
  /** The tree of the body (with broken constructs neutralised), if it could be parsed at all. */
  tree?: Root;
  /** The syntax problems, in file positions. */
  problems: BodyProblem[];
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
