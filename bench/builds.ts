/**
 * One size of generated tree: `check` over it (in process and as the CLI),
 * cold builds of our site and its variants, the floor and Starlight, rounds
 * interleaved so that drift of the machine hits all alike, then warm rebuilds
 * of ours after editing one body (every cache of its last cold build kept).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkProject } from '../src/lint/check-project.ts';
import { analyzeDist, summarize } from './dist.ts';
import { int } from './format.ts';
import { generateTree, type GeneratedTree } from './generate.ts';
import { median, runMeasured, type RunResult } from './measure.ts';
import type { Options, SizePlan } from './options.ts';
import { clearCaches, createFloorRoot, createSiteRoot, playbookBin, TURN_OFF_ENV } from './project.ts';
import type { BuildFigures, CorpusFigures, SizeResult, Variant, WarmFigures } from './results.ts';
import { env, fail, log, PROJECT, type Runner } from './runner.ts';
import { createStarlightRoot, type StarlightSidebar } from './starlight.ts';

/** The order of the builds in a round: ours after its variants, so that its caches are the ones left for the warm rebuilds. */
const BUILD_ORDER: readonly Variant[] = ['oursNoShiki', 'oursNoSearch', 'oursHeap1g', 'ours', 'floor', 'starlight'];

/** The environment of each of our variants: what the integration turns off (TURN_OFF_ENV), Node's heap limit. */
const VARIANT_ENV: Partial<Record<Variant, Record<string, string>>> = {
  ours: {},
  oursNoShiki: { [TURN_OFF_ENV]: 'shiki' },
  oursNoSearch: { [TURN_OFF_ENV]: 'search' },
  oursHeap1g: { NODE_OPTIONS: '--max-old-space-size=1024' },
};

/** Where the bench gets what it builds with: the unpacked engine, the Starlight install (null: off), the run's folder. */
export interface Setup {
  engine: string;
  starlight: string | null;
  starlightSidebar: StarlightSidebar;
  dir: string;
  runner: Runner;
  options: Options;
}

/** Files with warnings, warnings and errors of a check; throws on an error (the generated trees must build). */
export function corpusOf(diagnostics: ReadonlyArray<{ file: string; severity: string; code: string; line: number; message: string }>, files: number): CorpusFigures {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`The generated tree has ${errors.length} errors, e.g. ${errors[0]!.file}:${errors[0]!.line} ${errors[0]!.message}`);
  const byCode: Record<string, number> = {};
  for (const d of diagnostics) byCode[d.code] = (byCode[d.code] ?? 0) + 1;
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  return { files, errors: 0, warnings: warnings.length, filesWithWarnings: new Set(warnings.map((d) => d.file)).size, byCode };
}

/**
 * `check` in process (`inProcessRuns` times) and as a team runs it, `playbook
 * check` from the site's node_modules (`cliRuns` times, timed), after one
 * untimed `--format json` run that must report what the check in process did.
 */
