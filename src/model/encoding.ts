/**
 * Reading a playbook file as UTF-8 text (format.md §1): a UTF-8 BOM is
 * allowed; UTF-16 (by its byte-order mark) and bytes that are not UTF-8 are
 * `file-encoding` errors at the line of the first bad byte, so that a file
 * saved in another encoding never reaches the build.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { setup } from '../diagnostics/setup.ts';
import { SetupError } from './load.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text, or null after reporting why it is not UTF-8. Unreadable files are a SetupError (exit 2). */
export function readUtf8(path: string, file: string, diagnostics: Diagnostic[]): string | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new SetupError(setup('cannot-read', { file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    diagnostics.push(diagnostic('file-encoding', file, { line: 1, column: 1 }, { encoding: 'utf-16le' }));
    return null;
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    diagnostics.push(diagnostic('file-encoding', file, { line: 1, column: 1 }, { encoding: 'utf-16be' }));
    return null;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    diagnostics.push(diagnostic('file-encoding', file, positionOf(bytes, offset), { encoding: 'not-utf-8', byte: bytes[offset]!.toString(16).toUpperCase().padStart(2, '0') }));
    return null;
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three- and four-byte forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/** Line and column (in characters of the valid text before it) of a byte offset. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
  return { line, column: [...before].length + 1 };
}

/**
 * A file's text for a code frame: only a file of the project itself — not a
 * symbolic link (a link to `.env` or `.git/config` inside the root would
 * otherwise show its first lines in a CI log), resolving inside the root —
 * and UTF-8; undefined otherwise.
 */
export function readSourceInside(root: string, file: string): string | undefined {
  try {
    if (lstatSync(join(root, file)).isSymbolicLink()) return undefined;
    const realRoot = realpathSync(root);
    const real = realpathSync(join(root, file));
    if (real !== realRoot && !real.startsWith(realRoot + sep)) return undefined;
    const bytes = readFileSync(real);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
