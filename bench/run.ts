/**
 * `npm run bench [-- --quick] [--starlight | --no-starlight] [--starlight-sidebar playbooks|full] [--plain-bodies]
 *   [--seed N] [--large-runs N] [--keep] [--json FILE]`
 *
 * Generates valid playbook trees (bench/generate.ts: bodies with GFM tables,
 * task lists, links, a code block in a few, `<Metric>` and `<Callout>` in
 * some; warnings on about a quarter of the files, never an error) and
 * measures, at 260 and 2,600 entity files:
 * - `check`, in process and as the CLI;
 * - the production build of this project against the tree, cold (caches and
 *   dist/ removed), as configured and in variants (Shiki off, search index
 *   off, a 1 GB JS heap);
 * - the floor: a bare Astro + MDX project building the same bodies;
 * - the Starlight reference (bench/starlight.ts): a plain Starlight site with
 *   the same bodies, one page per file, cold build and peak memory;
 * - our warm rebuild: after a cold build, one body edited, the build again
 *   with every cache kept (`.astro/`, `node_modules/.astro`, the data store in
 *   the cache folder), once per run, each time another body;
 * then `check` over 10,000 files as the CLI against a cold `astro sync` of the
 * same bodies in the floor and in Starlight. Prints one table and the targets
 * of issue 12, every figure from this run.
 *
 * Timed runs wait for a quiet machine, and a run during which other processes
 * took more than 10% of the CPU is repeated (the noise is reported).
 *
 * A full run took 48 minutes on a quiet 2-core machine on 2 December 2026
 * (Starlight's builds and its three syncs of 10,000 files about a tenth of
 * it; with --starlight-sidebar full, longer).
 *
 * --quick: the small size only, one run of each build and one warm rebuild,
 * check against astro sync at 1,000 files, and no Starlight (unless
 * --starlight): a smoke test of two or three minutes. --starlight /
 * --no-starlight: turn the Starlight reference on or off (default: on, but
 * off with --quick). Its first use installs it (npm ci into
 * bench/.cache/starlight/, about a minute); Starlight's roots are written
 * under bench/.cache/runs/ (Astro mis-resolves components installed outside
 * a root that shares no top folder with it) and removed afterwards.
 * --starlight-sidebar: the reference's sidebar, `playbooks` (default: one
 * link per playbook) or `full` (Starlight's default: every page on every
 * page, which makes its build quadratic; see bench/starlight.ts).
 * --plain-bodies: the trees that are built get bodies without `<Metric>` and
 * `<Callout>` (a plain number, a blockquote), for as long as the project's
 * build cannot render them; the 10,000-file tree for check keeps them.
 * --large-runs: builds of the large size (default 2; the small size gets 3).
 * --keep: keep the temporary folders (caches and dist/ are removed after each
 * size anyway). --json: also write every raw figure to FILE.
 */
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../src/lint/check.ts';
import { analyzeDist, summarize, type WeightSummary } from './dist.ts';
import { report, targets, VARIANTS, type BuildFigures, type CorpusFigures, type Phases, type ScaleResult, type SizeResult, type SyncFigures, type Variant, type WarmFigures } from './report.ts';
import { bytes, int } from './format.ts';
import { generateTree, type GeneratedTree } from './generate.ts';
import { hasGnuTime, median, runMeasured, waitForQuiet, type RunResult } from './measure.ts';
import { clearCaches, createFloorRoot, createSiteRoot, TURN_OFF_ENV } from './project.ts';
import { createStarlightRoot, ensureStarlight, STARLIGHT_RUNS, starlightVersions, type StarlightSidebar } from './starlight.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));

/** The environment of each variant's build: what the bench config turns off (TURN_OFF_ENV), Node's heap limit. */
const VARIANT_ENV: Record<Variant, Record<string, string>> = {
  ours: {},
  oursNoShiki: { [TURN_OFF_ENV]: 'shiki' },
  oursNoSearch: { [TURN_OFF_ENV]: 'search' },
  oursHeap1g: { NODE_OPTIONS: '--max-old-space-size=1024' },
  floor: {},
  starlight: {},
};

