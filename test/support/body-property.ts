/**
 * The property the body pipeline keeps, for one body: `check` passes ⇔ the
 * build renders (issue 25), the check's shortcuts answer as the full
 * analysis, and a broken body is parsed in time linear in its size. Used by
 * test/unit/body-property.test.ts (a short seeded run) and scripts/soak-bodies.ts
 * (long runs). Throws a plain Error naming what broke.
 */
import { allProblems, analyzeBody } from '../../src/body/check.ts';
import { checkBody, renderBody, type BodyContext } from '../../src/body/index.ts';
import { parseStats } from '../../src/body/parse.ts';
import { RECOVERY_BUDGET } from '../../src/body/recover.ts';
import { isBodyError } from '../../src/body/types.ts';

export const PROPERTY_CONTEXT: BodyContext = {
  lang: 'en',
  kind: 'processes',
  stageIds: ['qualify', 'close'],
  metric: (request) => (request.of === 'coverage' ? { ok: true, text: '62.5%', title: '0.625' } : { ok: false, what: 'metric', value: request.of }),
};

export interface Outcome {
  /** Milliseconds the check and the render took together. */
  ms: number;
  errors: number;
  rendered: boolean;
  firstProblem?: string;
}

export async function holdsFor(body: string, ctx: BodyContext = PROPERTY_CONTEXT): Promise<Outcome> {
  const start = performance.now();
  const charsBefore = parseStats.chars;
  const problems = checkBody(body, 1, ctx);
  const parsedByCheck = parseStats.chars - charsBefore;
  const errors = problems.filter(isBodyError);
  let rendered = true;
  let failure = '';
  try {
    await renderBody(body, ctx);
  } catch (error) {
    rendered = false;
    failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  const ms = performance.now() - start;
  if (rendered !== (errors.length === 0)) {
    throw new Error(`check ${errors.length === 0 ? 'passed' : `found ${errors.length} error(s)`} but the render ${rendered ? 'went through' : `failed (${failure})`}: ${JSON.stringify(body)}`);
  }
  if (!rendered && !failure.includes('render only bodies that pass checkBody')) throw new Error(`the render crashed (${failure}): ${JSON.stringify(body)}`);
  // The check parses a body at most three times (chunk by chunk, whole, a broken chunk's blocks) and within the repairs' budget.
  if (parsedByCheck > 3 * body.length + RECOVERY_BUDGET(body.length)) throw new Error(`the check parsed ${parsedByCheck} characters of a body of ${body.length}: ${JSON.stringify(body)}`);
  const full = allProblems(analyzeBody(body, 1, ctx));
  if (JSON.stringify(full) !== JSON.stringify(problems)) {
    throw new Error(`the check's shortcut answered ${JSON.stringify(problems)}, the full analysis ${JSON.stringify(full)}: ${JSON.stringify(body)}`);
  }
  const first = problems[0];
  return { ms, errors: errors.length, rendered, ...(first ? { firstProblem: `${first.code} ${first.line}:${first.column} ${String(first.params.limit ?? first.params.hint ?? '')}` } : {}) };
}
