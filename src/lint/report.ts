import type { Lang } from '../diagnostics/context.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPretty } from '../diagnostics/format.ts';
import { readSourceInside } from '../model/encoding.ts';

/** The pretty report of diagnostics, with code frames read from the project's own files (never through a link outside it); `lang` for its summary when the diagnostics do not settle it. */
export function prettyReport(root: string, diagnostics: readonly Diagnostic[], io: { color: boolean }, lang?: Lang): string {
  return formatPretty(diagnostics, { color: io.color, readSource: (file) => readSourceInside(root, file), ...(lang ? { lang } : {}) });
}
