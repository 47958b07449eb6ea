/**
 * `npm run bench [-- --quick] [--seed N] [--large-runs N] [--keep] [--json FILE]`
 *
 * Generates valid playbook trees in a temporary folder and measures, at 260
 * and 2,600 entity files: `check` (in process and as the CLI); the production
 * build of this project against the tree, as configured and in variants
 * (Shiki off, search index off, a 1 GB JS heap); the floor, a bare Astro +
 * MDX project building the same bodies. Then `check` against `astro sync` over
 * 10,000 files. Prints one table, every figure from this run.
 *
 * Timed runs wait for a quiet machine, and a run during which other processes
 * took more than 10% of the CPU is repeated (the noise is reported).
 *
 * --quick: the small size only, one run of each build, check against astro
 * sync at 1,000 files: a smoke test of a minute or two. --large-runs: builds
 * of the large size (default 2; the small size gets 3). --keep: keep the
 * temporary folder (caches and dist/ are removed after each size anyway).
 * --json: also write every raw figure to FILE.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkProject } from '../src/lint/check.ts';
import { analyzeDist, summarize, type WeightSummary } from './dist.ts';
import { report, VARIANTS, type BuildFigures, type Phases, type ScaleResult, type SizeResult, type Variant } from './report.ts';
import { bytes, int } from './format.ts';
import { generateTree } from './generate.ts';
import { hasGnuTime, median, runMeasured, waitForQuiet, type RunResult } from './measure.ts';
import { clearCaches, createFloorRoot, createSiteRoot, TURN_OFF_ENV } from './project.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));

/** The environment of each variant's build: what the bench config turns off (TURN_OFF_ENV), Node's heap limit. */
const VARIANT_ENV: Record<Variant, Record<string, string>> = {
  ours: {},
  oursNoShiki: { [TURN_OFF_ENV]: 'shiki' },
  oursNoSearch: { [TURN_OFF_ENV]: 'search' },
  oursHeap1g: { NODE_OPTIONS: '--max-old-space-size=1024' },
  floor: {},
};

interface Options {
  quick: boolean;
  seed: number;
  keep: boolean;
  json: string | null;
  largeRuns: number;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { quick: false, seed: 7, keep: false, json: null, largeRuns: 2 };
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
    else throw new Error(`Unknown option ${arg}. Options: --quick, --seed N, --large-runs N, --keep, --json FILE.`);
  }
  return options;
}

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const out: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${join(PROJECT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ...extra };
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

async function checkFigures(root: string, runs: number) {
  const inProcess: number[] = [];
  await quiet();
  for (let i = 0; i < Math.max(3, runs + 2); i++) {
    const start = performance.now();
    const { diagnostics } = checkProject(root);
    inProcess.push(performance.now() - start);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) throw new Error(`The generated tree has ${errors.length} errors, e.g. ${errors[0]!.file}:${errors[0]!.line} ${errors[0]!.message}`);
  }
  const cli: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const args = [join(PROJECT, 'src', 'cli', 'bin.ts'), 'check', root, '--format', 'json'];
    cli.push(await runQuietly('check', () => {}, () => runMeasured(process.execPath, args, { cwd: root, env: env() })));
  }
  return {
    checkInProcessMs: median(inProcess),
    checkInProcessRuns: inProcess,
    checkCliMs: median(cli.map((r) => r.wallMs)),
    checkCliPeakRss: Math.max(...cli.map((r) => r.peakRss ?? 0)) || null,
  };
}

