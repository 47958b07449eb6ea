import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument, stringify } from 'yaml';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { segmentSchema } from '../../src/schema/index.ts';
import { tempCopy } from '../support/helpers.ts';
import { fastPathApplies } from '../../src/model/frontmatter.ts';

/**
 * Property-based tests: whatever an author types, `check` never throws and
 * every diagnostic points at a real line and column of the file it names.
 */
let dir: string;
let cleanup: () => void;
const segmentFile = 'playbooks/acme/segments/smb.mdx';
let original: string;

beforeAll(() => {
  ({ dir, cleanup } = tempCopy('valid'));
  original = readFileSync(join(dir, segmentFile), 'utf8');
});
afterAll(() => cleanup());

function checkWith(text: string): Diagnostic[] {
  writeFileSync(join(dir, segmentFile), text);
  return checkProject(dir).diagnostics;
}

function expectValidPositions(diagnostics: Diagnostic[], text: string): void {
  // Lines as the checker counts them: LF, CRLF and a bare CR (old Mac files) each end one.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    if (d.file !== segmentFile) continue;
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(Math.max(1, lines.length));
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
    expect(d.message.trim()).not.toBe('');
  }
}

// FC_RUNS=5000 npx vitest run test/unit/check-property.test.ts for a longer soak.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };

describe('check on random and mutated input', () => {
  it('never throws on arbitrary file text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (body) => {
        const text = `---\n${body}\n---\n`;
        expectValidPositions(checkWith(text), text);
      }),
      RUNS,
    );
  });

  it('never throws on mutated valid frontmatter, and reports every breakage', () => {
    const lines = () => original.split('\n');
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), col: fc.nat(), char: fc.constantFrom(':', '-', ' ', '\t', '[', '{', '"', '#', 'x', '9', '&', '*', '|', '>') }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = lines();
        for (const m of mutations) {
          const at = m.at % text.length;
          if (m.kind === 'delete') text.splice(at, 1);
          else if (m.kind === 'duplicate') text.splice(at, 0, text[at]!);
          else {
            const line = text[at]!;
            const col = line.length ? m.col % line.length : 0;
            text[at] = line.slice(0, col) + m.char + line.slice(col + 1);
          }
        }
        const joined = text.join('\n');
        const diagnostics = checkWith(joined);
        expectValidPositions(diagnostics, joined);
      }),
      RUNS,
    );
  });

  it('reports at least one error for any frontmatter the schema rejects', () => {
    const keys = Object.keys(segmentSchema.shape);
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }));
    const entries = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ minLength: 1, maxLength: 10 })), value, { maxKeys: 12 });
    fc.assert(
      fc.property(entries, (data) => {
        const text = `---\n${stringify(data)}---\nBody\n`;
        const diagnostics = checkWith(text);
        expectValidPositions(diagnostics, text);
        const schemaCodes = ['invalid-field', 'unknown-field', 'yaml-syntax'];
        const mine = diagnostics.filter((d) => d.file === segmentFile && schemaCodes.includes(d.code));
        expect(mine.length > 0).toBe(!segmentSchema.safeParse(data).success);
      }),
      RUNS,
    );
  });

  it('reads the same data on the fast path (js-yaml) as the positions path (yaml document)', () => {
    // parseFrontmatter takes its data from js-yaml and its positions from the `yaml` package: when both
    // parse a text, they must agree, or a position could point at a value other than the one checked.
    const lines = original.split('\n').slice(1, original.split('\n').indexOf('---', 1));
    const char = fc.constantFrom(':', '-', ' ', '\t', '[', '{', '"', "'", '#', 'x', '9', '&', '|', '>', '!', '%', '0', '.', 'y', '~', '\n');
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(), col: fc.nat(), char }), { minLength: 1, maxLength: 3 }), (mutations) => {
        const text = [...lines];
        for (const m of mutations) {
          const at = m.at % text.length;
          const line = text[at]!;
          const col = line.length ? m.col % line.length : 0;
          text[at] = line.slice(0, col) + m.char + line.slice(col + 1);
        }
        const yaml = text.join('\n');
        // Where the two would read a text differently (aliases, an empty key), parseFrontmatter takes the document's data.
        if (!fastPathApplies(yaml)) return;
        let fast: unknown;
        try {
          fast = load(yaml, { schema: CORE_SCHEMA });
        } catch {
          return;
        }
        const doc = parseDocument(yaml, { uniqueKeys: true });
        if (doc.errors.length > 0) return;
        expect(JSON.stringify(fast ?? null)).toBe(JSON.stringify(doc.toJS({ maxAliasCount: 100 }) ?? null));
      }),
      RUNS,
    );
  });

  it('accepts CRLF line endings and a BOM as if they were not there', () => {
    const crlf = `\uFEFF${original.replace(/\n/g, '\r\n')}`;
    expect(checkWith(crlf)).toEqual([]);
    mkdirSync(join(dir, 'playbooks/acme/segments'), { recursive: true });
    writeFileSync(join(dir, segmentFile), original);
  });
});
