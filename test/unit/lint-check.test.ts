import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject, MAX_PER_CODE } from '../../src/lint/check-project.ts';
import { SetupError } from '../../src/model/load.ts';
import { fixture, tempCopy } from '../support/helpers.ts';

/**
 * checkProject (src/lint/check-project.ts): the language of each message, one
 * playbook at a time, and the cap on diagnostics of one code in one file.
 *
 * The project: playbooks/zh (a zh-CN playbook, test/fixtures/codes/chinese)
 * and playbooks/en (English), each with a broken reference in its segment.
 */
let root: string;
let cleanup: () => void;
const HAN = /\p{Script=Han}/u;

beforeAll(() => {
  ({ dir: root, cleanup } = tempCopy('codes/chinese'));
  cpSync(join(root, 'playbooks/p'), join(root, 'playbooks/zh'), { recursive: true });
  cpSync(fixture('codes/broken-reference/playbooks/p'), join(root, 'playbooks/english'), { recursive: true });
  writeFileSync(join(root, 'playbooks/p/index.mdx'), '---\ntitle: 缺少简介的销售模式\nlang: zh-CN\ngoals:\n  coverage: 0.5\n  winRate: 0.1\n---\n');
  const segment = join(root, 'playbooks/zh/segments/buyers.mdx');
  writeFileSync(segment, readFileSync(segment, 'utf8').replace('process: sale', 'process: sael'));
});
afterAll(() => cleanup());

const byPlaybook = (diagnostics: { file: string; code: string; message: string }[], id: string) => diagnostics.filter((d) => d.file.startsWith(`playbooks/${id}/`));

describe('the language of the messages', () => {
  it('is each file’s playbook’s own: Chinese for a zh-CN playbook, English for the others', () => {
    const { diagnostics } = checkProject(root);
    const zh = byPlaybook(diagnostics, 'zh');
    const en = byPlaybook(diagnostics, 'english');
    // The process `sale` looks unused only because of the typo `sael`: held back, and counted on the broken reference.
    expect(zh.map((d) => d.code)).toEqual(['broken-reference']);
    expect(zh[0]!.message).toBe(
      '销售手册 `zh` 中没有销售流程 `sael`：找不到文件 playbooks/zh/processes/sael.mdx。现有的销售流程：`sale`。请改正 id，或用 `npm run playbook -- new process zh/sael` 新建文件。由此还引出另外 1 个问题，改正之后会一并检查。',
    );
    expect(en.map((d) => d.code)).toEqual(['broken-reference']);
    for (const d of en) expect(d.message, d.code).not.toMatch(HAN);
  });

  it('is the playbook’s even when its index.mdx has errors of its own', () => {
    const p = byPlaybook(checkProject(root).diagnostics, 'p');
    expect(p.map((d) => d.code)).toEqual(['invalid-field']);
    expect(p[0]!.message).toMatch(/^这个销售手册缺少字段 `summary`。/);
  });

  it('follows `lang` when given, for every file, and never changes the codes', () => {
    const natural = checkProject(root).diagnostics;
    for (const lang of ['en', 'zh-CN'] as const) {
      const { diagnostics } = checkProject(root, { lang });
      expect(diagnostics.map((d) => [d.file, d.line, d.column, d.code])).toEqual(natural.map((d) => [d.file, d.line, d.column, d.code]));
      for (const d of diagnostics) expect(HAN.test(d.message), `${lang} ${d.file} ${d.code}`).toBe(lang === 'zh-CN');
    }
  });
});

describe('one playbook (`--playbook`)', () => {
  it('loads and checks only that playbook', () => {
    const { playbooks, diagnostics } = checkProject(root, { playbook: 'english' });
    expect(playbooks.map((p) => p.id)).toEqual(['english']);
    expect(new Set(diagnostics.map((d) => d.file.split('/')[1]))).toEqual(new Set(['english']));
  });

  it('refuses a playbook that does not exist, naming the ones that do', () => {
    expect(() => checkProject(root, { playbook: 'nope' })).toThrow(SetupError);
    expect(() => checkProject(root, { playbook: 'nope' })).toThrow('There is no playbook `nope` in playbooks/. The playbooks are: `english`, `p`, `zh`.');
  });
});

describe('at most MAX_PER_CODE diagnostics of one code per file', () => {
  it('lists 20 of 60,000 unknown keys of one file, and the last says how many more there are', () => {
    const temp = tempCopy('valid');
    try {
      const file = 'playbooks/acme/roles/rep.mdx';
      const text = readFileSync(join(temp.dir, file), 'utf8');
      const keys = Array.from({ length: 60_000 }, (_, i) => `extra${i}: ${i}`).join('\n');
      writeFileSync(join(temp.dir, file), text.replace(/\n---\n/, `\n${keys}\n---\n`));
      const { diagnostics } = checkProject(temp.dir);
      const unknown = diagnostics.filter((d) => d.file === file && d.code === 'unknown-field');
      expect(MAX_PER_CODE).toBe(20);
      expect(unknown).toHaveLength(20);
      expect(unknown.map((d) => d.omitted)).toEqual([...Array(19).fill(undefined), 59_980]);
      expect(unknown.at(-1)!.message).toMatch(/ \(59,980 more of this kind in this file are not listed\.\)$/);
      // The first ones are the first keys, at their lines.
      expect(unknown[0]).toMatchObject({ line: text.split('\n').indexOf('---', 1) + 1, column: 1 });
      expect(unknown[0]!.message).toMatch(/^Unknown field `extra0` in this role\./);
    } finally {
      temp.cleanup();
    }
  });
});
