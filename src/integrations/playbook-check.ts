import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { countBySeverity, hasErrors } from '../diagnostics/diagnostic.ts';
import { formatPretty, plural } from '../diagnostics/format.ts';
import { checkProject } from '../lint/check.ts';

/**
 * Runs the same check as `npm run check` before Astro builds, and stops the
 * build with the same readable diagnostics when there is any error (Astro on
 * its own only logs a dangling reference and exits 0).
 */
export function playbookCheck(): AstroIntegration {
  return {
    name: 'playbook-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const { diagnostics } = checkProject(root);
        if (diagnostics.length === 0) return;
        const report = formatPretty(diagnostics, {
          color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR,
          readSource: (file) => {
            try {
              return readFileSync(join(root, file), 'utf8');
            } catch {
              return undefined;
            }
          },
        });
        if (!hasErrors(diagnostics)) {
          logger.info(`The playbooks have ${plural(diagnostics.length, 'warning')} (run \`npm run check\` for details).`);
          return;
        }
        process.stderr.write(`\n${report}\n`);
        const { errors } = countBySeverity(diagnostics);
        logger.error(`The build stopped: the playbooks have ${plural(errors, 'error')}. Fix them and build again.`);
        process.exit(1);
      },
    },
  };
}
