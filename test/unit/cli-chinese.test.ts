/**
 * A Chinese playbook's CLI speaks Chinese (issue 24: "a Chinese playbook's CLI output … contain[s] no English
 * sentence"): check, new, what-if, diff, export's summary and actuals import, on a copy of the Chinese example in a
 * git repository of its own, as they succeed and as they refuse. An English sentence is a run of three or more
 * English words outside code (test/support/english.ts); the diagnostic header lines and code frames stay English by
 * design (tools read them), and so do commands.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIo } from '../support/helpers.ts';
import { englishRuns, terminalProse } from '../support/english.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PB = 'huayuan-equipment';
const PRESALES = `playbooks/${PB}/roles/presales-engineer.mdx`;
let root = '';

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com' } });

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'playbook-chinese-cli-'));
  mkdirSync(join(root, 'playbooks', '_exports'), { recursive: true });
  cpSync(join(ROOT, 'playbooks', PB), join(root, 'playbooks', PB), { recursive: true });
  cpSync(join(ROOT, 'playbooks', '_exports', PB), join(root, 'playbooks', '_exports', PB), { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'The Chinese example');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs a command in the project and returns its exit code and all it printed. */
async function cli(...argv: string[]): Promise<{ code: number; text: string }> {
  const io = captureIo(root);
  const code = await run(argv, io);
  return { code, text: `${io.out}\n${io.err}` };
}

/** The English sentences of a command's output: none in a Chinese playbook's. */
function english(text: string): string[] {
  return englishRuns(terminalProse(text));
}

/** Changes a file of the copy for one test, and puts it back after. */
async function withFile<T>(file: string, change: (text: string) => string, fn: () => Promise<T>): Promise<T> {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  writeFileSync(path, change(before));
  try {
    return await fn();
  } finally {
    writeFileSync(path, before);
  }
}

describe('the CLI on a Chinese playbook', () => {
  it('check: its warnings and its summary', async () => {
    const { code, text } = await cli('check', root);
    expect(code).toBe(0);
    expect(text).toContain('个警告');
    expect(english(text)).toEqual([]);
  });

  it('check: a mistake as a Chinese keyboard types it, and what --fix changed', async () => {
    await withFile(PRESALES, (t) => t.replace(/^headcount: 3$/m, 'headcount：3'), async () => {
      const found = await cli('check', root);
      expect(found.code).toBe(1);
      expect(found.text).toContain('：');
      expect(english(found.text)).toEqual([]);
      const fixed = await cli('check', root, '--fix');
      expect(fixed.code).toBe(0);
      expect(english(fixed.text)).toEqual([]);
    });
  });

  it('new: a role, a process and a new Chinese playbook, and a file that exists', async () => {
    for (const argv of [
      ['new', 'role', `${PB}/field-engineer`, root],
      ['new', 'process', `${PB}/rental-sale`, root, '--type', 'transactional'],
      ['new', 'playbook', 'xin', root, '--lang', 'zh-CN'],
      ['new', 'role', `${PB}/field-engineer`, root],
    ]) {
      const { text } = await cli(...argv);
      expect(text, argv.join(' ')).toMatch(/\p{Script=Han}/u);
      expect(english(text), argv.join(' ')).toEqual([]);
    }
    rmSync(join(root, 'playbooks', 'xin'), { recursive: true, force: true });
    git('clean', '-fdq', 'playbooks');
  });

  it('what-if: a scenario, changes on the command line, the next hire, and the ways it refuses', async () => {
    for (const argv of [
      ['what-if', PB, root, '--scenario', 'presales-and-telesales'],
      ['what-if', PB, root, '--set', 'roles/presales-engineer.headcount+=1', '--set', 'roles/telesales.hires=[{start: 2027-03, count: 1}]'],
      ['what-if', PB, root, '--next-hire'],
      ['what-if', PB, root, '--set', 'roles/presales-engneer.headcount=4'],
      ['what-if', PB, root, '--set', 'roles/presales-engineer.headcount'],
      ['what-if', PB, root, '--set', 'roles/presales-engineer.hires=[{start: 2027-03'],
      ['what-if', PB, root, '--set', 'roles/presales-engineer.title+=1'],
      ['what-if', PB, root, '--scenario', 'more-presale'],
      ['what-if', PB, root],
    ]) {
      const { text } = await cli(...argv);
      expect(english(text), argv.join(' ')).toEqual([]);
    }
  });

  it('diff: a change against the last commit, and a ref that does not exist', async () => {
    await withFile(PRESALES, (t) => t.replace(/^headcount: 3$/m, 'headcount: 4'), async () => {
      const report = await cli('diff', 'HEAD', root);
      expect(report.code).toBe(0);
      expect(report.text).toContain('成本与回报');
      expect(english(report.text)).toEqual([]);
    });
    const missing = await cli('diff', 'no-such-branch', root);
    expect(missing.code).toBe(2);
    expect(english(missing.text)).toEqual([]);
  });

  it('export: its summary on stderr, and its refusal', async () => {
    const io = captureIo(root);
    expect(await run(['export', root], io)).toBe(0);
    expect(io.err).toContain('已导出');
    expect(english(io.err)).toEqual([]);
    const strict = await cli('export', root, '--strict');
    expect(strict.code).toBe(1);
    expect(english(strict.text)).toEqual([]);
  });

  it('actuals import: the summary, a snapshot that exists, and a date it cannot read', async () => {
    const csv = `playbooks/_exports/${PB}/deals.csv`;
    const period = ['--from', '2025-12-01', '--to', '2026-11-30', '--root', root];
    for (const argv of [
      ['actuals', 'import', PB, csv, ...period, '--force'],
      ['actuals', 'import', PB, csv, ...period],
      ['actuals', 'import', PB, csv, '--from', '2025-13-01', '--root', root],
      ['actuals', 'import', PB, 'nowhere.csv', ...period, '--force'],
    ]) {
      const { text } = await cli(...argv);
      expect(text, argv.join(' ')).toMatch(/\p{Script=Han}/u);
      expect(english(text), argv.join(' ')).toEqual([]);
    }
  });
});

describe('englishRuns', () => {
  it('finds a sentence left in English, and leaves code, commands, paths and a two-word name alone', () => {
    expect(englishRuns('没有测算：No what-if: 1 change problem. A path must name a field')).toEqual(['A path must name a field']);
    expect(englishRuns('请运行 `npm run check` 查看；文件 playbooks/huayuan/roles/presales.mdx；用 --set 改动；GitHub Pages 上')).toEqual([]);
    expect(terminalProse('playbooks/a/index.mdx:3:9 warning capacity-exceeded\n  售前工程师超负荷。\n  > 3 | headcount: 3\n      |         ^')).toBe('  售前工程师超负荷。');
  });
});
