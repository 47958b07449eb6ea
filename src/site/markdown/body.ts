/**
 * A playbook body as plain Markdown, for the Markdown twins of the pages: the
 * conversion lives with the body pipeline (src/body/markdown.ts), which
 * writes each body's twin from the tree it renders, once.
 */
export { bodyMarkdown, isSafeUrl, plainMarkdown, type MarkdownBody } from '../../body/markdown.ts';
