/**
 * "Start your own" (content/start-your-own.mdx), tried as a new team would: a fresh `git clone` of this
 * repository as committed, then every command of the page's ```sh test blocks, in the page's order, exactly as
 * written, with nothing edited in between — drop the examples, `new playbook` and its files, `npm run check`,
 * `BASE_PATH=… npm run build`. No network: the clone's node_modules/ links to this project's packages (as
 * `npm install` would have written them), npm is told not to go online, and the PATH has no Node 22 of its own
 * (the page says the project brings it).
 *
 * START_YOUR_OWN_REPO names another repository to start from (a scratch commit of a working tree, to try the
 * page before committing it); by default, this one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PLAYBOOKS } from '../src/docs/example-figures.ts';
import { buildFiles, findBrokenLinks } from './support/link-check.ts';

const PROJECT = fileURLToPath(new URL('../', import.meta.url));
const SOURCE = process.env.START_YOUR_OWN_REPO ?? PROJECT;
const PAGE = 'content/start-your-own.mdx';

interface Step {
  command: string;
  status: number | null;
  output: string;
  seconds: number;
}

let tmp = '';
let clone = '';
let page = '';
const steps: Step[] = [];

/**
 * A new user's shell: no variables of the `npm test` that started the tests, nor of Vitest (which mirrors
 * `import.meta.env` into them: a BASE_URL of `/` would reach the build's docs pages), no Node 22 on the PATH.
 */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|INIT_CWD$|NODE_ENV$|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|ASSETS_PREFIX$)/.test(key)) continue;
    env[key] = value;
  }
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.startsWith(join(PROJECT, 'node_modules')))
    .join(delimiter);
  return {
    ...env,
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    GIT_AUTHOR_NAME: 'New Team',
    GIT_AUTHOR_EMAIL: 'revops@acme.example',
    GIT_COMMITTER_NAME: 'New Team',
    GIT_COMMITTER_EMAIL: 'revops@acme.example',
  };
}