interface Options {
  quick: boolean;
  seed: number;
  keep: boolean;
  json: string | null;
  largeRuns: number;
  /** null: the default of the mode (on, off with --quick). */
  starlight: boolean | null;
  starlightSidebar: StarlightSidebar;
  plainBodies: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { quick: false, seed: 7, keep: false, json: null, largeRuns: 2, starlight: null, starlightSidebar: 'playbooks', plainBodies: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--quick') options.quick = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--json') options.json = value();
    else if (arg === '--large-runs') options.largeRuns = Math.max(1, Number(value()));
    else if (arg === '--starlight') options.starlight = true;
    else if (arg === '--no-starlight') options.starlight = false;
    else if (arg === '--plain-bodies') options.plainBodies = true;
    else if (arg === '--starlight-sidebar') {
      const sidebar = value();
      if (sidebar !== 'playbooks' && sidebar !== 'full') throw new Error('--starlight-sidebar is playbooks or full.');
      options.starlightSidebar = sidebar;
    } else throw new Error(`Unknown option ${arg}. Options: --quick, --starlight, --no-starlight, --starlight-sidebar playbooks|full, --plain-bodies, --seed N, --large-runs N, --keep, --json FILE.`);
  }
  return options;
}

/**
 * The environment of a measured command: the project's `node_modules/.bin`
 * first on PATH (its pinned Node 22, its `astro`), after `bins` (Starlight's
 * own `astro`); none of the project's build settings.
 */
const env = (extra: Record<string, string> = {}, bins: readonly string[] = []): NodeJS.ProcessEnv => {
  const out: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: [...bins, join(PROJECT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(':'), ...extra };
  for (const name of ['SITE_URL', 'BASE_PATH', 'EDIT_URL_BASE', 'NODE_OPTIONS', TURN_OFF_ENV]) if (!(name in extra)) delete out[name];
  return out;
};

function fail(what: string, result: RunResult): never {
  const tail = (text: string) => text.trim().split('\n').slice(-30).join('\n');
  throw new Error(`${what} failed with exit code ${result.exitCode}.\n${tail(result.stdout)}\n${tail(result.stderr)}`);
}

/** Reads the phase durations from Astro's build log ("[vite] ✓ built in 5.53s", "generating static routes … ✓ Completed in 923ms"). */
export function parsePhases(output: string): Phases {
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const toMs = (value: string, unit: string) => Number(value) * (unit === 's' ? 1000 : 1);
  const bundles = [...text.matchAll(/\[vite\] ✓ built in ([\d.]+)(ms|s)\b/g)].map((m) => toMs(m[1]!, m[2]!));
  const render = /generating static routes[\s\S]*?✓ Completed in ([\d.]+)(ms|s)\b/.exec(text);
  const total = /page\(s\) built in ([\d.]+)(ms|s)\b/.exec(text);
  return {
    bundle: bundles.length ? bundles.reduce((a, b) => a + b, 0) : null,
    render: render ? toMs(render[1]!, render[2]!) : null,
    astroTotal: total ? toMs(total[1]!, total[2]!) : null,
  };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Waits for other work on the machine to finish before a timed run. */
async function quiet(): Promise<void> {
  await waitForQuiet(0.15, 300, (busy) => log(`  waiting: the machine is ${Math.round(busy * 100)}% busy with other work…`));
}

/** Share of the machine other processes may take during a timed run before it is discarded and repeated. */
const MAX_NOISE = 0.1;
const MAX_ATTEMPTS = 3;

/**
 * Runs a timed command on a quiet machine; a run during which other processes
 * took more than MAX_NOISE of the CPU is discarded and repeated (up to
 * MAX_ATTEMPTS; the last attempt is kept and its noise reported).
 */
async function runQuietly(what: string, prepare: () => void, run: () => Promise<RunResult>): Promise<RunResult> {
  for (let attempt = 1; ; attempt++) {
    prepare();
    await quiet();
    const result = await run();
    if (result.exitCode !== 0) fail(what, result);
    if (result.otherCpuShare === null || result.otherCpuShare <= MAX_NOISE || attempt >= MAX_ATTEMPTS) return result;
    log(`  discarded: other processes used ${Math.round(result.otherCpuShare * 100)}% of the CPU during ${what}; running it again`);
  }
}

/** Files with warnings, warnings and errors of a check; throws on an error (the generated trees must build). */
function corpusOf(diagnostics: ReadonlyArray<{ file: string; severity: string; code: string; line: number; message: string }>, files: number): CorpusFigures {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`The generated tree has ${errors.length} errors, e.g. ${errors[0]!.file}:${errors[0]!.line} ${errors[0]!.message}`);
  const byCode: Record<string, number> = {};
  for (const d of diagnostics) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  return { files, errors: 0, warnings: warnings.length, filesWithWarnings: new Set(warnings.map((d) => d.file)).size, byCode };
}

async function checkFigures(root: string, mdxFiles: number, runs: number) {
  const inProcess: number[] = [];
  let corpus: CorpusFigures | null = null;
  await quiet();
  for (let i = 0; i < Math.max(3, runs + 2); i++) {
    const start = performance.now();
    const { diagnostics } = checkProject(root);
    inProcess.push(performance.now() - start);
    corpus ??= corpusOf(diagnostics, mdxFiles);
  }
  const cli: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const args = [join(PROJECT, 'src', 'cli', 'bin.ts'), 'check', root, '--format', 'json'];
    // Exit 0: warnings only (1 would be errors, and runQuietly fails on it).
    const result = await runQuietly('check', () => {}, () => runMeasured(process.execPath, args, { cwd: root, env: env() }));
    // The CLI must report what the check in process did: the JSON array of every diagnostic.
    const printed = JSON.parse(result.stdout) as unknown[];
    if (printed.length !== corpus!.warnings) throw new Error(`check --format json printed ${printed.length} diagnostics; in process there were ${corpus!.warnings}.`);
    cli.push(result);
  }
  return {
    corpus: corpus!,
    checkInProcessMs: median(inProcess),
    checkInProcessRuns: inProcess,
    checkCliMs: median(cli.map((r) => r.wallMs)),
    checkCliRuns: cli.map((r) => r.wallMs),
    checkCliPeakRss: Math.max(...cli.map((r) => r.peakRss ?? 0)) || null,
  };
}

