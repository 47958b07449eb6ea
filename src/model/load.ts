import type { Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParamsOf } from '../diagnostics/codes.ts';
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { setup } from '../diagnostics/setup.ts';
import { REGISTRY, isValidFileId, type KindDefinition, type Lang, type Registry } from '../kinds/index.ts';
import { LANGS, MAX_FILE_ID_LENGTH, fileIdProblem, isValidId } from '../schema/index.ts';
import { readUtf8, type Unreadable } from './encoding.ts';
import type { Entity, PlaybookGraph } from './graph.ts';
import { isDirectory, isUnreadable, listEntries, ProjectTree, SetupError } from './load-tree.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { isReservedId, RESERVED_IDS } from './reserved.ts';
import { LINE_BREAK, splitFile } from './split-file.ts';
import { closest } from '../format/text.ts';
import { suggestId } from './validate.ts';
import { suggestIds, valueEdits, type Titled } from './value-edits.ts';

/** Every command's error for input it cannot use (exit code 2): defined with the folder reading, which throws it first (load-tree.ts). */
export { SetupError };

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
  const { visible: entries, hidden } = listEntries(playbooksDir);
  if (options.playbook !== undefined && !entries.some((e) => e.name === options.playbook && loader.folderAt('playbooks', e))) {
    const ids = entries.filter((e) => loader.folderAt('playbooks', e)).map((e) => e.name);
    throw new SetupError(setup('unknown-playbook', { playbook: options.playbook, playbooks: ids }));
  }
  if (options.playbook === undefined) {
    // A hidden folder holding playbook files, or a link to nothing where a playbook's folder may have been.
    loader.reportHidden('playbooks', hidden, { files: false });
    for (const entry of entries) if (loader.resolve('playbooks', entry) === 'dangling') loader.unreadable(`playbooks/${entry.name}`, 'file', { reason: 'dangling' });
  }
  for (const entry of entries) {
    if (options.playbook !== undefined && entry.name !== options.playbook) continue;
    if (!loader.folderAt('playbooks', entry)) continue;
    loader.loadPlaybook(entry.name);
  }
  return { root, playbooks: loader.playbooks, diagnostics: loader.diagnostics };
}

/** One load of a project: what it found so far. */
class Loader extends ProjectTree {
  readonly playbooks: PlaybookGraph[] = [];
  private readonly registry: Registry;

