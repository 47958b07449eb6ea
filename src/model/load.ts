import { readFileSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { diagnostic, FILE_START, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { ENTITY_KINDS, SCHEMAS, isValidId, type FileKind } from '../schema/index.ts';
import { parseFrontmatter, splitFile, type Frontmatter } from './frontmatter.ts';
import type { Entity, PlaybookGraph } from './graph.ts';
import { validateFrontmatter } from './validate.ts';

/** A problem with the command's input itself (no root, no playbooks/, unreadable files): exit code 2. */
export class SetupError extends Error {
  override name = 'SetupError';
}

export interface LoadResult {
  /** Absolute project root. */
  root: string;
  playbooks: PlaybookGraph[];
  /** Per-file problems: frontmatter, YAML, schema, ids, missing index.mdx. */
  diagnostics: Diagnostic[];
}

const WHAT: Record<FileKind, string> = {
  playbook: 'playbook',
  segments: 'segment',
  offerings: 'offering',
  processes: 'process',
  roles: 'role',
};

/** Reads a project root's `playbooks/` tree into typed playbook graphs, collecting every problem. */
export function loadProject(rootArg: string): LoadResult {
  const root = resolve(rootArg);
  if (!isDirectory(root)) {
    throw new SetupError(`The project root ${rootArg} does not exist or is not a folder. Pass the folder that contains playbooks/, or run the command from it.`);
  }
  const playbooksDir = join(root, 'playbooks');
  if (!isDirectory(playbooksDir)) {
    throw new SetupError(
      `${rootArg} has no playbooks/ folder, so there is nothing to check. Run the command from the project root, pass the root as an argument, or start a playbook with \`npm run playbook -- new playbook <id>\`.`,
    );
  }
  const diagnostics: Diagnostic[] = [];
  const playbooks: PlaybookGraph[] = [];
  for (const entry of listEntries(playbooksDir)) {
    if (!isDirectoryEntry(playbooksDir, entry)) continue;
    const name = entry.name;
    const graph = loadPlaybook(root, name, diagnostics);
    if (graph) playbooks.push(graph);
  }
  return { root, playbooks, diagnostics };
}

function loadPlaybook(root: string, name: string, diagnostics: Diagnostic[]): PlaybookGraph | null {
  const dir = `playbooks/${name}`;
  const indexFile = `${dir}/index.mdx`;
  const hasIndex = isFile(join(root, indexFile));
  const graph: PlaybookGraph = {
    id: name,
    dir,
    index: null,
    segments: [],
    offerings: [],
    processes: [],
    roles: [],
    knownIds: { segments: new Set(), offerings: new Set(), processes: new Set(), roles: new Set() },
  };
  let entityFiles = 0;
  for (const kind of ENTITY_KINDS) {
    const kindDir = join(root, dir, kind);
    if (!isDirectory(kindDir)) continue;
    for (const entry of listEntries(kindDir)) {
      const fileName = entry.name;
      if (!fileName.endsWith('.mdx') || !isFileEntry(kindDir, entry)) continue;
      entityFiles++;
      const id = fileName.slice(0, -'.mdx'.length);
      const file = `${dir}/${kind}/${fileName}`;
      if (isValidId(id)) graph.knownIds[kind].add(id);
      else diagnostics.push(invalidFileId(file, id, 'file'));
      const entity = loadFile(root, file, id, kind, diagnostics);
      if (entity && isValidId(id)) (graph[kind] as Entity<unknown>[]).push(entity);
    }
  }
  if (!hasIndex && entityFiles === 0) return null;
  if (!isValidId(name)) diagnostics.push(invalidFileId(hasIndex ? indexFile : dir, name, 'folder'));
  if (hasIndex) {
    graph.index = loadFile(root, indexFile, name, 'playbook', diagnostics);
  } else {
    diagnostics.push(
      diagnostic(
        'missing-playbook',
        indexFile,
        FILE_START,
        `The folder ${dir}/ has segments, offerings, processes or roles but no index.mdx, so they belong to no playbook. Add ${indexFile} with the title, summary and goals (\`npm run playbook -- new playbook ${name}\`), or rename the folder to start with \`_\` to keep it as a draft.`,
      ),
    );
  }
  return graph;
}

function invalidFileId(file: string, id: string, what: 'file' | 'folder'): Diagnostic {
  const suggestion = id
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const hint = suggestion && isValidId(suggestion) ? ` Rename it to \`${suggestion}\`.` : '';
  return diagnostic(
    'invalid-id',
    file,
    FILE_START,
    `The ${what} name \`${id}\` is not a valid id, and ids become URLs and references. Use lowercase letters and digits in words joined by single hyphens.${hint}`,
  );
}

function loadFile<K extends FileKind>(
  root: string,
  file: string,
  id: string,
  kind: K,
  diagnostics: Diagnostic[],
): Entity<never> | null {
  const raw = readText(join(root, file), file);
  const split = splitFile(raw);
  if (split.yaml === null) {
    diagnostics.push(
      diagnostic(
        'frontmatter-missing',
        file,
        FILE_START,
        `This ${WHAT[kind]} file has no frontmatter, so it has none of the fields the model needs. Start the file with a \`---\` line, the fields (\`npm run playbook -- new ${WHAT[kind]} …\` writes a skeleton), and a closing \`---\` line.`,
      ),
    );
    return null;
  }
  const fm: Frontmatter = parseFrontmatter(split.yaml, split.yamlLine);
  if (fm.syntaxErrors.length > 0) {
    for (const error of fm.syntaxErrors) {
      diagnostics.push(
        diagnostic(
          'yaml-syntax',
          file,
          error.at,
          `The frontmatter is not valid YAML: ${error.message.replace(/\s*at line \d+, column \d+:?$/, '')}. Check indentation (spaces, not tabs) and quote values that contain \`: \` or start with \`[\`, \`{\`, \`*\` or \`&\`.`,
        ),
      );
    }
    return null;
  }
  const { data, diagnostics: found } = validateFrontmatter(SCHEMAS[kind], fm, file, WHAT[kind]);
  diagnostics.push(...found);
  if (data === null) return null;
  return { id, file, data: data as never, body: split.body, source: fm };
}

function readText(path: string, file: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new SetupError(`Could not read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check that the file is readable.`);
  }
}

/** Entries of a folder, sorted by name, without `_` drafts and hidden files (one system call, no stat per file). */
function listEntries(path: string): Dirent[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch (error) {
    throw new SetupError(`Could not list ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  return entries.filter((e) => !e.name.startsWith('_') && !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Symbolic links are followed: they count as what they point at. */
const isDirectoryEntry = (dir: string, e: Dirent) => e.isDirectory() || (e.isSymbolicLink() && isDirectory(join(dir, e.name)));
const isFileEntry = (dir: string, e: Dirent) => e.isFile() || (e.isSymbolicLink() && isFile(join(dir, e.name)));

function isDirectory(path: string): boolean {
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

