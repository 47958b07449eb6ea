import type { ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { hasCodeBlock, rehypeHighlightCode } from '../../src/integration/rehype-highlight-code.ts';

const tree = (children: Root['children']): Root => ({ type: 'root', children });
const el = (tagName: string, children: ElementContent[] = [], properties = {}) => ({ type: 'element' as const, tagName, properties, children });
const text = (value: string) => ({ type: 'text' as const, value });

describe('rehypeHighlightCode', () => {
  it('finds code blocks at any depth, and only <pre><code>', () => {
    expect(hasCodeBlock(tree([el('p', [text('no code')])]))).toBe(false);
    expect(hasCodeBlock(tree([el('p', [el('code', [text('inline')])])]))).toBe(false);
    expect(hasCodeBlock(tree([el('section', [el('pre', [el('code', [text('x')])])])]))).toBe(true);
  });

  it('leaves a body without code untouched', async () => {
    const body = tree([el('p', [text('Plain prose.')])]);
    const before = JSON.stringify(body);
    await rehypeHighlightCode({ themes: { light: 'github-light-default', dark: 'github-dark-default' } })(body);
    expect(JSON.stringify(body)).toBe(before);
  });

  it('highlights a code block with Shiki', async () => {
    const body = tree([el('pre', [el('code', [text('npm run check')], { className: ['language-sh'] })])]);
    await rehypeHighlightCode({ themes: { light: 'github-light-default', dark: 'github-dark-default' } })(body);
    const pre = body.children[0] as { properties: { class?: string; dataLanguage?: string } };
    expect(pre.properties.class).toContain('astro-code');
    expect(pre.properties.dataLanguage).toBe('sh');
  });
});
