import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `astro build` of this project into `outDir` with the given environment
 * (BASE_PATH, SITE_URL…). Returns the build log; throws with the log on failure.
 */
export function buildSite(outDir: string, env: Record<string, string> = {}, root = PROJECT_ROOT): string {
  try {
    return execFileSync(`${PROJECT_ROOT}node_modules/.bin/astro`, ['build', '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}
