/**
 * `npm run bench [-- --quick | --full] [options]` (bench/options.ts lists them
 * and what each mode measures).
 *
 * Measures the engine as a team uses it: `npm pack` of this project, unpacked
 * into the node_modules of a team's site (its own package.json, an
 * astro.config.mjs with `salesPlaybook({ …, guides: false })`, the two-line
 * content config, a git repository) over generated playbook trees
 * (bench/generate.ts: bodies with GFM tables, task lists, links, a code block
 * in a few, `<Metric>` and `<Callout>` in some; warnings on about a quarter of
 * the files, never an error). Then:
 * - `check` in process and as `playbook check`, per size;
 * - cold builds (`playbook build`, caches and dist/ removed) of our site, its
 *   variants (Shiki off, search index off: src/integration/bench-switches.ts;
 *   a 1 GB heap in --full), the floor (a bare Astro + MDX project over the
 *   same bodies) and the Starlight reference (bench/starlight.ts);
 * - warm rebuilds of ours after editing one body, every cache kept;
 * - `playbook check` over 10,000 files against a cold `astro sync` of the
 *   same bodies in Starlight and in the floor;
 * - `playbook dev` at 1,000 files: until a page answers, and save → the page
 *   showing the edit (bench/dev.ts);
 * - `playbook actuals import` of a 1,000,000-row Salesforce-shaped export,
 *   once the command exists (bench/import.ts);
 * and prints one table, the lines of the other parts and the targets of
 * issue 27 (and issue 22's import), every figure from this run.
 *
 * Timed runs wait for a quiet machine within the mode's limits; the CPU other
 * processes took during each is reported, and --full repeats runs during
 * which it was above 10%.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { measureSize, type Setup } from './builds.ts';
import { measureDev } from './dev.ts';
import { bytes, int } from './format.ts';
import { measureImport } from './import.ts';
import { hasGnuTime } from './measure.ts';
import { parseArgs, planFor } from './options.ts';
import { packEngine, RUNS } from './project.ts';
import { report } from './report.ts';
import { targets } from './targets.ts';
import { env, log, PROJECT, Runner } from './runner.ts';
import { measureScale } from './scale.ts';
import { ensureStarlight, starlightVersions } from './starlight.ts';

/** The commit the project is at, and whether it has uncommitted changes (read-only git commands). */
function projectState(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

const minutes = (ms: number) => `${(ms / 60_000).toFixed(1)} min`;

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  const plan = planFor(options);
  const useStarlight = options.starlight ?? options.mode !== 'quick';
  const version = (pkg: string) => (JSON.parse(readFileSync(join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const cpu = cpus();
  const info: Record<string, string> = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown'}`,
    memory: bytes(totalmem()),
    os: `${type()} ${release()}`,
    astro: version('astro'),
    '@astrojs/mdx': version('@astrojs/mdx'),
    vite: version('vite'),
    seed: String(options.seed),
    'peak memory from': (await hasGnuTime()) ? 'GNU time (max RSS of the largest process)' : '/proc VmRSS sampling of the process tree',
    project: projectState(),
    mode: options.mode,
    bodies: options.plainBodies ? 'plain (--plain-bodies: no <Metric>, no <Callout> in the built trees)' : 'with <Metric> and <Callout>',
    starlight: useStarlight ? 'on' : 'off',
    ...(useStarlight ? { 'starlight sidebar': options.starlightSidebar === 'playbooks' ? 'sidebar of one link per playbook' : "Starlight's default sidebar, every page" } : {}),
    'load average at start': loadavg()[0]!.toFixed(2),
  };
  mkdirSync(RUNS, { recursive: true });
  const dir = mkdtempSync(join(RUNS, 'run-'));
  log(`Working in ${dir}`);
  const runner = new Runner(plan.wait);
  try {
    log('Packing the engine (npm pack)…');
    const engine = packEngine(PROJECT, join(dir, 'engine'), env());
    const starlight = useStarlight ? ensureStarlight(env(), log) : null;
    if (starlight) Object.assign(info, starlightVersions(starlight));
    const setup: Setup = { engine, starlight, starlightSidebar: options.starlightSidebar, dir, runner, options };
    const sizes = [];
    for (const [i, size] of plan.sizes.entries()) sizes.push(await measureSize(setup, plan.sizes.length === 1 ? 'size' : i === 0 ? 'small' : i === plan.sizes.length - 1 ? 'large' : `size-${i}`, size));
    const scale = await measureScale(setup, plan.scale);
    const dev = await measureDev(setup, plan.dev);
    const imp = await measureImport(setup, plan.import);
    info['load average at end'] = loadavg()[0]!.toFixed(2);
    info['waited for a quiet machine'] = `${Math.round(runner.waitedSeconds)} s`;
    info['run took'] = minutes(performance.now() - started);
    const text = report(sizes, scale, dev, imp, info);
    process.stdout.write(`\n${text}\n`);
    if (options.json) writeFileSync(options.json, `${JSON.stringify({ info, targets: targets(sizes, scale, dev, imp), sizes, scale, dev, import: imp }, null, 2)}\n`);
  } finally {
    if (options.keep) log(`Kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
    log(`\nThe ${options.mode} run took ${minutes(performance.now() - started)} (${int(Math.round(runner.waitedSeconds))} s of it waiting for a quiet machine).`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
