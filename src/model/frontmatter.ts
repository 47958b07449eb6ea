import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { FILE_START, type Position } from '../diagnostics/diagnostic.ts';

/** A path into frontmatter data, as Zod reports it. */
export type DataPath = readonly PropertyKey[];

/** The frontmatter of one file, parsed with positions. */
export interface Frontmatter {
  /** YAML syntax errors, with positions in the file. */
  syntaxErrors: { at: Position; message: string }[];
  /** The data as plain JS (undefined when there are syntax errors). */
  data: unknown;
  /** Where a path's key (or value) sits in the file. */
  locate(path: DataPath, want?: 'key' | 'value'): Position;
  /** Whether a path exists in the document. */
  has(path: DataPath): boolean;
}

export interface SplitFile {
  /** The YAML between the `---` lines, or null when there is no frontmatter block. */
  yaml: string | null;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits an MDX file into frontmatter and body. Accepts a BOM and CRLF line endings. */
export function splitFile(raw: string): SplitFile {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = text.split(/\r?\n/);
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
  return { yaml: null, yamlLine: 1, body: text, bodyLine: 1 };
}

/** An alias (`*name`) outside quotes: such files take the guarded path (yaml's maxAliasCount). */
const ALIAS = /(^|[\s,[{:-])\*[^\s,\]}]/;

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
  const document = (): Document => (doc ??= parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false }));
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

  const syntaxErrors: { at: Position; message: string }[] = [];
  let data: unknown;
  let fastError: YAMLException | undefined;
  if (!ALIAS.test(yaml)) {
    try {
      data = load(yaml, { schema: CORE_SCHEMA });
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      fastError = error;
    }
  }
  if (fastError || ALIAS.test(yaml)) {
    const errors = document().errors;
    // After the first unexpected token the parser reports every following token too: keep the first of a run.
    for (const [i, error] of errors.entries()) {
      if (i > 0 && error.code === 'UNEXPECTED_TOKEN' && errors[i - 1]!.code === 'UNEXPECTED_TOKEN') continue;
      syntaxErrors.push({ at: toPosition(error.pos[0]), message: firstLine(error.message) });
    }
    if (syntaxErrors.length === 0 && fastError) {
      // js-yaml is stricter here than the document parser: report its own finding.
      const mark = fastError.mark;
      syntaxErrors.push({ at: mark ? toPosition(mark.position) : { line: yamlLine, column: 1 }, message: firstLine(fastError.reason) });
    }
    if (syntaxErrors.length === 0) {
      try {
        data = document().toJS({ maxAliasCount: 100 });
      } catch (error) {
        syntaxErrors.push({ at: { line: yamlLine, column: 1 }, message: firstLine(String((error as Error).message)) });
      }
    }
  }
  if (syntaxErrors.length > 0) data = undefined;

  const walk = (path: DataPath) => {
    let node: unknown = document().contents;
    let lastKey: Node | null = null;
    let lastItem: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
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

  const rangeStart = (node: Node | null | undefined): number | undefined =>
    node && node.range ? node.range[0] : undefined;

  return {
    syntaxErrors,
    data,
    has: (path) => walk(path).found,
    locate(path, want = 'value') {
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

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
