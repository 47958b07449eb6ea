import { describe, expect, it } from 'vitest';
import { overviewView } from '../src/site/index.ts';
import { fixtureSite } from './support/site-fixture.ts';

const site = fixtureSite();

describe('overviewView', () => {
  const view = overviewView(site, 'demo');

  it('draws one row per segment through offerings, process and roles', () => {
    expect(view.rows.map((r) => r.segment.label)).toEqual(['Enterprise "big" <b>accounts</b>', 'Small businesses']);
    const [enterprise, smb] = view.rows;
    expect(enterprise!.priority).toEqual({ label: 'Strategic high ground', tone: 'strategic' });
    expect(enterprise!.motive).toBe('Value realisation');
    expect(enterprise!.offerings).toEqual([{ id: 'platform', label: 'Platform', href: '/sub/demo/offerings/platform/' }]);
    expect(enterprise!.processType).toEqual({ label: 'Solution', tone: 'solution' });
    expect(enterprise!.accountable.map((l) => l.id)).toEqual(['ae']);
    expect(enterprise!.responsible.map((l) => l.id)).toEqual(['ae', 'se']);
    expect([enterprise!.coverage, enterprise!.coverageBelow, enterprise!.winRate, enterprise!.winRateBelow]).toEqual(['50%', true, '25%', true]);
    expect([smb!.winRate, smb!.winRateBelow]).toEqual(['40%', false]);
  });

  it('compares the goals with the computed values', () => {
    expect(view.goals.map((g) => [g.label, g.goal, g.computed, g.meets])).toEqual([
      ['Coverage', '90%', '50%', false],
      ['Win rate', '30%', '39.7%', true],
    ]);
    expect(view.totals).toEqual([
      { label: 'Expected wins per year', value: '202.5' },
      { label: 'Expected revenue per year', value: '$325,000' },
    ]);
    expect(view.entryId).toBe('demo');
    expect(view.hasBody).toBe(true);
  });

  it('gives the page its chrome: navigation, breadcrumbs, edit link, last update', () => {
    const { chrome } = view;
    expect(chrome.lang).toBe('en');
    expect(chrome.nav.map((g) => g.label)).toEqual([null, 'Segments', 'Offerings', 'Processes', 'Roles']);
    expect(chrome.nav[0]!.items.map((i) => [i.href, i.current])).toEqual([
      ['/sub/demo/', true],
      ['/sub/demo/matrix/', false],
      ['/sub/demo/metrics/', false],
      ['/sub/demo/whats-new/', false],
    ]);
    expect(chrome.breadcrumbs).toEqual([
      { label: 'All playbooks', href: '/sub/' },
      { label: 'Demo <script>alert(1)</script> & "quoted" sales model', href: null },
    ]);
    expect(chrome.prev).toBeNull();
    expect(chrome.next).toEqual({ label: 'Team-role matrix', href: '/sub/demo/matrix/' });
    expect(chrome.editUrl).toBe('https://example.com/repo/edit/main/playbooks/demo/index.mdx');
    expect(chrome.updated).toEqual({ iso: '2026-01-15', text: 'January 15, 2026' });
    expect(chrome.searchHref).toBe('/sub/search/');
    // Pagefind's UI writes filters as HTML: text from a file goes in escaped.
    expect(chrome.searchFilters).toEqual({ Playbook: 'Demo &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; sales model', Kind: 'Playbook' });
  });

  it('speaks the playbook’s language', () => {
    const zh = overviewView(site, 'zh-demo');
    expect(zh.chrome.lang).toBe('zh-CN');
    expect(zh.chrome.searchHref).toBe('/sub/search/zh-cn/');
    expect(zh.rows[0]!.priority.label).toBe('战略高地');
    expect(zh.rows[0]!.processType!.label).toBe('要客型');
    expect(zh.totals[1]!.value).toBe('¥2,000,000');
    expect(zh.chrome.updated!.text).toBe('2026年3月2日');
    expect(zh.chrome.searchFilters).toEqual({ 手册: '华东装备销售模式', 类型: '手册' });
  });
});
