/**
 * Safe bodies (format §1, §9): Markdown with GFM and the built-in
 * components, checked without running anything and rendered through
 * GitHub's sanitizer, in time linear in the body.
 *
 * `processBody` is the one entry point of the site: from one parse, the
 * problems, the HTML, the headings, the stages, the Markdown twin and the
 * search text. `checkBody` is the check's (it may skip the parse where that
 * is proven to change nothing); `renderBody` renders a checked body.
 */
export { checkBody } from './check.ts';
export { renderBody, SHIKI_CONFIG } from './render.ts';
export { processBody, type ProcessedBody, type ProcessedPart, type ProcessOptions } from './process.ts';
export { plainMarkdown, stringifyMarkdown, isSafeUrl, MARKDOWN_OPTIONS, type MarkdownBody } from './markdown.ts';
export { compactFlow, flowText } from './markdown-flow.ts';
export { needsParse } from './parse.ts';
export { MAX_BODY_DEPTH, MAX_BODY_LENGTH } from './limits.ts';
export { COMPONENTS, COMPONENT_NAMES, CALLOUT_TYPES, type ComponentSpec, type PropSpec, type Placement } from './components.ts';
export { BODY_SCHEMA, CLOBBER_PREFIX } from './sanitize-schema.ts';
export { BODY_WARNINGS, isBodyError } from './types.ts';
export type { BodyCode, BodyContext, BodyLang, BodyParams, BodyProblem, MetricAnswer, MetricRequest, RenderedBody, RenderedHeading } from './types.ts';
