import { existsSync, linkSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { REGISTRY, creationOrder, kindBySingular, type KindDefinition, type Lang } from '../kinds/index.ts';
import { entitiesOf, isComplete } from '../model/graph.ts';
import { SetupError, isDirectory, loadProject } from '../model/load.ts';
import { isReservedId, RESERVED_IDS } from '../model/reserved.ts';
import { isValidId } from '../schema/index.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, UsageError, type Io } from './io.ts';

/** What `new` creates: the playbook and each entity kind of the registry, by singular name. */
const NEW_KINDS = [REGISTRY.playbook, ...REGISTRY.entities].map((k) => k.singular);

/**
 * `new <kind> <playbook>[/<id>] [root]` (format.md §5): writes a skeleton
 * that passes `check`, atomically, and never overwrites. Exit 0 written; 1
 * not written because the file exists or the playbook lacks what the
 * skeleton must refer to; 2 bad kind, id or arguments.
 */
export async function runNew({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const [kindArg = '', target = '', rootArg] = positionals;
  const kind = kindBySingular(kindArg);
  if (!kind) throw new UsageError(`new: the kind must be one of ${NEW_KINDS.join(', ')}, not \`${kindArg}\`.`, 'new');
  const rootOption = (values.root as string | undefined) ?? rootArg;
  const root = resolve(io.cwd, rootOption ?? '.');
  if (!isDirectory(root)) {
    throw new SetupError(`The project root ${rootOption ?? io.cwd} does not exist or is not a folder; nothing was written. Run the command from the project root or pass it as the last argument.`);
  }
  const lang = values.lang as Lang | undefined;
  if (kind === REGISTRY.playbook) return newPlaybook(root, parseTarget(target, false).playbook, lang ?? 'en', io);
  if (lang !== undefined) {
    throw new UsageError(`new: --lang is for \`new playbook\`; a new ${kind.singular} is written in the language of its playbook (the \`lang\` of its index.mdx).`, 'new');
  }
  const { playbook, id } = parseTarget(target, true);
  if (kind.fileId && !kind.fileId.test(id!)) {
    throw new UsageError(`new: a ${kind.singular} is named after the month its period ends in, \`<playbook>/YYYY-MM\` (e.g. \`${playbook}/2026-09\`), not \`${id}\`.`, 'new');
  }
  return newEntity(root, kind, playbook, id!, io);
}

function parseTarget(target: string, wantId: boolean): { playbook: string; id?: string } {
  const parts = target.split('/');
  const example = wantId ? '`<playbook>/<id>`, e.g. `acme/mid-market`' : 'a playbook id, e.g. `acme`';
  if (parts.length !== (wantId ? 2 : 1)) throw new UsageError(`new: the target must be ${example}, not \`${target}\`.`, 'new');
  for (const part of parts) {
    if (!isValidId(part)) {
      throw new UsageError(
        `new: \`${part}\` is not a valid id, and ids become file names, URLs and references. Use lowercase letters and digits in words joined by single hyphens, e.g. \`mid-market\`.`,
        'new',
      );
    }
  }
  return wantId ? { playbook: parts[0]!, id: parts[1]! } : { playbook: parts[0]! };
}

function newPlaybook(root: string, id: string, lang: Lang, io: Io): number {
  if (isReservedId(id)) {
    throw new UsageError(`new: \`${id}\` is the address of one of the site's own pages (/${id}/), so a playbook cannot have it as its id; nothing was written. Choose another id (the reserved ones are ${RESERVED_IDS.map((r) => `\`${r}\``).join(', ')}).`, 'new');
  }
  const dir = `playbooks/${id}`;
  const file = `${dir}/index.mdx`;
  if (existsSync(join(root, file))) return refuseExisting(file, 'playbook', io);
  const skeleton = REGISTRY.playbook.skeleton(id, { lang, currency: 'USD', entities: () => [] });
  if (!skeleton.ok) throw new Error('The playbook skeleton needs nothing else.');
  if (!writeNew(root, file, skeleton.text, io)) return EXIT.content;
  const folders = REGISTRY.entities.map((k) => `${k.id}/`);
  try {
    for (const kind of REGISTRY.entities) mkdirSync(join(root, dir, kind.id), { recursive: true });
  } catch (error) {
    throw ioProblem('create the entity folders', error, `${file} was written and is valid; create the folders ${folders.join(', ')} by hand.`);
  }
  // Each kind refers only to kinds created before it.
  const order = creationOrder().map((k) => `  npm run playbook -- new ${k.singular} ${id}/${k.fileId ? `<${k.fileId.format === 'month' ? 'YYYY-MM' : 'id'}>` : '<id>'}\n`).join('');
  io.stdout(
    `Created ${file} and the empty folders ${folders.join(', ')}.\n\n` +
      `Next: ${REGISTRY.playbook.next} Then add the entities, in this order since each refers to the ones before:\n` +
      order +
      `and run \`npm run check\` after each edit: it lists every placeholder left to fill in (\`placeholder\` warnings).\n`,
  );
  return EXIT.ok;
}

