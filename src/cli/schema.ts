import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { setup } from '../diagnostics/setup.ts';
import { frontmatterJsonSchemas } from '../kinds/json-schema.ts';
import { isDirectory, SetupError } from '../model/load-tree.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, type Io } from './io.ts';

export const DEFAULT_SCHEMA_DIR = '.vscode/playbook-schemas';

/**
 * `schema [root] [--out <dir>]`: writes a JSON Schema per kind of playbook file. The root must be a folder that
 * exists (a missing one is a mistake in the command, exit 2, and nothing is created); `--out` is created inside it
 * as needed. The schemas are written whole or not at all.
 */
export async function runSchema({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const rootArg = positionals[0];
  const root = resolve(io.cwd, rootArg ?? '.');
  if (!isDirectory(root)) throw new SetupError(setup('no-root', { root: rootArg ?? io.cwd, written: false }));
  const outDir = resolve(root, (values.out as string | undefined) ?? DEFAULT_SCHEMA_DIR);
  const shown = relative(io.cwd, outDir) || '.';
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new SetupError(setup('cannot-write', { what: 'folder', path: shown, code: errorCode(error) }));
  }
  const schemas = frontmatterJsonSchemas();
  const temps: string[] = [];
  try {
    for (const { file, schema } of schemas) {
      const temp = join(outDir, `${file}.tmp`);
      temps.push(temp);
      writeFileSync(temp, `${JSON.stringify(schema, null, 2)}\n`);
    }
    for (const { file } of schemas) renameSync(join(outDir, `${file}.tmp`), join(outDir, file));
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    throw new SetupError(setup('cannot-write', { what: 'file', path: shown, code: errorCode(error) }));
  }
  io.stderr(`Wrote ${schemas.length} JSON Schemas to ${shown}/ (${schemas.map((s) => s.file).join(', ')}).\n`);
  return EXIT.ok;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
