/**
 * The CLI speaks the playbook's language (issue: Chinese everywhere a Chinese playbook speaks): usage and setup
 * problems, --help, `new`'s report and skeletons, `export`'s refusal; `--lang` first, and English when nothing says
 * otherwise.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { SETUP_MESSAGES, renderSetup, type SetupProblem } from '../../src/diagnostics/setup.ts';
import { captureIo } from '../support/helpers.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function cli(cwd: string, ...argv: string[]) {
  const io = captureIo(cwd);
  const code = await run(argv, io);
  return { code, out: io.out, err: io.err };
}

/** A project with one Chinese playbook `huayuan` and a role, written by `new`. */
async function chineseProject(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'playbook-lang-'));
  temps.push(root);
  mkdirSync(join(root, 'playbooks'));
  expect((await cli(root, 'new', 'playbook', 'huayuan', '--lang', 'zh-CN')).code).toBe(0);
  expect((await cli(root, 'new', 'role', 'huayuan/regional-sales')).code).toBe(0);
  return root;
}

/** The English of the usage and help, none of which a Chinese one may show. */
const englishWords = (text: string) =>
  ['Usage', 'Show this help', 'One of', 'Fail on warnings', 'The language of the messages', 'Exit codes', 'Work on this playbook', 'Refuse to export'].filter((w) => text.includes(w));

describe('new in a Chinese playbook', () => {
  it('writes Chinese titles, samples and next steps', async () => {
    const root = mkdtempSync(join(tmpdir(), 'playbook-lang-'));
    temps.push(root);
    const made = await cli(root, 'new', 'playbook', 'huayuan', '--lang', 'zh-CN');
    expect(made.code).toBe(0);
    expect(made.out).toContain('已创建 playbooks/huayuan/index.mdx');
    expect(made.out).toContain('下一步：编辑这个文件：标题、简介和目标。');
    expect(made.out).not.toMatch(/Next|Created|Then/);
    expect(readFileSync(join(root, 'playbooks/huayuan/index.mdx'), 'utf8')).toMatch(/^---\ntitle: 待填写：销售手册名称\n/);
    const role = await cli(root, 'new', 'role', 'huayuan/regional-sales');
    expect(role.out).toContain('已创建 playbooks/huayuan/roles/regional-sales.mdx。');
    expect(role.out).toContain('下一步：');
    const text = readFileSync(join(root, 'playbooks/huayuan/roles/regional-sales.mdx'), 'utf8');
    expect(text).toContain('title: 待填写：岗位名称');
    expect(text).toContain('counterparts: [财务总监]');
    expect(text).not.toMatch(/\bCFO\b/);
    expect((await cli(root, 'new', 'offering', 'huayuan/standard')).code).toBe(0);
    const process = await cli(root, 'new', 'process', 'huayuan/quick-quote');
    expect(process.out).toContain('引用了岗位 `regional-sales`');
    expect((await cli(root, 'new', 'segment', 'huayuan/sme')).code).toBe(0);
    expect(readFileSync(join(root, 'playbooks/huayuan/segments/sme.mdx'), 'utf8')).toContain('function: 财务总监');
    // The titles are placeholders, so check lists them, in Chinese.
    const check = await cli(root, 'check');
    expect(check.code).toBe(0);
    expect(check.err).toContain('这个岗位的 `title` 仍是 `new` 生成的占位内容');
  });

  it('refuses what exists, and what lacks its references, in Chinese', async () => {
    const root = await chineseProject();
    const again = await cli(root, 'new', 'role', 'huayuan/regional-sales');
    expect(again.code).toBe(1);
    expect(again.err).toBe('playbooks/huayuan/roles/regional-sales.mdx 已经存在，没有写入任何文件。`new` 从不覆盖已有文件：请直接编辑这个岗位，或换一个 id。\n');
    const segment = await cli(root, 'new', 'segment', 'huayuan/sme');
    expect(segment.code).toBe(1);
    expect(segment.err).toContain('没有写入任何文件：新的目标客群要引用销售手册里的其他文件，而销售手册 `huayuan` 还没有合法的产品/服务或销售流程。请先创建：');
  });
});

describe('new process --type', () => {
  it.each(['transactional', 'solution', 'key-account'])('writes a %s process', async (type) => {
    const root = await chineseProject();
    expect((await cli(root, 'new', 'process', 'huayuan/p', '--type', type)).code).toBe(0);
    expect(readFileSync(join(root, 'playbooks/huayuan/processes/p.mdx'), 'utf8')).toContain(`\ntype: ${type} #`);
  });

  it('is for processes only, and takes the three types only', async () => {
    const root = await chineseProject();
    const role = await cli(root, 'new', 'role', 'huayuan/x', '--type', 'solution');
    expect(role.code).toBe(2);
    expect(role.err).toMatch(/^new：--type 只用于 `new process`（销售流程的类型）。/);
    const bad = await cli(root, 'new', 'process', 'huayuan/x', '--type', 'consultative');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^new：--type 只能是 transactional、solution、key-account 之一，现在是 `consultative`。/);
  });
});

