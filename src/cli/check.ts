import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/context.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { formatGithub, formatJson } from '../diagnostics/format.ts';
import { checkProject } from '../lint/check.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, type Io } from './io.ts';
import { prettyReport } from '../lint/report.ts';

/** `check [root] [--format pretty|json|github] [--strict] [--playbook <id>] [--lang en|zh-CN]` (format.md §5). */
export async function runCheck({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const { diagnostics } = checkProject(root, { playbook: values.playbook as string | undefined, lang: values.lang as Lang | undefined });
  const format = values.format ?? 'pretty';
  if (format === 'json') io.stdout(formatJson(diagnostics));
  else if (format === 'github') io.stdout(formatGithub(diagnostics));
  else io.stderr(prettyReport(root, diagnostics, io));
  const failed = hasErrors(diagnostics) || (values.strict === true && diagnostics.length > 0);
  return failed ? EXIT.content : EXIT.ok;
}
