import type { BodyProblem } from '../../src/body/types.ts';
import { plainContext, type Lang } from '../../src/diagnostics/context.ts';
import { diagnostic, messageOf } from '../../src/diagnostics/diagnostic.ts';

/** The message `check` prints for a body problem's code and params (what happened, then what to do). */
export function bodyMessage(code: BodyProblem['code'], params: BodyProblem['params'], lang: Lang): string {
  return messageOf(diagnostic(code, 'playbooks/p/segments/x.mdx', { line: 1, column: 1 }, params as never), plainContext(lang));
}
