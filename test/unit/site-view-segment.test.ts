import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/format/numbers.ts';
import { ui } from '../../src/i18n/index.ts';
import { segmentView } from '../../src/site/index.ts';
import { criteriaFacts } from '../../src/site/views/segment.ts';
import type { Segment } from '../../src/schema/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('segmentView', () => {
  const view = segmentView(site, 'demo', 'enterprise');

  it('shows criteria, buying criteria and the buying centre with its mirrors and gaps', () => {
    expect(view.criteria).toEqual([
      { label: 'Industries', value: 'Manufacturing and Logistics' },
      { label: 'Employees', value: '1,000 employees or more' },
    ]);
    expect(view.buyingCriteria).toEqual(['<img src=x onerror=alert(3)>', 'Time to value']);
    expect(view.buyingCenter).toEqual([
      // A solution sale: nobody mirrors the CFO, and that is no gap (mirroring is expected in key-account selling only).
      { function: 'CFO', influence: 'Economic buyer', mirrors: [], gap: false },
      { function: 'CTO', influence: 'Technical buyer', mirrors: [{ id: 'se', label: 'Solutions engineer', href: '/sub/demo/roles/se/' }], gap: false },
    ]);
    expect(view.mirrorRequired).toBe(false);
  });

  it('shows the offerings, the process strip and the coverage cadence', () => {
    expect(view.offerings).toEqual([{ id: 'platform', label: 'Platform', href: '/sub/demo/offerings/platform/', kind: 'Product' }]);
    expect(view.flow!.steps.map((s) => [s.title, s.days, s.reachText, s.conversionText, s.href])).toEqual([
      ['Discover', '10 days', '100%', '50% go on', '/sub/demo/processes/solution/#stage-discover'],
      ['Prove', '20 days', '50%', '50% close won', '/sub/demo/processes/solution/#stage-prove'],
    ]);
    expect(view.coverageOwner.id).toBe('ae');
    // Inputs as written (fmt.exact), never rounded.
    expect(view.coverage.map((f) => f.value)).toEqual(['4', '1 hr', '400 hr']);
  });

  it('computes the segment’s numbers and names its bottleneck', () => {
    expect(Object.fromEntries(view.numbers.map((f) => [f.label, [f.value, Boolean(f.warn)]]))).toEqual({
      'Target accounts': ['100', false],
      'Opportunities per account per year': ['0.2', false],
      'Opportunities per year': ['20', false],
      'Average deal size': ['$50,000', false],
      'Account coverage': ['50%', true],
      'Win rate': ['25%', true],
      'Expected wins per year': ['2.5', false],
      'Expected new bookings a year': ['$125K', false],
      'Open pipeline': ['0.5', false], // 20 × 0.5 × (10 + 0.5 × 20) / 365
      'Sales velocity per day': ['$342', false], // 20 × 0.5 × $50,000 × 0.25 / 365
    });
    // Covered accounts as a count beside the share; the exact bookings in the title; the pipeline's value beside it.
    const fact = (label: string) => view.numbers.find((f) => f.label === label)!;
    expect(fact('Account coverage').note).toBe('50 of 100 accounts');
    expect(fact('Expected new bookings a year').title).toBe('$125,000');
    expect(fact('Open pipeline').note).toBe('opportunities in flight at any time, worth $27.4K');
    expect(view.dealHours.map((d) => [d.role.id, d.hours])).toEqual([
      ['ae', '100 hr'],
      ['se', '140 hr'],
    ]);
    expect(view.bottleneck?.id).toBe('ae');
    expect(view.warnings.map((w) => w.code)).toEqual(['win-rate-below-goal']);
    // Entities by their titles, linked: not ids in code boxes.
    expect(view.warnings[0]!.parts.filter((p) => p.link).map((p) => p.link!.href)).toEqual(['/sub/demo/segments/enterprise/', '/sub/demo/processes/solution/']);
    expect(view.warnings[0]!.message).toMatch(/^Segment Enterprise "big" <b>accounts<\/b> wins 25% of its opportunities on process Solution sale/);
  });

  it('marks gaps as required on a key-account process', () => {
    const zh = segmentView(site, 'zh-demo', 'group');
    expect(zh.mirrorRequired).toBe(true);
    expect(zh.buyingCenter.map((b) => [b.function, b.gap])).toEqual([
      ['总经理', false],
      ['采购总监', false],
      ['生产副总', true],
    ]);
    expect(zh.criteria).toEqual([{ label: '行业', value: '汽车和光伏' }]);
    // The catalogue writes the warning in the playbook's language (format §3).
    expect(zh.warnings.map((w) => [w.code, w.title, w.where])).toEqual([['mirror-gap', '客户方角色无人对接', 'playbooks/zh-demo/segments/group.mdx:21:34']]);
    // A title in Han sits in Han text without the spaces an id in backticks needs.
    expect(zh.warnings[0]!.message).toMatch(/^客户方的“生产副总”在我方无人对接：销售流程要客流程中没有岗位/);
    expect(zh.warnings[0]!.parts.filter((p) => p.link).map((p) => [p.text, p.link!.href])).toEqual([['要客流程', '/sub/zh-demo/processes/key-account/']]);
    // Where it is, in words: on the segment's own page, linked to where the file is edited.
    expect(zh.warnings[0]!.place).toEqual({
      parts: [{ text: '目标客群“集团客户”的 ', code: false }, { text: 'buyingCenter[2].function', code: true }],
      href: 'https://example.com/repo/edit/main/playbooks/zh-demo/segments/group.mdx',
    });
  });

  it('links to the previous and next segment', () => {
    expect(view.chrome.prev).toBeNull();
    expect(view.chrome.next).toEqual({ label: 'Small businesses', href: '/sub/demo/segments/smb/' });
    expect(view.chrome.breadcrumbs.map((c) => c.label)).toEqual(['All playbooks', 'Demo <script>alert(1)</script> & "quoted" sales model', 'Segments', 'Enterprise "big" <b>accounts</b>']);
    expect(() => segmentView(site, 'demo', 'nope')).toThrow(/no segment `nope`/);
  });
});

describe('criteriaFacts', () => {
  const criteria = (c: Segment['criteria']) => ({ criteria: c }) as Segment;

  it('gives a range its unit in Chinese, as the Markdown twin words it: 300 至 3,000 人, never a bare 300 – 3,000', () => {
    const zh = (c: Segment['criteria']) => criteriaFacts(criteria(c), ui('zh-CN'), formatter('zh-CN', 'CNY')).map((f) => `${f.label} ${f.value}`);
    expect(zh({ employees: { min: 300, max: 3000 }, revenue: { min: 50_000_000, max: 500_000_000 } })).toEqual(['员工人数 300 至 3,000 人', '年营业收入 5,000 万元至 5 亿元']);
    expect(zh({ employees: { min: 3000 }, revenue: { max: 5_000_000_000 } })).toEqual(['员工人数 3,000 人以上', '年营业收入 50 亿元以下']);
    const en = criteriaFacts(criteria({ employees: { max: 200 }, revenue: { min: 5_000_000 } }), ui('en'), formatter('en', 'USD')).map((f) => f.value);
    expect(en).toEqual(['up to 200 employees', '$5M or more']);
  });
});
