import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/context.ts';
import { countBySeverity, hasErrors } from '../diagnostics/diagnostic.ts';
import { checkProject } from '../lint/check-project.ts';
import { buildExport } from '../model/export.ts';
import { isComplete } from '../model/graph.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, type Io } from './io.ts';
import { reportLang } from './lang.ts';
import { cliWords } from './messages.ts';
import { prettyReport } from '../lint/report.ts';

/**
 * `export [root] [--strict] [--playbook <id>]` (format §5): every
 * playbook, its entities and its numbers as one JSON document on stdout
 * (shape: src/model/export-schema.ts). Content with errors is refused (exit
 * 1, diagnostics on stderr), and so are warnings with `--strict`; otherwise
 * warnings are counted on stderr.
 */
export async function runExport({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const { playbooks, diagnostics, metrics, plans, scenarios, actuals } = checkProject(root, { playbook: values.playbook as string | undefined, lang: values.lang as Lang | undefined });
  const { errors, warnings } = countBySeverity(diagnostics);
  const lang = reportLang(root, values);
  const words = cliWords(lang);
  if (hasErrors(diagnostics) || (values.strict === true && warnings > 0)) {
    io.stderr(`${prettyReport(root, diagnostics, io, lang)}\n${words.notExported(errors, warnings)}`);
    return EXIT.content;
  }
  io.stdout(`${JSON.stringify(buildExport(playbooks.filter(isComplete), metrics, { plans, scenarios, actuals }), null, 2)}\n`);
  if (warnings > 0) io.stderr(words.exportedWithWarnings(warnings));
  return EXIT.ok;
}
