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
 * the root is not in a git repository. A playbook's history starts at the
 * commit that created its current index.mdx (`currentPlaybooks`).
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
      '--name-status',
      '--',
      `${prefix}playbooks`,
    ]);
    return { root, ...parseLog(log, prefix, shallowCommits(top), log.split('\0').length - 1 < maxCommits) };
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

/**
 * Parses `git log --format=%x00%H%x09%cI%x09%s --name-status` (newest first), keeping of each commit only the files
 * of the playbooks now at their paths (`currentPlaybooks`). `complete`: the log goes back to the first commit (it was
 * not cut at `maxCommits`). Exported for tests.
 */
export function parseLog(log: string, prefix: string, shallow: Set<string>, complete = true): History {
  const changes: Change[] = [];
  const current = currentPlaybooks();
  for (const block of log.split('\0').slice(1)) {
    const [head = '', ...rest] = block.split('\n');
    const [commit = '', date = '', ...subject] = head.split('\t');
    const touched = rest
      .map((line) => /^([A-Z])[0-9]*\t(.*)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null && m[2]!.startsWith(prefix))
      .map((m) => ({ status: m[1]!, file: m[2]!.slice(prefix.length) }));
    const files = current.select(touched);
    if (!commit || files.length === 0) continue;
    changes.push({ commit, date, subject: subject.join('\t'), files });
  }
  const kept = complete ? current.dropUncreated(changes) : changes;
  // Dates from what is kept; the oldest commits of a shallow clone stand for all history before them: no date.
  const lastChanged = new Map<string, string>();
  const unreliable = new Set<string>();
  const out: Change[] = [];
  for (const change of kept) {
    const boundary = shallow.has(change.commit);
    if (!boundary) out.push(change);
    for (const file of change.files) {
      if (lastChanged.has(file) || unreliable.has(file)) continue;
      if (boundary) unreliable.add(file);
      else lastChanged.set(file, change.date.slice(0, 10));
    }
  }
  return { changes: out, lastChanged };
}

/** The playbook folder of a file (`playbooks/acme` for `playbooks/acme/roles/rep.mdx`); null for a file of playbooks/ itself. */
function playbookDir(file: string): string | null {
  const match = /^(playbooks\/[^/]+)\//.exec(file);
  return match ? match[1]! : null;
}

/**
 * The rule of a playbook's history: it starts at the commit that created its current index.mdx — the last commit
 * that added the file at its path. A playbook deleted and made again under the same id (`new playbook acme` in a
 * repository that once had an `acme`) inherits none of the old one's commits, dates or files (no `--follow`: a
 * playbook is its folder). Fed commits newest first, `select` keeps of each commit the files of playbooks whose
 * creation is not behind yet: an index.mdx last deleted (not there now) ends its folder's history at once, one last
 * added ends it after that commit. `dropUncreated` then drops, from a log that goes back to the first commit, the
 * files of folders whose index.mdx no commit added (never committed).
 */
export function currentPlaybooks(): {
  select(touched: readonly { status: string; file: string }[]): string[];
  dropUncreated(changes: readonly Change[]): Change[];
} {
  /** Folders whose history is over (their current index.mdx's creation is behind), and those whose index.mdx a commit touched. */
  const ended = new Set<string>();
  const seen = new Set<string>();
  return {
    select(touched) {
      const createdHere: string[] = [];
      for (const { status, file } of touched) {
        const dir = playbookDir(file);
        if (dir === null || file !== `${dir}/index.mdx` || ended.has(dir)) continue;
        seen.add(dir);
        // Its newest change deleted it: an index.mdx there now was never committed, and this commit is the old one's.
        if (status === 'D') ended.add(dir);
        // Created here: this commit is the first of its history, the older ones are an earlier playbook's.
        else if (status === 'A') createdHere.push(dir);
      }
      const files = touched.map((t) => t.file).filter((file) => {
        const dir = playbookDir(file);
        return dir === null || !ended.has(dir);
      });
      for (const dir of createdHere) ended.add(dir);
      return files;
    },
    dropUncreated(changes) {
      const out: Change[] = [];
      for (const change of changes) {
        const files = change.files.filter((file) => {
          const dir = playbookDir(file);
          return dir === null || seen.has(dir);
        });
        if (files.length > 0) out.push(files.length === change.files.length ? change : { ...change, files });
      }
      return out;
    },
  };
}

/** Each project root's repository: its top folder and the root's path in it (`rev-parse` once per root; asked again while outside git). */
const locations = new Map<string, { top: string; prefix: string }>();

function locate(root: string): { top: string; prefix: string } | null {
  let found = locations.get(root);
  if (!found) {
    try {
      found = { top: git(root, ['rev-parse', '--show-toplevel']).trim(), prefix: git(root, ['rev-parse', '--show-prefix']).trim() };
    } catch {
      return null;
    }
    locations.set(root, found);
  }
  return found;
}

/**
 * The files of one playbook folder (`dir`, e.g. `playbooks/acme`, relative to the project root) as they were at a
 * git ref, written into a new temporary project root; null when the root is not in git, the ref does not exist
 * (the parent of a first commit) or the folder was not there (`git archive` then fails: one process instead of
 * asking first). The caller removes the folder with `cleanup`.
 */
export function playbookAt(root: string, ref: string, dir: string): { root: string; cleanup: () => void } | null {
  const where = locate(root);
  // A ref is a commit (or `<commit>^`), never an option of git archive.
  if (!where || ref.startsWith('-')) return null;
  let tar: Buffer;
  try {
    tar = execFileSync('git', ['archive', '--format=tar', ref, '--', `${where.prefix}${dir}`], { cwd: where.top, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
  const temp = mkdtempSync(join(tmpdir(), 'playbook-history-'));
  const cleanup = () => rmSync(temp, { recursive: true, force: true });
  try {
    execFileSync('tar', ['-x', '-f', '-', '-C', temp], { input: tar, stdio: ['pipe', 'ignore', 'ignore'] });
    return { root: where.prefix ? join(temp, where.prefix) : temp, cleanup };
  } catch {
    cleanup();
    return null;
  }
}
