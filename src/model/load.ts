import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { CatalogueError, setup } from '../diagnostics/setup.ts';
import { REGISTRY, isValidFileId, type KindDefinition, type Lang, type Registry } from '../kinds/index.ts';
import { LANGS, isValidId } from '../schema/index.ts';
import { readUtf8 } from './encoding.ts';
import { splitFile } from './frontmatter.ts';
import type { Entity, PlaybookGraph } from './graph.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { isReservedId, RESERVED_IDS } from './reserved.ts';
import { closest } from '../format/text.ts';
import { suggestId } from './validate.ts';
import { suggestIds, valueEdits, type Titled } from './value-edits.ts';

/**
 * A problem with the command's input itself (no root, no playbooks/, unreadable files): exit code 2. It carries a
 * problem of the catalogue (src/diagnostics/setup.ts), whose message the CLI writes in the playbook's language.
 */
export class SetupError extends CatalogueError {
  override name = 'SetupError';
}

export interface LoadResult {
  /** Absolute project root. */
  root: string;
  playbooks: PlaybookGraph[];
  /** Per-file problems: encoding, frontmatter, YAML, schema, ids, layout, missing index.mdx. */
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** The kinds of file (tests pass a copy with a kind of their own). */
  registry?: Registry;
  /** Load only this playbook (`--playbook <id>`). */
  playbook?: string;
}

const INDEX = 'index.mdx';

/** Reads a project root's `playbooks/` tree into typed playbook graphs, collecting every problem. */
export function loadProject(rootArg: string, options: LoadOptions = {}): LoadResult {
  const registry = options.registry ?? REGISTRY;
  const root = resolve(rootArg);
  if (!isDirectory(root)) {
    throw new SetupError(setup('no-root', { root: rootArg }));
  }
  const playbooksDir = join(root, 'playbooks');
  if (!isDirectory(playbooksDir)) {
    throw new SetupError(setup('no-playbooks-folder', { root: rootArg }));
  }
  const loader = new Loader(root, registry);
  // playbooks/ itself may be a link, but only to a folder inside the project.
  if (!loader.insideProject(playbooksDir)) {
    return { root, playbooks: [], diagnostics: [diagnostic('symlink-outside', 'playbooks', FILE_START, { what: 'folder' })] };
  }
  const entries = listEntries(playbooksDir);
  if (options.playbook !== undefined && !entries.some((e) => e.name === options.playbook && loader.folderAt('playbooks', e))) {
    const ids = entries.filter((e) => loader.folderAt('playbooks', e)).map((e) => e.name);
    throw new SetupError(setup('unknown-playbook', { playbook: options.playbook, playbooks: ids }));
  }
  for (const entry of entries) {
    if (options.playbook !== undefined && entry.name !== options.playbook) continue;
    if (!loader.folderAt('playbooks', entry)) continue;
    loader.loadPlaybook(entry.name);
  }
  return { root, playbooks: loader.playbooks, diagnostics: loader.diagnostics };
}

