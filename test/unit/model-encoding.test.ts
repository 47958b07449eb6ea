import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { firstInvalidByte, readUtf8 } from '../../src/model/encoding.ts';

const dir = mkdtempSync(join(tmpdir(), 'playbook-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes bytes to a file and reads them as a playbook file. */
function read(bytes: Uint8Array): { text: string | null; diagnostics: Diagnostic[] } {
  const path = join(dir, 'f.mdx');
  writeFileSync(path, bytes);
  const diagnostics: Diagnostic[] = [];
  return { text: readUtf8(path, 'playbooks/p/f.mdx', diagnostics), diagnostics };
}

describe('firstInvalidByte', () => {
  it('passes valid UTF-8 of every length, and finds the first byte that is not', () => {
    const valid = Buffer.from('a é 华 😀', 'utf8');
    expect(firstInvalidByte(valid)).toBe(valid.length);
    expect(firstInvalidByte(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1); // Latin-1 é
    expect(firstInvalidByte(Buffer.from([0x61, 0xe5, 0x8d]))).toBe(1); // a three-byte sequence cut short
    expect(firstInvalidByte(Buffer.from([0xc0, 0xaf]))).toBe(0); // overlong two-byte form
    expect(firstInvalidByte(Buffer.from([0xe0, 0x80, 0xaf]))).toBe(0); // overlong three-byte form
    expect(firstInvalidByte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(firstInvalidByte(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidByte(Buffer.from([0x80]))).toBe(0); // a lone continuation byte
  });
});

describe('readUtf8', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(read(Buffer.from('---\ntitle: 华源\n---\n', 'utf8'))).toEqual({ text: '---\ntitle: 华源\n---\n', diagnostics: [] });
    expect(read(Buffer.from('\uFEFF---\n', 'utf8')).text).toBe('\uFEFF---\n');
  });

  it('reports UTF-16 by its byte-order mark, at the start of the file', () => {
    for (const [bom, encoding] of [
      [[0xff, 0xfe], 'utf-16le'],
      [[0xfe, 0xff], 'utf-16be'],
    ] as const) {
      const { text, diagnostics } = read(Buffer.from([...bom, 0x2d, 0x00]));
      expect(text).toBeNull();
      expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.severity])).toEqual([['file-encoding', 'playbooks/p/f.mdx', 1, 1, 'error']]);
      expect(diagnostics[0]!.params).toEqual({ encoding });
    }
  });

  it('reports the line and the column, in characters, of the first bad byte', () => {
    // Line 3: `华源 ` is two characters of three bytes each and a space, then the Latin-1 byte 0xE9.
    const bytes = Buffer.concat([Buffer.from('---\ntitle: x\n华源 ', 'utf8'), Buffer.from([0xe9]), Buffer.from('\n---\n')]);
    const { text, diagnostics } = read(bytes);
    expect(text).toBeNull();
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[3, 4]]);
    expect(diagnostics[0]!.params).toEqual({ encoding: 'not-utf-8', byte: 'E9' });
  });
});
