/**
 * Streaming a CRM export through csv-parse (RFC 4180: quoted fields with
 * commas, quotes and line breaks, CRLF, a UTF-8 BOM), one record at a time
 * with the line it starts on, in bounded memory: a 1,000,000-row export is
 * never held whole. On the way the bytes are checked to be UTF-8 (a GBK or
 * UTF-16 file is reported with the encoding it looks like) and hashed.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { firstInvalidByte } from '../model/encoding.ts';

/** Why a file could not be read as CSV. */
export type CsvProblem =
  | { kind: 'encoding'; encoding: 'utf-16le' | 'utf-16be' | 'not-utf-8'; guess: 'gbk' | 'windows-1252' | 'unknown'; byte?: string; line: number; column: number }
  | { kind: 'parse'; reason: 'quote-not-closed' | 'closing-quote' | 'other'; line: number };

export interface CsvRead {
  /** Records read, the header included. */
  records: number;
  /** SHA-256 of the file's bytes, in hex. */
  sha256: string;
  problem: CsvProblem | null;
}

/** Receives each record (its fields, as written) and the line of the file it starts on; the first is the header. */
export type RecordHandler = (fields: string[], line: number) => void;

const CHUNK = 1 << 20;

/** Reads a CSV file record by record. I/O errors (a missing file, no permission) are thrown as they are. */
export async function readCsv(path: string, onRecord: RecordHandler): Promise<CsvRead> {
  const hash = createHash('sha256');
  let records = 0;
  let previousEnd = 0;
  let previousEmpty = 0;
  let parseError: CsvProblem | null = null;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    on_record: (record: string[], context) => {
      // `lines` is the line the record ends on; it starts after the previous one and the empty lines skipped since.
      const line = previousEnd + 1 + (context.empty_lines - previousEmpty);
      previousEnd = context.lines;
      previousEmpty = context.empty_lines;
      records++;
      onRecord(record, line);
      return null;
    },
  });
  parser.on('error', (error: Error & { code?: string; lines?: number }) => {
    const reason = error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'quote-not-closed' : error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE' ? 'closing-quote' : 'other';
    // An unclosed quote runs to the end of the file: the record it opens starts after the last complete one.
    parseError = { kind: 'parse', reason, line: reason === 'quote-not-closed' ? previousEnd + 1 : (error.lines ?? previousEnd + 1) };
  });
  parser.resume();
  // A parse error destroys the parser: then neither 'drain' nor 'end' ever comes.
  const settled = (event: 'drain' | 'end') =>
    new Promise<void>((resolve) => {
      const done = () => {
        parser.off(event, done).off('error', done).off('close', done);
        resolve();
      };
      parser.once(event, done).once('error', done).once('close', done);
    });

  let carry: Buffer = Buffer.alloc(0);
  let offset = 0;
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      const utf16 = utf16Of(chunk);
      if (utf16) return { records, sha256: '', problem: { kind: 'encoding', encoding: utf16, guess: 'unknown', line: 1, column: 1 } };
    }
    hash.update(chunk);
    // UTF-8 is checked up to the last complete character; the rest waits for the next chunk.
    const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    const cut = completeLength(data);
    if (!isUtf8(data.subarray(0, cut))) {
      const bad = firstInvalidByte(data.subarray(0, cut));
      return { records, sha256: '', problem: await encodingProblem(path, offset - carry.length + bad, data, bad) };
    }
    carry = Buffer.from(data.subarray(cut));
    offset += chunk.length;
    if (!parser.write(chunk) && parseError === null) await settled('drain');
    if (parseError) return { records, sha256: '', problem: parseError };
  }
  if (carry.length > 0) return { records, sha256: '', problem: await encodingProblem(path, offset - carry.length, carry, 0) };
  const ended = settled('end');
  parser.end();
  await ended;
  return { records, sha256: hash.digest('hex'), problem: parseError };
}

/** The length of the longest prefix that ends on a complete UTF-8 character (at most 3 bytes are left over). */
function completeLength(data: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const b = data[data.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? data.length - back : data.length;
  }
  return data.length;
}

/** UTF-16 by its byte-order mark, or by the zero bytes of ASCII text written in two bytes a character. */
function utf16Of(chunk: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
  if (chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
  const sample = Math.min(chunk.length, 4096);
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < sample; i++) {
    if (chunk[i] !== 0) continue;
    if (i % 2 === 1) zeroOdd++;
    else zeroEven++;
  }
  if (zeroOdd > sample / 4) return 'utf-16le';
  if (zeroEven > sample / 4) return 'utf-16be';
  return null;
}

/**
 * Where the first byte that is not UTF-8 is (line and column, counted again from the file's start), and the
 * encoding the bytes from there look like: GBK writes Chinese in pairs of bytes above 0x80 (the second may be
 * ASCII-range, 0x40–0x7E); Windows-1252 writes single bytes above 0x80 between ASCII letters.
 */
async function encodingProblem(path: string, at: number, data: Uint8Array, index: number): Promise<CsvProblem> {
  let pairs = 0;
  let singles = 0;
  for (let i = index; i < Math.min(data.length, index + 65536); i++) {
    const b = data[i]!;
    if (b < 0x80) continue;
    const next = data[i + 1];
    if (b >= 0x81 && b <= 0xfe && next !== undefined && next >= 0x40 && next <= 0xfe && next !== 0x7f) {
      pairs++;
      i++;
    } else {
      singles++;
    }
  }
  const guess = pairs > singles ? 'gbk' : singles > 0 ? 'windows-1252' : 'unknown';
  let line = 1;
  let lineStart = 0;
  let seen = 0;
  const before = at > 0 ? (createReadStream(path, { highWaterMark: CHUNK, end: at - 1 }) as AsyncIterable<Buffer>) : [];
  for await (const chunk of before) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
      line++;
      lineStart = seen + i + 1;
    }
    seen += chunk.length;
  }
  return { kind: 'encoding', encoding: 'not-utf-8', guess, byte: (data[index] ?? 0).toString(16).toUpperCase().padStart(2, '0'), line, column: at - lineStart + 1 };
}
