/**
 * A small project with a Git history of known dates, for the what's-new and
 * last-changed tests: two playbooks made from test/fixtures/valid (`acme` in
 * English with `updated: 2026-01-01`, `beta` in Chinese without `updated`),
 * committed five times with fixed author and committer dates.
 *
 * | commit | date (committer)            | subject               | files |
 * |--------|----------------------------|-----------------------|-------|
 * | 1      | 2026-01-10T09:00:00Z       | Start the playbooks   | every file of acme (with segments/legacy.mdx) and beta, README.md |
 * | 2      | 2026-02-20T15:30:00+08:00  | Raise SMB accounts    | acme/segments/smb.mdx; deletes acme/segments/legacy.mdx; adds acme/segments/_draft.mdx |
 * | 3      | 2026-03-05T10:00:00Z       | Rename the rep role   | acme/roles/rep.mdx, README.md |
 * | 4      | 2026-03-20T10:00:00Z       | Work on a draft       | acme/segments/_draft.mdx only |
 * | 5      | 2026-04-01T10:00:00Z       | Staff the beta team   | beta/roles/rep.mdx |
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from './helpers.ts';

export const COMMIT_DATES = ['2026-01-10T09:00:00Z', '2026-02-20T15:30:00+08:00', '2026-03-05T10:00:00Z', '2026-03-20T10:00:00Z', '2026-04-01T10:00:00Z'] as const;

/** Runs git in `cwd` as a fixed author at a fixed date; returns its output. */
export function git(cwd: string, date: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

/** Replaces text in a file of the project. */
function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

/**
 * Writes the playbooks into `root` (a fresh folder, or a fixture project) and
 * commits them in the order of the table above. Only playbooks/ and README.md
 * are committed: the rest of the folder (symlinks to the project) stays untracked.
 */
export function createGitFixture(root: string): void {
  const acme = join(root, 'playbooks/acme');
  const beta = join(root, 'playbooks/beta');
  rmSync(join(root, 'playbooks'), { recursive: true, force: true });
  cpSync(fixture('valid/playbooks/acme'), acme, { recursive: true });
  cpSync(fixture('valid/playbooks/acme'), beta, { recursive: true });
  edit(root, 'playbooks/acme/index.mdx', 'goals:', 'updated: 2026-01-01\ngoals:');
  edit(root, 'playbooks/beta/index.mdx', 'title: Acme sales model', 'title: 贝塔销售模式\nlang: zh-CN');
  writeFileSync(
    join(acme, 'segments/legacy.mdx'),
    readFileSync(join(acme, 'segments/smb.mdx'), 'utf8').replace('title: Small businesses', 'title: Legacy accounts'),
  );
  writeFileSync(join(root, 'README.md'), 'Playbooks\n');
  const [d1, d2, d3, d4, d5] = COMMIT_DATES;
  git(root, d1, 'init', '-q', '-b', 'main');
  git(root, d1, 'add', 'playbooks', 'README.md');
  git(root, d1, 'commit', '-q', '-m', 'Start the playbooks');

  edit(root, 'playbooks/acme/segments/smb.mdx', 'accounts: 100', 'accounts: 120');
  rmSync(join(acme, 'segments/legacy.mdx'));
  writeFileSync(join(acme, 'segments/_draft.mdx'), '---\ntitle: Draft\n---\n');
  git(root, d2, 'add', '-A', 'playbooks');
  git(root, d2, 'commit', '-q', '-m', 'Raise SMB accounts');

  edit(root, 'playbooks/acme/roles/rep.mdx', 'title: Account executive', 'title: Sales representative');
  writeFileSync(join(root, 'README.md'), 'Playbooks, renamed rep\n');
  git(root, d3, 'commit', '-q', '-am', 'Rename the rep role');

  writeFileSync(join(acme, 'segments/_draft.mdx'), '---\ntitle: Draft, second try\n---\n');
  git(root, d4, 'commit', '-q', '-am', 'Work on a draft');

  edit(root, 'playbooks/beta/roles/rep.mdx', 'headcount: 1', 'headcount: 2');
  git(root, d5, 'commit', '-q', '-am', 'Staff the beta team');
}
