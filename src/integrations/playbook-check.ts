import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { countBySeverity, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { plural } from '../diagnostics/format.ts';
import { prettyReport } from '../lint/report.ts';
import { buildCheck, checkProject } from '../lint/check.ts';
import { SetupError } from '../model/load.ts';
import { overlayPayload } from './dev-overlay.ts';

/** Where the dev server serves the current diagnostics as JSON (for tools and tests). */
export const DIAGNOSTICS_ENDPOINT = '/__playbook/diagnostics.json';

/**
 * Runs the same check as `npm run check`:
 * - before `astro build`, stopping the build with the same readable
 *   diagnostics when there is any error (Astro on its own only logs a
 *   dangling reference and exits 0);
 * - in `astro dev`, again on every save of a playbook file, printing the
 *   diagnostics in the terminal and showing them in the browser's error
 *   overlay until the file is fixed.
 */
export function playbookCheck(): AstroIntegration {
  let root = '';
  let isDev = false;
  return {
    name: 'playbook-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        isDev = command === 'dev';
        if (command !== 'build') return;
        const { diagnostics } = runCheck(root, logger);
        if (!hasErrors(diagnostics)) {
          if (diagnostics.length) logger.info(`The playbooks have ${plural(diagnostics.length, 'warning')} (run \`npm run check\` for details).`);
          return;
        }
        process.stderr.write(`\n${report(root, diagnostics)}\n`);
        logger.error(`The build stopped: the playbooks have ${plural(countBySeverity(diagnostics).errors, 'error')}. Fix them and build again.`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Astro also starts a server during some builds (e.g. under NODE_ENV=test): watch only in `astro dev`.
        if (isDev) watchPlaybooks(server, root, logger);
      },
    },
  };
}

function runCheck(root: string, logger: AstroIntegrationLogger): { diagnostics: Diagnostic[] } {
  try {
    return buildCheck(root);
  } catch (error) {
    if (error instanceof SetupError) {
      logger.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

function report(root: string, diagnostics: Diagnostic[]): string {
  return prettyReport(root, diagnostics, { color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR });
}

function watchPlaybooks(server: ViteDevServer, root: string, logger: AstroIntegrationLogger): void {
  const playbooksDir = join(root, 'playbooks');
  let current: Diagnostic[] = [];
  let setupProblem: string | null = null;
  let timer: NodeJS.Timeout | undefined;

  const overlay = () => overlayPayload(root, current, setupProblem);

  const recheck = () => {
    const before = JSON.stringify(current) + String(setupProblem);
    try {
      current = checkProject(root).diagnostics;
      setupProblem = null;
    } catch (error) {
      if (!(error instanceof SetupError)) throw error;
      current = [];
      setupProblem = error.message;
    }
    if (JSON.stringify(current) + String(setupProblem) === before) return;
    if (setupProblem) logger.error(setupProblem);
    else if (current.length === 0) logger.info('Playbooks checked: no problems.');
    else {
      const { errors, warnings } = countBySeverity(current);
      process.stderr.write(`\n${report(root, current)}\n`);
      (errors ? logger.error : logger.warn).call(logger, `Playbooks checked: ${plural(errors, 'error')} and ${plural(warnings, 'warning')}.`);
    }
    const payload = overlay();
    if (payload) server.environments.client.hot.send(payload);
    else server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  };

  recheck();
  server.watcher.add(playbooksDir);
  server.watcher.on('all', (event, path) => {
    if (relative(playbooksDir, path).startsWith('..')) return;
    if (!path.endsWith('.mdx') && event !== 'addDir' && event !== 'unlinkDir') return;
    clearTimeout(timer);
    timer = setTimeout(recheck, 50);
  });
  // A page opened (or reloaded) while the playbooks are broken shows the overlay too.
  server.environments.client.hot.on('vite:client:connect', (_data, client) => {
    const payload = overlay();
    if (payload) client.send(payload);
  });
  server.middlewares.use(DIAGNOSTICS_ENDPOINT, (_req, res) => {
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ diagnostics: current, setupProblem }));
  });
}
