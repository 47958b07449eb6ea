import { existsSync, linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { plainContext } from '../diagnostics/context.ts';
import { renderMessages } from '../diagnostics/diagnostic.ts';
import { formatPretty } from '../diagnostics/format.ts';
import { setup } from '../diagnostics/setup.ts';
import { importActuals, snapshotFile } from '../import/import.ts';
import { summaryText } from '../import/summary.ts';
import { dayOfIso } from '../import/values.ts';
import { SetupError, isDirectory } from '../model/load-tree.ts';
import { prettyReport } from '../lint/report.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, UsageError, type Io } from './io.ts';

/**
 * `actuals import <playbook> <export.csv> [--history <h.csv>] [--from <date>] [--to <date>] [--force] [--root <dir>]`
 * (format §5, §10). Exit 0 written; 1 problems in the export or the mapping (every one at
 * `<csv>:<line>`, nothing written); 2 usage or I/O, or the snapshot exists and --force was not given.
 */
export async function runActuals({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const [action = '', playbook = '', exportArg = ''] = positionals;
  if (action !== 'import') throw new UsageError(setup('actuals-action', { action }), 'actuals');
  if (!playbook || !exportArg) throw new UsageError(setup('actuals-arguments', {}), 'actuals');
  const root = resolve(io.cwd, (values.root as string | undefined) ?? '.');
  if (!isDirectory(root)) throw new SetupError(setup('no-root', { root: String(values.root ?? io.cwd), written: false }));
  const date = (name: 'from' | 'to') => {
    const value = values[name] as string | undefined;
    if (value !== undefined && dayOfIso(value) === null) throw new UsageError(setup('actuals-date', { option: name, value }), 'actuals');
    return value;
  };
  const from = date('from');
  const to = date('to');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(setup('actuals-period', { from, to }), 'actuals');
  const force = values.force === true;
  // With --to the file is known before anything is read: refuse at once rather than after a million rows.
  if (to !== undefined && !force) refuseExisting(root, snapshotFile(playbook, to));
  const historyArg = values.history as string | undefined;
  const file = (arg: string) => ({ path: resolve(io.cwd, arg), name: arg });
  let result;
  try {
    result = await importActuals({ root, playbook, export: file(exportArg), ...(historyArg ? { history: file(historyArg) } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') {
      const path = (error as NodeJS.ErrnoException).path ?? '';
      throw new SetupError(setup('cannot-read', { file: path ? basename(path) : exportArg, code }));
    }
    throw error;
  }
  if (result.kind === 'problems') {
    const context = plainContext(result.lang);
    const listed = renderMessages(result.diagnostics, () => context);
    const onPlaybook = listed.some((d) => d.file.startsWith('playbooks/'));
    io.stderr(onPlaybook ? prettyReport(root, listed, io) : formatPretty(listed, { color: io.color, lang: result.lang }));
    io.stderr(
      result.lang === 'zh-CN'
        ? `${onPlaybook ? '销售手册有错误，无法确定客群和阶段' : `导出文件中有 ${result.total} 处问题`}：没有写入任何内容。请改正后重新导入。\n`
        : `${onPlaybook ? 'The playbook has errors, so its segments and stages are not known' : `${result.total} ${result.total === 1 ? 'problem' : 'problems'} in the export`}: nothing was written. Correct ${result.total === 1 ? 'it' : 'them'} and import again.\n`,
    );
    return EXIT.content;
  }
  if (result.kind === 'refused') {
    io.stderr(refusal(result.reason, result.file, result.lang));
    return EXIT.content;
  }
  if (result.exists && !force) refuseExisting(root, result.file);
  writeAtomically(root, result.file, result.text, force);
  io.stdout(summaryText(result.summary, result.file, result.exists));
  return EXIT.ok;
}

function refusal(reason: 'no-mapping' | 'empty-period', file: string, lang: 'en' | 'zh-CN'): string {
  if (reason === 'no-mapping') {
    return lang === 'zh-CN'
      ? `${file} 中没有 \`actuals.import\`：不知道导出文件的哪一列是什么。请先写好映射（列名、阶段、客群），见文档“用数据检验手册”。没有写入任何内容。\n`
      : `${file} has no \`actuals.import\`, so which column of the export means what is unknown. Write the mapping first (columns, stages, segments): see the guide "Measuring the playbook". Nothing was written.\n`;
  }
  return lang === 'zh-CN'
    ? `${file}：统计期为空（--from 晚于 --to，或导出文件中没有可用的行）。没有写入任何内容。\n`
    : `${file}: the period is empty (--from after --to, or no usable row in the export). Nothing was written.\n`;
}

/** Exit 2 when the snapshot exists: it may hold an author's corrections, and only --force replaces it. */
function refuseExisting(root: string, file: string): void {
  if (!existsSync(join(root, file))) return;
  throw new SetupError(setup('actuals-exists', { file }));
}

/**
 * Writes the snapshot through a hidden temporary file in the same folder (ignored by the loader), so that a reader
 * never sees half a file: renamed over the old one with --force, else hard-linked to its name, which fails if the
 * name appeared meanwhile.
 */
function writeAtomically(root: string, file: string, text: string, force: boolean): void {
  const path = join(root, file);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, text, { flag: 'wx' });
    if (force) renameSync(temp, path);
    else {
      try {
        linkSync(temp, path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new SetupError(setup('actuals-appeared', { file }));
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS' || code === 'EXDEV') writeFileSync(path, text, { flag: 'wx' });
        else throw error;
      }
    }
  } catch (error) {
    if (error instanceof SetupError) throw error;
    throw new SetupError(setup('cannot-write', { what: 'file', path: file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Renamed, or never written.
    }
  }
}
