import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory } from '../src/model/history.ts';

let dir: string;
const git = (cwd: string, date: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'playbook-history-'));
  const repo = join(dir, 'repo');
  mkdirSync(join(repo, 'playbooks/p/segments'), { recursive: true });
  git(repo, '2026-01-01T10:00:00Z', 'init', '-q', '-b', 'main');
  writeFileSync(join(repo, 'playbooks/p/index.mdx'), 'one');
  writeFileSync(join(repo, 'playbooks/p/segments/a.mdx'), 'one');
  writeFileSync(join(repo, 'README.md'), 'x');
  git(repo, '2026-01-01T10:00:00Z', 'add', '-A');
  git(repo, '2026-01-01T10:00:00Z', 'commit', '-qm', 'first');
  writeFileSync(join(repo, 'playbooks/p/segments/a.mdx'), 'two');
  git(repo, '2026-03-05T10:00:00Z', 'commit', '-qam', 'Raise accounts');
  writeFileSync(join(repo, 'README.md'), 'y');
  git(repo, '2026-04-01T10:00:00Z', 'commit', '-qam', 'Docs only');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readHistory', () => {
  it('lists commits touching playbooks/, newest first, with their files', () => {
    const history = readHistory(join(dir, 'repo'));
    expect(history.changes.map((c) => [c.subject, c.files])).toEqual([
      ['Raise accounts', ['playbooks/p/segments/a.mdx']],
      ['first', ['playbooks/p/index.mdx', 'playbooks/p/segments/a.mdx']],
    ]);
    expect(history.changes[0]!.date.slice(0, 10)).toBe('2026-03-05');
  });

  it('gives each file the date of its last change', () => {
    const { lastChanged } = readHistory(join(dir, 'repo'));
    expect(lastChanged.get('playbooks/p/segments/a.mdx')).toBe('2026-03-05');
    expect(lastChanged.get('playbooks/p/index.mdx')).toBe('2026-01-01');
  });

  it('gives no date from the boundary of a shallow clone', () => {
    const shallow = join(dir, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${join(dir, 'repo')}`, shallow]);
    const { lastChanged, changes } = readHistory(shallow);
    // depth 1: the only commit stands for all history, so no file has a reliable date
    expect(lastChanged.size).toBe(0);
    expect(changes).toEqual([]);
  });

  it('is empty outside a git repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'playbook-nogit-'));
    try {
      expect(readHistory(plain).changes).toEqual([]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
