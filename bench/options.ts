/**
 * The benchmark's command line and what each mode measures.
 *
 * `npm run bench [-- --quick | --full] [--starlight | --no-starlight] [--starlight-sidebar playbooks|full]
 *   [--plain-bodies] [--seed N] [--sizes N,N] [--scale N] [--dev-files N] [--import-rows N] [--keep] [--json FILE]`
 *
 * - default, sized for 20 minutes on this 2-core machine: 260 entity files
 *   built once each way (ours, Shiki off, search off, the floor, Starlight);
 *   2,600 files built cold twice (ours and Starlight) and two warm rebuilds of
 *   ours; `check` over 10,000 files five times against two cold `astro sync`s
 *   of Starlight (one of the floor); `astro dev` at 1,000 files (one start,
 *   three saves); `actuals import` of 1,000,000 rows once (when the command
 *   exists). Waits at most a minute in all for a quiet machine. On 7 December
 *   2026 (commit 1dad398) it took 6.6 minutes on a quiet machine, 30 s of it
 *   waiting for quiet; an earlier run that day took 24.4 minutes with other
 *   work taking 55–79% of the CPU during the builds.
 * - `--full`: three runs of every build at both sizes (the floor at 2,600
 *   files and a 1 GB heap too), three warm rebuilds, three syncs, three dev
 *   starts, three imports (and one with `--history`); waits longer for a
 *   quiet machine and repeats noisy runs; about an hour (estimated from the
 *   default run's figures, not timed).
 * - `--quick`: a smoke test of a few minutes: 260 files built once each way
 *   (Starlight only with --starlight), one warm rebuild, check against astro
 *   sync at 1,000 files, `astro dev` at 260 files, an import of 10,000 rows;
 *   never waits for a quiet machine.
 * - `--sizes`, `--scale`, `--dev-files`, `--import-rows` change the sizes of
 *   the mode (for trying the bench itself); the targets table then says the
 *   figure is not at its target's size.
 */
import type { StarlightSidebar } from './starlight.ts';
import type { Variant } from './results.ts';

export type Mode = 'quick' | 'default' | 'full';

export interface Options {
  mode: Mode;
  seed: number;
  keep: boolean;
  json: string | null;
  /** null: the default of the mode (on, off with --quick). */
  starlight: boolean | null;
  starlightSidebar: StarlightSidebar;
  plainBodies: boolean;
  sizes: number[] | null;
  scale: number | null;
  devFiles: number | null;
  importRows: number | null;
}

/** One size of generated tree that is built. */
export interface SizePlan {
  entityFiles: number;
  /** Cold builds per variant (a variant without an entry is not built at this size). */
  runs: Partial<Record<Variant, number>>;
  /** Warm rebuilds of ours after its last cold build, each after editing another body. */
  warm: number;
}

export interface Plan {
  sizes: SizePlan[];
  scale: { entityFiles: number; checkRuns: number; starlightSyncs: number; floorSyncs: number };
  dev: { entityFiles: number; starts: number; edits: number };
  import: { rows: number; runs: number; withHistory: boolean };
  /** Before each timed run, wait up to `perRun` s for a quiet machine, `total` s over the whole run; `attempts`: runs of a noisy measurement. */
  wait: { perRun: number; total: number; attempts: number };
}

export function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    mode: 'default',
    seed: 7,
    keep: false,
    json: null,
    starlight: null,
    starlightSidebar: 'playbooks',
    plainBodies: false,
    sizes: null,
    scale: null,
    devFiles: null,
    importRows: null,
  };
  const count = (arg: string, v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${arg} takes a whole number above 0, not ${v}.`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--quick' || arg === '--full') {
      if (options.mode !== 'default') throw new Error('Give --quick or --full, not both.');
      options.mode = arg === '--quick' ? 'quick' : 'full';
    } else if (arg === '--keep') options.keep = true;
    else if (arg === '--seed') options.seed = count(arg, value());
    else if (arg === '--json') options.json = value();
    else if (arg === '--starlight') options.starlight = true;
    else if (arg === '--no-starlight') options.starlight = false;
    else if (arg === '--plain-bodies') options.plainBodies = true;
    else if (arg === '--sizes') options.sizes = value().split(',').map((v) => count(arg, v));
    else if (arg === '--scale') options.scale = count(arg, value());
    else if (arg === '--dev-files') options.devFiles = count(arg, value());
    else if (arg === '--import-rows') options.importRows = count(arg, value());
    else if (arg === '--starlight-sidebar') {
      const sidebar = value();
      if (sidebar !== 'playbooks' && sidebar !== 'full') throw new Error('--starlight-sidebar is playbooks or full.');
      options.starlightSidebar = sidebar;
    } else {
      throw new Error(
        `Unknown option ${arg}. Options: --quick, --full, --starlight, --no-starlight, --starlight-sidebar playbooks|full, --plain-bodies, --seed N, --sizes N,N, --scale N, --dev-files N, --import-rows N, --keep, --json FILE.`,
      );
    }
  }
  return options;
}

/** What a mode measures, with the sizes the options override. */
export function planFor(options: Options): Plan {
  const plan = basePlan(options.mode);
  if (options.sizes) {
    const last = plan.sizes[plan.sizes.length - 1]!;
    plan.sizes = options.sizes.map((entityFiles, i) => ({ ...(i === options.sizes!.length - 1 ? last : plan.sizes[0]!), entityFiles }));
  }
  if (options.scale) plan.scale.entityFiles = options.scale;
  if (options.devFiles) plan.dev.entityFiles = options.devFiles;
  if (options.importRows) plan.import.rows = options.importRows;
  return plan;
}

function basePlan(mode: Mode): Plan {
  const once: Partial<Record<Variant, number>> = { ours: 1, oursNoShiki: 1, oursNoSearch: 1, floor: 1, starlight: 1 };
  if (mode === 'quick') {
    return {
      sizes: [{ entityFiles: 260, runs: once, warm: 1 }],
      scale: { entityFiles: 1000, checkRuns: 1, starlightSyncs: 1, floorSyncs: 1 },
      dev: { entityFiles: 260, starts: 1, edits: 3 },
      import: { rows: 10_000, runs: 1, withHistory: false },
      wait: { perRun: 0, total: 0, attempts: 1 },
    };
  }
  if (mode === 'full') {
    const thrice: Partial<Record<Variant, number>> = { ours: 3, oursNoShiki: 3, oursNoSearch: 3, oursHeap1g: 3, floor: 3, starlight: 3 };
    return {
      sizes: [
        { entityFiles: 260, runs: thrice, warm: 3 },
        { entityFiles: 2600, runs: thrice, warm: 3 },
      ],
      scale: { entityFiles: 10_000, checkRuns: 5, starlightSyncs: 3, floorSyncs: 3 },
      dev: { entityFiles: 1000, starts: 3, edits: 3 },
      import: { rows: 1_000_000, runs: 3, withHistory: true },
      wait: { perRun: 300, total: Infinity, attempts: 3 },
    };
  }
  return {
    sizes: [
      { entityFiles: 260, runs: once, warm: 0 },
      { entityFiles: 2600, runs: { ours: 2, starlight: 2 }, warm: 2 },
    ],
    scale: { entityFiles: 10_000, checkRuns: 5, starlightSyncs: 2, floorSyncs: 1 },
    dev: { entityFiles: 1000, starts: 1, edits: 3 },
    import: { rows: 1_000_000, runs: 1, withHistory: false },
    wait: { perRun: 60, total: 60, attempts: 1 },
  };
}
