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
 * minutes. `scanBody` (limits-scan.ts) reads the body once, line by line,
 * and measures what drives those costs:
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
  /** Σ over the documents parsed (the chunks, or the whole body) of weighted structures × (structures + lines); see `#readLines` (limits-scan.ts). */
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
