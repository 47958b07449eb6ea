import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { isUnsafeUrl, rehypeSafeUrls } from '../../src/integration/rehype-safe-urls.ts';

describe('isUnsafeUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'DATA:text/html,x',
  ])('refuses %j', (url) => {
    expect(isUnsafeUrl(url)).toBe(true);
  });

  it.each(['https://example.com/', '/sales/docs/', '../gfm/', '#main', 'mailto:sales@example.com', 'data:image/png;base64,iVBORw0KGgo=', 'javascript-guide/'])(
    'allows %j',
    (url) => {
      expect(isUnsafeUrl(url)).toBe(false);
    },
  );
});

describe('rehypeSafeUrls', () => {
  it('drops unsafe URLs of Markdown elements, keeps their text and the safe ones', () => {
    const a = (href: string): Element => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: href }] });
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [a('javascript:alert(1)'), a('https://example.com/'), { type: 'element', tagName: 'img', properties: { src: 'vbscript:x', alt: 'x' }, children: [] }] }],
    };
    rehypeSafeUrls()(tree);
    const [bad, good, img] = (tree.children[0] as Element).children as Element[];
    expect(bad!.properties).toEqual({});
    expect(bad!.children).toEqual([{ type: 'text', value: 'javascript:alert(1)' }]);
    expect(good!.properties).toEqual({ href: 'https://example.com/' });
    expect(img!.properties).toEqual({ alt: 'x' });
  });

  it('drops unsafe literal URLs and event handlers of HTML tags written as JSX, leaves components alone', () => {
    const literal = (value: string) => ({ type: 'mdxJsxAttributeValueExpression', value: `'${value}'`, data: { estree: { body: [{ expression: { type: 'Literal', value } }] } } });
    const jsx = (name: string, attributes: { name: string; value: unknown }[]) => ({
      type: 'mdxJsxTextElement',
      name,
      attributes: attributes.map((attr) => ({ type: 'mdxJsxAttribute', ...attr })),
      children: [],
    });
    const tree = {
      type: 'root',
      children: [
        jsx('a', [
          { name: 'href', value: 'javascript:alert(1)' },
          { name: 'title', value: 'kept' },
        ]),
        jsx('a', [{ name: 'href', value: literal('javascript:alert(2)') }]),
        jsx('a', [
          { name: 'href', value: '#main' },
          { name: 'onClick', value: 'alert(3)' },
        ]),
        jsx('Note', [{ name: 'href', value: 'javascript:alert(4)' }]),
      ],
    };
    rehypeSafeUrls()(tree as unknown as Root);
    expect(tree.children.map((el) => el.attributes.map((attr) => attr.name))).toEqual([['title'], [], ['href'], ['href']]);
  });
});
