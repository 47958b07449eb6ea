import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseFrontmatter } from '../../src/model/frontmatter.ts';
import { splitFile } from '../../src/model/split-file.ts';

describe('splitFile', () => {
  it('splits frontmatter and body and reports where each starts', () => {
    const split = splitFile('---\ntitle: A\n---\n\n# Body\n');
    expect(split).toEqual({ yaml: 'title: A', yamlLine: 2, body: '\n# Body\n', bodyLine: 4 });
  });

  it('accepts a UTF-8 BOM and CRLF line endings', () => {
    const split = splitFile('\uFEFF---\r\ntitle: 华源\r\n---\r\nBody\r\n');
    expect(split.yaml).toBe('title: 华源');
    expect(split.body).toBe('Body\n');
  });

  it('reads old Mac line endings (CR only), and mixed ones, as lines', () => {
    const split = splitFile('---\rtitle: A\rsummary: B\r---\r\r# Body\r');
    expect(split).toEqual({ yaml: 'title: A\nsummary: B', yamlLine: 2, body: '\n# Body\n', bodyLine: 5 });
    expect(splitFile('---\r\ntitle: A\rsummary: B\n---\rBody')).toMatchObject({ yaml: 'title: A\nsummary: B', bodyLine: 5, body: 'Body' });
  });

  it('finds no frontmatter without an opening fence, or without a closing one', () => {
    expect(splitFile('# Title\n---\n').yaml).toBeNull();
    expect(splitFile('---\ntitle: A\n').yaml).toBeNull();
    expect(splitFile('').yaml).toBeNull();
  });

  it('notes a block closed by YAML\u2019s `...` document end, for the hint of frontmatter-missing', () => {
    expect(splitFile('---\ntitle: A\n...\nBody\n')).toMatchObject({ yaml: null, closedByDots: 3 });
    expect(splitFile('---\ntitle: A\nBody\n').closedByDots).toBeUndefined();
    expect(splitFile('# Title\n').closedByDots).toBeUndefined();
  });
});

describe('parseFrontmatter', () => {
  const yaml = ['title: A', 'goals:', '  coverage: 0.5', 'stages:', '  - id: one', '    raci: { rep: A }'].join('\n');
  const fm = parseFrontmatter(yaml, 2);

  it('maps paths to the line and column of their value, offset by the opening fence', () => {
    expect(fm.locate(['title'])).toEqual({ line: 2, column: 8 });
    expect(fm.locate(['goals', 'coverage'])).toEqual({ line: 4, column: 13 });
    expect(fm.locate(['stages', 0, 'raci', 'rep'])).toEqual({ line: 7, column: 18 });
  });

  it('maps paths to their key when asked', () => {
    expect(fm.locate(['goals', 'coverage'], 'key')).toEqual({ line: 4, column: 3 });
    expect(fm.locate(['stages', 0, 'raci', 'rep'], 'key')).toEqual({ line: 7, column: 13 });
  });

  it('points a missing field at the nearest enclosing key, else at the opening fence', () => {
    expect(fm.locate(['goals', 'winRate'])).toEqual({ line: 3, column: 1 });
    expect(fm.locate(['summary'])).toEqual({ line: 1, column: 1 });
    expect(fm.locate(['stages', 0, 'goal'])).toEqual({ line: 6, column: 5 });
  });

  it('reports YAML syntax errors with positions in the file and no data', () => {
    const bad = parseFrontmatter('title: A\ntitle: B\n', 2);
    expect(bad.syntaxErrors).toHaveLength(1);
    expect(bad.syntaxErrors[0]!.at.line).toBe(3);
    expect(bad.data).toBeUndefined();
  });

  it('keeps Chinese text and positions counted in characters', () => {
    const zh = parseFrontmatter('title: 华源装备\nsummary: 销售模式', 2);
    expect(zh.data).toEqual({ title: '华源装备', summary: '销售模式' });
    expect(zh.locate(['summary'])).toEqual({ line: 3, column: 10 });
  });
});

describe('parseFrontmatter with an empty key', () => {
  it('reads it as the document does: an empty key, not the text "null"', () => {
    const fm = parseFrontmatter(['criteria:', '  employee', ': { max: 50 }'].join('\n'), 2);
    expect(fm.syntaxErrors).toEqual([]);
    expect(Object.keys(fm.data as object)).toEqual(['criteria', '']);
  });
});

describe('parseFrontmatter on broken YAML', () => {
  it('keeps positions inside the text and reports one error per run of unexpected tokens', () => {
    // found by the property test: yaml's own line counter lost lines inside a broken multi-line token
    const yaml = ['offerings: *starter]', 'process: quick', 'coverage:', 'x owner: rep', '  touchesPerYear: 2', '  hoursPerTouch: 0.5'].join('\n');
    const fm = parseFrontmatter(yaml, 2);
    const lines = yaml.split('\n');
    expect(fm.syntaxErrors.length).toBeGreaterThan(0);
    expect(fm.syntaxErrors.length).toBeLessThan(4);
    for (const { at } of fm.syntaxErrors) {
      expect(at.line).toBeGreaterThanOrEqual(2);
      expect(at.column).toBeLessThanOrEqual(lines[at.line - 2]!.length + 1);
    }
  });
});

describe('parseFrontmatter with aliases', () => {
  it('expands a plain alias', () => {
    expect(parseFrontmatter('a: &x [1, 2]\nb: *x', 2).data).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(', ')}]`);
    const fm = parseFrontmatter(levels.join('\n'), 2);
    expect(fm.data).toBeUndefined();
    expect(fm.syntaxErrors[0]!.message).toMatch(/alias/i);
  });

  it('refuses data nested deeper than MAX_DEPTH levels, whether written in flow or block style', () => {
    expect(MAX_DEPTH).toBe(32);
    const flow = (n: number) => `motives: ${'['.repeat(n)}x${']'.repeat(n)}`;
    const block = (n: number) => `counterparts:\n  ${'- '.repeat(n)}CFO`;
    for (const [style, deep] of [['flow', flow], ['block', block]] as const) {
      // A list under the top-level map: MAX_DEPTH levels in all are fine, one more is not.
      expect(parseFrontmatter(deep(MAX_DEPTH - 1), 2).syntaxErrors, style).toEqual([]);
      const too = parseFrontmatter(deep(MAX_DEPTH + 8), 2);
      expect(too.data, style).toBeUndefined();
      expect(too.syntaxErrors.map((e) => e.message), style).toEqual([`it nests lists or maps more than ${MAX_DEPTH} levels deep, far more than any playbook field needs`]);
    }
  });
});
