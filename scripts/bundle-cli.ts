/**
 * Precompiles the command line for the package (`npm pack` runs this as `prepack`): one ES module for
 * src/cli/bin.ts, plus a chunk per lazily loaded command, in src/cli/dist/ (git-ignored). Our own TypeScript is
 * bundled; every package it imports stays an import, resolved from the site's node_modules. The launcher,
 * src/cli/playbook.mjs, loads it, so that `playbook` starts without type-stripping our sources on every run.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = fileURLToPath(new URL('../src/cli/', import.meta.url));
rmSync(`${cli}dist`, { recursive: true, force: true });
await build({
  entryPoints: { playbook: `${cli}bin.ts` },
  outdir: `${cli}dist`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // `new site` runs on the Node.js a user has (20 here); the rest needs 22 and gets it from the site.
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
