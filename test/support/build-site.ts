import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ASTRO = `${PROJECT_ROOT}node_modules/.bin/astro`;

/** A site the tests built: the example site or a fixture. */
export interface SiteBuild {
  /** The built site. */
  dir: string;
  /** The base path it was built for, e.g. `/sales/`. */
  base: string;
  /** The SITE_URL it was built with (canonical links, sitemap, feeds). */
  siteUrl: string;
  /** What `astro build` printed. */
  log: string;
}

/** The SITE_URL of every test site the tests build. */
export const TEST_SITE_URL = 'https://playbooks.example.com';

/**
 * The environment of a child process as a user's shell has it: the test's, without what Vitest sets there for its
 * own modules — VITEST*, TEST, NODE_ENV=test, and `import.meta.env`'s BASE_URL, MODE, DEV, PROD, SSR and
 * ASSETS_PREFIX, which Astro and Vite would read as the site's (a test site's links under `/` instead of its base).
 */
export function withoutTestRunner(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|(TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|ASSETS_PREFIX)$)/.test(name)));
}

/**
 * The environment of `astro build` as `npm run build` has it, plain text, and `env`: NODE_ENV `production` (Vitest's
 * `test` makes Astro start a dev server during the build).
 */
export function buildEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...withoutTestRunner(), NODE_ENV: 'production', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

const options = (env: Record<string, string>, root: string) => ({
  cwd: root,
  encoding: 'utf8' as const,
  env: buildEnv(env),
  maxBuffer: 1 << 28,
});

/**
 * Runs `astro build` of this project into `outDir` with the given environment
 * (BASE_PATH, SITE_URL…). Returns the build log; throws with the log on failure.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}, root = PROJECT_ROOT): string {
  try {
    return execFileSync(ASTRO, ['build', '--outDir', outDir], { ...options(env, root), stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** `buildSite` without blocking the test worker while Astro runs. */
export function buildSiteAsync(outDir: string, env: Record<string, string> = {}, root = PROJECT_ROOT): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(ASTRO, ['build', '--outDir', outDir], options(env, root), (error, stdout, stderr) => {
      if (error) reject(new Error(`astro build failed:\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}