function newEntity(root: string, kind: KindDefinition, playbook: string, id: string, io: Io): number {
  const dir = `playbooks/${playbook}`;
  const file = `${dir}/${kind.id}/${id}.mdx`;
  if (isDirectory(join(root, dir, 'index.mdx'))) {
    throw new SetupError(`${dir}/index.mdx is a folder, but a playbook file is expected there; nothing was written. Remove the folder or rename it, then create the playbook with \`npm run playbook -- new playbook ${playbook}\`.`);
  }
  if (!existsSync(join(root, dir, 'index.mdx'))) {
    const existing = listPlaybooks(root);
    throw new SetupError(
      `There is no playbook \`${playbook}\` (no ${dir}/index.mdx); nothing was written. ${
        existing.length ? `Existing playbooks: ${existing.map((p) => `\`${p}\``).join(', ')}.` : 'The project has no playbook yet.'
      } Create it with \`npm run playbook -- new playbook ${playbook}\`, or fix the name.`,
    );
  }
  if (existsSync(join(root, file))) return refuseExisting(file, kind.singular, io);
  const graph = loadProject(root, { playbook }).playbooks.find((p) => p.id === playbook);
  const index = graph && isComplete(graph) ? graph.index.data : undefined;
  const skeleton = kind.skeleton(id, {
    lang: graph?.lang ?? 'en',
    currency: index?.currency ?? 'USD',
    entities: (kindId) => (graph ? entitiesOf(graph, kindId) : []),
  });
  if (!skeleton.ok) {
    io.stderr(
      `Nothing was written: a new ${kind.singular} refers to other files of its playbook, and playbook \`${playbook}\` has no valid ${orList(skeleton.missing)} yet. Create ${skeleton.missing.length === 1 ? 'it' : 'them'} first:\n` +
        skeleton.missing.map((k) => `  npm run playbook -- new ${k} ${playbook}/<id>\n`).join('') +
        `then run \`npm run playbook -- new ${kind.singular} ${playbook}/${id}\` again.\n`,
    );
    return EXIT.content;
  }
  if (!writeNew(root, file, skeleton.text, io)) return EXIT.content;
  const refers = skeleton.refers.length ? `, referring to ${skeleton.refers.join(', ')}` : '';
  io.stdout(`Created ${file}${refers}.\n\nNext: ${kind.next} Then run \`npm run check\`: it lists every placeholder of the file that is left to fill in (\`placeholder\` warnings).\n`);
  return EXIT.ok;
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function refuseExisting(file: string, kind: string, io: Io): number {
  io.stderr(`${file} already exists; nothing was written. \`new\` never overwrites a file: edit that ${kind} instead, or choose another id.\n`);
  return EXIT.content;
}

/**
 * Writes a file atomically without ever replacing one: the text goes to a
 * hidden temporary file (ignored by the loader) that is then hard-linked to
 * its name, which fails if the name exists. Returns false (and reports) when
 * the file appeared meanwhile.
 */
function writeNew(root: string, file: string, text: string, io: Io): boolean {
  const path = join(root, file);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, text, { flag: 'wx' });
  } catch (error) {
    throw ioProblem(`write ${file}`, error, 'Nothing was written.');
  }
  try {
    try {
      linkSync(temp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Some file systems have no hard links: an exclusive create still never overwrites.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV') writeFileSync(path, text, { flag: 'wx' });
      else throw error;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      refuseExisting(file, 'file', io);
      return false;
    }
    throw ioProblem(`write ${file}`, error, 'Nothing was written.');
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone; a leftover hidden .tmp file would be ignored by the loader anyway.
    }
  }
  return true;
}

function ioProblem(what: string, error: unknown, state: string): SetupError {
  return new SetupError(`Could not ${what}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. ${state} Check that the folder is writable.`);
}

function listPlaybooks(root: string): string[] {
  try {
    return readdirSync(join(root, 'playbooks'))
      .filter((name) => !name.startsWith('_') && !name.startsWith('.') && existsSync(join(root, 'playbooks', name, 'index.mdx')))
      .sort();
  } catch {
    return [];
  }
}
