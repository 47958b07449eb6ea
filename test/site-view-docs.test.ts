import { describe, expect, it } from 'vitest';
import { docsIndexView, docsView } from '../src/site/index.ts';
import { fixtureSite } from './support/site-fixture.ts';

const site = fixtureSite();

describe('docs views', () => {
  const entries = [
    { id: 'gfm', title: 'GFM sample', description: 'd', order: 2, filePath: 'content/gfm.mdx' },
    { id: 'index', title: 'Guide home', description: 'd', order: 0, filePath: 'content/index.mdx' },
    { id: 'writing', title: 'Writing', description: 'd', order: 1, filePath: 'content/writing.mdx' },
  ];

  it('orders the docs navigation by `order` and links previous and next', () => {
    const view = docsView(site, entries, 'writing');
    expect(view.chrome.nav[0]!.items.map((i) => [i.href, i.current])).toEqual([
      ['/sub/docs/index/', false],
      ['/sub/docs/writing/', true],
      ['/sub/docs/gfm/', false],
    ]);
    expect(view.chrome.prev).toEqual({ label: 'Guide home', href: '/sub/docs/index/' });
    expect(view.chrome.next).toEqual({ label: 'GFM sample', href: '/sub/docs/gfm/' });
    expect(view.chrome.editUrl).toBe('https://example.com/repo/edit/main/content/writing.mdx');
    expect(view.chrome.lang).toBe('en');
    expect(docsIndexView(site, entries).pages.map((p) => p.href)).toEqual(['/sub/docs/index/', '/sub/docs/writing/', '/sub/docs/gfm/']);
  });
});