/** Where a root's build runs from: the command, its folder and its environment. */
interface Build {
  root: string;
  script: string;
  env: NodeJS.ProcessEnv;
}

const HINT_COMPONENTS =
  'The bodies use the v1.1 body components <Metric> and <Callout>; if the project cannot render them yet, run the bench with --plain-bodies.';

function newFigures(): BuildFigures {
  return { runs: [], phases: [], otherCpu: [], wallMs: NaN, peakRss: null, htmlPages: 0, distBytes: 0, jsFiles: [], entityPagesFound: 0, weight: {} as WeightSummary };
}

/**
 * Our warm rebuild: a cold build that fills the caches, then `runs` builds,
 * each after appending a sentence to another entity's body, with nothing
 * cleared in between. Checks that each edited page in dist/ shows its edit.
 */
async function warmFigures(label: string, build: Build, tree: GeneratedTree, runs: number): Promise<WarmFigures> {
  const run = () => runMeasured('sh', ['-c', build.script], { cwd: build.root, env: build.env });
  // Not a timed figure: no waiting for a quiet machine, no repeat.
  clearCaches(build.root);
  log(`[${label}] build ours, cold, to fill the caches for the warm rebuilds`);
  const base = await run();
  if (base.exitCode !== 0) fail(`the cold build before the warm rebuilds of ${label}`, base);
  const warm: WarmFigures = { baseMs: base.wallMs, runs: [], otherCpu: [], wallMs: NaN, peakRss: null, edited: [], updated: [] };
  for (let i = 0; i < runs; i++) {
    // Pages spread over the tree, a different one each time.
    const page = tree.entityPages[Math.floor(((i + 0.5) * tree.entityPages.length) / runs)]!;
    const file = join(build.root, 'playbooks', `${page.replace(/\/$/, '')}.mdx`);
    const marker = `Edited by the benchmark, warm rebuild ${i + 1}.`;
    const result = await runQuietly(`the warm rebuild of ${label}`, () => {
      appendFileSync(file, `\n${marker} One more sentence in this body, nothing else changed.\n`);
      log(`[${label}] build ours, warm (${i + 1}/${runs}) after editing ${page}`);
    }, run);
    const html = join(build.root, 'dist', page, 'index.html');
    warm.runs.push(result.wallMs);
    warm.otherCpu.push(result.otherCpuShare);
    warm.peakRss = Math.max(warm.peakRss ?? 0, result.peakRss ?? 0) || null;
    warm.edited.push(page);
    warm.updated.push(existsSync(html) && readFileSync(html, 'utf8').includes(marker));
  }
  warm.wallMs = median(warm.runs);
  return warm;
}

