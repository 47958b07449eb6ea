/**
 * `npm run soak [-- runs]`: the property tests of test/unit/ run long, from a new random seed each time
 * (`npm test` runs them short, from a fixed one: test/support/property-seed.ts), then the body fuzz of
 * scripts/soak-bodies.ts. Prints the seed; exits with the first failure's code.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const runs = process.argv[2] ?? '2000';
const properties = readdirSync(`${root}test/unit`)
  .filter((name) => /property\.test\.ts$/.test(name))
  .map((name) => `test/unit/${name}`);
const steps: [string, string[], Record<string, string>][] = [
  ['node_modules/.bin/vitest', ['run', '--project', 'unit', ...properties], { PROPERTY_SEED: 'random', FC_RUNS: runs }],
  ['node_modules/.bin/node', ['scripts/soak-bodies.ts', runs], {}],
];
for (const [command, args, env] of steps) {
  process.stderr.write(`== ${[command, ...args].join(' ')}\n`);
  const result = spawnSync(`${root}${command}`, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
