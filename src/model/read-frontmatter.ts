/**
 * One file's frontmatter read as its author meant it: parsed, its typed
 * marks (a full-width colon, a tab in the indentation… typed-yaml.ts)
 * reported once each at their column, and — when the text as meant parses —
 * validated as if they were fixed, so that one `：` gives one message and the
 * file's other problems are still found. Each diagnostic that has a safe
 * replacement carries it (`edits`: `check --fix` writes them).
 */
import type { z } from 'astro/zod';
import { diagnostic, type Diagnostic, type Position, type TextEdit } from '../diagnostics/diagnostic.ts';
import type { ReferenceSpec } from '../kinds/define.ts';
import { parseFrontmatter, type Frontmatter } from './frontmatter.ts';
import { findTypedMarks, fixedLine, repairYaml, type Repaired, type TypedFinding } from './typed-yaml.ts';
import { validateFrontmatter } from './validate.ts';

export interface ReadFrontmatter {
  /** The frontmatter as meant (positions in the file as it is). */
  fm: Frontmatter;
  /** Every problem: typed marks, syntax, schema. */
  diagnostics: Diagnostic[];
  /** The valid data; null when the file has any error. */
  data: unknown;
}

export interface ReadOptions {
  schema: z.ZodType;
  file: string;
  kind: string;
  references?: readonly ReferenceSpec[];
}

/** Parses and validates a file's frontmatter (`yaml` starts at file line `yamlLine`). */
export function readFrontmatter(yaml: string, yamlLine: number, options: ReadOptions): ReadFrontmatter {
  const fm = parseFrontmatter(yaml, yamlLine);
  const marks = findTypedMarks(yaml);
  const broken = fm.syntaxErrors.length > 0;
  // Marks that may be text are taken only when the text does not parse as it is.
  const used = broken ? marks : marks.filter((m) => m.sure);
  if (used.length === 0) return asWritten(fm, options);
  const repaired = repairYaml(yaml, used);
  const meant = locatedIn(parseFrontmatter(repaired.text, yamlLine), repaired, yamlLine);
  const typed = markDiagnostics(yaml, yamlLine, used, options.file);
  if (broken) {
    if (meant.syntaxErrors.length > 0) return { fm: meant, diagnostics: [...typed, ...syntaxDiagnostics(meant, options.file)], data: null };
    const { diagnostics } = validateFrontmatter(options.schema, meant, options.file, options.kind, options);
    return { fm: meant, diagnostics: [...typed, ...diagnostics], data: null };
  }
  // The text parses as written: the marks are taken only when the text as meant has fewer problems (a `：` in a
  // list of sentences is text; one after `headcount` is the field's colon).
  const written = asWritten(fm, options);
  if (meant.syntaxErrors.length > 0) return written;
  const { diagnostics } = validateFrontmatter(options.schema, meant, options.file, options.kind, options);
  if (diagnostics.length >= written.diagnostics.length) return written;
  return { fm: meant, diagnostics: [...typed, ...diagnostics], data: null };
}

/** The frontmatter as written: its syntax errors, or its schema's. */
function asWritten(fm: Frontmatter, options: ReadOptions): ReadFrontmatter {
  if (fm.syntaxErrors.length > 0) return { fm, diagnostics: syntaxDiagnostics(fm, options.file), data: null };
  const { data, diagnostics } = validateFrontmatter(options.schema, fm, options.file, options.kind, options);
  return { fm, diagnostics, data };
}

function syntaxDiagnostics(fm: Frontmatter, file: string): Diagnostic[] {
  return fm.syntaxErrors.map((error) => diagnostic('yaml-syntax', file, error.at, { reason: error.message.replace(/\s*at line \d+, column \d+:?$/, ''), code: error.code }));
}

/** The frontmatter of the repaired text, with its positions moved back to the text as written. */
function locatedIn(fm: Frontmatter, repaired: Repaired, yamlLine: number): Frontmatter {
  const back = (p: Position): Position => (p.line < yamlLine ? p : { line: p.line, column: repaired.originalColumn(p.line - yamlLine, p.column - 1) + 1 });
  return {
    ...fm,
    syntaxErrors: fm.syntaxErrors.map((e) => ({ ...e, at: back(e.at) })),
    locate: (path, want) => back(fm.locate(path, want)),
  };
}

/**
 * One diagnostic per mark; but the tabs of a file are one habit (an editor's setting), and so are its full-width
 * colons (a keyboard left in Chinese): one diagnostic each, at the first, fixed together.
 */
function markDiagnostics(yaml: string, yamlLine: number, marks: readonly TypedFinding[], file: string): Diagnostic[] {
  const edit = (m: TypedFinding): TextEdit => ({ line: yamlLine + m.line, column: m.column + 1, length: m.length, text: m.replacement });
  const habits = new Map<string, TypedFinding[]>();
  for (const m of marks) if (m.typed === 'tab' || m.typed === 'colon') habits.set(m.typed, [...(habits.get(m.typed) ?? []), m]);
  const out: Diagnostic[] = [];
  for (const m of marks) {
    const group = habits.get(m.typed) ?? [m];
    if (group[0] !== m) continue;
    const at = { line: yamlLine + m.line, column: (m.at ?? m.column) + 1 };
    const fixed = fixedLine(yaml, marks, m.line);
    out.push(
      diagnostic(
        'yaml-syntax',
        file,
        at,
        { typed: m.typed, found: m.found, replacement: m.replacement, ...(fixed !== undefined && m.typed !== 'tab' ? { fixed } : {}), ...(group.length > 1 ? { more: group.length - 1 } : {}) },
        { edits: group.map(edit) },
      ),
    );
  }
  return out;
}
