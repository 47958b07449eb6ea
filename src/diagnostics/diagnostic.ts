import { CODES, type Code, type Severity } from './codes.ts';

/** One problem in one file (format.md §3). `line` and `column` are 1-based. */
export interface Diagnostic {
  /** Path relative to the project root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: Code;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

export function diagnostic(code: Code, file: string, at: Position, message: string): Diagnostic {
  return { file, line: at.line, column: at.column, severity: CODES[code].severity, code, message };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
