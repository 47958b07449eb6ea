/**
 * Astro 7's Sätteri parser (`satteri`, behind `@astrojs/markdown-satteri`)
 * against the body pipeline's own (unified: remark-parse, remark-mdx,
 * remark-gfm, remark-cjk-friendly), for issue 27's lever 3. For each body:
 * parse with Sätteri where nothing known makes it differ, with unified
 * everywhere else (the fallback), run the same check and render on the tree,
 * and compare the HTML, the stages, the headings and the problems with the
 * unified pipeline's; time both parsers.
 *
 *   node scripts/satteri-compare.ts            the fixtures, the examples and a generated bench project
 *   node scripts/satteri-compare.ts --random   and 1,500 random bodies of test/support/body-grammar.ts (RANDOM_RUNS=…)
 *
 * The known differences that send a body to unified:
 * - Sätteri fails to parse it (it has no recovery, other messages, and no
 *   void elements without a slash: `<br>`);
 * - the check finds a problem on Sätteri's tree (its attributes have no
 *   positions: a problem at a prop could not be placed);
 * - an emphasis mark touches a non-ASCII character (no remark-cjk-friendly);
 * - `<details><summary>` on one line (github-html.ts rewrites the text);
 * - an `@` (email autolinks next to `_` differ), emphasis marks touching a
 *   tag (nested differently), a `<` that starts no tag (an error to MDX,
 *   text to Sätteri).
 * One-line elements (`<Callout>Short.</Callout>`) are made what unified
 * makes of them: a paragraph's inline element, lifted as tree.ts does.
 */
import fc from 'fast-check';
import type { Nodes, Paragraph, Parent, PhrasingContent, Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { allProblems, analyzeBody } from '../src/body/check.ts';
import { tooDeep } from '../src/body/depth.ts';
import { prepareSource } from '../src/body/github-html.ts';
import { scanBody } from '../src/body/limits-scan.ts';
import { parseOnce } from '../src/body/parse.ts';
import { renderTree } from '../src/body/render.ts';
import { liftBlocks } from '../src/body/tree.ts';
import type { BodyContext, BodyProblem } from '../src/body/types.ts';
import { Walker } from '../src/body/walker.ts';
import { bodies } from '../test/support/body-grammar.ts';
import { everyBody, type ProjectBody } from '../test/support/body-files.ts';
import { PROPERTY_CONTEXT } from '../test/support/body-property.ts';

/** Why a body goes to unified, or `satteri`. */
type Route = 'satteri' | 'limits' | 'satteri-error' | 'problems' | 'cjk-emphasis' | 'github-html' | 'email' | 'emphasis-and-tags' | 'lone-less-than';

const EMPHASIS_BY_NON_ASCII = /[^\x00-\x7f][*_~]|[*_~][^\x00-\x7f]/;
/** Emphasis marks touching a tag: the two parsers nest them differently. */
const EMPHASIS_BY_TAG = /[*_~][<>]|[<>][*_~]/;
/** A `<` that starts no tag: an error to MDX (and unified), text to Sätteri. */
const LONE_LESS_THAN = /<(?![A-Za-z_$/>])/;
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'footnoteReference', 'mdxJsxTextElement', 'mdxTextExpression']);

/** Sätteri reads `<b>x</b>` or `<Callout>x</Callout>` alone on a line as a flow element holding text; unified as a paragraph's inline element. */
function asUnified(parent: Parent): void {
  parent.children = parent.children.map((child) => {
    const node = child as Nodes;
    if ('children' in node) asUnified(node as Parent);
    if (node.type !== 'mdxJsxFlowElement' || node.children.length === 0 || !node.children.every((c) => PHRASING.has(c.type))) return child;
    // tree.ts lifts it again where unified's would be lifted (a block element or component alone in its paragraph).
    const inline = { ...node, type: 'mdxJsxTextElement', children: node.children as PhrasingContent[] } as PhrasingContent;
    const paragraph: Paragraph = { type: 'paragraph', children: [inline] };
    if (node.position) paragraph.position = node.position;
    return paragraph as typeof child;
  });
}

interface Result {
  route: Route;
  problems: BodyProblem[];
  html?: string;
  stages?: Record<string, string>;
  headings?: unknown;
}

