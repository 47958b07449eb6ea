#!/usr/bin/env node
// The `playbook` command of the engine's package: a small launcher in plain JavaScript, so that it runs on any
// Node.js. It loads the command line precompiled at pack time (./dist/playbook.mjs; `npm run playbook` in the
// engine's own repository runs the TypeScript sources instead). `new site` runs on the Node.js it is given (Node 20
// included). Every other command needs Node.js 22.12 or newer: on an older one the launcher runs itself again with
// the Node.js 22 a site brings (its `node` package), or says in one line how to get it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const [major, minor] = process.versions.node.split('.').map(Number);
const recent = major > 22 || (major === 22 && minor >= 12);
const runsAnywhere = (args[0] === 'new' && args[1] === 'site') || args.length === 0 || ['--help', '-h', 'help', '--version'].includes(args[0]);

/** The Node.js 22 of the site in the current folder or above it (the `node` package), if there is one. */
function siteNode() {
  for (let dir = resolve(process.cwd()); ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'node_modules', 'node', 'bin', 'node'), join(dir, 'node_modules', 'node', 'bin', 'node.exe')]) {
      if (existsSync(candidate) && candidate !== process.execPath) return candidate;
    }
    if (dirname(dir) === dir) return null;
  }
}

if (!recent && !runsAnywhere && !process.env.PLAYBOOK_RELAUNCHED) {
  const node = siteNode();
  if (!node) {
    process.stderr.write(
      `playbook ${args[0]} needs Node.js 22.12 or newer, and this is Node.js ${process.versions.node}: run it in your site as \`npm run playbook -- ${args.join(' ')}\` (the site brings Node.js 22 after \`npm install\`), or install Node.js 22 from https://nodejs.org.\n`,
    );
    process.exit(2);
  }
  const child = spawn(node, [fileURLToPath(import.meta.url), ...args], { stdio: 'inherit', env: { ...process.env, PLAYBOOK_RELAUNCHED: '1' } });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const bundle = join(here, 'dist', 'playbook.mjs');
  await import(pathToFileURL(existsSync(bundle) ? bundle : join(here, 'bin.ts')).href);
}