describe('usage and setup problems in the playbooks\u2019 language', () => {
  it('an unknown option, with the Chinese usage after it', async () => {
    const root = await chineseProject();
    const { code, err } = await cli(root, 'check', '--bogus');
    expect(code).toBe(2);
    expect(err).toMatch(/^check：没有 `--bogus` 这个选项。\n\n用法：npm run playbook -- check /);
    expect(err).toContain('有警告也算失败。');
    expect(englishWords(err)).toEqual([]);
  });

  it('an unknown command, a missing argument, a playbook that does not exist', async () => {
    const root = await chineseProject();
    expect((await cli(root, 'frobnicate')).err).toMatch(/^没有 `frobnicate` 这个命令。可用的命令有：check、export/);
    expect((await cli(root, 'new', 'role')).err).toMatch(/^new：缺少参数 <target>。/);
    const missing = await cli(root, 'check', '--playbook', 'nope');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('playbooks/ 下没有销售手册 `nope`。现有的销售手册：`huayuan`。\n');
  });

  it('--help in Chinese', async () => {
    const root = await chineseProject();
    const { code, out } = await cli(root, 'export', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^用法：npm run playbook -- export /);
    expect(englishWords(out)).toEqual([]);
  });

  it('--lang speaks over the playbooks, and English is the default', async () => {
    const root = await chineseProject();
    expect((await cli(root, 'check', '--bogus', '--lang', 'en')).err).toMatch(/^check: unknown option `--bogus`\.\n\nUsage: /);
    const empty = mkdtempSync(join(tmpdir(), 'playbook-lang-'));
    temps.push(empty);
    expect((await cli(empty, 'check')).err).toMatch(/^\S+ has no playbooks\/ folder, so there is nothing to check\./);
    expect((await cli(empty, 'check', '--lang', 'zh-CN')).err).toMatch(/^\S+ 下没有 playbooks\/ 文件夹，没有可检查的内容。/);
  });

  it('export refuses in Chinese', async () => {
    const root = await chineseProject();
    writeFileSync(join(root, 'playbooks/huayuan/roles/regional-sales.mdx'), '---\ntitle: 区域销售\n---\n');
    const { code, out, err } = await cli(root, 'export');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/没有导出：销售手册有 \d+ 个错误，据此算出的数字会误导人。/);
  });
});

describe('the setup catalogue', () => {
  /** One sample of each problem's params. */
  const SAMPLES: SetupProblem[] = (Object.keys(SETUP_MESSAGES) as (keyof typeof SETUP_MESSAGES)[]).map(
    (key) =>
      ({
        key,
        params: {
          root: '/srv/x',
          playbook: 'acme',
          playbooks: ['acme', 'beta'],
          path: 'playbooks/acme/roles',
          file: 'playbooks/acme/index.mdx',
          code: 'EACCES',
          what: 'file',
          name: 'target',
          commands: ['check', 'new'],
          command: 'check',
          option: '--bogus',
          detail: 'Unexpected argument.',
          argument: 'extra',
          description: 'The target.',
          values: ['a', 'b'],
          value: 'c',
          kinds: ['role'],
          kind: 'role',
          entity: true,
          target: 'x/y/z',
          id: 'docs',
          reserved: ['docs', 'search'],
          dir: 'playbooks/acme',
          done: 'playbooks/acme/index.mdx',
          arg: 'roles/rep.headcount',
          column: 8,
          scenario: 'hier',
          scenarios: ['hire'],
          near: 'hire',
          out: '/srv/x/pdf/acme.pdf',
          url: 'http://127.0.0.1:4321/acme/book/',
          status: '404',
          fromEnv: true,
          log: '[build] error: the site did not build.',
          ref: 'main',
          action: 'export',
          from: '2026-03-01',
          to: '2026-01-31',
        },
      }) as unknown as SetupProblem,
  );

  it('has every problem in both languages, the Chinese with full-width punctuation', () => {
    for (const problem of SAMPLES) {
      const en = renderSetup(problem, 'en');
      const zh = renderSetup(problem, 'zh-CN');
      expect(en, problem.key).toMatch(/[.)`]$/);
      expect(zh, problem.key).toMatch(/\p{Script=Han}/u);
      // The build's own log (its last line, whatever it is) ends the message of a failed build.
      if (problem.key !== 'pdf-build-failed') expect(zh, problem.key).toMatch(/[。）]$/);
      for (const text of [en, zh]) expect(text, problem.key).not.toMatch(/undefined|\[object/);
    }
  });
});
