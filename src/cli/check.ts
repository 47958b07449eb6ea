import { resolve } from 'node:path';
import type { Lang } from '../diagnostics/context.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { escapeControls, formatGithub, formatJson } from '../diagnostics/format.ts';
import { checkProject } from '../lint/check-project.ts';
import { prettyReport } from '../lint/report.ts';
import type { ParsedArgs } from './command.ts';
import { applyFixes, MAX_PASSES, type Change } from './fix.ts';
import { EXIT, type Io } from './io.ts';
import { reportLang } from './lang.ts';
import { cliWords } from './messages.ts';

/** `check [root] [--format pretty|json|github] [--strict] [--fix] [--playbook <id>] [--lang en|zh-CN]` (format §5). */
export async function runCheck({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const options = { playbook: values.playbook as string | undefined, lang: values.lang as Lang | undefined };
  let { diagnostics } = checkProject(root, options);
  if (values.fix === true) {
    // Fix, check again, until nothing more can be fixed safely: each fix may let the checker see further.
    const changes: Change[] = [];
    for (let pass = 0; pass < MAX_PASSES && diagnostics.some((d) => d.edits); pass++) {
      const made = applyFixes(root, diagnostics);
      if (made.length === 0) break;
      changes.push(...made);
      ({ diagnostics } = checkProject(root, options));
    }
    reportFixes(changes, reportLang(root, values), io.stderr);
  }
  const format = values.format ?? 'pretty';
  if (format === 'json') io.stdout(formatJson(diagnostics));
  else if (format === 'github') io.stdout(formatGithub(diagnostics));
  else io.stderr(prettyReport(root, diagnostics, io, reportLang(root, values)));
  const failed = hasErrors(diagnostics) || (values.strict === true && diagnostics.length > 0);
  return failed ? EXIT.content : EXIT.ok;
}

/** What `--fix` changed, one line per change, in the playbooks' language (on stderr: stdout stays the report's). */
function reportFixes(changes: readonly Change[], lang: Lang, write: (text: string) => void): void {
  const words = cliWords(lang);
  if (changes.length === 0) {
    write(`${words.nothingToFix}\n\n`);
    return;
  }
  const shown = (text: string) => escapeControls(text.replace(/\t/g, '\\t'));
  const lines = [...changes]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column))
    .map((c) => `  ${words.fixed(c.file, c.line, c.column, shown(c.from), shown(c.to))}`);
  write(`${lines.join('\n')}\n${words.fixedSummary(changes.length, new Set(changes.map((c) => c.file)).size)}\n\n`);
}
