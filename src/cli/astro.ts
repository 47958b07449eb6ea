/**
 * `dev`, `build` and `preview`: Astro's own commands, run in the site's root
 * with the environment a site needs — no telemetry notice and no suggestion to
 * upgrade Astro by hand (the engine brings the Astro it was tested with;
 * upgrading the engine upgrades it). Every argument goes to Astro as it is
 * (`npm run dev -- --port 3000`), and Astro's exit code is the command's.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { SetupError } from '../model/load.ts';
import type { ParsedArgs } from './command.ts';
import type { Io } from './io.ts';

/** The environment Astro runs with here: the site's scripts never show Astro's telemetry notice or update hint. */
export const ASTRO_ENV = { ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' } as const;

/** Astro's command-line entry as the site at `root` resolves it (its own node_modules first). */
export function astroBin(root: string): string {
  const from = existsSync(join(root, 'package.json')) ? join(root, 'package.json') : join(root, 'noop.js');
  let manifest: string;
  try {
    manifest = createRequire(from).resolve('astro/package.json');
  } catch {
    throw new SetupError(`Astro is not installed in ${root}: run \`npm install\` there first.`);
  }
  return join(dirname(manifest), 'bin', 'astro.mjs');
}

/** Runs `astro <command> ...args` in `root` with the node running this process; resolves to Astro's exit code. */
export function runAstro(command: string, args: readonly string[], root: string, env: Record<string, string> = {}): Promise<number> {
  const bin = astroBin(root);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, command, ...args], { cwd: root, env: { ...process.env, ...ASTRO_ENV, ...env }, stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** The implementation of `dev`, `build` and `preview`. */
export function astroCommand(command: 'dev' | 'build' | 'preview') {
  return async ({ positionals }: ParsedArgs, io: Io): Promise<number> => runAstro(command, positionals, resolve(io.cwd));
}
