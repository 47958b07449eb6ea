import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/main.ts';
import { captureIo } from './helpers.ts';

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
