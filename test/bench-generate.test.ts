import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTree } from '../bench/generate.ts';
import { countWords } from '../bench/text.ts';
import { checkProject } from '../src/lint/check.ts';

const dirs: string[] = [];
function generate(entityFiles: number, seed = 7, perPlaybook?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-generate-'));
  dirs.push(dir);
  return generateTree(dir, { entityFiles, seed, perPlaybook });
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const bodyOf = (root: string, file: string) => readFileSync(join(root, file), 'utf8').split(/^---$/m).slice(2).join('---');

describe('the benchmark generator', () => {
  it('writes a tree that check finds valid, without warnings either', () => {
    const tree = generate(20);
    expect(tree.entityFiles).toBe(20);
    const { diagnostics, playbooks } = checkProject(tree.root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(diagnostics).toEqual([]);
    expect(playbooks.map((p) => p.id)).toEqual(tree.playbooks);
  });

  it('stays valid across several playbooks, in English and Chinese', () => {
    const tree = generate(130, 11, 30);
    expect(tree.playbooks.length).toBeGreaterThanOrEqual(4);
    const { diagnostics, playbooks } = checkProject(tree.root);
    expect(diagnostics).toEqual([]);
    expect(new Set(playbooks.map((p) => p.index?.data.lang))).toEqual(new Set(['en', 'zh-CN']));
    expect(playbooks.reduce((n, p) => n + p.segments.length + p.offerings.length + p.processes.length + p.roles.length, 0)).toBe(130);
  });

  it('writes bodies with a GFM table and a task list, of about 250 words', () => {
    const tree = generate(20);
    expect(tree.entityPages).toHaveLength(20);
    for (const page of tree.entityPages) {
      const body = bodyOf(tree.root, `playbooks/${page.replace(/\/$/, '')}.mdx`);
      expect(body, page).toMatch(/^\|.+\|\n\|(?: *:?-+:? *\|)+\n\|.+\|$/m);
      expect(body, page).toMatch(/^- \[[ x]\] \S/m);
      expect(countWords(body), page).toBeGreaterThanOrEqual(250);
      expect(countWords(body), page).toBeLessThan(400);
    }
  });

  it('is deterministic: the same seed writes the same bytes', () => {
    const a = generate(20, 3);
    const b = generate(20, 3);
    for (const page of a.entityPages) {
      const file = `playbooks/${page.replace(/\/$/, '')}.mdx`;
      expect(readFileSync(join(b.root, file), 'utf8')).toBe(readFileSync(join(a.root, file), 'utf8'));
    }
    expect(generate(20, 4).bytes).not.toBe(a.bytes);
  });
});