async function viaSatteri(body: string, ctx: BodyContext): Promise<Result> {
  const scan = scanBody(body, 1);
  if (scan.problem) return { route: 'limits', ...(await viaUnified(body, ctx)) };
  if (EMPHASIS_BY_NON_ASCII.test(body)) return { route: 'cjk-emphasis', ...(await viaUnified(body, ctx)) };
  if (prepareSource(body).inserted.length > 0) return { route: 'github-html', ...(await viaUnified(body, ctx)) };
  if (body.includes('@')) return { route: 'email', ...(await viaUnified(body, ctx)) };
  if (EMPHASIS_BY_TAG.test(body)) return { route: 'emphasis-and-tags', ...(await viaUnified(body, ctx)) };
  if (LONE_LESS_THAN.test(body)) return { route: 'lone-less-than', ...(await viaUnified(body, ctx)) };
  let tree: Root;
  try {
    tree = mdxToMdast(body, { features: { gfm: true } }) as Root;
  } catch {
    return { route: 'satteri-error', ...(await viaUnified(body, ctx)) };
  }
  asUnified(tree);
  const problems: BodyProblem[] = [];
  if (tooDeep(tree)) return { route: 'problems', ...(await viaUnified(body, ctx)) };
  liftBlocks(tree);
  new Walker(ctx, 0, problems).tree(tree);
  if (problems.length > 0) return { route: 'problems', ...(await viaUnified(body, ctx)) };
  const rendered = await renderTree(tree, ctx.lang);
  return { route: 'satteri', problems: [], html: rendered.body.html, headings: rendered.body.headings, stages: Object.fromEntries([...rendered.stages].map(([id, s]) => [id, s.html])) };
}

async function viaUnified(body: string, ctx: BodyContext): Promise<Omit<Result, 'route'>> {
  const analysis = analyzeBody(body, 1, ctx);
  const problems = allProblems(analysis);
  if (!analysis.tree || analysis.problems.length > 0) return { problems };
  const rendered = await renderTree(analysis.tree, ctx.lang);
  return { problems, html: rendered.body.html, headings: rendered.body.headings, stages: Object.fromEntries([...rendered.stages].map(([id, s]) => [id, s.html])) };
}

async function compare(label: string, corpus: readonly Pick<ProjectBody, 'name' | 'body' | 'ctx'>[]): Promise<void> {
  const routes = new Map<Route, number>();
  const differences: string[] = [];
  let unifiedMs = 0;
  let satteriMs = 0;
  for (const { name, body, ctx } of corpus) {
    const expected = await viaUnified(body, ctx);
    const actual = await viaSatteri(body, ctx);
    routes.set(actual.route, (routes.get(actual.route) ?? 0) + 1);
    const { route: _route, ...rest } = actual;
    if (JSON.stringify(rest) !== JSON.stringify(expected)) differences.push(`${name} (${actual.route}): ${JSON.stringify(body).slice(0, 160)}`);
    let t = performance.now();
    parseOnce(body);
    unifiedMs += performance.now() - t;
    t = performance.now();
    try {
      mdxToMdast(body, { features: { gfm: true } });
    } catch {
      // timed all the same
    }
    satteriMs += performance.now() - t;
  }
  console.log(`\n${label}: ${corpus.length} bodies, ${corpus.reduce((n, b) => n + b.body.length, 0).toLocaleString('en-US')} characters`);
  console.log(`  parse: unified ${unifiedMs.toFixed(0)} ms, Sätteri ${satteriMs.toFixed(0)} ms`);
  console.log(`  routes: ${[...routes].map(([r, n]) => `${r} ${n}`).join(', ')}`);
  console.log(`  bodies whose HTML, headings, stages or problems differ from unified's: ${differences.length}`);
  for (const d of differences.slice(0, 8)) console.log(`    ${d}`);
}

await compare('fixtures, examples, bench', everyBody());
if (process.argv.includes('--random')) {
  const random = fc.sample(bodies, { numRuns: Number(process.env.RANDOM_RUNS ?? 1500), seed: 3 }).map((body, i) => ({ name: `random #${i}`, body, ctx: PROPERTY_CONTEXT }));
  await compare('random bodies', random);
}
