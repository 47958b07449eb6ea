import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { FILE_START, type Position } from '../diagnostics/diagnostic.ts';

/** A path into frontmatter data, as Zod reports it. */
export type DataPath = readonly PropertyKey[];

/** The frontmatter of one file, parsed with positions. */
export interface Frontmatter {
  /**
   * YAML syntax errors, with positions in the file: the parser's message and
   * its error code (yaml's `BAD_INDENT`, `DUPLICATE_KEY`…; `TOO_DEEP` for
   * nesting beyond MAX_DEPTH; `JS_YAML` for js-yaml's own findings).
   */
  syntaxErrors: SyntaxProblem[];
  /** The data as plain JS (undefined when there are syntax errors). */
  data: unknown;
  /** Where a path's key (or value) sits in the file. */
  locate(path: DataPath, want?: 'key' | 'value'): Position;
  /** Whether a path exists in the document. */
  has(path: DataPath): boolean;
  /**
   * The comments that end lines with a value on them (`accounts: 0 # TODO: …` → line → `TODO: …`), by file
   * line, read off the text once: what the `placeholder` warning looks for next to a zero `new` wrote.
   */
  lineComments?(): ReadonlyMap<number, string>;
}

export interface SyntaxProblem {
  at: Position;
  message: string;
  code: string;
}

export interface SplitFile {
  /** The YAML between the `---` lines, or null when there is no frontmatter block. */
  yaml: string | null;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** When there is no closing `---` but a `...` line (YAML's document end, which authors sometimes use to close it): its line. */
  closedByDots?: number;
}

const FENCE = /^---[ \t]*$/;

/** A line ending: LF, CRLF, or a CR alone (old Mac files), as YAML and Markdown count them. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** Splits an MDX file into frontmatter and body. Accepts a BOM and LF, CRLF or CR line endings (the parts get LF). */
export function splitFile(raw: string): SplitFile {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = text.split(LINE_BREAK);
  if (!FENCE.test(lines[0] ?? '')) return { yaml: null, yamlLine: 1, body: text, bodyLine: 1 };
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i]!)) {
      return {
        yaml: lines.slice(1, i).join('\n'),
        yamlLine: 2,
        body: lines.slice(i + 1).join('\n'),
        bodyLine: i + 2,
      };
    }
  }
  const dots = lines.findIndex((line) => /^\.\.\.[ \t]*$/.test(line));
  return { yaml: null, yamlLine: 1, body: text, bodyLine: 1, closedByDots: dots > 0 ? dots + 1 : undefined };
}

/** The deepest nesting the frontmatter may have: the format needs four levels; far more is a broken or hostile file. */
export const MAX_DEPTH = 32;

/** How deeply lists and maps nest in a value (0 for a scalar), without recursion; stops counting past `limit`. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > deepest) deepest = level;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, level]);
  }
  return deepest;
}

/** An alias (`*name`) outside quotes: such files take the guarded path (yaml's maxAliasCount). */
const ALIAS = /(^|[\s,[{:-])\*[^\s,\]}]/;
/** A key left empty (`: value` on a line of its own): js-yaml reads it as the text `null`, the document as `` — take the document's. */
const EMPTY_KEY = /^[ \t]*(?:-[ \t]+)*:(?:[ \t]|$)/m;

/** Whether parseFrontmatter takes a text's data from js-yaml (the fast path) rather than from the `yaml` document. */
export function fastPathApplies(yaml: string): boolean {
  return !ALIAS.test(yaml) && !EMPTY_KEY.test(yaml);
}

/**
 * Parses frontmatter YAML, keeping positions so every data path maps to a line and column.
 *
 * The data comes from js-yaml (YAML 1.2 core schema), about nine times faster
 * than a full document; the `yaml` package's document, with the positions of
 * every key and value, is built only when a position or a syntax error is
 * asked for — for the few files that have a problem. Files with aliases go
 * through the `yaml` document, whose alias limit guards against "billion
 * laughs" expansions.
 */
