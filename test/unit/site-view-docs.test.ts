import { describe, expect, it } from 'vitest';
import { docLanguage, docsIndexView, docsPaths, docsView, homeView, searchView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

const entry = (id: string, title: string, order: number) => ({ id, ...docLanguage(id), title, description: 'd', order, filePath: `content/${id}.mdx` });

describe('docs views', () => {
  const entries = [
    entry('gfm', 'GFM sample', 2),
    entry('index', 'Guide home', 0),
    entry('writing', 'Writing', 1),
    entry('zh-cn/writing', '编写手册', 1),
    entry('zh-cn', '文档', 0),
  ];

  it('takes a page’s language from its folder: content/zh-cn/ is Chinese', () => {
    expect(docLanguage('zh-cn/writing-a-playbook')).toEqual({ lang: 'zh-CN', slug: 'writing-a-playbook' });
    expect(docLanguage('writing-a-playbook')).toEqual({ lang: 'en', slug: 'writing-a-playbook' });
    expect(docLanguage('guides/zh-cn')).toEqual({ lang: 'en', slug: 'guides/zh-cn' });
    // The glob loader names content/zh-cn/index.mdx `zh-cn`.
    expect(docLanguage('zh-cn')).toEqual({ lang: 'zh-CN', slug: 'index' });
  });

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
    expect(docsPaths(entries, 'en')).toEqual([{ params: { slug: 'index' } }, { params: { slug: 'writing' } }, { params: { slug: 'gfm' } }]);
  });

  it('gives the Chinese docs their own navigation, chrome and addresses under /zh-cn/', () => {
    const view = docsView(site, entries, 'writing', 'zh-CN');
    expect(view.entryId).toBe('zh-cn/writing');
    expect(view.chrome.lang).toBe('zh-CN');
    expect(view.chrome.nav[0]!.items.map((i) => i.href)).toEqual(['/sub/zh-cn/docs/index/', '/sub/zh-cn/docs/writing/']);
    expect(view.chrome.breadcrumbs).toEqual([
      { label: '全部手册', href: '/sub/zh-cn/' },
      { label: '文档', href: '/sub/zh-cn/docs/' },
      { label: '编写手册', href: null },
    ]);
    expect([view.chrome.homeHref, view.chrome.docsHref, view.chrome.searchHref]).toEqual(['/sub/zh-cn/', '/sub/zh-cn/docs/', '/sub/search/zh-cn/']);
    expect(view.chrome.searchFilters).toEqual({ 类型: '文档' });
    expect(docsPaths(entries, 'zh-CN')).toEqual([{ params: { slug: 'index' } }, { params: { slug: 'writing' } }]);
    expect(() => docsView(site, entries, 'gfm', 'zh-CN')).toThrow('There is no zh-CN docs page `gfm`.');
  });

  it('links a page to its version in the other language, when there is one', () => {
    const writing = docsView(site, entries, 'writing').chrome;
    expect(writing.alternates).toEqual([
      { lang: 'en', href: '/sub/docs/writing/' },
      { lang: 'zh-CN', href: '/sub/zh-cn/docs/writing/' },
    ]);
    expect(writing.languageSwitch).toEqual({ lang: 'zh-CN', href: '/sub/zh-cn/docs/writing/' });
    expect(docsView(site, entries, 'writing', 'zh-CN').chrome.languageSwitch).toEqual({ lang: 'en', href: '/sub/docs/writing/' });
    const gfm = docsView(site, entries, 'gfm').chrome;
    expect([gfm.alternates, gfm.languageSwitch]).toEqual([[], null]);
    expect(docsIndexView(site, entries, 'zh-CN').chrome.languageSwitch).toEqual({ lang: 'en', href: '/sub/docs/' });
  });
});

describe('home and search in Chinese', () => {
  it('has a Chinese home page at /zh-cn/ with every playbook, figures in Chinese, and a switch to English', () => {
    const view = homeView(site, 'zh-CN');
    expect(view.chrome.lang).toBe('zh-CN');
    expect(view.heading).toBe('销售作战手册');
    expect(view.docs).toEqual({ label: '文档', href: '/sub/zh-cn/docs/' });
    expect(view.cards.map((c) => [c.href, c.langLabel, c.segmentCount])).toEqual([
      ['/sub/demo/', '英文', '2 个客群'],
      ['/sub/zh-demo/', '简体中文', '1 个客群'],
    ]);
    expect(view.cards[0]!.figures[0]).toEqual({ label: '覆盖率', computed: '50%', goal: '90%', meets: false, verdict: '低于目标' });
    expect(view.chrome.alternates).toEqual([
      { lang: 'en', href: '/sub/' },
      { lang: 'zh-CN', href: '/sub/zh-cn/' },
    ]);
    expect(view.chrome.languageSwitch).toEqual({ lang: 'en', href: '/sub/' });
    expect(homeView(site).chrome.languageSwitch).toEqual({ lang: 'zh-CN', href: '/sub/zh-cn/' });
    expect(searchView(site, 'zh-CN').chrome.languageSwitch).toEqual({ lang: 'en', href: '/sub/search/' });
  });
});
