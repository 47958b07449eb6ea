/**
 * The line-based positions of plain block maps (src/model/frontmatter-lines.ts
 * SimpleBlockLines) must be exactly the `yaml` document's, or not answer:
 * compared over every key and value of every file of the fixtures and the
 * example playbooks, and of random YAML.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, type Frontmatter } from '../../src/model/frontmatter.ts';
import { splitFile } from '../../src/model/split-file.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

function mdxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...mdxFiles(path));
    else if (name.endsWith('.mdx')) out.push(path);
  }
  return out;
}

/** Every path of plain keys in the data: `['coverage', 'owner']`. */
function keyPaths(data: unknown, prefix: string[] = []): string[][] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data).flatMap(([key, value]) => [[...prefix, key], ...keyPaths(value, [...prefix, key])]);
}

/** Positions from the document (forced: `has` builds it) against positions before it is built. */
function compare(yaml: string): void {
  const fast = parseFrontmatter(yaml, 2);
  if (fast.syntaxErrors.length > 0) return;
  const paths = keyPaths(fast.data);
  // A fresh parse per question: once a question builds the document, the others would be answered from it too.
  const before = paths.flatMap((p) => [parseFrontmatter(yaml, 2).locate(p, 'key'), parseFrontmatter(yaml, 2).locate(p, 'value')]);
  const slow: Frontmatter = parseFrontmatter(yaml, 2);
  slow.has([]);
  const after = paths.flatMap((p) => [slow.locate(p, 'key'), slow.locate(p, 'value')]);
  expect(before).toEqual(after);
}

describe('line-based positions', () => {
  it('equal the document’s for every key and value of the fixtures and examples', () => {
    const files = [...mdxFiles(join(ROOT, 'test/fixtures')), ...mdxFiles(join(ROOT, 'playbooks'))];
    expect(files.length).toBeGreaterThan(100);
    let compared = 0;
    for (const file of files) {
      const split = splitFile(readFileSync(file, 'utf8'));
      if (split.yaml === null) continue;
      compare(split.yaml);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('equal the document’s on random block maps, with comments, quotes, flow values and odd indentation', () => {
    const key = fc.constantFrom('a', 'b', 'owner', 'x-y', '"q"', 'title');
    const scalar = fc.constantFrom('1', 'text', '"quoted: x"', "'single'", '[a, b]', '{ a: 1 }', '', '# note', 'x # note', '|', '>-', '&a 1', '*a');
    const line = fc.tuple(fc.integer({ min: 0, max: 6 }), key, scalar).map(([indent, k, v]) => `${' '.repeat(indent)}${k}: ${v}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constantFrom('', '# comment', '- item', '  - item')), { minLength: 1, maxLength: 12 }), (lines) => {
        compare(lines.join('\n'));
      }),
      { numRuns: 400 },
    );
  });
});
