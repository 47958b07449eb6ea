import { describe, expect, it } from 'vitest';
import { overviewView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

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
    expect(view.entryId).toBe('demo');
    expect(view.hasBody).toBe(true);
  });

  it('leads with the answers: coverage as counts, win rate, bookings, the bottleneck, the next hire, what to do', () => {
    const { leader } = view;
    const tile = (key: string) => leader.tiles.find((t) => t.key === key)!;
    expect(leader.tiles.map((t) => t.key)).toEqual(['coverage', 'win-rate', 'bookings', 'cost', 'bottleneck', 'next-hire']);
    // 550 of 1,100 accounts: the ae caps both segments at 50%; covered and uncovered add up.
    expect(tile('coverage')).toMatchObject({ label: 'Account coverage', value: '50%', goal: 'Goal 90%', verdict: { text: 'below the goal', meets: false } });
    expect(tile('coverage').details).toEqual(['550 of 1,100 accounts covered; 550 uncovered']);
    // The strategic high ground is called out under the total.
    expect(tile('coverage').rows).toEqual([{ label: 'Enterprise "big" <b>accounts</b> (strategic high ground)', value: '50%', warn: true, note: 'below the goal' }]);
    expect(tile('win-rate')).toMatchObject({ value: '39.7%', goal: 'Goal 30%', verdict: { meets: true } });
    // No goals.bookings in the fixture: the tile says so; rounded for reading, in full in its title.
    // A plan of six months: its bookings, and the steady state under them.
    expect(tile('bookings')).toMatchObject({
      label: expect.stringMatching(/^New bookings, plan Jan\s–\sJun 2027$/),
      value: '$163K',
      exact: '$162,500',
      goal: null,
      verdict: null,
      details: ['No bookings goal set (goals.bookings)', 'Steady state (today’s team, fully productive, a year): $325K'],
    });
    // No plan in zh-demo: the steady state, labelled so.
    const zh = overviewView(site, 'zh-demo').leader;
    expect(zh.tiles.find((t) => t.key === 'bookings')).toMatchObject({ label: '年新签约额（稳定状态）', exact: '200 万元', details: ['未设签约额目标（goals.bookings）'] });
    expect(zh.links.map((l) => l.href)).toEqual(['/sub/zh-demo/metrics/']);
    // The ae needs 2 people and has 1.
    expect(tile('bottleneck')).toMatchObject({ value: '1 more person', link: { id: 'ae', label: 'Account executive' } });
    expect(tile('bottleneck').details).toEqual(['Load 200%', 'Caps Enterprise "big" <b>accounts</b> and Small businesses at 50%']);
    expect(tile('bottleneck').rows.map((r) => [r.label, r.value])).toEqual([
      ['People needed (steady state)', '2 people'],
      ['People to hire (with attrition and the plan)', '1 person'],
    ]);
    // One more ae takes both segments to 100%: +2.5 + 200 wins, +$125,000 + $200,000.
    expect(tile('next-hire')).toMatchObject({ value: '+$325K a year', exact: '$325,000', link: { id: 'ae' }, details: ['1 person beyond today’s team', 'Joins January 2027 · first wins January 2027 · full pace from February 2027', expect.stringMatching(/^Within the plan \(Jan\s–\sJun 2027\): \+\$152K$/)] });
    expect(leader.action).toBe('Add 1 person to Account executive, the bottleneck at a load of 200%. One more person there adds $325K of new bookings a year.');
    expect(leader.definitions.map((d) => d.term)).toEqual(['Account coverage', 'Open pipeline', 'People needed (steady state)', 'People to hire (with attrition and the plan)']);
    expect(leader.definitions[0]!.text).toMatch(/^the share of the 1,100 target accounts .* not pipeline coverage/);
    // The metrics, then the scenarios and the plan of the fixture.
    expect(leader.links.map((l) => l.href)).toEqual(['/sub/demo/metrics/', '/sub/demo/scenarios/', '/sub/demo/plan/']);
  });

  it('gives the page its chrome: navigation, breadcrumbs, edit link, last update', () => {
    const { chrome } = view;
    expect(chrome.lang).toBe('en');
    expect(chrome.nav.map((g) => g.label)).toEqual([null, 'Segments', 'Offerings', 'Processes', 'Roles', 'Scenarios']);
    expect(chrome.nav[0]!.items.slice(0, 4).map((i) => [i.href, i.current])).toEqual([
      ['/sub/demo/', true],
      ['/sub/demo/matrix/', false],
      ['/sub/demo/metrics/', false],
      ['/sub/demo/plan/', false],
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
    expect(zh.chrome.updated!.text).toBe('2026年3月2日');
    expect(zh.chrome.searchFilters).toEqual({ 手册: '华东装备销售模式', 类型: '手册' });
    const tile = (key: string) => zh.leader.tiles.find((t) => t.key === key)!;
    expect(tile('coverage')).toMatchObject({ label: '覆盖率', value: '100%', goal: '目标 80%', details: ['10 家目标客户全部覆盖'] });
    expect(tile('bookings')).toMatchObject({ label: '年新签约额（稳定状态）', value: '200 万元', exact: '200 万元' });
    expect(tile('bottleneck')).toMatchObject({ label: '瓶颈岗位', value: '无', details: ['各岗位工时均够用；负荷率最高的是大客户经理（13.2%）'] });
    expect(tile('next-hire').value).toBe('暂无增益');
    expect(zh.leader.action).toBe('各项目标均已达到，各岗位工时均够用；负荷率最高的是大客户经理（13.2%）。');
    // The currency in words, not its ISO code.
    expect(zh.facts.find((f) => f.label === '币种')!.value).toBe('人民币（元）');
  });
});