export function parseFrontmatter(yaml: string, yamlLine: number): Frontmatter {
  let doc: Document | undefined;
  const document = (): Document => (doc ??= parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false }));
  let lineStarts: number[] | undefined;
  // Line starts are computed from the text itself: yaml's LineCounter misses lines inside broken tokens.
  const toPosition = (offset: number): Position => {
    if (!lineStarts) {
      lineStarts = [0];
      for (let i = 0; i < yaml.length; i++) if (yaml[i] === '\n') lineStarts.push(i + 1);
    }
    const at = Math.max(0, Math.min(offset, yaml.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + yamlLine, column: at - lineStarts[low]! + 1 };
  };

  const syntaxErrors: SyntaxProblem[] = [];
  let data: unknown;
  let fastError: YAMLException | undefined;
  if (tooDeep(yaml)) {
    return brokenFrontmatter(yamlLine, TOO_DEEP);
  }
  const fast = fastPathApplies(yaml);
  if (fast) {
    try {
      data = load(yaml, { schema: CORE_SCHEMA });
    } catch (error) {
      if (error instanceof RangeError) return brokenFrontmatter(yamlLine, TOO_DEEP);
      if (!(error instanceof YAMLException)) throw error;
      fastError = error;
    }
  }
  if (fastError || !fast) {
    const errors = document().errors;
    // After the first unexpected token the parser reports every following token too: keep the first of a run.
    for (const [i, error] of errors.entries()) {
      if (i > 0 && error.code === 'UNEXPECTED_TOKEN' && errors[i - 1]!.code === 'UNEXPECTED_TOKEN') continue;
      syntaxErrors.push({ at: toPosition(error.pos[0]), message: firstLine(error.message), code: error.code });
    }
    if (syntaxErrors.length === 0 && fastError) {
      // js-yaml is stricter here than the document parser: report its own finding.
      const mark = fastError.mark;
      syntaxErrors.push({ at: mark ? toPosition(mark.position) : { line: yamlLine, column: 1 }, message: firstLine(fastError.reason), code: /duplicated mapping key/.test(fastError.reason) ? 'DUPLICATE_KEY' : 'JS_YAML' });
    }
    if (syntaxErrors.length === 0) {
      try {
        data = document().toJS({ maxAliasCount: 100 });
      } catch (error) {
        syntaxErrors.push({ at: { line: yamlLine, column: 1 }, message: firstLine(String((error as Error).message)), code: /alias/i.test(String(error)) ? 'ALIAS_COUNT' : 'JS_YAML' });
      }
    }
  }
  if (syntaxErrors.length === 0 && depthOf(data, MAX_DEPTH) > MAX_DEPTH) {
    syntaxErrors.push({ at: { line: yamlLine, column: 1 }, message: TOO_DEEP, code: 'TOO_DEEP' });
  }
  if (syntaxErrors.length > 0) data = undefined;

  // Keys of each map, indexed once: a file with thousands of problems must not search its keys once per problem.
  const keyIndex = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let index = keyIndex.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        if (isPair(p) && isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
      }
      keyIndex.set(map, index);
    }
    return index.get(key);
  };

  const walk = (path: DataPath) => {
    let node: unknown = document().contents;
    let lastKey: Node | null = null;
    let lastItem: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = pairOf(node, String(segment));
        if (!pair) return { found: false as const, lastKey, lastItem };
        lastKey = pair.key as Node;
        lastItem = null;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment];
        lastItem = node as Node;
        lastKey = null;
      } else {
        return { found: false as const, lastKey, lastItem };
      }
    }
    return { found: true as const, node: node as Node | null, lastKey, lastItem };
  };

  let topKeys: Map<string, number> | undefined;
  /** The offset of each top-level key written plainly or quoted at the start of a line (the first, when repeated). */
  const topLevelKeys = (): Map<string, number> => {
    if (topKeys) return topKeys;
    topKeys = new Map();
    const line = /^(?:([A-Za-z_$][\w$-]*)|"([^"\\]*)"|'([^']*)')[ \t]*:(?=[ \t]|$)/gm;
    for (let m = line.exec(yaml); m; m = line.exec(yaml)) {
      const key = m[1] ?? m[2] ?? m[3] ?? '';
      if (!topKeys.has(key)) topKeys.set(key, m.index);
    }
    return topKeys;
  };

  let lineIndex: SimpleBlockLines | undefined;
  const lines = () => (lineIndex ??= new SimpleBlockLines(yaml));

  let lineComments: Map<number, string> | undefined;

  const rangeStart = (node: Node | null | undefined): number | undefined =>
    node && node.range ? node.range[0] : undefined;

  return {
    syntaxErrors,
    data,
    has: (path) => walk(path).found,
    lineComments: () => (lineComments ??= trailingComments(yaml, yamlLine)),
    locate(path, want = 'value') {
      // A top-level key sits at the start of its line: found without building the document (a file with
      // thousands of unknown keys would otherwise pay for the whole document to place twenty of them).
      if (want === 'key' && path.length === 1 && !doc) {
        const offset = topLevelKeys().get(String(path[0]));
        if (offset !== undefined) return toPosition(offset);
      }
      // Keys of plain block maps, and their one-line values, are found by their lines too: a tree of
      // thousands of files with one broken reference each must not build thousands of documents.
      if (!doc) {
        const offset = lines().locate(path, want);
        if (offset !== undefined) return toPosition(offset);
      }
      const result = walk(path);
      const candidates =
        result.found && want === 'value'
          ? [rangeStart(result.node), rangeStart(result.lastKey), rangeStart(result.lastItem)]
          : [rangeStart(result.lastKey), rangeStart(result.lastItem)];
      const offset = candidates.find((c) => c !== undefined);
      return offset === undefined ? FILE_START : toPosition(offset);
    },
  };
}

