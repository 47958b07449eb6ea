/**
 * A throwaway project root inside the repository (under test/.tmp/, so that
 * Vite resolves the project's node_modules), configured as a team's site is
 * (test/support/site-config.mjs), with a copy of a fixture's playbooks/ and
 * content/.
 * It has its own Astro cache (`node_modules/.astro` of the root): builds of
 * one root share it, as an author's consecutive builds do.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

export interface TempSite {
  root: string;
  remove(): void;
}

export function tempSite(fixture: string): TempSite {
  const parent = join(PROJECT, 'test', '.tmp');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'site-'));
  cpSync(join(fixture, 'playbooks'), join(root, 'playbooks'), { recursive: true });
  cpSync(join(fixture, 'content'), join(root, 'content'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), `export { default } from ${JSON.stringify(join(PROJECT, 'test/support/site-config.mjs'))};\n`);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