async function measureSize(tmp: string, label: string, entityFiles: number, runs: number, options: Options, starlight: Starlight | null): Promise<SizeResult> {
  log(`\n[${label}] generating ${int(entityFiles)} entity files…`);
  const site = join(tmp, label, 'site');
  const tree = generateTree(site, { entityFiles, seed: options.seed, components: !options.plainBodies });
  createSiteRoot(PROJECT, site);
  const floor = createFloorRoot(PROJECT, join(tmp, label, 'floor'), join(site, 'playbooks'));
  const starlightRoot = starlight ? createStarlightRoot(starlight.install, join(starlight.runs, label), join(site, 'playbooks'), options.starlightSidebar) : null;
  log(`[${label}] check…`);
  const check = await checkFigures(site, tree.mdxFiles, options.quick ? 1 : 3);

  const buildScript = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts?.build ?? 'astro build';
  const builds: Partial<Record<Variant, Build>> = {};
  for (const variant of VARIANTS) {
    if (variant === 'starlight') {
      if (starlightRoot) builds.starlight = { root: starlightRoot, script: 'astro build', env: env({}, [join(starlightRoot, 'node_modules', '.bin')]) };
    } else if (variant === 'floor') builds.floor = { root: floor, script: 'astro build', env: env() };
    else builds[variant] = { root: site, script: buildScript, env: env(VARIANT_ENV[variant]) };
  }
  const variants = VARIANTS.filter((v) => builds[v]);
  const expected = new Set(tree.entityPages.map((p) => `${p}index.html`));
  const figures: Partial<Record<Variant, BuildFigures>> = {};
  // Runs are interleaved (ours, its variants, the floor, Starlight, then again) so that drift of the machine hits all alike.
  const failed = new Map<Variant, string>();
  for (let run = 0; run < runs; run++) {
    for (const variant of variants) {
      if (failed.has(variant)) continue;
      const { root, script, env: variantEnv } = builds[variant]!;
      const f = (figures[variant] ??= newFigures());
      let result: RunResult;
      try {
        result = await runQuietly(
          `the ${variant} build of ${label}`,
          () => {
            clearCaches(root);
            log(`[${label}] build ${variant} (${run + 1}/${runs}): ${script}`);
          },
          () => runMeasured('sh', ['-c', script], { cwd: root, env: variantEnv }),
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // The project's own build, the floor and Starlight must work; a variant that fails (a heap too small) is reported as failed.
        if (variant === 'ours' && tree.components) throw new Error(`${message}\n\n${HINT_COMPONENTS}`);
        if (variant === 'ours' || variant === 'floor' || variant === 'starlight') throw error;
        failed.set(variant, message);
        f.failed = true;
        log(`  the ${variant} build failed; it is left out:\n${message}`);
        continue;
      }
      f.runs.push(result.wallMs);
      f.otherCpu.push(result.otherCpuShare);
      f.phases.push(parsePhases(`${result.stdout}\n${result.stderr}`));
      f.peakRss = Math.max(f.peakRss ?? 0, result.peakRss ?? 0) || null;
      if (run === 0) {
        const dist = analyzeDist(join(root, 'dist'));
        f.htmlPages = dist.htmlPages;
        f.distBytes = dist.bytes;
        f.jsFiles = dist.jsFiles;
        if (variant === 'floor') {
          f.entityPagesFound = dist.htmlPages;
          f.weight = summarize(dist);
        } else {
          f.entityPagesFound = dist.pages.filter((p) => expected.has(p.file)).length;
          f.weight = summarize(dist, expected);
        }
      }
    }
  }
  for (const variant of variants) {
    const f = figures[variant];
    if (f && f.runs.length > 0) f.wallMs = median(f.runs);
  }
  const warm = await warmFigures(label, builds.ours!, tree, options.quick ? 1 : runs);
  for (const root of [site, floor, ...(starlightRoot ? [starlightRoot] : [])]) clearCaches(root);
  const { entityPages: _pages, root: _root, ...counts } = tree;
  return { label, tree: counts, ...check, builds: figures, warm };
}

/** Cold `astro sync` in a root, `runs` times, the caches cleared before each. */
async function syncFigures(what: string, root: string, syncEnv: NodeJS.ProcessEnv, runs: number): Promise<SyncFigures> {
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    results.push(
      await runQuietly(
        `astro sync in ${what}`,
        () => {
          clearCaches(root);
          log(`[check at scale] astro sync in ${what} (${i + 1}/${runs})…`);
        },
        () => runMeasured('sh', ['-c', 'astro sync'], { cwd: root, env: syncEnv }),
      ),
    );
  }
  clearCaches(root);
  return { ms: median(results.map((r) => r.wallMs)), runs: results.map((r) => r.wallMs), peakRss: Math.max(...results.map((r) => r.peakRss ?? 0)) || null };
}

