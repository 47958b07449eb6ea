import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One commit that touched playbook files. */
export interface Change {
  commit: string;
  /** Commit date, ISO 8601. */
  date: string;
  subject: string;
  /** Files it touched, relative to the project root, `/` separated. */
  files: string[];
}

export interface History {
  /** The project root it was read from: where the playbooks' earlier versions can be read back (absent without git). */
  root?: string;
  /** Newest first. */
  changes: Change[];
  /** Last change date (YYYY-MM-DD) of each file that git knows reliably. */
  lastChanged: Map<string, string>;
}

const EMPTY: History = { changes: [], lastChanged: new Map() };

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
}

/**
 * Reads the git history of a project's `playbooks/` once: every commit with its
 * files, and the last-change date of each file. Returns an empty history when
 * the root is not in a git repository.
 *
 * In a shallow clone, the oldest commits fetched stand for all history before
 * them and show every file as new: a file whose last change is one of them
 * gets no date here (the page then falls back to the playbook's `updated`),
 * so a shallow clone never gives a wrong date.
 */
export function readHistory(root: string, maxCommits = 500): History {
  let top: string;
  let log: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).trim();
    const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
    log = git(top, [
      'log',
      `--max-count=${maxCommits}`,
      '--no-renames',
      '--format=%x00%H%x09%cI%x09%s',
      '--name-only',
      '--',
      `${prefix}playbooks`,
    ]);
    return { root, ...parseLog(log, prefix, shallowCommits(top)) };
  } catch {
    return EMPTY;
  }
}

function shallowCommits(top: string): Set<string> {
  try {
    const gitDir = git(top, ['rev-parse', '--absolute-git-dir']).trim();
    const file = join(gitDir, 'shallow');
    return existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : new Set();
  } catch {
    return new Set();
  }
}

/** Parses `git log --format=%x00%H%x09%cI%x09%s --name-only`. Exported for tests. */
export function parseLog(log: string, prefix: string, shallow: Set<string>): History {
  const changes: Change[] = [];
  const lastChanged = new Map<string, string>();
  const unreliable = new Set<string>();
  for (const block of log.split('\0').slice(1)) {
    const [head = '', ...rest] = block.split('\n');
    const [commit = '', date = '', ...subject] = head.split('\t');
    const files = rest
      .map((f) => f.trim())
      .filter((f) => f !== '' && f.startsWith(prefix))
      .map((f) => f.slice(prefix.length));
    if (!commit || files.length === 0) continue;
    const boundary = shallow.has(commit);
    if (!boundary) changes.push({ commit, date, subject: subject.join('\t'), files });
    for (const file of files) {
      if (lastChanged.has(file) || unreliable.has(file)) continue;
      if (boundary) unreliable.add(file);
      else lastChanged.set(file, date.slice(0, 10));
    }
  }
  return { changes, lastChanged };
}

/**
 * The files of one playbook folder (`dir`, e.g. `playbooks/acme`, relative to the project root) as they were at a
 * git ref, written into a new temporary project root; null when the root is not in git, the ref does not exist
 * (the parent of a first commit) or the folder was not there. The caller removes the folder with `cleanup`.
 */
export function playbookAt(root: string, ref: string, dir: string): { root: string; cleanup: () => void } | null {
  let top: string;
  let prefix: string;
  let commit: string;
  try {
    top = git(root, ['rev-parse', '--show-toplevel']).trim();
    prefix = git(root, ['rev-parse', '--show-prefix']).trim();
    commit = git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    return null;
  }
  const path = `${prefix}${dir}`;
  const temp = mkdtempSync(join(tmpdir(), 'playbook-history-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  try {
    if (git(top, ['ls-tree', '--name-only', commit, '--', path]).trim() === '') {
      cleanup();
      return null;
    }
    const tar = execFileSync('git', ['archive', '--format=tar', commit, '--', path], { cwd: top, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    execFileSync('tar', ['-x', '-f', '-', '-C', temp], { input: tar, stdio: ['pipe', 'ignore', 'ignore'] });
    return { root: prefix ? join(temp, prefix) : temp, cleanup };
  } catch {
    cleanup();
    return null;
  }
}
