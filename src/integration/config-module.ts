/**
 * The integration's resolved options as a Vite virtual module,
 * `virtual:sales-playbook/config`, for what runs inside Vite: the site's pages
 * (src/site/current.ts) and the content collections (./content.ts).
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