async function measureScale(tmp: string, entityFiles: number, options: Options, starlight: Starlight | null): Promise<ScaleResult> {
  log(`\n[check at scale] generating ${int(entityFiles)} entity files…`);
  const root = join(tmp, 'scale', 'site');
  // Always with the body components: nothing here renders them but Starlight, which gets its own pages.
  const tree = generateTree(root, { entityFiles, seed: options.seed });
  const floor = createFloorRoot(PROJECT, join(tmp, 'scale', 'floor'), join(root, 'playbooks'));
  const starlightRoot = starlight ? createStarlightRoot(starlight.install, join(starlight.runs, 'scale'), join(root, 'playbooks'), options.starlightSidebar) : null;
  log('[check at scale] check…');
  const check = await checkFigures(root, tree.mdxFiles, options.quick ? 1 : 5);
  const runs = options.quick ? 1 : 3;
  const floorSync = await syncFigures('the bare project', floor, env(), runs);
  const starlightSync = starlightRoot ? await syncFigures('Starlight', starlightRoot, env({}, [join(starlightRoot, 'node_modules', '.bin')]), runs) : null;
  return {
    entityFiles: tree.entityFiles,
    mdxFiles: tree.mdxFiles,
    corpus: check.corpus,
    checkInProcessMs: check.checkInProcessMs,
    checkCliMs: check.checkCliMs,
    checkCliRuns: check.checkCliRuns,
    checkCliPeakRss: check.checkCliPeakRss,
    syncMs: floorSync.ms,
    syncRuns: floorSync.runs,
    syncPeakRss: floorSync.peakRss,
    starlightSync,
  };
}

/** The installed Starlight reference and the folder its roots go in for this run. */
interface Starlight {
  install: string;
  runs: string;
}

/** The commit the project is at, and whether it has uncommitted changes (read-only git commands). */
function projectState(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const useStarlight = options.starlight ?? !options.quick;
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
    mode: options.quick ? 'quick' : 'full',
    bodies: options.plainBodies ? 'plain (--plain-bodies: no <Metric>, no <Callout> in the built trees)' : 'with <Metric> and <Callout>',
    starlight: useStarlight ? 'on' : 'off',
    ...(useStarlight ? { 'starlight sidebar': options.starlightSidebar === 'playbooks' ? 'sidebar of one link per playbook' : "Starlight's default sidebar, every page" } : {}),
    'load average at start': loadavg()[0]!.toFixed(2),
  };
  const pages = readdirSync(join(PROJECT, 'src', 'pages'), { recursive: true }).filter((f) => String(f).endsWith('.astro'));
  if (pages.length <= 1) log('Note: src/pages/ has only the home page so far; the entity pages will be missing from the build (the table marks that with ✗).');
  const tmp = mkdtempSync(join(tmpdir(), 'playbook-bench-'));
  log(`Working in ${tmp}`);
  let starlight: Starlight | null = null;
  try {
    if (useStarlight) {
      const install = ensureStarlight(env(), log);
      Object.assign(info, starlightVersions(install));
      mkdirSync(STARLIGHT_RUNS, { recursive: true });
      starlight = { install, runs: mkdtempSync(join(STARLIGHT_RUNS, 'run-')) };
      log(`Starlight roots in ${starlight.runs}`);
    }
    const sizes = [await measureSize(tmp, 'small', 260, options.quick ? 1 : 3, options, starlight)];
    if (!options.quick) sizes.push(await measureSize(tmp, 'large', 2600, options.largeRuns, options, starlight));
    const scale = await measureScale(tmp, options.quick ? 1000 : 10_000, options, starlight);
    info['load average at end'] = loadavg()[0]!.toFixed(2);
    const text = report(sizes, scale, info);
    process.stdout.write(`\n${text}\n`);
    if (options.json) writeFileSync(options.json, `${JSON.stringify({ info, targets: targets(sizes, scale), sizes, scale }, null, 2)}\n`);
  } finally {
    if (options.keep) log(`Kept ${tmp}${starlight ? ` and ${starlight.runs}` : ''}`);
    else {
      rmSync(tmp, { recursive: true, force: true });
      if (starlight) rmSync(starlight.runs, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
