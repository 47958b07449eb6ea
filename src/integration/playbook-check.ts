import { join, relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import type { ViteDevServer } from 'vite';
import { countBySeverity, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { languageOf, SUMMARY } from '../diagnostics/summary.ts';
import { prettyReport } from '../lint/report.ts';
import { buildCheck, devCheck, watchForChecks } from '../lint/check-project.ts';
import { SetupError } from '../model/load.ts';
import { overlayPayload } from './dev-overlay.ts';

/** Where the dev server serves the current diagnostics as JSON (for tools and tests). */
export const DIAGNOSTICS_ENDPOINT = '/__playbook/diagnostics.json';

/**
 * Runs the same check as `npm run check` before `astro build`, stopping the
 * build with the same readable diagnostics when there is any error (Astro on
 * its own only logs a dangling reference and exits 0). The report goes to
 * stderr with its code frames; the build stops with an AstroError, as
 * integrations stop Astro.
 */
export function checkBeforeBuild(root: string, logger: AstroIntegrationLogger): void {
  let diagnostics: Diagnostic[];
  try {
    diagnostics = buildCheck(root).diagnostics;
  } catch (error) {
    if (error instanceof SetupError) throw playbookError(error.messageIn('en'), 'Fix it and build again.');
    throw error;
  }
  const words = SUMMARY[languageOf(diagnostics)];
  if (!hasErrors(diagnostics)) {
    if (diagnostics.length) logger.info(words.warningsOnly(diagnostics.length));
    return;
  }
  process.stderr.write(`\n${report(root, diagnostics)}\n`);
  throw playbookError(words.buildStopped(countBySeverity(diagnostics).errors), words.hint);
}

function playbookError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  // A user's mistake, not a bug: no stack trace.
  error.stack = '';
  return error;
}

function report(root: string, diagnostics: Diagnostic[]): string {
  return prettyReport(root, diagnostics, { color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR });
}

/**
 * In `astro dev`: checks again on every save of a playbook file, prints the diagnostics in the terminal and shows
 * them in the browser's error overlay until the file is fixed.
 */
export function watchPlaybooks(server: ViteDevServer, root: string, logger: AstroIntegrationLogger): void {
  const playbooksDir = join(root, 'playbooks');
  let current: Diagnostic[] = [];
  let setupProblem: string | null = null;
  let timer: NodeJS.Timeout | undefined;

  const overlay = () => overlayPayload(root, current, setupProblem);

  const recheck = () => {
    const before = JSON.stringify(current) + String(setupProblem);
    try {
      current = devCheck(root).diagnostics;
      setupProblem = null;
    } catch (error) {
      if (!(error instanceof SetupError)) throw error;
      current = [];
      setupProblem = error.messageIn('en');
    }
    if (JSON.stringify(current) + String(setupProblem) === before) return;
    if (setupProblem) logger.error(setupProblem);
    else if (current.length === 0) logger.info('Playbooks checked: no problems.');
    else {
      const { errors, warnings } = countBySeverity(current);
      process.stderr.write(`\n${report(root, current)}\n`);
      (errors ? logger.error : logger.warn).call(logger, SUMMARY[languageOf(current)].checked(errors, warnings));
    }
    const payload = overlay();
    if (payload) server.environments.client.hot.send(payload);
    else server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  };

  recheck();
  server.watcher.add(playbooksDir);
  watchForChecks(root, playbooksDir, server.watcher);
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
