import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTICS_ENDPOINT } from '../src/integrations/playbook-check.ts';
import { fixtureProject } from './helpers.ts';

/**
 * Starts `astro dev` on a copy of the valid fixture, breaks a playbook file,
 * sees the diagnostic in the terminal and from the server, fixes the file and
 * sees it clear — without restarting the server.
 */
let project: { dir: string; cleanup: () => void };
let server: ChildProcess;
let output = '';
let base = '';

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}. Server output:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function diagnostics(): Promise<{ code: string; file: string; line: number }[]> {
  const response = await fetch(`${base}${DIAGNOSTICS_ENDPOINT}`);
  return ((await response.json()) as { diagnostics: { code: string; file: string; line: number }[] }).diagnostics;
}

beforeAll(async () => {
  project = fixtureProject('valid');
  server = spawn(join(project.dir, 'node_modules/.bin/astro'), ['dev', '--port', '4410', '--host', '127.0.0.1'], {
    cwd: project.dir,
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  base = await until('the dev server', () => /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[0]?.replace(/\/$/, ''), 60_000);
}, 90_000);

afterAll(() => {
  server?.kill();
  project?.cleanup();
});

describe('astro dev: live feedback while writing', () => {
  it('reports a broken save in the terminal and from the server, and clears it once fixed', async () => {
    expect(await diagnostics()).toEqual([]);
    const file = join(project.dir, 'playbooks/acme/segments/smb.mdx');
    const good = readFileSync(file, 'utf8');
    const started = output.length;

    writeFileSync(file, good.replace('process: quick', 'process: quik'));
    const broken = await until('the diagnostic', async () => {
      const found = (await diagnostics()).find((d) => d.code === 'broken-reference');
      return found;
    });
    expect(broken).toMatchObject({ file: 'playbooks/acme/segments/smb.mdx', line: 13 });
    await until('the terminal report', () => (output.slice(started).includes('playbooks/acme/segments/smb.mdx:13:10 error broken-reference') ? true : undefined));

    writeFileSync(file, good);
    await until('the diagnostics to clear', async () => ((await diagnostics()).length === 0 ? true : undefined));
    await until('the all-clear in the terminal', () => (output.slice(started).includes('Playbooks checked: no problems.') ? true : undefined));
  }, 60_000);
});
