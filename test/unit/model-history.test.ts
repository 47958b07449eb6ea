import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLog, playbookAt, readHistory } from '../../src/model/history.ts';
import { getSite, overviewView, playbookUpdates } from '../../src/site/index.ts';
import { fixture } from '../support/helpers.ts';
import { createGitFixture, git as fixtureGit } from '../support/git-fixture.ts';

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

/**
 * A playbook's history starts at the commit that created its current index.mdx (the last one that added it at its
 * path): a playbook deleted and made again under the same id, like the README's `new playbook acme` in a repository
 * that once had an `acme`, inherits nothing of the old one: no date, no commit.
 */
describe('playbookAt: a playbook folder as it was at a commit', () => {
  it('gives the files at that commit; null for a parent before the first commit, a folder not there yet, or a ref that is an option', () => {
    const repo = join(dir, 'repo');
    const first = git(repo, '2026-01-01T10:00:00Z', 'rev-list', '--max-parents=0', 'HEAD').trim();
    const at = playbookAt(repo, first, 'playbooks/p');
    try {
      expect(readFileSync(join(at!.root, 'playbooks/p/segments/a.mdx'), 'utf8')).toBe('one');
    } finally {
      at?.cleanup();
    }
    expect(playbookAt(repo, `${first}^`, 'playbooks/p')).toBeNull();
    expect(playbookAt(repo, first, 'playbooks/q')).toBeNull();
    const output = join(dir, 'archive-output.tar');
    expect(playbookAt(repo, `--output=${output}`, 'playbooks/p')).toBeNull();
    expect(existsSync(output)).toBe(false);
  });
});

describe('a playbook made again under the id of a deleted one', () => {
  let tmp: string;
  let repo: string;
  const D = ['2026-05-01T10:00:00Z', '2026-06-01T10:00:00Z', '2026-07-01T10:00:00Z'] as const;
  const updatesOf = (id: string) => playbookUpdates(readHistory(repo), `playbooks/${id}`);
  const lastUpdated = (id: string) => overviewView(getSite({ root: repo, cache: false }), id).chrome.updated;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'playbook-history-again-'));
    repo = join(tmp, 'repo');
    // Five commits of `acme` and `beta` (the last in April 2026, acme's in March), then acme deleted in May.
    createGitFixture(repo);
    fixtureGit(repo, D[0], 'rm', '-rq', 'playbooks/acme');
    fixtureGit(repo, D[0], 'commit', '-qm', 'Retire acme');
    // A new acme, not committed yet, with files of the same names as the old one's.
    cpSync(fixture('valid/playbooks/acme'), join(repo, 'playbooks/acme'), { recursive: true });
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('uncommitted: no commit of the old playbook, no date from it ("Last updated" is not shown)', () => {
    expect(updatesOf('acme').changes).toEqual([]);
    expect([...updatesOf('acme').lastChanged]).toEqual([]);
    expect(lastUpdated('acme')).toBeNull();
    // The other playbook keeps its own history.
    expect(updatesOf('beta').changes.map((c) => c.subject)).toEqual(['Staff the beta team', 'Start the playbooks']);
    expect(lastUpdated('beta')?.iso).toBe('2026-04-01');
  });

  it('committed: its history starts at the commit that created it', () => {
    fixtureGit(repo, D[1], 'add', 'playbooks/acme');
    fixtureGit(repo, D[1], 'commit', '-qm', 'Start acme again');
    writeFileSync(join(repo, 'playbooks/acme/roles/rep.mdx'), readFileSync(join(repo, 'playbooks/acme/roles/rep.mdx'), 'utf8').replace('headcount: 1', 'headcount: 2'));
    fixtureGit(repo, D[2], 'commit', '-qam', 'Staff acme');
    expect(updatesOf('acme').changes.map((c) => c.subject)).toEqual(['Staff acme', 'Start acme again']);
    expect(updatesOf('acme').lastChanged.get('playbooks/acme/roles/rep.mdx')).toBe('2026-07-01');
    expect(updatesOf('acme').lastChanged.get('playbooks/acme/segments/smb.mdx')).toBe('2026-06-01');
    expect(lastUpdated('acme')?.iso).toBe('2026-07-01');
  });
});

describe('parseLog: where a playbook\u2019s history starts', () => {
  /** A log of `git log --name-status` (newest first): [commit, date, subject, ...status-and-file lines]. */
  const log = (...commits: string[][]) => commits.map(([commit, date, subject, ...files]) => `\0${commit}\t${date}\t${subject}\n\n${files.join('\n')}\n`).join('');
  const old = log(
    ['c3', '2026-03-01T00:00:00Z', 'Edit', 'M\tplaybooks/p/segments/a.mdx'],
    ['c2', '2026-02-01T00:00:00Z', 'Edit index', 'M\tplaybooks/p/index.mdx', 'M\tplaybooks/q/index.mdx'],
    ['c1', '2026-01-01T00:00:00Z', 'Start', 'A\tplaybooks/p/index.mdx', 'A\tplaybooks/p/segments/a.mdx', 'A\tplaybooks/q/index.mdx', 'A\tplaybooks/README.md'],
  );

  it('keeps every commit from the one that added index.mdx on, and the files of playbooks/ itself', () => {
    const { changes } = parseLog(log(['c4', '2026-04-01T00:00:00Z', 'Retire q', 'D\tplaybooks/q/index.mdx']) + old, '', new Set());
    expect(changes.map((c) => [c.commit, c.files])).toEqual([
      ['c3', ['playbooks/p/segments/a.mdx']],
      ['c2', ['playbooks/p/index.mdx']],
      ['c1', ['playbooks/p/index.mdx', 'playbooks/p/segments/a.mdx', 'playbooks/README.md']],
    ]);
  });

  it('a folder whose index.mdx no commit of a complete log added has no history; in a log cut short, its creation is older than the log', () => {
    const partial = log(['c9', '2026-05-01T00:00:00Z', 'Draft', 'A\tplaybooks/r/segments/b.mdx']);
    expect(parseLog(partial + old, '', new Set()).changes.map((c) => c.commit)).toEqual(['c3', 'c2', 'c1']);
    expect(parseLog(partial, '', new Set(), false).changes.map((c) => c.commit)).toEqual(['c9']);
  });
});