  constructor(root: string, registry: Registry) {
    super(root);
    this.registry = registry;
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
    /** index.mdx is there but cannot be read: reported as such, not also as missing. */
    let indexUnreadable = false;
    let entityFiles = 0;
    const unknown: { entry: Dirent; folder: boolean }[] = [];
    const listed = this.list(dir);
    if (!listed) return;
    // What a playbook folder holds is reported only once it is known to be one (it has index.mdx or entity files).
    const unreadable: [string, Unreadable][] = [];
    for (const entry of listed.visible) {
      const type = this.resolve(dir, entry);
      if (type === 'outside') continue;
      if (isUnreadable(type)) {
        if (entry.name === INDEX) indexUnreadable = true;
        unreadable.push([`${dir}/${entry.name}`, { reason: type }]);
        continue;
      }
      if (entry.name === INDEX) {
        if (type === 'file') indexEntry = entry;
        else if (type === 'folder') throw unexpectedFolder(`${dir}/${INDEX}`);
        continue;
      }
      const kind = kinds.get(entry.name);
      if (kind && type === 'folder') {
        entityFiles += this.loadKind(graph, kind);
        continue;
      }
      if (kind && type === 'file') throw new SetupError(setup('kind-is-file', { path: `${dir}/${entry.name}` }));
      if (type === 'folder' || type === 'file') unknown.push({ entry, folder: type === 'folder' });
    }
    if (!indexEntry && !indexUnreadable && entityFiles === 0) return;
    for (const [file, why] of unreadable) this.unreadable(file, 'file', why);
    this.reportHidden(dir, listed.hidden, { files: true });
    for (const { entry, folder } of unknown) {
      const expected = [INDEX, ...kinds.keys()];
      this.diagnostics.push(
        diagnostic('unknown-file', `${dir}/${entry.name}`, FILE_START, { what: folder ? 'folder' : 'file', name: entry.name, suggestion: closest(entry.name, expected) }),
      );
    }
    const idProblem = fileIdProblem(name);
    if (idProblem) this.diagnostics.push(diagnostic('invalid-id', indexEntry ? `${dir}/${INDEX}` : dir, FILE_START, idParams('folder', name, idProblem)));
    else if (isReservedId(name)) this.diagnostics.push(diagnostic('reserved-id', indexEntry ? `${dir}/${INDEX}` : dir, FILE_START, { id: name, reserved: RESERVED_IDS }));
    if (indexEntry) {
      const loaded = this.loadFile(graph, `${dir}/${INDEX}`, name, this.registry.playbook);
      graph.index = (loaded?.entity as PlaybookGraph['index']) ?? null;
      graph.lang = langOf(loaded?.raw);
    } else if (!indexUnreadable) {
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
    const listed = this.list(dir);
    if (!listed) {
      // Which ids the folder holds is unknown: references to its kind are not checked (one mistake, one message).
      delete graph.knownIds[kind.id];
      return 0;
    }
    this.reportHidden(dir, listed.hidden, { files: true });
    for (const entry of listed.visible) {
      const file = `${dir}/${entry.name}`;
      const isMdx = entry.name.endsWith('.mdx');
      const type = this.resolve(dir, entry);
      if (type === 'folder') {
        if (isMdx) throw unexpectedFolder(file);
        this.diagnostics.push(diagnostic('unknown-file', file, FILE_START, { what: 'folder', name: entry.name }));
        continue;
      }
      if (isUnreadable(type)) {
        // An entity file that cannot be read is there all the same: its id is known, and what names it follows from this.
        const id = entry.name.slice(0, -'.mdx'.length);
        if (isMdx) {
          count++;
          if (isValidId(id)) graph.knownIds[kind.id]!.add(id);
        }
        this.unreadable(file, 'file', { reason: type });
        continue;
      }
      if (type !== 'file') continue;
      if (!isMdx) {
        const stem = entry.name.replace(/\.[^.]*$/, '');
        this.diagnostics.push(diagnostic('unknown-file', file, FILE_START, { what: 'file', name: entry.name, suggestion: `${suggestId(stem) ?? stem}.mdx` }));
        continue;
      }
      count++;
      const id = entry.name.slice(0, -'.mdx'.length);
      // An id of the right form names its file even when the file cannot have it (too long, a Windows device name):
      // what refers to it then follows from this error. A kind with its own naming rule (snapshots: a month) says so.
      const idProblem = kind.fileId ? (kind.fileId.test(id) ? undefined : 'form') : fileIdProblem(id);
      if (isValidFileId(kind, id)) graph.knownIds[kind.id]!.add(id);
      if (idProblem && kind.fileId) this.diagnostics.push(diagnostic('invalid-id', file, FILE_START, { what: 'file', id, format: kind.fileId.format }));
      else if (idProblem) this.diagnostics.push(diagnostic('invalid-id', file, FILE_START, idParams('file', id, idProblem)));
      const loaded = this.loadFile(graph, file, id, kind);
      if (loaded?.entity && !idProblem) list.push(loaded.entity);
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
    if (diagnostics.length > 0) this.lines.set(file, text.replace(/^\uFEFF/, '').split(LINE_BREAK));
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

/** The params of `invalid-id` for a file or folder name: a suggestion for a name of the wrong form, else the reason. */
function idParams(what: 'file' | 'folder', id: string, problem: NonNullable<ReturnType<typeof fileIdProblem>>): ParamsOf<'invalid-id'> {
  if (problem === 'form') return { what, id, suggestion: suggestId(id) };
  return problem === 'too-long' ? { what, id, reason: problem, max: MAX_FILE_ID_LENGTH } : { what, id, reason: problem };
}

function unexpectedFolder(file: string): SetupError {
  return new SetupError(setup('folder-not-file', { file }));
}
