import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { FORMATS, formatGithub, formatJson, formatPretty } from '../diagnostics/format.ts';
import { checkProject } from '../lint/check.ts';
import { oneOf, parseCommandArgs } from './args.ts';
import { EXIT, type Io } from './io.ts';

/** `check [root] [--format pretty|json|github] [--strict]` (format.md §5). */
export async function runCheck(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, { format: { type: 'string' }, strict: { type: 'boolean' } }, 1);
  const format = oneOf('check', 'format', values.format, FORMATS, 'pretty');
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const { diagnostics } = checkProject(root);
  if (format === 'json') io.stdout(formatJson(diagnostics));
  else if (format === 'github') io.stdout(formatGithub(diagnostics));
  else io.stderr(formatPretty(diagnostics, { color: io.color, readSource: (file) => readOrUndefined(join(root, file)) }));
  const failed = hasErrors(diagnostics) || (values.strict === true && diagnostics.length > 0);
  return failed ? EXIT.content : EXIT.ok;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