async function measureSize(tmp: string, label: string, entityFiles: number, runs: number, options: Options): Promise<SizeResult> {
  log(`\n[${label}] generating ${int(entityFiles)} entity files…`);
  const site = join(tmp, label, 'site');
  const tree = generateTree(site, { entityFiles, seed: options.seed });
  createSiteRoot(PROJECT, site);
  const floor = createFloorRoot(PROJECT, join(tmp, label, 'floor'), join(site, 'playbooks'));
  log(`[${label}] check…`);
  const check = await checkFigures(site, options.quick ? 1 : 3);

  const buildScript = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts?.build ?? 'astro build';
  const expected = new Set(tree.entityPages.map((p) => `${p}index.html`));
  const figures = {} as Record<Variant, BuildFigures>;
  // Runs are interleaved (ours, ours without Shiki, floor, then again) so that drift of the machine hits all alike.
  const failed = new Map<Variant, string>();
  for (let run = 0; run < runs; run++) {
    for (const variant of VARIANTS) {
      if (failed.has(variant)) continue;
      const root = variant === 'floor' ? floor : site;
      const script = variant === 'floor' ? 'astro build' : buildScript;
      const f = (figures[variant] ??= { runs: [], phases: [], otherCpu: [], wallMs: NaN, peakRss: null, htmlPages: 0, distBytes: 0, jsFiles: [], entityPagesFound: 0, weight: {} as WeightSummary });
      let result: RunResult;
      try {
        result = await runQuietly(
          `the ${variant} build of ${label}`,
          () => {
            clearCaches(root);
            log(`[${label}] build ${variant} (${run + 1}/${runs}): ${script}`);
          },
          () => runMeasured('sh', ['-c', script], { cwd: root, env: env(VARIANT_ENV[variant]) }),
        );
      } catch (error) {
        // The project's own build and the floor must work; a variant that fails (a heap too small) is reported as failed.
        if (variant === 'ours' || variant === 'floor') throw error;
        failed.set(variant, error instanceof Error ? error.message : String(error));
        f.failed = true;
        log(`  the ${variant} build failed; it is left out:\n${failed.get(variant)}`);
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
  for (const variant of VARIANTS) if (figures[variant].runs.length > 0) figures[variant].wallMs = median(figures[variant].runs);
  clearCaches(site);
  clearCaches(floor);
  const { entityPages: _pages, root: _root, ...counts } = tree;
  return { label, tree: counts, ...check, builds: figures };
}

async function measureScale(tmp: string, entityFiles: number, options: Options): Promise<ScaleResult> {
  log(`\n[check at scale] generating ${int(entityFiles)} entity files…`);
  const root = join(tmp, 'scale', 'site');
  const tree = generateTree(root, { entityFiles, seed: options.seed });
  const floor = createFloorRoot(PROJECT, join(tmp, 'scale', 'floor'), join(root, 'playbooks'));
  log('[check at scale] check…');
  const check = await checkFigures(root, options.quick ? 1 : 3);
  const syncRuns: RunResult[] = [];
  for (let i = 0; i < (options.quick ? 1 : 3); i++) {
    const result = await runQuietly(
      'astro sync',
      () => {
        clearCaches(floor);
        log(`[check at scale] astro sync in the bare project (${i + 1})…`);
      },
      () => runMeasured('sh', ['-c', 'astro sync'], { cwd: floor, env: env() }),
    );
    syncRuns.push(result);
  }
  clearCaches(floor);
  return {
    entityFiles: tree.entityFiles,
    mdxFiles: tree.mdxFiles,
    checkInProcessMs: check.checkInProcessMs,
    checkCliMs: check.checkCliMs,
    syncMs: median(syncRuns.map((r) => r.wallMs)),
    syncRuns: syncRuns.map((r) => r.wallMs),
    syncPeakRss: Math.max(...syncRuns.map((r) => r.peakRss ?? 0)) || null,
  };
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
    seed: String(options.seed),
    'peak memory from': (await hasGnuTime()) ? 'GNU time (max RSS of the largest process)' : '/proc VmRSS sampling of the process tree',
    project: projectState(),
    mode: options.quick ? 'quick' : 'full',
    'load average at start': loadavg()[0]!.toFixed(2),
  };
  const pages = readdirSync(join(PROJECT, 'src', 'pages'), { recursive: true }).filter((f) => String(f).endsWith('.astro'));
  if (pages.length <= 1) log('Note: src/pages/ has only the home page so far; the entity pages will be missing from the build (the table marks that with ✗).');
  const tmp = mkdtempSync(join(tmpdir(), 'playbook-bench-'));
  log(`Working in ${tmp}`);
  try {
    const sizes = [await measureSize(tmp, 'small', 260, options.quick ? 1 : 3, options)];
    if (!options.quick) sizes.push(await measureSize(tmp, 'large', 2600, options.largeRuns, options));
    const scale = await measureScale(tmp, options.quick ? 1000 : 10_000, options);
    info['load average at end'] = loadavg()[0]!.toFixed(2);
    const text = report(sizes, scale, info);
    process.stdout.write(`\n${text}\n`);
    if (options.json) writeFileSync(options.json, `${JSON.stringify({ info, sizes, scale }, null, 2)}\n`);
  } finally {
    if (options.keep) log(`Kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
