import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { frontmatterJsonSchemas } from '../kinds/json-schema.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, type Io } from './io.ts';

export const DEFAULT_SCHEMA_DIR = '.vscode/playbook-schemas';

/** `schema [root] [--out <dir>]`: writes a JSON Schema per kind of playbook file. */
export async function runSchema({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const outDir = resolve(root, (values.out as string | undefined) ?? DEFAULT_SCHEMA_DIR);
  mkdirSync(outDir, { recursive: true });
  const schemas = frontmatterJsonSchemas();
  for (const { file, schema } of schemas) {
    const path = join(outDir, file);
    writeFileSync(`${path}.tmp`, `${JSON.stringify(schema, null, 2)}\n`);
    renameSync(`${path}.tmp`, path);
  }
  io.stderr(`Wrote ${schemas.length} JSON Schemas to ${relative(io.cwd, outDir) || '.'}/ (${schemas.map((s) => s.file).join(', ')}).\n`);
  return EXIT.ok;
}
