import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPretty } from '../diagnostics/format.ts';
import { readSourceInside } from '../model/encoding.ts';


/** The pretty report of diagnostics, with code frames read from the project's own files (never through a link outside it). */
export function prettyReport(root: string, diagnostics: readonly Diagnostic[], io: { color: boolean }): string {
  return formatPretty(diagnostics, { color: io.color, readSource: (file) => readSourceInside(root, file) });
}
