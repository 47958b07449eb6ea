import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPretty } from '../diagnostics/format.ts';
import type { Io } from './io.ts';

/** The pretty report of diagnostics, with code frames read from the project's files. */
export function prettyReport(root: string, diagnostics: readonly Diagnostic[], io: Pick<Io, 'color'>): string {
  return formatPretty(diagnostics, { color: io.color, readSource: (file) => readOrUndefined(join(root, file)) });
}

/** A file's text, or undefined when it cannot be read (a code frame is then left out). */
export function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
