import { describe, expect, it } from 'vitest';
import { diagnostic, sortDiagnostics } from '../src/diagnostics/diagnostic.ts';
import { formatGithub, formatJson, formatPretty } from '../src/diagnostics/format.ts';

const source = '---\ntitle: A\nprocess: sael\n---\n';
const diagnostics = [
  diagnostic('broken-reference', 'playbooks/p/segments/s.mdx', { line: 3, column: 10 }, 'No process `sael`: 50% sure, a,b.\nSecond line.'),
  diagnostic('unused-entity', 'playbooks/p/roles/r.mdx', { line: 1, column: 1 }, 'Role `r` is unused.'),
];

describe('formatPretty', () => {
  it('prints location, severity, code, message, a code frame and a summary', () => {
    const text = formatPretty(diagnostics, { readSource: (file) => (file.endsWith('s.mdx') ? source : undefined) });
    expect(text).toMatchInlineSnapshot(`
      "playbooks/p/segments/s.mdx:3:10 error broken-reference
        No process \`sael\`: 50% sure, a,b.
      Second line.
          2 | title: A
        > 3 | process: sael
            |          ^
          4 | ---

      playbooks/p/roles/r.mdx:1:1 warning unused-entity
        Role \`r\` is unused.

      1 error and 1 warning.
      "
    `);
  });

  it('says so when there is nothing to report', () => {
    expect(formatPretty([])).toBe('No problems found.\n');
  });
});

describe('formatJson', () => {
  it('prints one JSON array with exactly the fields of format.md §3', () => {
    const parsed = JSON.parse(formatJson(diagnostics)) as object[];
    expect(parsed).toHaveLength(2);
    expect(Object.keys(parsed[0]!)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message']);
  });
});

describe('formatGithub', () => {
  it('prints workflow annotations with escaped data and properties', () => {
    expect(formatGithub(diagnostics).split('\n')[0]).toBe(
      '::error file=playbooks/p/segments/s.mdx,line=3,col=10,title=broken-reference::No process `sael`: 50%25 sure, a,b.%0ASecond line.',
    );
    expect(formatGithub(diagnostics).split('\n')[1]).toMatch(/^::warning file=playbooks\/p\/roles\/r\.mdx,line=1,col=1,/);
  });
});

describe('sortDiagnostics', () => {
  it('orders by file, then line, column and code', () => {
    const sorted = sortDiagnostics([
      diagnostic('invalid-field', 'b.mdx', { line: 1, column: 1 }, 'x'),
      diagnostic('invalid-field', 'a.mdx', { line: 5, column: 2 }, 'x'),
      diagnostic('invalid-field', 'a.mdx', { line: 5, column: 1 }, 'x'),
    ]);
    expect(sorted.map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['a.mdx:5:1', 'a.mdx:5:2', 'b.mdx:1:1']);
  });
});
