/**
 * The project's folders as one load reads them: what each entry is (a link
 * counts as what it points at, but only inside the project; a pipe, socket
 * or device is never opened), folder listings without `_` drafts, hidden
 * entries that look like content, and the problems of reading them. The
 * Loader of load.ts builds on it. Also `SetupError`, the error of every
 * command whose input cannot be used at all (exit code 2), which the reading
 * throws first.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { CatalogueError, setup } from '../diagnostics/setup.ts';
import { specialKind, type Unreadable } from './encoding.ts';

/**
 * A problem with the command's input itself (no root, no playbooks/, unreadable files): exit code 2. It carries a
 * problem of the catalogue (src/diagnostics/setup.ts), whose message the CLI writes in the playbook's language.
 */
export class SetupError extends CatalogueError {
  override name = 'SetupError';
}

/** One load's view of the project's folders, and the problems found reading them so far. */
export class ProjectTree {
  readonly diagnostics: Diagnostic[] = [];
  protected readonly root: string;
  private readonly realRoot: string;

  constructor(root: string) {
    this.root = root;
    this.realRoot = realpathSync(root);
  }

  /**
   * What an entry of `dir` (relative to the root) is. A symbolic link counts
   * as what it points at, but only inside the project: one that resolves
   * outside is reported (`symlink-outside`, once) and never read; one that
   * resolves to nothing is `dangling`. A pipe, socket or device is never
   * opened.
   */
  resolve(dir: string, entry: Dirent): EntryType {
    if (entry.isDirectory()) return 'folder';
    if (entry.isFile()) return 'file';
    if (!entry.isSymbolicLink()) return specialOf(entry) ?? 'other';
    const path = `${dir}/${entry.name}`;
    let real: string;
    try {
      real = realpathSync(join(this.root, path));
    } catch {
      return 'dangling';
    }
    if (real !== this.realRoot && !real.startsWith(this.realRoot + sep)) {
      if (!this.outside.has(path)) {
        this.outside.add(path);
        this.diagnostics.push(diagnostic('symlink-outside', path, FILE_START, { what: isDirectory(real) ? 'folder' : 'file' }));
      }
      return 'outside';
    }
    try {
      const stats = statSync(real);
      return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : (specialKind(stats) as EntryType | undefined) ?? 'other';
    } catch {
      return 'dangling';
    }
  }

  /** Whether an entry of `dir` (relative to the root) is a folder to read (see `resolve`). */
  folderAt(dir: string, entry: Dirent): boolean {
    return this.resolve(dir, entry) === 'folder';
  }

  /** Whether a path resolves inside the project root. */
  insideProject(path: string): boolean {
    try {
      const real = realpathSync(path);
      return real === this.realRoot || real.startsWith(this.realRoot + sep);
    } catch {
      return false;
    }
  }

  /** The links already reported as resolving outside the project. */
  private readonly outside = new Set<string>();

  /** Reports a file or folder that cannot be read (`unreadable-file`, format §3). */
  unreadable(file: string, what: 'file' | 'folder', why: Unreadable): void {
    this.diagnostics.push(diagnostic('unreadable-file', file, FILE_START, { what, ...why }));
  }

  /**
   * The hidden entries of `dir` that look like content (format §1): a `.mdx` file (`files`), a folder
   * holding `.mdx` files; reported as `unknown-file`. Other hidden names (`.DS_Store`, `.gitkeep`) are ignored.
   */
  reportHidden(dir: string, hidden: readonly Dirent[], options: { files: boolean }): void {
    for (const entry of hidden) {
      const type = this.resolve(dir, entry);
      const name = entry.name;
      if (type === 'folder' && holdsMdx(join(this.root, dir, name))) {
        this.diagnostics.push(diagnostic('unknown-file', `${dir}/${name}`, FILE_START, { what: 'folder', name, hidden: true, suggestion: `_${name.replace(/^\.+/, '')}` }));
      } else if (options.files && type !== 'folder' && type !== 'outside' && isMdx(name)) {
        const shown = name.replace(/^\.+/, '');
        this.diagnostics.push(diagnostic('unknown-file', `${dir}/${name}`, FILE_START, { what: 'file', name, hidden: true, ...(isMdx(shown) && shown.length > 4 ? { suggestion: shown } : {}) }));
      }
    }
  }

  /** A folder's entries (see `listEntries`); null after reporting it when it cannot be listed. */
  protected list(dir: string): Entries | null {
    try {
      return listEntries(join(this.root, dir));
    } catch (error) {
      const code = error instanceof SetupError && error.problem?.key === 'cannot-list' ? error.problem.params.code : String(error);
      this.unreadable(dir, 'folder', code === 'EACCES' || code === 'EPERM' ? { reason: 'permission', code } : { reason: 'error', code });
      return null;
    }
  }
}

/** What an entry is, links followed inside the project: a folder or file to read, or why it is not read. */
export type EntryType = 'file' | 'folder' | 'outside' | 'dangling' | 'pipe' | 'socket' | 'device' | 'other';

export const isUnreadable = (type: EntryType): type is 'dangling' | 'pipe' | 'socket' | 'device' => type === 'dangling' || type === 'pipe' || type === 'socket' || type === 'device';

/** A pipe, socket or device, from its directory entry alone. */
function specialOf(entry: Dirent): EntryType | undefined {
  if (entry.isFIFO()) return 'pipe';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
  return undefined;
}

export interface Entries {
  /** The entries to read, sorted by name. */
  visible: Dirent[];
  /** The hidden ones (`.…`), which are read only to tell whether they look like content. */
  hidden: Dirent[];
}

const isMdx = (name: string) => /\.mdx$/i.test(name);

/** Entries of a folder, sorted by name, without `_` drafts, the hidden ones apart (one system call, no stat per file). */
export function listEntries(path: string): Entries {
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (error) {
    throw new SetupError(setup('cannot-list', { path, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const sorted = entries.filter((e) => !e.name.startsWith('_')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { visible: sorted.filter((e) => !e.name.startsWith('.')), hidden: sorted.filter((e) => e.name.startsWith('.')) };
}

/**
 * Whether a hidden folder holds `.mdx` files, at any depth (links are not followed): it then looks like content
 * that was meant to be read. The search stops at the first one, and after a bounded number of entries.
 */
function holdsMdx(path: string): boolean {
  const folders = [path];
  for (let seen = 0; folders.length > 0 && seen < 10_000; ) {
    const folder = folders.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      seen++;
      if (entry.isDirectory()) folders.push(join(folder, entry.name));
      else if (isMdx(entry.name)) return true;
    }
  }
  return false;
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}