/** The commands of the page's ```sh test blocks, in order: one a line, without comments. */
function commandsOf(text: string): string[] {
  return [...text.matchAll(/^```sh test\n([\s\S]*?)^```$/gm)].flatMap((m) =>
    m[1]!
      .split('\n')
      .map((line) => line.replace(/\s+#\s.*$/, '').trim())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}

const stepOf = (command: string) => steps.find((s) => s.command === command);

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'playbook-start-your-own-'));
  clone = join(tmp, 'sales-playbooks');
  execFileSync('git', ['clone', '--quiet', SOURCE, clone], { stdio: 'pipe' });
  // What `npm install` writes, from this project's packages: links, so that the build's caches stay in the clone.
  mkdirSync(join(clone, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (!name.startsWith('.') || name === '.bin') symlinkSync(join(PROJECT, 'node_modules', name), join(clone, 'node_modules', name));
  }
  page = readFileSync(join(clone, PAGE), 'utf8');
  const env = userEnv();
  for (const command of commandsOf(page)) {
    const started = Date.now();
    const result = spawnSync('sh', ['-c', command], { cwd: clone, env, encoding: 'utf8', maxBuffer: 1 << 26 });
    steps.push({ command, status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (Date.now() - started) / 1000 });
    if (result.status !== 0) break;
  }
}, 300_000); // under a minute on an idle machine; more when the build shares it

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('start your own, step by step from a fresh clone', () => {
  it('runs the steps of the page: drop the examples, create the playbook, check, build', () => {
    expect(commandsOf(page)).toEqual([
      'npm run examples:drop',
      'git commit -m "Drop the example playbooks"',
      'npm run playbook -- new playbook acme',
      'npm run playbook -- new offering acme/platform',
      'npm run playbook -- new role acme/account-executive',
      'npm run playbook -- new process acme/solution-sale',
      'npm run playbook -- new segment acme/mid-market',
      'npm run check',
      'BASE_PATH=/sales-playbooks/ npm run build',
    ]);
    for (const step of steps) expect(step.status, `${step.command}\n${step.output}`).toBe(0);
    expect(steps).toHaveLength(commandsOf(page).length);
    // For the record: how long each step took.
    console.log(steps.map((s) => `${s.seconds.toFixed(1).padStart(5)} s  ${s.command}`).join('\n'));
  });

  it('dropped the examples and their tests, and committed it', () => {
    for (const id of EXAMPLE_PLAYBOOKS) expect(existsSync(join(clone, 'playbooks', id)), id).toBe(false);
    expect(readdirSync(join(clone, 'test')).filter((f) => f.startsWith('examples'))).toEqual([]);
    const tracked = execFileSync('git', ['ls-files', '--', ...EXAMPLE_PLAYBOOKS.map((id) => `playbooks/${id}`), 'test/examples*'], { cwd: clone, encoding: 'utf8' });
    expect(tracked).toBe('');
    expect(execFileSync('git', ['log', '-1', '--format=%s'], { cwd: clone, encoding: 'utf8' }).trim()).toBe('Drop the example playbooks');
  });

  it('npm run check passes, and prints what the page shows: placeholders only', () => {
    const check = stepOf('npm run check')!;
    expect(check.status).toBe(0);
    const findings = [...check.output.matchAll(/^(\S+):(\d+):(\d+) (error|warning) (\S+)$/gm)].map((m) => `${m[4]} ${m[5]}`);
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings)).toEqual(new Set(['warning placeholder']));
    // The page's sample output: each of its lines (but the `…`) is in the real one, the summary line last.
    const sample = /^```text\n(playbooks\/acme\/[\s\S]*?)^```$/m.exec(page)?.[1];
    expect(sample).toBeDefined();
    for (const line of sample!.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')) expect(check.output, line).toContain(line);
    const summary = sample!.trim().split('\n').at(-1)!;
    expect(summary).toMatch(/^0 errors and \d+ warnings\.$/);
    expect(check.output.trim().split('\n').at(-1)).toBe(summary);
    expect(findings).toHaveLength(Number(/and (\d+) warnings/.exec(summary)![1]));
  });

  it('npm run build with BASE_PATH writes the playbook\u2019s pages under the base path, every link resolving', () => {
    const dist = join(clone, 'dist');
    const files = buildFiles(dist);
    for (const path of [
      'index.html',
      'acme/index.html',
      'acme/segments/mid-market/index.html',
      'acme/offerings/platform/index.html',
      'acme/processes/solution-sale/index.html',
      'acme/roles/account-executive/index.html',
      'acme/metrics/index.html',
      'docs/start-your-own/index.html',
      'docs/designing-a-sales-model/index.html',
    ]) {
      expect(files, path).toContain(path);
    }
    expect(files.filter((f) => EXAMPLE_PLAYBOOKS.some((id) => f.startsWith(`${id}/`)))).toEqual([]);
    expect(findBrokenLinks(dist, '/sales-playbooks/', 'https://acme.github.io')).toEqual([]);
    const overview = parse(readFileSync(join(dist, 'acme/index.html'), 'utf8'));
    // One page title: the skeleton's body does not start with a heading of its own.
    expect(overview.querySelectorAll('h1')).toHaveLength(1);
    for (const a of overview.querySelectorAll('a[href^="/"]')) expect(a.getAttribute('href'), a.toString()).toMatch(/^\/sales-playbooks\//);
    // The docs page that quotes the examples leaves those parts out (saying so where the first one was).
    const design = parse(readFileSync(join(dist, 'docs/designing-a-sales-model/index.html'), 'utf8'));
    expect(design.querySelector('main')!.text).toContain('which this site does not include');
    expect(design.querySelectorAll('main a').filter((a) => EXAMPLE_PLAYBOOKS.some((id) => (a.getAttribute('href') ?? '').includes(id)))).toEqual([]);
  });
});
