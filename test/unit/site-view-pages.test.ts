import { describe, expect, it } from 'vitest';
import { entityPaths, notFoundView, playbookPaths, otherLangPaths, searchView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('getStaticPaths lists', () => {
  it('list every playbook, every entity of every kind of the registry, and the search pages besides English', () => {
    expect(playbookPaths(site).map((p) => p.params)).toEqual([{ pb: 'demo' }, { pb: 'zh-demo' }]);
    // Each with the cache key of its inputs (src/site/cache-keys.ts).
    for (const path of [...playbookPaths(site), ...entityPaths(site)]) expect(path.cacheKey).toMatch(/^[\w-]{20,}/);
    expect(entityPaths(site).map((p) => `${p.params.pb}/${p.params.kind}/${p.params.id}`)).toEqual([
      'demo/segments/enterprise',
      'demo/segments/smb',
      'demo/offerings/onboarding',
      'demo/offerings/platform',
      'demo/offerings/starter',
      'demo/processes/quick',
      'demo/processes/solution',
      'demo/roles/ae',
      'demo/roles/exec',
      'demo/roles/se',
      'demo/scenarios/second-ae',
      'zh-demo/segments/group',
      'zh-demo/offerings/partnership',
      'zh-demo/processes/key-account',
      'zh-demo/roles/ceo',
      'zh-demo/roles/kam',
    ]);
    expect(otherLangPaths(site)).toEqual([{ params: { lang: 'zh-cn' }, props: { lang: 'zh-CN' } }]);
  });
});

describe('search and 404 views', () => {
  it('point Pagefind at the bundle under the base path, one search page per language', () => {
    expect(searchView(site, 'en')).toMatchObject({ lang: 'en', bundlePath: '/sub/pagefind/', baseUrl: '/sub/' });
    expect(searchView(site, 'zh-CN').chrome.lang).toBe('zh-CN');
    expect(searchView(site, 'zh-CN').chrome.indexed).toBe(false);
    expect(notFoundView(site).home.href).toBe('/sub/');
  });
});
