import { resolve } from 'node:path';
import { diffProjects } from '../diff/compare.ts';
import { checkoutPlaybooksAt } from '../diff/git.ts';
import { formatDiffJson, formatDiffMarkdown } from '../diff/report.ts';
import { checkProject } from '../lint/check.ts';
import { oneOf, parseCommandArgs } from './args.ts';
import { EXIT, UsageError, type Io } from './io.ts';

/** `diff <git-ref> [root] [--format markdown|json]`: the business impact of a change. */
export async function runDiff(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', args, { format: { type: 'string' } }, 2);
  const format = oneOf('diff', 'format', values.format, ['markdown', 'json'] as const, 'markdown');
  const [ref, rootArg] = positionals;
  if (!ref) throw new UsageError('diff: name the git ref to compare with, e.g. `npm run playbook -- diff origin/main`.');
  const root = resolve(io.cwd, rootArg ?? '.');
  const after = checkProject(root);
  const old = checkoutPlaybooksAt(root, ref);
  try {
    const diff = diffProjects(checkProject(old.root), after);
    io.stdout(format === 'json' ? formatDiffJson(diff, ref, old.commit) : formatDiffMarkdown(diff, ref));
  } finally {
    old.cleanup();
  }
  return EXIT.ok;
}
