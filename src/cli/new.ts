import { existsSync, linkSync, mkdirSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SetupError, loadProject } from '../model/load.ts';
import { isValidId } from '../schema/index.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import {
  FOLDER,
  NEW_KINDS,
  offeringSkeleton,
  playbookSkeleton,
  processSkeleton,
  roleSkeleton,
  segmentSkeleton,
  type NewEntityKind,
  type NewKind,
  type Skeleton,
} from './templates.ts';

/**
 * `new <segment|offering|process|role|playbook> <playbook>[/<id>] [--root <dir>]`
 * (format.md §5): writes a skeleton that passes `check`, atomically, and never
 * overwrites. Exit 0 written; 1 not written because the file exists or the
 * playbook lacks what the skeleton must refer to; 2 bad kind, id or arguments.
 */
export async function runNew(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('new', args, { root: { type: 'string' } }, 2);
  const [kindArg, target] = positionals;
  if (kindArg === undefined || target === undefined) {
    throw new UsageError('new: give a kind and a target, e.g. `new playbook acme` or `new segment acme/mid-market`.');
  }
  if (!(NEW_KINDS as readonly string[]).includes(kindArg)) {
    throw new UsageError(`new: the kind must be one of ${NEW_KINDS.join(', ')}, not \`${kindArg}\`.`);
  }
  const kind = kindArg as NewKind;
  const root = resolve(io.cwd, values.root ?? '.');
  if (!isDirectory(root)) {
    throw new SetupError(`The project root ${values.root ?? io.cwd} does not exist or is not a folder; nothing was written. Run the command from the project root or pass it with --root.`);
  }
  if (kind === 'playbook') return newPlaybook(root, parseTarget(target, false).playbook, io);
  const { playbook, id } = parseTarget(target, true);
  return newEntity(root, kind, playbook, id!, io);
}

function parseTarget(target: string, wantId: boolean): { playbook: string; id?: string } {
  const parts = target.split('/');
  const example = wantId ? '`<playbook>/<id>`, e.g. `acme/mid-market`' : 'a playbook id, e.g. `acme`';
  if (parts.length !== (wantId ? 2 : 1)) throw new UsageError(`new: the target must be ${example}, not \`${target}\`.`);
  for (const part of parts) {
    if (!isValidId(part)) {
      throw new UsageError(
        `new: \`${part}\` is not a valid id, and ids become file names, URLs and references. Use lowercase letters and digits in words joined by single hyphens, e.g. \`mid-market\`.`,
      );
    }
  }
  return wantId ? { playbook: parts[0]!, id: parts[1]! } : { playbook: parts[0]! };
}

function newPlaybook(root: string, id: string, io: Io): number {
  const dir = `playbooks/${id}`;
  const file = `${dir}/index.mdx`;
  if (existsSync(join(root, file))) return refuseExisting(file, 'playbook', io);
  try {
    mkdirSync(join(root, dir), { recursive: true });
  } catch (error) {
    throw ioProblem(`create the folder ${dir}/`, error, 'Nothing was written.');
  }
  if (!writeNew(root, file, playbookSkeleton(id), io)) return EXIT.content;
  const folders = (['segments', 'offerings', 'processes', 'roles'] as const).map((f) => `${dir}/${f}`);
  try {
    for (const folder of folders) mkdirSync(join(root, folder), { recursive: true });
  } catch (error) {
    throw ioProblem('create the entity folders', error, `${file} was written and is valid; create the folders segments/, offerings/, processes/ and roles/ by hand.`);
  }
  io.stdout(
    `Created ${file} and the empty folders segments/, offerings/, processes/ and roles/.\n\n` +
      `Next: edit ${file} - the title, summary and goals. Then add the entities, in this order since each refers to the ones before:\n` +
      `  npm run playbook -- new role ${id}/<id>\n` +
      `  npm run playbook -- new process ${id}/<id>\n` +
      `  npm run playbook -- new offering ${id}/<id>\n` +
      `  npm run playbook -- new segment ${id}/<id>\n` +
      `and run \`npm run check\` after each edit.\n`,
  );
  return EXIT.ok;
}

function newEntity(root: string, kind: NewEntityKind, playbook: string, id: string, io: Io): number {
  const dir = `playbooks/${playbook}`;
  const file = `${dir}/${FOLDER[kind]}/${id}.mdx`;
  if (!existsSync(join(root, dir, 'index.mdx'))) {
    const existing = listPlaybooks(root);
    throw new SetupError(
      `There is no playbook \`${playbook}\` (no ${dir}/index.mdx); nothing was written. ${
        existing.length ? `Existing playbooks: ${existing.map((p) => `\`${p}\``).join(', ')}.` : 'The project has no playbook yet.'
      } Create it with \`npm run playbook -- new playbook ${playbook}\`, or fix the name.`,
    );
  }
  if (existsSync(join(root, file))) return refuseExisting(file, kind, io);
  const graph = loadProject(root).playbooks.find((p) => p.id === playbook);
  const skeleton: Skeleton =
    kind === 'role'
      ? { ok: true, text: roleSkeleton(id), refers: [] }
      : kind === 'offering'
        ? { ok: true, text: offeringSkeleton(id), refers: [] }
        : kind === 'process'
          ? processSkeleton(id, graph!)
          : segmentSkeleton(id, graph!);
  if (!skeleton.ok) {
    const needs = kind === 'segment' ? 'an offering, a process and a role' : 'a role';
    io.stderr(
      `Nothing was written: a new ${kind} refers to ${needs} of its playbook, and playbook \`${playbook}\` has no valid ${orList(skeleton.missing)} yet. Create ${skeleton.missing.length === 1 ? 'it' : 'them'} first:\n` +
        skeleton.missing.map((k) => `  npm run playbook -- new ${k} ${playbook}/<id>\n`).join('') +
        `then run \`npm run playbook -- new ${kind} ${playbook}/${id}\` again.\n`,
    );
    return EXIT.content;
  }
  if (!writeNew(root, file, skeleton.text, io)) return EXIT.content;
  const refers = skeleton.refers.length ? `, referring to ${skeleton.refers.join(', ')}` : '';
  io.stdout(`Created ${file}${refers}.\n\nNext: ${NEXT[kind]} Then run \`npm run check\`.\n`);
  return EXIT.ok;
}

const NEXT: Record<NewEntityKind, string> = {
  segment:
    'edit that file - replace the placeholder title, summary, criteria and buying criteria, set accounts, opportunityRate, dealSize and the coverage cadence, and check the offerings, process and owner it refers to.',
  offering:
    "edit that file - the title, summary, kind and the motives it answers - and add its id to a segment's `offerings` (until then `check` warns that it is unused).",
  process:
    "edit that file - the type, and stages with their goals, exit criteria, days, conversions, raci and hours - and make it a segment's `process` (until then `check` warns that it is unused).",
  role:
    "edit that file - the title, summary, function and headcount - and give the role a part in a stage's `raci` or make it a segment's coverage owner (until then `check` warns that it is unused).",
};

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

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
