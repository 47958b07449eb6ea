/** `check --fix`'s writing of edits (src/cli/fix.ts): only the edited ranges change, line endings and BOM stay. */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/cli/fix.ts';

describe('applyEdits', () => {
  it('replaces each range and nothing else, keeping CRLF line endings and a BOM', () => {
    const text = '\uFEFF---\r\nheadcount：2\r\ndealSize: 150万\r\n---\r\n';
    const { text: fixed, changes } = applyEdits(text, [
      { line: 3, column: 11, length: 4, text: '1500000' },
      { line: 2, column: 10, length: 1, text: ': ' },
    ]);
    expect(fixed).toBe('\uFEFF---\r\nheadcount: 2\r\ndealSize: 1500000\r\n---\r\n');
    expect(changes).toEqual([
      { line: 2, column: 10, from: '：', to: ': ' },
      { line: 3, column: 11, from: '150万', to: '1500000' },
    ]);
  });

  it('counts lines ended by a CR alone as the checker does, and keeps them', () => {
    const { text: fixed } = applyEdits('---\rheadcount：2\rdealSize: 150万\r---\r', [
      { line: 3, column: 11, length: 4, text: '1500000' },
      { line: 2, column: 10, length: 1, text: ': ' },
    ]);
    expect(fixed).toBe('---\rheadcount: 2\rdealSize: 1500000\r---\r');
  });

  it('leaves an edit that overlaps an earlier one, or runs past its line, for the next pass', () => {
    const text = 'a: 150万\nb: x\n';
    const { text: fixed, changes } = applyEdits(text, [
      { line: 1, column: 4, length: 4, text: '1500000' },
      { line: 1, column: 5, length: 2, text: '0' },
      { line: 2, column: 4, length: 5, text: 'y' },
    ]);
    expect(fixed).toBe('a: 1500000\nb: x\n');
    expect(changes).toHaveLength(1);
  });
});
