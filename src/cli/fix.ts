/**
 * `check --fix` (ESLint's `--fix` as the model): writes the safe replacements
 * the diagnostics carry (`edits`: a full-width colon, a tab in the
 * indentation, `150万`, `60%` for a share, a role's title where its id is
 * expected…) into the files, and nothing else. Each file is written
 * atomically (a temporary file beside it, then renamed over it); edits that
 * overlap one another wait for the next pass, since a fix can let the checker
 * see further.
 */
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic, TextEdit } from '../diagnostics/diagnostic.ts';
import { setup } from '../diagnostics/setup.ts';
import { SetupError } from '../model/load.ts';

/** One change written to a file. */
export interface Change {
  file: string;
  line: number;
  column: number;
  from: string;
  to: string;
}

/** The passes `--fix` makes at most: each fix can reveal a problem the next pass fixes (ESLint makes 10). */
export const MAX_PASSES = 10;

/** Writes the edits of the diagnostics into their files under `root`; returns what was changed. */
export function applyFixes(root: string, diagnostics: readonly Diagnostic[]): Change[] {
  const byFile = new Map<string, TextEdit[]>();
  for (const d of diagnostics) if (d.edits) byFile.set(d.file, [...(byFile.get(d.file) ?? []), ...d.edits]);
  const changes: Change[] = [];
  for (const [file, edits] of byFile) changes.push(...fixFile(root, file, edits));
  return changes;
}

function fixFile(root: string, file: string, edits: readonly TextEdit[]): Change[] {
  const path = join(root, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SetupError(setup('cannot-read', { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const { text: fixed, changes } = applyEdits(text, edits);
  if (changes.length === 0) return [];
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.fix.tmp`);
  try {
    writeFileSync(temp, fixed, { flag: 'wx' });
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never written, or already renamed.
    }
    throw new SetupError(setup('cannot-write', { what: 'fixed-file', path: file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  return changes.map((c) => ({ ...c, file }));
}

/**
 * A text with edits applied (positions as the checker counts them: lines of the text without a BOM, columns in
 * UTF-16 units). An edit that overlaps one before it, or that runs past its line, is left for the next pass.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; changes: Omit<Change, 'file'>[] } {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  // Lines as the checker counts them: LF, CRLF or a CR alone (old Mac files) ends one.
  const starts = [bom];
  for (let i = bom; i < text.length; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  const lineEnd = (line: number) => {
    const next = starts[line];
    if (next === undefined) return text.length;
    return text[next - 1] === '\n' && text[next - 2] === '\r' ? next - 2 : next - 1;
  };
  const placed: { start: number; end: number; edit: TextEdit }[] = [];
  const sorted = [...edits].sort((a, b) => a.line - b.line || a.column - b.column);
  for (const edit of sorted) {
    const lineStart = starts[edit.line - 1];
    if (lineStart === undefined) continue;
    const start = lineStart + edit.column - 1;
    const end = start + edit.length;
    if (end > lineEnd(edit.line) || placed.some((p) => start < p.end && end > p.start) || (edit.length === 0 && placed.some((p) => p.start === start))) continue;
    placed.push({ start, end, edit });
  }
  let out = text;
  for (const p of [...placed].sort((a, b) => b.start - a.start)) out = out.slice(0, p.start) + p.edit.text + out.slice(p.end);
  return {
    text: out,
    changes: placed.map((p) => ({ line: p.edit.line, column: p.edit.column, from: text.slice(p.start, p.end), to: p.edit.text })),
  };
}
