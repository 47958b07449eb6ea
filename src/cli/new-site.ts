/**
 * `new site <dir> [--title] [--lang] [--playbook] [--engine]`: a team's
 * playbook site in a new folder — its own files and a starter playbook that
 * passes `check`, with the engine as a dependency and nothing of its source.
 * Everything is written into a staging folder beside `<dir>` and renamed into
 * place at the end: an interrupted run leaves nothing half-written. Runs on
 * Node.js 20 (the site then brings Node.js 22 itself).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../i18n/index.ts';
import { creationOrder } from '../kinds/index.ts';
import { isReservedId } from '../model/reserved.ts';
import { fileIdProblem } from '../schema/index.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { astroConfig, CHECK_WORKFLOW, contentConfig, DEPLOY_WORKFLOW, GITIGNORE, packageJson, readme, TSCONFIG, VSCODE_EXTENSIONS, VSCODE_SETTINGS, type SiteSpec } from './site-files.ts';

/** The ids of the starter playbook's first file of each kind. */
const STARTER_IDS: Record<string, string> = {
  offerings: 'core-offering',
  roles: 'account-executive',
  processes: 'solution-sale',
  segments: 'mid-market',
  scenarios: 'one-more-hire',
};

const DEFAULT_TITLE: Record<Lang, string> = { en: 'Sales playbooks', 'zh-CN': '销售作战手册' };

interface EngineManifest {
  name: string;
  version: string;
  devDependencies?: Record<string, string>;
}

/** The engine's own package.json: the nearest one above this module that names the engine (sources or bundle). */
export function engineManifest(from = fileURLToPath(import.meta.url)): EngineManifest {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as EngineManifest & { bin?: Record<string, string> };
      if (manifest.bin?.playbook) return manifest;
    }
    if (dirname(dir) === dir) throw new Error('new site: the engine\u2019s package.json was not found above its code.');
  }
}

export async function runNewSite({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const dirArg = positionals[0] ?? '';
  const dir = resolve(io.cwd, dirArg);
  const lang = (values.lang as Lang | undefined) ?? 'en';
  const playbook = (values.playbook as string | undefined) ?? 'sales-model';
  if (fileIdProblem(playbook) !== undefined || isReservedId(playbook)) {
    throw new UsageError(`new site: --playbook \`${playbook}\` is not a valid playbook id: lowercase letters and digits in words joined by hyphens, e.g. \`sales-model\`, and not one of the site's own addresses.`, 'new site');
  }
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    io.stderr(`new site: ${dirArg} already exists and is not an empty folder; nothing was written. Choose a new folder name.\n`);
    return EXIT.usage;
  }
  const engine = engineManifest();
  const site: SiteSpec = {
    name: packageName(basename(dir)),
    title: (values.title as string | undefined)?.trim() || DEFAULT_TITLE[lang],
    lang,
    playbook,
    engine: { name: engine.name, spec: (values.engine as string | undefined) ?? `^${engine.version}` },
    node: engine.devDependencies?.node ?? '^22.12.0',
  };

  mkdirSync(dirname(dir), { recursive: true });
  const stage = mkdtempSync(join(dirname(dir), `.${basename(dir)}-`));
  try {
    await writeStarterPlaybook(stage, site);
    const files: Record<string, string> = {
      'package.json': packageJson(site),
      'astro.config.mjs': astroConfig(site),
      'src/content.config.ts': contentConfig(site),
      'tsconfig.json': TSCONFIG,
      '.gitignore': GITIGNORE,
      '.vscode/settings.json': VSCODE_SETTINGS,
      '.vscode/extensions.json': VSCODE_EXTENSIONS,
      '.github/workflows/check.yml': CHECK_WORKFLOW,
      '.github/workflows/deploy.yml': DEPLOY_WORKFLOW,
      'README.md': readme(site),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(stage, file)), { recursive: true });
      writeFileSync(join(stage, file), text);
    }
    if (existsSync(dir)) rmSync(dir, { recursive: true });
    renameSync(stage, dir);
  } catch (error) {
    rmSync(stage, { recursive: true, force: true });
    throw error;
  }
  const shown = relative(io.cwd, dir) || '.';
  io.stdout(
    lang === 'zh-CN'
      ? `已在 ${shown}/ 创建网站“${site.title}”，初始手册在 playbooks/${playbook}/。\n\n接下来：\n  cd ${shown}\n  npm install\n  npm run dev        # 在 http://localhost:4321/ 打开网站\n  npm run check      # 列出还要填写的占位内容\n`
      : `Created the site "${site.title}" in ${shown}/, with a starter playbook in playbooks/${playbook}/.\n\nNext:\n  cd ${shown}\n  npm install\n  npm run dev        # the site at http://localhost:4321/\n  npm run check      # lists the placeholders left to fill in\n`,
  );
  return EXIT.ok;
}

/** The starter playbook, written by the same code as `new playbook` and `new <kind>`, one file of each kind. */
async function writeStarterPlaybook(root: string, site: SiteSpec): Promise<void> {
  const { run } = await import('./main.ts');
  const quiet: Io = { cwd: root, color: false, stdout: () => {}, stderr: () => {} };
  const steps: string[][] = [['new', 'playbook', site.playbook, '--lang', site.lang, root]];
  // Snapshots come from the CRM (`actuals import`), not from the first afternoon: none in the starter.
  for (const kind of creationOrder().filter((k) => !k.fileId)) steps.push(['new', kind.singular, `${site.playbook}/${STARTER_IDS[kind.id] ?? `first-${kind.singular}`}`, root]);
  for (const argv of steps) {
    let said = '';
    const io: Io = { ...quiet, stderr: (text) => void (said += text) };
    const code = await run(argv, io);
    if (code !== EXIT.ok) throw new Error(`new site: \`${argv.slice(0, 3).join(' ')}\` failed (${code}): ${said.trim()}`);
  }
}

/** A folder name as an npm package name: lowercase, URL-safe. */
function packageName(folder: string): string {
  const name = folder
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '');
  return name || 'sales-playbooks';
}