/** One load of a project: what it found so far. */
class Loader {
  readonly playbooks: PlaybookGraph[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly root: string;
  private readonly registry: Registry;
  private readonly realRoot: string;

  constructor(root: string, registry: Registry) {
    this.root = root;
    this.registry = registry;
    this.realRoot = realpathSync(root);
  }

  /**
   * Whether an entry of `dir` (relative to the root) is a folder to read. A
   * symbolic link counts as what it points at, but only inside the project:
   * one that resolves outside is reported and never read.
   */
  folderAt(dir: string, entry: Dirent): boolean {
    if (entry.isDirectory()) return true;
    if (!entry.isSymbolicLink()) return false;
    const target = this.insideRoot(`${dir}/${entry.name}`);
    return target !== null && isDirectory(target);
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

  /** Whether an entry is a file to read (symbolic links as for folders). */
  private fileAt(dir: string, entry: Dirent): boolean {
    if (entry.isFile()) return true;
    if (!entry.isSymbolicLink()) return false;
    const target = this.insideRoot(`${dir}/${entry.name}`);
    return target !== null && isFile(target);
  }

  /** The real path of a link when it stays inside the project; null (and `symlink-outside`, once) when it does not or is dangling. */
  private readonly outside = new Set<string>();
  private insideRoot(path: string): string | null {
    let real: string;
    try {
      real = realpathSync(join(this.root, path));
    } catch {
      return null; // A dangling link: nothing to read.
    }
    if (real === this.realRoot || real.startsWith(this.realRoot + sep)) return real;
    if (!this.outside.has(path)) {
      this.outside.add(path);
      let what: 'file' | 'folder' = 'file';
      try {
        if (statSync(real).isDirectory()) what = 'folder';
      } catch {
        // Unreadable target: still reported as a file.
      }
      this.diagnostics.push(diagnostic('symlink-outside', path, FILE_START, { what }));
    }
    return null;
  }

  /** Per playbook while it loads: each kind's entities by id and title (invalid files too), and each file's lines. */
  private titles = new Map<string, Titled[]>();
  private lines = new Map<string, string[]>();

  loadPlaybook(name: string): void {
    const dir = `playbooks/${name}`;
    const graph = emptyGraph(name, dir, this.registry);
    const first = this.diagnostics.length;
    this.titles = new Map();
    this.lines = new Map();
    const kinds = new Map(this.registry.entities.map((k) => [k.id, k]));
    let indexEntry: Dirent | undefined;
    let entityFiles = 0;
    const unknown: { entry: Dirent; folder: boolean }[] = [];
    for (const entry of listEntries(join(this.root, dir))) {
      if (entry.name === INDEX) {
        if (this.fileAt(dir, entry)) indexEntry = entry;
        else if (this.folderAt(dir, entry)) throw unexpectedFolder(`${dir}/${INDEX}`);
        continue;
      }
      const kind = kinds.get(entry.name);
      if (kind && this.folderAt(dir, entry)) {
        entityFiles += this.loadKind(graph, kind);
        continue;
      }
      if (kind && this.fileAt(dir, entry)) throw new SetupError(setup('kind-is-file', { path: `${dir}/${entry.name}` }));
      const folder = this.folderAt(dir, entry);
      if (folder || this.fileAt(dir, entry)) unknown.push({ entry, folder });
    }
    if (!indexEntry && entityFiles === 0) return;
    for (const { entry, folder } of unknown) {
      const expected = [INDEX, ...kinds.keys()];
      this.diagnostics.push(
        diagnostic('unknown-file', `${dir}/${entry.name}`, FILE_START, { what: folder ? 'folder' : 'file', name: entry.name, suggestion: closest(entry.name, expected) }),
      );
    }
    if (!isValidId(name)) this.diagnostics.push(diagnostic('invalid-id', indexEntry ? `${dir}/${INDEX}` : dir, FILE_START, { what: 'folder', id: name, suggestion: suggestId(name) }));
    else if (isReservedId(name)) this.diagnostics.push(diagnostic('reserved-id', indexEntry ? `${dir}/${INDEX}` : dir, FILE_START, { id: name, reserved: RESERVED_IDS }));
    if (indexEntry) {
      const loaded = this.loadFile(graph, `${dir}/${INDEX}`, name, this.registry.playbook);
      graph.index = (loaded?.entity as PlaybookGraph['index']) ?? null;
      graph.lang = langOf(loaded?.raw);
    } else {
      this.diagnostics.push(diagnostic('missing-playbook', `${dir}/${INDEX}`, FILE_START, { dir, playbook: name }));
    }
    this.suggestAndFix(graph, this.diagnostics.slice(first));
    this.playbooks.push(graph);
  }

  /**
   * A name where an id is expected gets the id of the entity it names (by title, or as an id); a value typed as
   * people type it gets its exact replacement: the `edits` that `check --fix` writes.
   */
  private suggestAndFix(graph: PlaybookGraph, found: Diagnostic[]): void {
    const known = (kind: string) => (Object.hasOwn(graph.knownIds, kind) ? graph.knownIds[kind]! : new Set<string>());
    suggestIds(found, this.titles, known);
    for (const d of found) {
      const lines = this.lines.get(d.file);
      const edits = lines && !d.edits ? valueEdits(d, lines, known) : undefined;
      if (edits) d.edits = edits;
    }
  }

  /** Loads the files of one kind's folder; returns how many entity files it has. */
  private loadKind(graph: PlaybookGraph, kind: KindDefinition): number {
    const dir = `${graph.dir}/${kind.id}`;
    const list = (graph as unknown as Record<string, Entity<unknown>[]>)[kind.id]!;
    let count = 0;
    for (const entry of listEntries(join(this.root, dir))) {
      const file = `${dir}/${entry.name}`;
      const isMdx = entry.name.endsWith('.mdx');
      if (this.folderAt(dir, entry)) {
        if (isMdx) throw unexpectedFolder(file);
        this.diagnostics.push(diagnostic('unknown-file', file, FILE_START, { what: 'folder', name: entry.name }));
        continue;
      }
      if (!this.fileAt(dir, entry)) continue;
      if (!isMdx) {
        const stem = entry.name.replace(/\.[^.]*$/, '');
        this.diagnostics.push(diagnostic('unknown-file', file, FILE_START, { what: 'file', name: entry.name, suggestion: `${suggestId(stem) ?? stem}.mdx` }));
        continue;
      }
      count++;
      const id = entry.name.slice(0, -'.mdx'.length);
      const validId = isValidFileId(kind, id);
      if (validId) graph.knownIds[kind.id]!.add(id);
      else if (kind.fileId) this.diagnostics.push(diagnostic('invalid-id', file, FILE_START, { what: 'file', id, format: kind.fileId.format }));
      else this.diagnostics.push(diagnostic('invalid-id', file, FILE_START, { what: 'file', id, suggestion: suggestId(id) }));
      const loaded = this.loadFile(graph, file, id, kind);
      if (loaded?.entity && validId) list.push(loaded.entity);
    }
    return count;
  }

  /** Reads, splits, parses and validates one file; the entity is null when it has errors. */
  private loadFile(graph: PlaybookGraph, file: string, id: string, kind: KindDefinition): { entity: Entity<never> | null; raw: unknown } | null {
    const text = readUtf8(join(this.root, file), file, this.diagnostics);
    if (text === null) return null;
    const split = splitFile(text);
    if (split.yaml === null) {
      this.diagnostics.push(diagnostic('frontmatter-missing', file, split.closedByDots ? { line: split.closedByDots, column: 1 } : FILE_START, { kind: kind.id, hint: split.closedByDots ? 'dots' : undefined }));
      return null;
    }
    graph.bodies.push({ file, kind: kind.id, id, body: split.body, bodyLine: split.bodyLine });
    const { fm, data, diagnostics } = readFrontmatter(split.yaml, split.yamlLine, { schema: kind.schema, file, kind: kind.id, references: kind.references });
    this.diagnostics.push(...diagnostics);
    const title = (fm.data as { title?: unknown } | undefined)?.title;
    if (typeof title === 'string') this.titles.set(kind.id, [...(this.titles.get(kind.id) ?? []), { id, title }]);
    if (diagnostics.length > 0) this.lines.set(file, text.replace(/^\uFEFF/, '').split(/\r?\n/));
    if (fm.syntaxErrors.length > 0) return null;
    if (data === null) return { entity: null, raw: fm.data };
    return { entity: { id, file, data: data as never, body: split.body, bodyLine: split.bodyLine, source: fm }, raw: fm.data };
  }
}

function emptyGraph(id: string, dir: string, registry: Registry): PlaybookGraph {
  const graph: Record<string, unknown> = { id, dir, lang: 'en', index: null, knownIds: {}, bodies: [] };
  for (const kind of registry.entities) {
    graph[kind.id] = [];
    (graph.knownIds as Record<string, Set<string>>)[kind.id] = new Set();
  }
  return graph as unknown as PlaybookGraph;
}

/** The playbook's language from its frontmatter data, valid or not; `en` when it has none. */
function langOf(data: unknown): Lang {
  const lang = data !== null && typeof data === 'object' ? (data as { lang?: unknown }).lang : undefined;
  return (LANGS as readonly unknown[]).includes(lang) ? (lang as Lang) : 'en';
}

function unexpectedFolder(file: string): SetupError {
  return new SetupError(setup('folder-not-file', { file }));
}

/** Entries of a folder, sorted by name, without `_` drafts and hidden files (one system call, no stat per file). */
function listEntries(path: string): Dirent[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (error) {
    throw new SetupError(setup('cannot-list', { path, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  return entries.filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
