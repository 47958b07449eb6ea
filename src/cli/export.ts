import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/context.ts';
import { countBySeverity, hasErrors } from '../diagnostics/diagnostic.ts';
import { plural } from '../diagnostics/format.ts';
import { checkProject } from '../lint/check.ts';
import { buildExport } from '../model/export.ts';
import { isComplete } from '../model/graph.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, type Io } from './io.ts';
import { prettyReport } from '../lint/report.ts';

/**
 * `export [root] [--strict] [--playbook <id>]` (format.md §5): every
 * playbook, its entities and its numbers as one JSON document on stdout
 * (shape: src/model/export-schema.ts). Content with errors is refused (exit
 * 1, diagnostics on stderr), and so are warnings with `--strict`; otherwise
 * warnings are counted on stderr.
 */
export async function runExport({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const { playbooks, diagnostics, metrics, plans, scenarios, actuals } = checkProject(root, { playbook: values.playbook as string | undefined, lang: values.lang as Lang | undefined });
  const { errors, warnings } = countBySeverity(diagnostics);
  if (hasErrors(diagnostics) || (values.strict === true && warnings > 0)) {
    const why = errors > 0 ? `the playbooks have ${plural(errors, 'error')}` : `the playbooks have ${plural(warnings, 'warning')} and --strict is on`;
    io.stderr(`${prettyReport(root, diagnostics, io)}\nNothing was exported: ${why}, and numbers computed from them would mislead. Fix them (\`npm run check\` lists the same problems) and export again.\n`);
    return EXIT.content;
  }
  io.stdout(`${JSON.stringify(buildExport(playbooks.filter(isComplete), metrics, { plans, scenarios, actuals }), null, 2)}\n`);
  if (warnings > 0) io.stderr(`Exported, with ${plural(warnings, 'warning')} (run \`npm run check\` for details).\n`);
  return EXIT.ok;
}