/**
 * A quick look at the text before parsing: more opening brackets in a row, or
 * deeper indentation, than MAX_DEPTH levels allow. Both parsers recurse, and
 * a hostile file could otherwise exhaust the stack.
 */
function tooDeep(yaml: string): boolean {
  const limit = MAX_DEPTH * 4;
  let open = 0;
  for (let i = 0; i < yaml.length; i++) {
    const ch = yaml.charCodeAt(i);
    if (ch === 0x5b || ch === 0x7b) {
      if (++open > limit) return true;
    } else if (ch === 0x5d || ch === 0x7d) open = Math.max(0, open - 1);
  }
  // Block style: indentation, and `- - - …` sequences opened on one line.
  for (const line of yaml.split('\n')) {
    // Indentation counts half and every dash takes two characters: a line no longer than the limit cannot exceed it.
    if (line.length <= limit) continue;
    const indent = /^[ \t]*/.exec(line)![0].length;
    const dashes = /^(?:[ \t]*-(?=[ \t]|$))*/.exec(line)![0].split('-').length - 1;
    if (indent / 2 + dashes > limit) return true;
  }
  return false;
}

/**
 * Positions in frontmatter written as plain block maps (`key: value` lines,
 * nested by indentation), read off the lines without parsing. It answers
 * only for text whose lines cannot mean anything else — no block scalars,
 * quotes spanning lines, tabs, anchors, tags, complex keys or lists on the
 * way — and leaves every other case to the `yaml` document (undefined).
 */
class SimpleBlockLines {
  private readonly starts: number[] = [];
  private readonly texts: string[] = [];
  private readonly simple: boolean;

