/**
 * The integration's resolved options as a Vite virtual module,
 * `virtual:sales-playbook/config`, for what runs inside Vite: the site's pages
 * (src/site/astro-site.ts) and the content collections (./content.ts). And the
 * site's own stylesheets (the `customCss` option) as
 * `virtual:sales-playbook/custom-css`, which the page layout imports after
 * the site's stylesheet, so that a team's rules win over ours.
 */
import type { Plugin } from 'vite';
import type { ResolvedOptions } from './options.ts';

export const CONFIG_MODULE = 'virtual:sales-playbook/config';
const RESOLVED = `\0${CONFIG_MODULE}`;

export function configModule(options: ResolvedOptions): Plugin {
  return {
    name: 'sales-playbook:config',
    resolveId: (id) => (id === CONFIG_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(options)};` : undefined),
  };
}

export const CUSTOM_CSS_MODULE = 'virtual:sales-playbook/custom-css';
const RESOLVED_CSS = `\0${CUSTOM_CSS_MODULE}`;

/** `files`: absolute paths of the site's stylesheets, in the order of the option. */
export function customCssModule(files: readonly string[]): Plugin {
  return {
    name: 'sales-playbook:custom-css',
    resolveId: (id) => (id === CUSTOM_CSS_MODULE ? RESOLVED_CSS : undefined),
    load: (id) => (id === RESOLVED_CSS ? files.map((file) => `import ${JSON.stringify(file)};`).join('\n') || 'export {};' : undefined),
  };
}
