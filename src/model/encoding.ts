/**
 * Reading a playbook file as UTF-8 text (format §1): a UTF-8 BOM is
 * allowed; UTF-16 (by its byte-order mark) and bytes that are not UTF-8 are
 * `file-encoding` errors at the line of the first bad byte, so that a file
 * saved in another encoding never reaches the build. A file that cannot be
 * read at all (a pipe, no permission, too large: v1.2 §3) is an
 * `unreadable-file` error, found before a byte of it is read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { MAX_BODY_LENGTH } from '../body/check.ts';
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { UnreadableParams, UnreadableReason } from '../diagnostics/messages/unreadable.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The most a playbook's frontmatter may take, in bytes, beside its body: far more than any kind of file needs, and
 * room for a pasted spreadsheet (60,000 unknown keys) to be read and reported key by key.
 */
export const MAX_FRONTMATTER_BYTES = 1_400_000;
/**
 * The largest playbook file, in bytes (2 MB): a body at the body limit (characters, each at most 3 bytes of UTF-8)
 * and its frontmatter. A larger file cannot be valid, so it is never read: its size is known from `stat` first.
 */
export const MAX_FILE_BYTES = 3 * MAX_BODY_LENGTH + MAX_FRONTMATTER_BYTES;

/** Why a path cannot be read as a playbook file (the params of `unreadable-file`, without `what`). */
export type Unreadable = Omit<UnreadableParams, 'what'>;

/** What a path that is not a regular file or folder is: a pipe, a socket or a device. */
export function specialKind(stats: Stats): UnreadableReason | undefined {
  if (stats.isFIFO()) return 'pipe';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return undefined;
}

/** Why a system error stops a read: no permission, a link to nothing, or the error's code. */
function reasonOf(error: unknown, path: string): Unreadable {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'permission', code };
  if (code === 'ELOOP') return { reason: 'dangling' };
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return { reason: 'dangling' };
    } catch {
      // Gone altogether: the error's code says so.
    }
  }
  return { reason: 'error', code };
}

/**
 * The bytes of a file, read only when it is a regular file of at most `max` bytes; otherwise why not. A pipe is
 * never opened for reading (that waits for a writer), and the size is checked before a byte is read.
 */
export function readFileBytes(path: string, max = MAX_FILE_BYTES): { bytes: Buffer } | { unreadable: Unreadable } {
  let fd: number;
  try {
    const special = specialKind(statSync(path));
    if (special) return { unreadable: { reason: special } };
    // O_NONBLOCK: should the path become a pipe between the stat and the open, opening it does not wait.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { unreadable: reasonOf(error, path) };
  }
  try {
    const stats = fstatSync(fd);
    const special = specialKind(stats);
    if (special) return { unreadable: { reason: special } };
    if (stats.size > max) return { unreadable: { reason: 'too-large', size: stats.size, max, bodyMax: MAX_BODY_LENGTH } };
    // Never more than the limit, even if the file grows while it is read.
    const bytes = Buffer.allocUnsafe(Math.min(stats.size, max) + 1);
    let length = 0;
    for (let n; length < bytes.length && (n = readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) length += n;
    if (length > max) return { unreadable: { reason: 'too-large', size: length, max, bodyMax: MAX_BODY_LENGTH } };
    return { bytes: bytes.subarray(0, length) };
  } catch (error) {
    return { unreadable: reasonOf(error, path) };
  } finally {
    closeSync(fd);
  }
}

/** The file's text, or null after reporting why it cannot be read (`unreadable-file`) or is not UTF-8 (`file-encoding`). */
export function readUtf8(path: string, file: string, diagnostics: Diagnostic[]): string | null {
  const read = readFileBytes(path);
  if ('unreadable' in read) {
    diagnostics.push(diagnostic('unreadable-file', file, FILE_START, { what: 'file', ...read.unreadable }));
    return null;
  }
  const bytes = read.bytes;
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
    // LF, CRLF or a CR alone ends a line.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
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
    const read = readFileBytes(real);
    if ('unreadable' in read) return undefined;
    const bytes = read.bytes;
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return undefined;
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}
