import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/context.ts';
import { countBySeverity, hasErrors } from '../diagnostics/diagnostic.ts';
import { plural } from '../diagnostics/format.ts';
import { diffProjects } from '../diff/compare.ts';
import { checkoutPlaybooksAt } from '../diff/git.ts';
import { formatDiffJson, formatDiffMarkdown } from '../diff/report.ts';
import { checkProject } from '../lint/check-project.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, type Io } from './io.ts';
import { prettyReport } from '../lint/report.ts';

/**
 * `diff <git-ref> [root] [--format markdown|json]`: the business impact of a
 * change. A working tree with errors gets no report (its numbers would
 * mislead): exit 1 with the diagnostics, as `export` does.
 */
export async function runDiff({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const [ref = '', rootArg] = positionals;
  const root = resolve(io.cwd, rootArg ?? '.');
  const lang = values.lang as Lang | undefined;
  const after = checkProject(root, { lang });
  if (hasErrors(after.diagnostics)) {
    const { errors } = countBySeverity(after.diagnostics);
    io.stderr(`${prettyReport(root, after.diagnostics, io)}\nNo report: the working tree has ${plural(errors, 'error')}, and the numbers of a broken model would mislead. Fix them (\`npm run check\`) and run diff again.\n`);
    return EXIT.content;
  }
  const old = checkoutPlaybooksAt(root, ref);
  try {
    const diff = diffProjects(checkProject(old.root, { lang }), after);
    io.stdout(values.format === 'json' ? formatDiffJson(diff, ref, old.commit) : formatDiffMarkdown(diff, ref, lang));
  } finally {
    old.cleanup();
  }
  return EXIT.ok;
}
