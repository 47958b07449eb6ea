import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { JSON_SCHEMA_FILES, frontmatterJsonSchemas } from '../schema/json-schema.ts';
import type { FileKind } from '../schema/index.ts';
import { parseCommandArgs } from './args.ts';
import { EXIT, type Io } from './io.ts';

export const DEFAULT_SCHEMA_DIR = '.vscode/playbook-schemas';

/** `schema [root] [--out <dir>]`: writes a JSON Schema per kind of playbook file. */
export async function runSchema(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('schema', args, { out: { type: 'string' } }, 1);
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const outDir = resolve(root, values.out ?? DEFAULT_SCHEMA_DIR);
  mkdirSync(outDir, { recursive: true });
  const schemas = frontmatterJsonSchemas();
  for (const kind of Object.keys(schemas) as FileKind[]) {
    const path = join(outDir, JSON_SCHEMA_FILES[kind]);
    writeFileSync(`${path}.tmp`, `${JSON.stringify(schemas[kind], null, 2)}\n`);
    renameSync(`${path}.tmp`, path);
  }
  io.stderr(
    `Wrote ${Object.keys(schemas).length} JSON Schemas to ${relative(io.cwd, outDir) || '.'}/ (${Object.values(JSON_SCHEMA_FILES).join(', ')}).\n`,
  );
  return EXIT.ok;
}
