/**
 * The site's pages: every file of src/routes/, injected by the integration
 * with the address Astro's file-based routing would give it
 * (`[pb]/metrics.astro` → `/[pb]/metrics`, `llms.txt.ts` → `/llms.txt`,
 * `[pb]/index.md.ts` → `/[pb]/index.md`). A team's site has no pages of ours
 * in its src/pages/; it may add its own there.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROUTES_DIR = fileURLToPath(new URL('../routes/', import.meta.url));

export interface InjectedRoute {
  pattern: string;
  /** The route file's absolute path. */
  entrypoint: string;
}

/** The address of a route file (its path under src/routes/, with `/`). */
export function patternOf(file: string): string {
  const segments = file.replace(/\.(astro|ts)$/, '').split('/');
  if (segments[segments.length - 1] === 'index') segments.pop();
  return `/${segments.join('/')}`;
}

/** Every route of src/routes/, sorted by address. */
export function siteRoutes(dir = ROUTES_DIR): InjectedRoute[] {
  const walk = (sub: string): string[] =>
    readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      return entry.isDirectory() ? walk(path) : /\.(astro|ts)$/.test(entry.name) ? [path] : [];
    });
  return walk('')
    .map((file) => ({ pattern: patternOf(file), entrypoint: join(dir, file) }))
    .sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
}
