/**
 * The engine as a package, tried as a new team would: `npm pack` of this repository, `playbook new site` from the
 * tarball (with the machine's own Node.js, 20 here), `npm install`, `npm run check` and `npm run build` in the new
 * site; then an upgrade — a second tarball with a higher version, `npm install` of it — after which only
 * package.json and package-lock.json have changed and the site builds as before. Two builds in all. The install
 * prefers the npm cache (this project's own install filled it) and goes to the registry for the rest.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutTestRunner } from '../support/build-site.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { name: string; version: string };

let tmp = '';
let site = '';
let tarball = '';
const timings: Record<string, number> = {};

/** A new user's shell: none of the variables of the `npm test` that started the tests, no Node 22 of ours on the PATH. */
function userEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(withoutTestRunner()).filter(([key]) => !/^(npm_|INIT_CWD$)/.test(key)));
  env.PATH = (process.env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => !dir.startsWith(join(PROJECT, 'node_modules')))
    .join(delimiter);
  return { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_prefer_offline: 'true' };
}

/** Runs a command as the user would, timing it; throws with its output when it fails. */
function sh(label: string, command: string, args: string[], cwd: string): string {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
  timings[label] = (Date.now() - started) / 1000;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited ${result.status}:\n${output}`);
  return output;
}

/** The machine's own node (the first on a PATH without ours). */
const userNode = () => execFileSync('sh', ['-c', 'command -v node'], { env: userEnv(), encoding: 'utf8' }).trim();

/** Every file of a folder, relative to it, leaving out what installing and building write. */
function filesOf(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    if (['node_modules', 'dist', '.astro', '.git'].includes(path)) return [];
    return entry.isDirectory() ? filesOf(dir, path) : [path];
  });
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'engine-package-'));
  sh('pack', 'npm', ['pack', '--pack-destination', tmp], PROJECT);
  tarball = join(tmp, `${ENGINE.name}-${ENGINE.version}.tgz`);
  site = join(tmp, 'acme-playbooks');
  // `npx -p <engine> playbook new site …` runs the package's bin with the user's Node: the same as this.
  sh('new site', userNode(), [join(PROJECT, 'src/cli/playbook.mjs'), 'new', 'site', site, '--title', 'Acme 销售作战手册', '--lang', 'zh-CN', '--engine', `file:${tarball}`], tmp);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  // The figures a closing note quotes: `new site` + install + first build.
  if (Object.keys(timings).length) process.stderr.write(`engine package timings (s): ${JSON.stringify(timings)}\n`);
});

describe('a site made by `playbook new site`', () => {
  it('holds its config, a starter playbook and its workflows, and nothing of the engine', () => {
    const files = filesOf(site);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'astro.config.mjs',
        'src/content.config.ts',
        '.gitignore',
        'README.md',
        '.github/workflows/check.yml',
        '.github/workflows/deploy.yml',
        'playbooks/sales-model/index.mdx',
      ]),
    );
    expect(files.filter((f) => f.startsWith('src/'))).toEqual(['src/content.config.ts']);
    expect(readFileSync(join(site, 'src/content.config.ts'), 'utf8').trim().split('\n').length).toBeLessThanOrEqual(5);
    const manifest = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(Object.keys(manifest.scripts).sort()).toEqual(['build', 'check', 'dev', 'playbook', 'preview']);
    expect(manifest.dependencies).toEqual({ [ENGINE.name]: `file:${tarball}` });
    expect(readFileSync(join(site, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['node_modules/', 'dist/', '.astro/', 'pdf/']));
    expect(readFileSync(join(site, 'astro.config.mjs'), 'utf8')).toContain("lang: 'zh-CN'");
  });

  it('refuses a folder that exists and is not empty, and writes nothing into it', () => {
    const result = spawnSync(userNode(), [join(PROJECT, 'src/cli/playbook.mjs'), 'new', 'site', site], { cwd: tmp, env: userEnv(), encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('already exists');
    expect(readdirSync(tmp).filter((name) => name.startsWith('.acme'))).toEqual([]);
  });

  it('installs, checks and builds with the title, language and stylesheet of its options', () => {
    // The team's own colours, as the config's commented line suggests.
    const config = join(site, 'astro.config.mjs');
    const line = "// customCss: ['./src/styles/brand.css'],";
    expect(readFileSync(config, 'utf8')).toContain(line);
    writeFileSync(config, readFileSync(config, 'utf8').replace(line, "customCss: ['./src/styles/brand.css'],"));
    mkdirSync(join(site, 'src/styles'), { recursive: true });
    writeFileSync(join(site, 'src/styles/brand.css'), ':root {\n  --accent: #0b6e4f;\n}\n');
    sh('install', 'npm', ['install', '--no-audit', '--no-fund'], site);
    sh('check', 'npm', ['run', 'check'], site);
    const log = sh('build', 'npm', ['run', 'build'], site);
    expect(log).not.toMatch(/telemetry|@astrojs\/upgrade/i);
    const home = readFileSync(join(site, 'dist/index.html'), 'utf8');
    expect(home).toContain('<html lang="zh-CN"');
    expect(home).toContain('<title>Acme 销售作战手册</title>');
    // The team's stylesheet comes after the site's, on every page.
    const sheets = [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(site, 'dist', m[1]!), 'utf8'));
    const ours = sheets.findIndex((css) => css.includes('--accent'));
    const theirs = sheets.findLastIndex((css) => css.includes('#0b6e4f'));
    expect(theirs).toBeGreaterThan(-1);
    if (ours === theirs) expect(sheets[theirs]!.lastIndexOf('#0b6e4f')).toBeGreaterThan(sheets[theirs]!.indexOf('--accent'));
    else expect(theirs).toBeGreaterThan(ours);
    // …and the print style after it: paper keeps black text on white.
    const print = sheets.findLastIndex((css) => css.includes('@media print'));
    if (print === theirs) expect(sheets[print]!.lastIndexOf('@media print')).toBeGreaterThan(sheets[print]!.lastIndexOf('#0b6e4f'));
    else expect(print).toBeGreaterThan(theirs);
    // The other language has its own home page, and the engine's guides are there in both.
    expect(readFileSync(join(site, 'dist/en/index.html'), 'utf8')).toContain('<html lang="en"');
    expect(existsSync(join(site, 'dist/docs/writing-a-playbook/index.html'))).toBe(true);
    expect(existsSync(join(site, 'dist/en/docs/writing-a-playbook/index.html'))).toBe(true);
    expect(existsSync(join(site, 'dist/sales-model/index.html'))).toBe(true);
  });

  it('upgrades with `npm install` of a newer engine: only package.json and the lockfile change, and the newer engine checks the site', () => {
    sh('git init', 'git', ['init', '-q'], site);
    sh('git add', 'git', ['add', '-A'], site);
    sh('git commit', 'git', ['-c', 'user.name=Team', '-c', 'user.email=team@example.com', 'commit', '-qm', 'Our site'], site);
    // The same engine with a higher version, as npm would publish it next.
    const next = join(tmp, 'next');
    execFileSync('tar', ['xzf', tarball, '-C', tmp]);
    cpSync(join(tmp, 'package'), next, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(next, 'package.json'), 'utf8')) as { version: string };
    const [major, minor, patch] = manifest.version.split('.').map(Number);
    manifest.version = `${major}.${minor}.${patch! + 1}`;
    writeFileSync(join(next, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    sh('pack next', 'npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], next);
    const newer = join(tmp, `${ENGINE.name}-${manifest.version}.tgz`);

    sh('upgrade', 'npm', ['install', '--no-audit', '--no-fund', `file:${relative(site, newer)}`], site);
    const changed = execFileSync('git', ['status', '--porcelain'], { cwd: site, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3))
      .sort();
    expect(changed).toEqual(['package-lock.json', 'package.json']);
    expect(JSON.parse(readFileSync(join(site, 'node_modules', ENGINE.name, 'package.json'), 'utf8')).version).toBe(manifest.version);
    // The build is the one above (the engine's code is the same); the check runs the newer engine's own CLI.
    const check = sh('check after upgrade', 'npm', ['run', 'check'], site);
    expect(check).toMatch(/共 0 个错误/);
  });
});
