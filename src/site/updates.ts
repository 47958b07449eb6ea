/**
 * When a playbook's pages last changed and what changed recently, from the
 * git history of playbooks/ (`readHistory`, one `git log`), narrowed to each
 * playbook. Without history (a download, or a shallow clone's boundary) pages
 * fall back to the playbook's `updated` field.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readHistory, type Change, type History } from '../model/history.ts';

/** The history of a project without git. */
export const NO_HISTORY: History = { changes: [], lastChanged: new Map() };

/** What git knows about one playbook. */
export interface PlaybookUpdates {
  /**
   * Commits that touched the playbook, newest first, each with only this
   * playbook's files; drafts and partials (`_…`) are left out, and so are
   * commits that touched nothing else. Empty without history.
   */
  changes: Change[];
  /** Last change date (YYYY-MM-DD) of each of the playbook's files that git knows reliably. */
  lastChanged: ReadonlyMap<string, string>;
  /** The project root the history was read from, to read the playbook's earlier versions back; null without one. */
  root: string | null;
}

/** Whether a path has a file or folder that the loader ignores (`_draft.mdx`, `_partials/…`). */
const isIgnored = (path: string) => path.split('/').some((part) => part.startsWith('_'));

/** The part of the project's history that concerns the playbook in `dir` (e.g. `playbooks/acme`). */
export function playbookUpdates(history: History, dir: string): PlaybookUpdates {
  const prefix = `${dir}/`;
  const mine = (file: string) => file.startsWith(prefix) && !isIgnored(file.slice(prefix.length));
  const changes: Change[] = [];
  for (const change of history.changes) {
    const files = change.files.filter(mine);
    if (files.length > 0) changes.push({ ...change, files });
  }
  const lastChanged = new Map([...history.lastChanged].filter(([file]) => mine(file)));
  return { changes, lastChanged, root: history.root ?? null };
}

/**
 * The date a page last changed: the newest git date among the files it draws
 * on; when git knows none of them, the playbook's `updated` (null without it).
 * Files that git does not date (new, or last changed at a shallow clone's
 * boundary) changed no later than the ones it dates, so the newest known date
 * stands for the page.
 */
export function lastChangedOf(updates: PlaybookUpdates, files: readonly string[], updated: string | undefined): string | null {
  let newest: string | null = null;
  for (const file of files) {
    const date = updates.lastChanged.get(file);
    if (date !== undefined && (newest === null || date > newest)) newest = date;
  }
  return newest ?? updated ?? null;
}

const histories = new Map<string, { stamp: string; history: History }>();

/**
 * The git history of a project root, read once and kept until the
 * repository's HEAD moves (a commit, checkout or pull): the dev server, which
 * rebuilds the site on every page, does not run `git log` each time.
 */
export function projectHistory(root: string): History {
  const key = resolve(root);
  const stamp = headStamp(key);
  const known = histories.get(key);
  if (known && known.stamp === stamp) return known.history;
  const history = readHistory(key);
  histories.set(key, { stamp, history });
  return history;
}

/** A cheap fingerprint of the repository's HEAD, without running git: the sizes and times of HEAD, its reflog and `shallow`. */
function headStamp(root: string): string {
  const gitDir = findGitDir(root);
  if (!gitDir) return 'no-git';
  return ['HEAD', 'logs/HEAD', 'shallow']
    .map((name) => {
      try {
        const stat = statSync(join(gitDir, name));
        return `${stat.size}@${stat.mtimeMs}`;
      } catch {
        return '-';
      }
    })
    .join('|');
}

/** The git directory of the repository around `dir`: `.git`, or where a worktree's `.git` file points. */
function findGitDir(dir: string): string | null {
  for (let current = dir; ; current = dirname(current)) {
    const dotGit = join(current, '.git');
    if (existsSync(dotGit)) {
      if (statSync(dotGit).isDirectory()) return dotGit;
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      return pointer ? resolve(current, pointer[1]!.trim()) : null;
    }
    if (dirname(current) === current) return null;
  }
}
