import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** An Io that records what a command writes. */
export function captureIo(cwd: string): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    color: false,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

/** Copies a fixture to a temporary folder that the test may change; returns it and a cleanup. */
export function tempCopy(name: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `playbook-${name.replace(/\W+/g, '-')}-`));
  cpSync(fixture(name), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A throwaway project root configured as a team's site is (test/support/site-config.mjs) with a fixture's
 * playbooks/ (and content/ when the fixture has one): for dev-server and build tests that must not touch the real
 * playbooks.
 */
export function fixtureProject(name: string): { dir: string; cleanup: () => void } {
  const project = fileURLToPath(new URL('../../', import.meta.url));
  const copy = tempCopy(name);
  for (const entry of ['src', 'public', 'node_modules', 'tsconfig.json', 'package.json']) {
    symlinkSync(join(project, entry), join(copy.dir, entry));
  }
  writeFileSync(join(copy.dir, 'astro.config.mjs'), `export { default } from ${JSON.stringify(join(project, 'test/support/site-config.mjs'))};\n`);
  if (!existsSync(join(copy.dir, 'content'))) cpSync(join(project, 'content'), join(copy.dir, 'content'), { recursive: true });
  return copy;
}
