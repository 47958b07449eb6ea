/**
 * Switches for `npm run bench` only (bench/): its variants build the same site
 * with one part of the pipeline turned off, to show what that part costs.
 * `PLAYBOOK_BENCH_OFF` is a comma-separated list: `shiki` makes the code
 * highlighter a no-op (docs and playbook bodies alike), `search` skips the
 * Pagefind index after the build. Unset in every real build. The bench builds
 * these variants cold, so the body cache, which does not know the switch, is
 * empty each time.
 */
export const BENCH_OFF_ENV = 'PLAYBOOK_BENCH_OFF';

export type BenchSwitch = 'shiki' | 'search';

export function benchTurnsOff(what: BenchSwitch, env: Record<string, string | undefined> = process.env): boolean {
  return (env[BENCH_OFF_ENV] ?? '').split(',').includes(what);
}
