/**
 * How the benchmark runs a timed command: in a clean environment (the
 * project's Node 22 first on PATH, none of the deployment's variables), after
 * waiting for a quiet machine (within the mode's limits), and, in `--full`,
 * again when other processes took more than a tenth of the CPU meanwhile.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured, waitForQuiet, type RunResult } from './measure.ts';
import type { Plan } from './options.ts';
import { TURN_OFF_ENV } from './project.ts';

export const PROJECT = fileURLToPath(new URL('..', import.meta.url));

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * The environment of a measured command: the project's `node_modules/.bin`
 * first on PATH (its pinned Node 22, its `astro`), after `bins` (Starlight's
 * own `astro`); none of the project's build settings; `extra` on top.
 */
export function env(extra: Record<string, string> = {}, bins: readonly string[] = []): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    PATH: [...bins, join(PROJECT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(':'),
    ...extra,
  };
  for (const name of ['SITE_URL', 'BASE_PATH', 'EDIT_URL_BASE', 'NODE_OPTIONS', 'SOURCE_DATE_EPOCH', TURN_OFF_ENV]) if (!(name in extra)) delete out[name];
  // What `npm run` adds when the bench itself runs under it: not part of a team's command.
  for (const name of Object.keys(out)) if (name.startsWith('npm_') || name === 'INIT_CWD') delete out[name];
  return out;
}

export function fail(what: string, result: RunResult): never {
  const tail = (text: string) => text.trim().split('\n').slice(-30).join('\n');
  throw new Error(`${what} failed with exit code ${result.exitCode}.\n${tail(result.stdout)}\n${tail(result.stderr)}`);
}

/** Share of the machine other processes may take during a timed run before it counts as noisy. */
export const MAX_NOISE = 0.1;

/** Waits for quiet and repeats noisy runs within the mode's limits (Plan['wait']). */
export class Runner {
  private waited = 0;
  private readonly limits: Plan['wait'];

  constructor(limits: Plan['wait']) {
    this.limits = limits;
  }

  /** Seconds spent waiting for a quiet machine so far. */
  get waitedSeconds(): number {
    return this.waited;
  }

  /** Waits for other work on the machine to finish before a timed run, within the per-run and total limits. */
  async quiet(): Promise<void> {
    const allowed = Math.min(this.limits.perRun, this.limits.total - this.waited);
    if (allowed <= 0) return;
    const start = Date.now();
    await waitForQuiet(0.15, allowed, (busy) => log(`  waiting: the machine is ${Math.round(busy * 100)}% busy with other work…`));
    this.waited += (Date.now() - start) / 1000;
  }

  /**
   * Runs a timed command after `prepare`; fails on a non-zero exit. A run
   * during which other processes took more than MAX_NOISE of the CPU is
   * repeated while attempts are left (the last one is kept, its noise reported).
   */
  async run(what: string, prepare: () => void, run: () => Promise<RunResult>): Promise<RunResult> {
    for (let attempt = 1; ; attempt++) {
      prepare();
      await this.quiet();
      const result = await run();
      if (result.exitCode !== 0) fail(what, result);
      if (result.otherCpuShare === null || result.otherCpuShare <= MAX_NOISE || attempt >= this.limits.attempts) return result;
      log(`  discarded: other processes used ${Math.round(result.otherCpuShare * 100)}% of the CPU during ${what}; running it again`);
    }
  }

  /** `run` of a command with its arguments in `cwd`. */
  measured(what: string, prepare: () => void, command: string, args: readonly string[], cwd: string, runEnv: NodeJS.ProcessEnv): Promise<RunResult> {
    return this.run(what, prepare, () => runMeasured(command, args, { cwd, env: runEnv }));
  }
}
