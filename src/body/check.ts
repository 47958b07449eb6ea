/**
 * Checking a body (format §1, §3, §9): every problem at once, each at its
 * line and column in the file, in time linear in the body.
 *
 *   limits-scan.ts (one reading of the text against the bounds of limits.ts:
 *   size, and what makes the parser slow)
 *   → recover.ts (one parse; a broken body chunk by chunk)
 *   → depth.ts (nesting, counted on the tree)
 *   → tree.ts (blocks written inline lifted out of their paragraph)
 *   → walker.ts (unsafe constructs, components, images).
 *
 * `analyzeBody` is what the renderer runs (render.ts), so a body that passes
 * the check is a body the build renders. `checkBody` may skip the parse, but
 * only for bodies whose answer it knows without it (see there).
 */
import type { Root } from 'mdast';
import { tooDeep } from './depth.ts';
import { MAX_BODY_DEPTH, type BodyScan } from './limits.ts';
import { scanBody } from './limits-scan.ts';
import { needsParse } from './parse.ts';
import { parseWithRecovery } from './recover.ts';
import { scanElements } from './scan.ts';
import { liftBlocks } from './tree.ts';
import { isBodyError, type BodyContext, type BodyProblem } from './types.ts';
import { Walker } from './walker.ts';

export { MAX_BODY_DEPTH, MAX_BODY_LENGTH } from './limits.ts';

export interface Analysis {
  /** The tree, normalised (tree.ts) and with every component's output in its `data.playbookBody`; absent when the body could not be parsed or is too deep. */
  tree?: Root;
  /** The errors, in order: a body with one is not rendered. */
  problems: BodyProblem[];
  /** The warnings (types.ts, BODY_WARNINGS), in order: the body is rendered all the same. */
  warnings: BodyProblem[];
}

/** Errors and warnings of an analysis, in order: what the check reports. */
export function allProblems(analysis: Analysis): BodyProblem[] {
  return sortProblems([...analysis.problems, ...analysis.warnings]);
}

/**
 * Every problem of a body. Two shortcuts skip the parse, each only where its
 * answer is the parse's (test/unit/body-check.test.ts compares them on generated
 * bodies):
 * - a body with no `<`, no `{`, no line starting with `import`/`export` and no
 *   image cannot have a syntax, component or image problem, and when the
 *   bound of the scan (limits-scan.ts) proves it shallow enough it has none at all;
 * - a body whose components scan.ts reads without parsing (on lines of their
 *   own, or self-closing) gets the walker's rules on the scanned elements.
 */
export function checkBody(body: string, bodyLine: number, ctx: BodyContext): BodyProblem[] {
  const scan = scanBody(body, bodyLine);
  if (scan.problem) return [scan.problem];
  if (!body.includes('![')) {
    if (!needsParse(body) && scan.depthBound <= MAX_BODY_DEPTH) return [];
    const scanned = scanElements(body);
    if (scanned && scan.depthBound + scanned.depth <= MAX_BODY_DEPTH) {
      const problems: BodyProblem[] = [];
      const walker = new Walker(ctx, bodyLine - 1, problems);
      for (const { node, topLevel } of scanned.elements) walker.element(node, topLevel);
      return sortProblems(problems);
    }
  }
  return allProblems(analyze(body, bodyLine, ctx, scan));
}

/** Parses and checks a body; the renderer uses the tree. */
export function analyzeBody(body: string, bodyLine: number, ctx: BodyContext): Analysis {
  return analyze(body, bodyLine, ctx, scanBody(body, bodyLine));
}

function analyze(body: string, bodyLine: number, ctx: BodyContext, scan: BodyScan): Analysis {
  if (scan.problem) return { problems: [scan.problem], warnings: [] };
  const { tree, problems } = parseWithRecovery(body, bodyLine, { wholeParse: scan.wholeParse });
  if (!tree) return { problems: sortProblems(problems), warnings: [] };
  const deep = tooDeep(tree);
  if (deep) {
    const start = deep.position?.start;
    problems.push({ code: 'body-syntax', line: bodyLine - 1 + (start?.line ?? 1), column: start?.column ?? 1, params: { limit: 'depth', max: MAX_BODY_DEPTH, reason: 'nested too deeply' } });
    return { problems: sortProblems(problems), warnings: [] };
  }
  liftBlocks(tree);
  new Walker(ctx, bodyLine - 1, problems).tree(tree);
  const errors = problems.filter(isBodyError);
  const warnings = problems.filter((p) => !isBodyError(p));
  return errors.length > 0 ? { tree, problems: sortProblems(errors), warnings: sortProblems(warnings) } : { tree, problems: [], warnings: sortProblems(warnings) };
}

function sortProblems(problems: BodyProblem[]): BodyProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
