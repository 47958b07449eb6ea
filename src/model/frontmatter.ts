import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { FILE_START, type Position } from '../diagnostics/diagnostic.ts';
import { SimpleBlockLines, trailingComments } from './frontmatter-lines.ts';

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

/** The frontmatter of a file that cannot be read at all: one syntax error at its first line. */
function brokenFrontmatter(yamlLine: number, message: string): Frontmatter {
  const at = { line: yamlLine, column: 1 };
  return { syntaxErrors: [{ at, message, code: 'TOO_DEEP' }], data: undefined, has: () => false, locate: () => at };
}

const TOO_DEEP = `it nests lists or maps more than ${MAX_DEPTH} levels deep, far more than any playbook field needs`;

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
