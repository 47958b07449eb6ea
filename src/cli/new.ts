import { existsSync, linkSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { setup } from '../diagnostics/setup.ts';
import { REGISTRY, creationOrder, kindBySingular, kindName, type KindDefinition, type Lang } from '../kinds/index.ts';
import { entitiesOf, isComplete } from '../model/graph.ts';
import { loadProject } from '../model/load.ts';
import { SetupError, isDirectory } from '../model/load-tree.ts';
import { isReservedId, RESERVED_IDS } from '../model/reserved.ts';
import { MAX_FILE_ID_LENGTH, fileIdProblem } from '../schema/index.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { playbookLang } from './lang.ts';
import { cliWords } from './messages.ts';
import { suggestId } from '../model/validate.ts';

/** What `new` creates: the playbook and each entity kind of the registry, by singular name. */
const NEW_KINDS = [REGISTRY.playbook, ...REGISTRY.entities].map((k) => k.singular);

/**
 * `new <kind> <playbook>[/<id>] [root]` (format §5): writes a skeleton
 * that passes `check`, atomically, and never overwrites. Exit 0 written; 1
 * not written because the file exists or the playbook lacks what the
 * skeleton must refer to; 2 bad kind, id or arguments. It speaks the
 * playbook's language (`--lang` for a new playbook).
 */
export async function runNew({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const [kindArg = '', target = '', rootArg] = positionals;
  const kind = kindBySingular(kindArg);
  if (!kind) throw new UsageError(setup('new-kind', { kinds: NEW_KINDS, kind: kindArg }), 'new');
  const rootOption = (values.root as string | undefined) ?? rootArg;
  const root = resolve(io.cwd, rootOption ?? '.');
  if (!isDirectory(root)) throw new SetupError(setup('no-root', { root: rootOption ?? io.cwd, written: false }));
  const lang = values.lang as Lang | undefined;
  const type = values.type as string | undefined;
  if (type !== undefined && kind.id !== 'processes') throw new UsageError(setup('new-type-not-process', { kind: kind.singular }), 'new');
  if (kind === REGISTRY.playbook) return newPlaybook(root, parseTarget(target, false).playbook, lang ?? 'en', io);
  if (lang !== undefined) throw new UsageError(setup('new-lang-not-playbook', { kind: kind.singular }), 'new');
  const { playbook, id } = parseTarget(target, true);
  if (kind.fileId && !kind.fileId.test(id!)) {
    throw new UsageError(`new: a ${kind.singular} is named after the month its period ends in, \`<playbook>/YYYY-MM\` (e.g. \`${playbook}/2026-09\`), not \`${id}\`.`, 'new');
  }
  return newEntity(root, kind, playbook, id!, io, type);
}

function parseTarget(target: string, wantId: boolean): { playbook: string; id?: string } {
  const parts = target.split('/');
  if (parts.length !== (wantId ? 2 : 1)) throw new UsageError(setup('new-target', { entity: wantId, target }), 'new');
  for (const part of parts) {
    const problem = fileIdProblem(part);
    if (problem === 'form') throw new UsageError(setup('new-invalid-id', { id: part, suggestion: suggestId(part) }), 'new');
    if (problem) throw new UsageError(setup('new-invalid-id', { id: part, reason: problem, ...(problem === 'too-long' ? { max: MAX_FILE_ID_LENGTH } : {}) }), 'new');
  }
  return wantId ? { playbook: parts[0]!, id: parts[1]! } : { playbook: parts[0]! };
}

/** A kind's next step in a language. */
const nextStep = (kind: KindDefinition, lang: Lang) => (typeof kind.next === 'string' ? kind.next : kind.next[lang]);

function newPlaybook(root: string, id: string, lang: Lang, io: Io): number {
  if (isReservedId(id)) throw new UsageError(setup('new-reserved-id', { id, reserved: RESERVED_IDS }), 'new');
  const dir = `playbooks/${id}`;
  const file = `${dir}/index.mdx`;
  const words = cliWords(lang);
  if (existsSync(join(root, file))) return refuseExisting(file, REGISTRY.playbook, playbookLang(root, id) ?? lang, io);
  const skeleton = REGISTRY.playbook.skeleton(id, { lang, currency: 'USD', entities: () => [] });
  if (!skeleton.ok) throw new Error('The playbook skeleton needs nothing else.');
  if (!writeNew(root, file, skeleton.text, lang, io)) return EXIT.content;
  const folders = REGISTRY.entities.map((k) => `${k.id}/`);
  try {
    for (const kind of REGISTRY.entities) mkdirSync(join(root, dir, kind.id), { recursive: true });
  } catch (error) {
    throw new SetupError(setup('cannot-write', { what: 'folders', path: folders.map((f) => `${dir}/${f}`).join(', '), code: errorCode(error), done: file }));
  }
  // Each kind refers only to kinds created before it.
  const order = creationOrder().map((k) => `  npm run playbook -- new ${k.singular} ${id}/${k.fileId ? `<${k.fileId.format === 'month' ? 'YYYY-MM' : 'id'}>` : '<id>'}\n`).join('');
  io.stdout(words.createdPlaybook(file, folders, nextStep(REGISTRY.playbook, lang), order));
  return EXIT.ok;
}

function newEntity(root: string, kind: KindDefinition, playbook: string, id: string, io: Io, type?: string): number {
  const dir = `playbooks/${playbook}`;
  const file = `${dir}/${kind.id}/${id}.mdx`;
  if (isDirectory(join(root, dir, 'index.mdx'))) throw new SetupError(setup('new-index-folder', { dir, playbook }));
  if (!existsSync(join(root, dir, 'index.mdx'))) throw new SetupError(setup('new-no-playbook', { dir, playbook, playbooks: listPlaybooks(root) }));
  const lang = playbookLang(root, playbook) ?? 'en';
  if (existsSync(join(root, file))) return refuseExisting(file, kind, lang, io);
  const graph = loadProject(root, { playbook }).playbooks.find((p) => p.id === playbook);
  const index = graph && isComplete(graph) ? graph.index.data : undefined;
  const skeleton = kind.skeleton(id, {
    lang: graph?.lang ?? lang,
    currency: index?.currency ?? 'USD',
    entities: (kindId) => (graph ? entitiesOf(graph, kindId) : []),
    ...(type !== undefined ? { choices: { type } } : {}),
  });
  const words = cliWords(graph?.lang ?? lang);
  if (!skeleton.ok) {
    const missing = skeleton.missing.map((k) => kindName(kindBySingular(k)?.id ?? k, graph?.lang ?? lang));
    const commands = skeleton.missing.map((k) => `  npm run playbook -- new ${k} ${playbook}/<id>\n`).join('');
    io.stderr(words.lacks(kindName(kind.id, graph?.lang ?? lang), playbook, missing, commands, `npm run playbook -- new ${kind.singular} ${playbook}/${id}`));
    return EXIT.content;
  }
  if (!writeNew(root, file, skeleton.text, graph?.lang ?? lang, io)) return EXIT.content;
  io.stdout(words.createdEntity(file, skeleton.refers, nextStep(kind, graph?.lang ?? lang)));
  return EXIT.ok;
}

function refuseExisting(file: string, kind: KindDefinition, lang: Lang, io: Io): number {
  io.stderr(cliWords(lang).exists(file, kindName(kind.id, lang)));
  return EXIT.content;
}

/**
 * Writes a file atomically without ever replacing one: the text goes to a
 * hidden temporary file (ignored by the loader) that is then hard-linked to
 * its name, which fails if the name exists. Returns false (and reports) when
 * the file appeared meanwhile.
 */
function writeNew(root: string, file: string, text: string, lang: Lang, io: Io): boolean {
  const path = join(root, file);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, text, { flag: 'wx' });
  } catch (error) {
    throw new SetupError(setup('cannot-write', { what: 'file', path: file, code: errorCode(error) }));
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
      io.stderr(cliWords(lang).exists(file, lang === 'zh-CN' ? '文件' : 'file'));
      return false;
    }
    throw new SetupError(setup('cannot-write', { what: 'file', path: file, code: errorCode(error) }));
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone; a leftover hidden .tmp file would be ignored by the loader anyway.
    }
  }
  return true;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
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
