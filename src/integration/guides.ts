/**
 * The engine's guides: the pages of this repository's content/ that a team's
 * site includes under /docs/ (the integration's `guides` option), in English
 * (content/<slug>.mdx) and Chinese (content/zh-cn/<slug>.mdx) where they
 * exist. The rest of content/ (the docs home of this repository, performance)
 * is about the engine and stays on its own site. The package ships exactly
 * these files (package.json `files`; a test compares the two).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GUIDES = [
  'start-a-site',
  'designing-a-sales-model',
  'writing-a-playbook',
  'format-reference',
  'planning-with-scenarios',
  'measuring-the-playbook',
  'diagnostics',
  'metrics',
  'deploying',
  'sharing-a-playbook',
] as const;

/** The engine's own folder: the package's root, or this repository. */
export const ENGINE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Whether a site includes the engine's guides: when its `guides` option is on, unless the site is the engine's own
 * repository, whose content/ holds them already.
 */
export function includesGuides(siteRoot: string, guides: boolean): boolean {
  return guides && resolve(siteRoot) !== resolve(ENGINE_ROOT);
}
