import { describe, expect, it } from 'vitest';
import { ALL_CODES, CODES } from '../src/diagnostics/codes.ts';
import { checkProject } from '../src/lint/check.ts';
import { fixture } from './helpers.ts';

interface Expected {
  code: string;
  file: string;
  line: number;
  column: number;
}

/**
 * One small fixture tree per diagnostic code (test/fixtures/codes/<case>/),
 * with every diagnostic it must produce at its exact position.
 */
const CASES: Record<string, Expected[]> = {
  'frontmatter-missing': [{ code: 'frontmatter-missing', file: 'playbooks/p/index.mdx', line: 1, column: 1 }],
  'yaml-syntax': [{ code: 'yaml-syntax', file: 'playbooks/p/index.mdx', line: 4, column: 1 }],
  'invalid-field': [
    // a missing field points at the opening `---`
    { code: 'invalid-field', file: 'playbooks/p/index.mdx', line: 1, column: 1 },
    // a wrong value points at the value
    { code: 'invalid-field', file: 'playbooks/p/index.mdx', line: 4, column: 13 },
  ],
  'unknown-field': [
    { code: 'invalid-field', file: 'playbooks/p/index.mdx', line: 1, column: 1 },
    { code: 'unknown-field', file: 'playbooks/p/index.mdx', line: 2, column: 1 },
  ],
  'invalid-id': [
    { code: 'invalid-id', file: 'playbooks/p/processes/sale.mdx', line: 6, column: 9 },
    { code: 'invalid-id', file: 'playbooks/p/roles/Sales_Rep.mdx', line: 1, column: 1 },
    { code: 'broken-reference', file: 'playbooks/p/segments/buyers.mdx', line: 15, column: 10 },
  ],
  'duplicate-id': [{ code: 'duplicate-id', file: 'playbooks/p/processes/sale.mdx', line: 13, column: 9 }],
  'missing-playbook': [
    { code: 'missing-playbook', file: 'playbooks/p/index.mdx', line: 1, column: 1 },
    { code: 'unused-entity', file: 'playbooks/p/roles/rep.mdx', line: 1, column: 1 },
  ],
  'broken-reference': [
    { code: 'unused-entity', file: 'playbooks/p/processes/sale.mdx', line: 1, column: 1 },
    { code: 'broken-reference', file: 'playbooks/p/segments/buyers.mdx', line: 13, column: 10 },
  ],
  'raci-accountable': [{ code: 'raci-accountable', file: 'playbooks/p/processes/sale.mdx', line: 12, column: 5 }],
  'raci-responsible': [{ code: 'raci-responsible', file: 'playbooks/p/processes/sale.mdx', line: 12, column: 5 }],
  'hours-without-raci': [{ code: 'hours-without-raci', file: 'playbooks/p/processes/sale.mdx', line: 13, column: 22 }],
  'motive-process-fit': [{ code: 'motive-process-fit', file: 'playbooks/p/segments/buyers.mdx', line: 13, column: 10 }],
  'offering-motive-gap': [{ code: 'offering-motive-gap', file: 'playbooks/p/segments/buyers.mdx', line: 12, column: 1 }],
  'key-account-executive': [{ code: 'key-account-executive', file: 'playbooks/p/processes/sale.mdx', line: 4, column: 7 }],
  'mirror-gap': [{ code: 'mirror-gap', file: 'playbooks/p/segments/buyers.mdx', line: 22, column: 15 }],
  'unused-entity': [
    { code: 'unused-entity', file: 'playbooks/p/offerings/spare.mdx', line: 1, column: 1 },
    { code: 'unused-entity', file: 'playbooks/p/processes/other.mdx', line: 1, column: 1 },
    { code: 'unused-entity', file: 'playbooks/p/roles/ceo.mdx', line: 1, column: 1 },
  ],
  'crlf-bom': [
    { code: 'invalid-field', file: 'playbooks/p/index.mdx', line: 6, column: 12 },
    { code: 'invalid-field', file: 'playbooks/p/roles/rep.mdx', line: 5, column: 12 },
  ],
  chinese: [],
};

const METRIC_CODES = ['capacity-exceeded', 'coverage-below-goal', 'win-rate-below-goal'];

describe('check: one fixture per diagnostic code', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: reports exactly the expected codes at their positions`, () => {
      const { diagnostics } = checkProject(fixture(`codes/${name}`));
      const found = diagnostics
        .filter((d) => !METRIC_CODES.includes(d.code))
        .map(({ code, file, line, column }) => ({ code, file, line, column }));
      expect(found).toEqual(expected);
      for (const d of diagnostics) {
        expect(d.severity).toBe(CODES[d.code].severity);
        expect(d.message.length).toBeGreaterThan(20);
      }
    });
  }

  it('covers every code of format.md §3 except the three metric warnings', () => {
    const covered = new Set(Object.values(CASES).flat().map((e) => e.code));
    const expected = ALL_CODES.filter((c) => !METRIC_CODES.includes(c));
    expect([...covered].sort()).toEqual([...expected].sort());
  });
});

describe('check: messages an author can act on', () => {
  const messageOf = (name: string, code: string) =>
    checkProject(fixture(`codes/${name}`)).diagnostics.find((d) => d.code === code)?.message ?? '';

  it('unknown-field names the closest known key', () => {
    expect(messageOf('unknown-field', 'unknown-field')).toContain('Did you mean `title`?');
  });

  it('broken-reference names the missing id and lists what exists', () => {
    const message = messageOf('broken-reference', 'broken-reference');
    expect(message).toContain('`sael`');
    expect(message).toContain('Existing processes: `sale`');
  });

  it('invalid-field says what is allowed and what was found', () => {
    const message = checkProject(fixture('codes/invalid-field')).diagnostics.find((d) => d.line === 4)?.message;
    expect(message).toMatch(/`goals\.coverage` must be at most 1, not 1\.5/);
  });

  it('a missing field says what to add', () => {
    expect(messageOf('invalid-field', 'invalid-field')).toMatch(/^Missing field `summary` in this playbook\. Add it:/);
  });

  it('mirror-gap names the function nobody mirrors', () => {
    expect(messageOf('mirror-gap', 'mirror-gap')).toContain('CTO');
  });

  it('invalid-id suggests a valid name', () => {
    const message = checkProject(fixture('codes/invalid-id')).diagnostics.find((d) => d.file.endsWith('Sales_Rep.mdx'))?.message;
    expect(message).toContain('Rename it to `sales-rep`');
  });
});

describe('check: the valid fixture', () => {
  it('has no problems', () => {
    expect(checkProject(fixture('valid')).diagnostics).toEqual([]);
  });
});
