/**
 * Safe bodies (format.md §1, §9): Markdown with GFM and the built-in
 * components, checked without running anything and rendered through
 * GitHub's sanitizer.
 */
export { checkBody } from './check.ts';
export { renderBody, SHIKI_CONFIG } from './render.ts';
export { needsParse } from './parse.ts';
export { REGISTRY, COMPONENT_NAMES, CALLOUT_TYPES, type ComponentSpec, type PropSpec, type Placement } from './components.ts';
export { BODY_SCHEMA, CLOBBER_PREFIX } from './sanitize-schema.ts';
export type { BodyCode, BodyContext, BodyLang, BodyParams, BodyProblem, MetricAnswer, MetricRequest, RenderedBody, RenderedHeading } from './types.ts';