  constructor(yaml: string) {
    let start = 0;
    for (const text of yaml.split('\n')) {
      this.starts.push(start);
      this.texts.push(text);
      start += text.length + 1;
    }
    this.simple = !this.texts.some(
      (t) =>
        /^\t|^\s*\?\s|^(---|\.\.\.)\s*$/.test(t) ||
        /:[ \t]*[|>][-+0-9]*[ \t]*(#.*)?$/.test(t) ||
        /(^|[\s:,[{])[&*!]/.test(t) ||
        (t.split('"').length - 1) % 2 === 1 ||
        /(^|[\s:,[])'/.test(t),
    );
  }

  private indent(i: number): number {
    return /^ */.exec(this.texts[i]!)![0].length;
  }

  private blank(i: number): boolean {
    return /^\s*(#.*)?$/.test(this.texts[i]!);
  }

  /** The offset of a path's key (or one-line value) in the text; undefined when the lines cannot say. */
  locate(path: readonly PropertyKey[], want: 'key' | 'value'): number | undefined {
    if (!this.simple || path.length === 0 || path.some((p) => typeof p !== 'string')) return undefined;
    let from = 0;
    let to = this.texts.length;
    let parent = -1;
    for (const [depth, segment] of path.entries()) {
      let child = -1;
      let found = -1;
      let valueAt = 0;
      for (let i = from; i < to; i++) {
        if (this.blank(i)) continue;
        const indent = this.indent(i);
        if (child === -1) child = indent;
        if (indent <= parent || indent < child) return undefined;
        if (indent > child) continue;
        const match = /^ *(?:([A-Za-z_$][\w$-]*)|"([^"\\:]*)")[ \t]*:(?=[ \t]|$)[ \t]*/.exec(this.texts[i]!);
        if (!match) return undefined; // A list item or something else: not a plain map.
        if ((match[2] ?? match[1]) === segment) {
          if (found !== -1) return undefined;
          found = i;
          valueAt = match[0].length;
        }
      }
      if (found === -1 || child <= parent) return undefined;
      const keyOffset = this.starts[found]! + child;
      if (depth === path.length - 1) {
        if (want === 'key') return keyOffset;
        const value = this.texts[found]!.slice(valueAt);
        if (value.trim() === '' || value.startsWith('#')) return undefined;
        return this.starts[found]! + valueAt;
      }
      from = found + 1;
      to = from;
      while (to < this.texts.length && (this.blank(to) || this.indent(to) > child)) to++;
      parent = child;
    }
    return undefined;
  }
}

/**
 * The comment at the end of each line that has something before it (`key: value # comment`), by file line: a `#`
 * after a space, outside quotes. Quotes count where a quoted scalar can start (`title: "a # b"`), not inside
 * plain text (`title: Buyer's guide # note`).
 */
function trailingComments(yaml: string, yamlLine: number): Map<number, string> {
  const out = new Map<number, string>();
  if (!yaml.includes('#')) return out;
  yaml.split('\n').forEach((text, i) => {
    let quote: '"' | "'" | null = null;
    for (let j = 0; j < text.length; j++) {
      const ch = text[j]!;
      const before = j === 0 ? ' ' : text[j - 1]!;
      if (quote === '"') {
        if (ch === '\\') j++;
        else if (ch === '"') quote = null;
      } else if (quote === "'") {
        if (ch === "'" && text[j + 1] === "'") j++;
        else if (ch === "'") quote = null;
      } else if ((ch === '"' || ch === "'") && /[\s:,[{-]/.test(before)) {
        quote = ch;
      } else if (ch === '#' && /\s/.test(before)) {
        if (text.slice(0, j).trim() !== '') out.set(i + yamlLine, text.slice(j + 1).trim());
        return;
      }
    }
  });
  return out;
}

/** The frontmatter of a file that cannot be read at all: one syntax error at its first line. */
function brokenFrontmatter(yamlLine: number, message: string): Frontmatter {
  const at = { line: yamlLine, column: 1 };
  return { syntaxErrors: [{ at, message, code: 'TOO_DEEP' }], data: undefined, has: () => false, locate: () => at };
}

const TOO_DEEP = `it nests lists or maps more than ${MAX_DEPTH} levels deep, far more than any playbook field needs`;

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
