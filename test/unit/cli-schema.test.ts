import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIo } from '../support/helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'playbook-schema-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema & { description?: string }>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: string[];
}

describe('schema command', () => {
  it('writes one JSON Schema per kind, generated from the Zod schemas', async () => {
    const io = captureIo(dir);
    expect(await run(['schema', '--out', 'schemas'], io)).toBe(0);
    expect(readdirSync(join(dir, 'schemas')).sort()).toEqual([
      'offering.schema.json',
      'playbook.schema.json',
      'process.schema.json',
      'role.schema.json',
      'scenario.schema.json',
      'segment.schema.json',
      'snapshot.schema.json',
    ]);
    const segment = JSON.parse(readFileSync(join(dir, 'schemas/segment.schema.json'), 'utf8')) as JsonSchema;
    expect(segment.additionalProperties).toBe(false);
    expect(segment.required).toContain('accounts');
    expect(segment.properties?.priority?.enum).toEqual(['strategic', 'core', 'opportunistic']);
    expect(segment.properties?.accounts?.description).toBe('Number of target accounts in the segment.');
    for (const [key, field] of Object.entries(segment.properties ?? {})) {
      expect(field.description, key).toBeTruthy();
    }
  });

  it('leaves defaults optional, as authors write them', () => {
    const playbook = JSON.parse(readFileSync(join(dir, 'schemas/playbook.schema.json'), 'utf8')) as JsonSchema;
    expect(playbook.required).not.toContain('lang');
    expect(playbook.required).toEqual(expect.arrayContaining(['title', 'summary', 'goals']));
  });

  it('writes to .vscode/playbook-schemas by default', async () => {
    expect(await run(['schema'], captureIo(dir))).toBe(0);
    expect(readdirSync(join(dir, '.vscode/playbook-schemas'))).toHaveLength(7);
  });
});

describe('schema command: a root that is not a folder', () => {
  it('a missing root is a setup error (exit 2): nothing is created', async () => {
    const missing = join(dir, 'no-such-project');
    const io = captureIo(dir);
    expect(await run(['schema', missing], io)).toBe(2);
    expect(io.err).toBe(`The project root ${missing} does not exist or is not a folder; nothing was written. Pass the folder that contains playbooks/, or run the command from it.\n`);
    expect(existsSync(missing)).toBe(false);
  });

  it('a file given as the root is a setup error, not an internal error', async () => {
    const file = join(dir, 'index.mdx');
    writeFileSync(file, '---\ntitle: x\n---\n');
    const io = captureIo(dir);
    expect(await run(['schema', file], io)).toBe(2);
    expect(io.err).toMatch(/^The project root .*index\.mdx does not exist or is not a folder; nothing was written\./);
    expect(io.err).not.toMatch(/Internal error|\n\s+at /);
    expect(statSync(file).isFile()).toBe(true);
  });

  it('an --out that cannot be created says so (exit 2), with no stack trace', async () => {
    const root = mkdtempSync(join(dir, 'root-'));
    writeFileSync(join(root, 'taken'), '');
    const io = captureIo(root);
    expect(await run(['schema', '--out', 'taken/schemas'], io)).toBe(2);
    expect(io.err).toMatch(/^Could not create the folder taken\/schemas: ENOTDIR\. Nothing was written\./);
    expect(io.err).not.toMatch(/Internal error|\n\s+at /);
  });
});