export async function checkFigures(setup: Setup, root: string, mdxFiles: number, inProcessRuns: number, cliRuns: number) {
  const inProcess: number[] = [];
  let corpus: CorpusFigures | null = null;
  await setup.runner.quiet();
  for (let i = 0; i < inProcessRuns; i++) {
    const start = performance.now();
    const { diagnostics } = checkProject(root);
    inProcess.push(performance.now() - start);
    corpus ??= corpusOf(diagnostics, mdxFiles);
  }
  const bin = playbookBin(root);
  // Not timed: no waiting for a quiet machine.
  const json = await runMeasured(process.execPath, [bin, 'check', '--format', 'json'], { cwd: root, env: env() });
  if (json.exitCode !== 0) fail('playbook check --format json', json);
  const printed = JSON.parse(json.stdout) as unknown[];
  if (printed.length !== corpus!.warnings) throw new Error(`playbook check --format json printed ${printed.length} diagnostics; in process there were ${corpus!.warnings}.`);
  const cli: RunResult[] = [];
  for (let i = 0; i < cliRuns; i++) {
    // Exit 0: warnings only (1 would be errors, and the runner fails on it).
    cli.push(await setup.runner.measured('playbook check', () => {}, process.execPath, [bin, 'check'], root, env()));
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

/** Where a root's build runs: the folder, the command and its environment. */
interface Build {
  root: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

const HINT_COMPONENTS =
  'The bodies use the body components <Metric> and <Callout>; if the engine cannot render them, run the bench with --plain-bodies.';

function newFigures(): BuildFigures {
  return { runs: [], phases: [], otherCpu: [], wallMs: NaN, peakRss: null, htmlPages: 0, distBytes: 0, jsFiles: [], entityPagesFound: 0, weight: null };
}

/** A duration as Astro logs it: `923ms`, `5.53s`, or past a minute `1m 38s`. */
const DURATION = String.raw`(\d+m \d+s|[\d.]+(?:ms|s))\b`;

function durationMs(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return (Number(minutes[1]) * 60 + Number(minutes[2])) * 1000;
  return text.endsWith('ms') ? Number(text.slice(0, -2)) : Number(text.slice(0, -1)) * 1000;
}

/** Reads the phase durations from Astro's build log ("[vite] ✓ built in 5.53s", "generating static routes … ✓ Completed in 923ms", "… page(s) built in 1m 38s"). */
export function parsePhases(output: string): BuildFigures['phases'][number] {
  const text = output.replace(/\u001b\[[0-9;]*m/g, '');
  const bundles = [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].map((m) => durationMs(m[1]!));
  const render = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`).exec(text);
  const total = new RegExp(String.raw`page\(s\) built in ${DURATION}`).exec(text);
  return {
    bundle: bundles.length ? bundles.reduce((a, b) => a + b, 0) : null,
    render: render ? durationMs(render[1]!) : null,
    astroTotal: total ? durationMs(total[1]!) : null,
  };
}

export async function measureSize(setup: Setup, label: string, plan: SizePlan): Promise<SizeResult> {
  const { options, runner } = setup;
  log(`\n[${label}] generating ${int(plan.entityFiles)} entity files…`);
  const site = join(setup.dir, label, 'site');
  const tree = generateTree(site, { entityFiles: plan.entityFiles, seed: options.seed, components: !options.plainBodies });
  createSiteRoot(PROJECT, setup.engine, site);
  const floor = plan.runs.floor ? createFloorRoot(PROJECT, join(setup.dir, label, 'floor'), join(site, 'playbooks')) : null;
  const starlightRoot = setup.starlight && plan.runs.starlight ? createStarlightRoot(setup.starlight, join(setup.dir, label, 'starlight'), join(site, 'playbooks'), setup.starlightSidebar) : null;
  log(`[${label}] check…`);
  const quick = options.mode === 'quick';
  const check = await checkFigures(setup, site, tree.mdxFiles, quick ? 1 : 3, quick ? 1 : 3);

  const builds: Partial<Record<Variant, Build>> = {};
  for (const variant of BUILD_ORDER) {
    if (!plan.runs[variant]) continue;
    if (variant === 'starlight') {
      if (starlightRoot) builds.starlight = { root: starlightRoot, command: 'sh', args: ['-c', 'astro build'], env: env({}, [join(starlightRoot, 'node_modules', '.bin')]) };
    } else if (variant === 'floor') builds.floor = { root: floor!, command: 'sh', args: ['-c', 'astro build'], env: env() };
    else builds[variant] = { root: site, command: process.execPath, args: [playbookBin(site), 'build'], env: env(VARIANT_ENV[variant]) };
  }
  const expected = new Set(tree.entityPages.map((p) => `${p}index.html`));
  const figures: Partial<Record<Variant, BuildFigures>> = {};
  const failed = new Set<Variant>();
  const rounds = Math.max(...Object.values(plan.runs).map((n) => n ?? 0));
  for (let round = 0; round < rounds; round++) {
    for (const variant of BUILD_ORDER) {
      const build = builds[variant];
      if (!build || failed.has(variant) || round >= (plan.runs[variant] ?? 0)) continue;
      const f = (figures[variant] ??= newFigures());
      let result: RunResult;
      try {
        result = await runner.measured(
          `the ${variant} build of ${label}`,
          () => {
            clearCaches(build.root);
            log(`[${label}] build ${variant} (${round + 1}/${plan.runs[variant]}), cold`);
          },
          build.command,
          build.args,
          build.root,
          build.env,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        // Our site as configured, the floor and Starlight must build; a variant that fails (a heap too small) is reported as failed.
        if (variant === 'ours' && tree.components) throw new Error(`${message}\n\n${HINT_COMPONENTS}`);
        if (variant === 'ours' || variant === 'floor' || variant === 'starlight') throw error;
        failed.add(variant);
        f.failed = true;
        log(`  the ${variant} build failed; it is left out:\n${message}`);
        continue;
      }
      f.runs.push(result.wallMs);
      f.otherCpu.push(result.otherCpuShare);
      f.phases.push(parsePhases(`${result.stdout}\n${result.stderr}`));
      f.peakRss = Math.max(f.peakRss ?? 0, result.peakRss ?? 0) || null;
      if (round === 0) {
        const dist = analyzeDist(join(build.root, 'dist'));
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
  for (const f of Object.values(figures)) if (f.runs.length > 0) f.wallMs = median(f.runs);
  const warm = plan.warm > 0 && builds.ours ? await warmFigures(runner, label, builds.ours, tree, plan.warm, figures.ours!.runs.at(-1)!) : null;
  for (const build of Object.values(builds)) clearCaches(build.root);
  const { entityPages: _pages, root: _root, ...counts } = tree;
  return { label, tree: counts, ...check, builds: figures, warm };
}

/**
 * Our warm rebuilds: after the last cold build of ours (its caches and dist/
 * kept), `runs` builds, each after appending a sentence to another entity's
 * body. Checks that each edited page in dist/ shows its edit.
 */
async function warmFigures(runner: Runner, label: string, build: Build, tree: GeneratedTree, runs: number, baseMs: number): Promise<WarmFigures> {
  const warm: WarmFigures = { baseMs, runs: [], otherCpu: [], wallMs: NaN, peakRss: null, edited: [], updated: [] };
  for (let i = 0; i < runs; i++) {
    // Pages spread over the tree, a different one each time.
    const page = tree.entityPages[Math.floor(((i + 0.5) * tree.entityPages.length) / runs)]!;
    const file = join(build.root, 'playbooks', `${page.replace(/\/$/, '')}.mdx`);
    const marker = `Edited by the benchmark, warm rebuild ${i + 1}.`;
    // A noisy run repeated (--full) gets an edit of its own: each warm build follows a change.
    const result = await runner.measured(
      `the warm rebuild of ${label}`,
      () => {
        appendFileSync(file, `\n${marker} One more sentence in this body, nothing else changed.\n`);
        log(`[${label}] build ours, warm (${i + 1}/${runs}) after editing ${page}`);
      },
      build.command,
      build.args,
      build.root,
      build.env,
    );
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

