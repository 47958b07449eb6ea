/**
 * Everything the site needs of a body, from one parse (issue 27, lever 1):
 * the problems, the sanitized HTML and its headings, each `<Stage>`'s HTML,
 * the Markdown twin (as the store keeps it: text, with headings and footnotes
 * as nodes) and the plain text for search, all from
 * the one tree `analyzeBody` makes. The content loader stores the result
 * (cached by digest), and the pages, the twins, the book and the search read
 * the stored strings instead of parsing the body again.
 *
 * Plain data only: every field can be stored as JSON.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { allProblems, analyzeBody } from './check.ts';
import { plainMarkdown } from './markdown.ts';
import { compactFlow } from './markdown-flow.ts';
import { renderTree } from './render.ts';
import { plainText } from './text.ts';
import type { BodyContext, BodyProblem, RenderedHeading } from './types.ts';

/** One part of a body as the site shows it: the body without its stages, or one stage's content. */
export interface ProcessedPart {
  /** Sanitized HTML. */
  html: string;
  /** What a reader sees, for search: a line per block, spaces collapsed. */
  text: string;
  /**
   * The Markdown twin as the content store keeps it, for the twins that compose it: runs of text, headings and
   * footnotes as mdast without positions (the book demotes headings, renames footnotes; markdown-flow.ts, `compactFlow`).
   */
  markdownStored: RootContent[];
}

export interface ProcessedBody extends ProcessedPart {
  /** Every problem, errors and warnings, in order; lines are the file's when `bodyLine` is given. */
  problems: BodyProblem[];
  /** No error: the outputs are filled. With an error they are empty (`''`, `[]`, `{}`). */
  ok: boolean;
  /** The headings of `html`, in order (not those of the stages). */
  headings: RenderedHeading[];
  /** Process bodies: each `<Stage>`'s content by stage id, in the order of the body. */
  stages: Record<string, ProcessedPart>;
}

export interface ProcessOptions {
  /** The line of the file the body starts at, for the problems' lines (default 1: lines of the body). */
  bodyLine?: number;
}

/** Checks and renders a body once; see ProcessedBody. Never throws for a problem of the body: `ok` says. */
export async function processBody(body: string, ctx: BodyContext, options: ProcessOptions = {}): Promise<ProcessedBody> {
  const analysis = analyzeBody(body, options.bodyLine ?? 1, ctx);
  const problems = allProblems(analysis);
  if (!analysis.tree || analysis.problems.length > 0) {
    return { problems, ok: false, html: '', headings: [], text: '', markdownStored: [], stages: {} };
  }
  // The twin first: it only reads the tree; the render makes a new (HTML) one.
  const twin = plainMarkdown(analysis.tree);
  const rendered = await renderTree(analysis.tree, ctx.lang);
  const stages: Record<string, ProcessedPart> = {};
  for (const [id, part] of rendered.stages) {
    const tree = withoutPositions({ type: 'root', children: twin.stages.get(id) ?? [] });
    stages[id] = { html: part.html, text: plainText(part.hast), markdownStored: compactFlow(tree.children) };
  }
  const tree = withoutPositions(twin.tree);
  return {
    problems,
    ok: true,
    html: rendered.body.html,
    headings: rendered.body.headings,
    text: plainText(rendered.body.hast),
    markdownStored: compactFlow(tree.children),
    stages,
  };
}

/** A copy of a tree without positions and `data` (what the twin needs, and less to store). */
function withoutPositions(root: Root): Root {
  const copy = (node: Nodes): Nodes => {
    const { position: _position, data: _data, ...rest } = node as Nodes & { data?: unknown };
    if ('children' in node) (rest as { children: Nodes[] }).children = (node.children as Nodes[]).map(copy);
    return rest as Nodes;
  };
  return { type: 'root', children: root.children.map((c) => copy(c) as RootContent) };
}
