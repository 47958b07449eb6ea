import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/lint/check.ts';
import {
  createSite,
  docsIndexView,
  docsView,
  entityPaths,
  getSite,
  homeView,
  matrixView,
  metricsView,
  notFoundView,
  offeringView,
  overviewView,
  playbookPaths,
  processView,
  roleView,
  searchLangPaths,
  searchView,
  segmentView,
} from '../src/site/index.ts';

// The fixture's numbers, by hand from format.md §4:
// enterprise: O = 100 × 0.2 = 20; D_ae = 20 × (1 × 4 + 0.5 × 2) = 100; D_se = 20 × (1 × 2 + 0.5 × 10) = 140; C = 100 × 4 × 1 = 400.
// smb: O = 1000; D_ae = 1000 × 1 = 1000; C = 1000 × 1 × 0.5 = 500.
// ae: H = 2000, A = 1 × 1000 → load 200%, f = 0.5, FTE 2. se: H = 140, A = 500 → load 28%. exec: H = 0.
// κ = 0.5 for both segments; W_enterprise = 0.25, W_smb = 0.4; E = 2.5 + 200; W = 202.5 / (10 + 500).
const ROOT = 'test/fixtures/site';
const site = createSite(checkProject(ROOT), { base: '/sub/', editUrlBase: 'https://example.com/repo/edit/main/' });

describe('createSite / getSite', () => {
  it('keeps the complete playbooks in id order with their language and diagnostics', () => {
    expect(site.playbooks.map((pb) => pb.id)).toEqual(['demo', 'zh-demo']);
    expect(site.playbooks.map((pb) => pb.lang)).toEqual(['en', 'zh-CN']);
    const demo = site.playbooks[0]!;
    expect(demo.diagnostics.map((d) => d.code).sort()).toEqual(['capacity-exceeded', 'coverage-below-goal', 'win-rate-below-goal']);
    expect(demo.segments.map((s) => s.id)).toEqual(['enterprise', 'smb']);
  });

  it('checks and computes once per root and options', () => {
    const a = getSite({ root: ROOT, base: '/x/' });
    expect(getSite({ root: `${ROOT}/`, base: '/x/' })).toBe(a);
    expect(getSite({ root: ROOT, base: '/y/' })).not.toBe(a);
  });

  it('refuses a playbook id that is taken by a page of the site', () => {
    const check = checkProject(ROOT);
    const renamed = { ...check, playbooks: check.playbooks.map((pb) => (pb.id === 'demo' ? { ...pb, id: 'docs', dir: 'playbooks/docs' } : pb)) };
    expect(() => createSite(renamed)).toThrow(/playbooks\/docs\/ is named `docs`/);
  });

  it('lists every page for getStaticPaths', () => {
    expect(playbookPaths(site)).toEqual([{ params: { pb: 'demo' } }, { params: { pb: 'zh-demo' } }]);
    expect(entityPaths(site, 'segments').map((p) => `${p.params.pb}/${p.params.id}`)).toEqual(['demo/enterprise', 'demo/smb', 'zh-demo/group']);
    expect(searchLangPaths(site)).toEqual([{ params: { lang: 'zh-cn' }, props: { lang: 'zh-CN' } }]);
  });
});

describe('homeView', () => {
  it('shows every playbook with its segment count, coverage and win rate against the goals', () => {
    const view = homeView(site);
    expect(view.chrome.lang).toBe('en');
    expect(view.cards.map((c) => [c.href, c.lang, c.langLabel, c.segmentCount])).toEqual([
      ['/sub/demo/', 'en', 'English', '2 segments'],
      ['/sub/zh-demo/', 'zh-CN', 'Simplified Chinese', '1 segment'],
    ]);
    expect(view.cards[0]!.figures).toEqual([
      { label: 'Coverage', computed: '50%', goal: '90%', meets: false, verdict: 'below the goal' },
      { label: 'Win rate', computed: '39.7%', goal: '30%', meets: true, verdict: 'meets the goal' },
    ]);
  });
});

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
    expect(chrome.searchFilters).toEqual({ Playbook: 'Demo <script>alert(1)</script> & "quoted" sales model', Kind: 'Playbook' });
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

describe('segmentView', () => {
  const view = segmentView(site, 'demo', 'enterprise');

  it('shows criteria, buying criteria and the buying centre with its mirrors and gaps', () => {
    expect(view.criteria).toEqual([
      { label: 'Industries', value: 'Manufacturing and Logistics' },
      { label: 'Employees', value: 'at least 1,000' },
    ]);
    expect(view.buyingCriteria).toEqual(['<img src=x onerror=alert(3)>', 'Time to value']);
    expect(view.buyingCenter).toEqual([
      { function: 'CFO', influence: 'Economic buyer', mirrors: [], gap: true },
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
    expect(view.coverage.map((f) => f.value)).toEqual(['4', '1 hr', '400 hr']);
  });

  it('computes the segment’s numbers and names its bottleneck', () => {
    expect(Object.fromEntries(view.numbers.map((f) => [f.label, [f.value, Boolean(f.warn)]]))).toEqual({
      'Target accounts': ['100', false],
      'Opportunities per account per year': ['0.2', false],
      'Opportunities per year': ['20', false],
      'Average deal size': ['$50,000', false],
      Coverage: ['50%', true],
      'Win rate': ['25%', true],
      'Expected wins per year': ['2.5', false],
      'Expected revenue per year': ['$125,000', false],
      'Sales velocity per day': ['$4,167', false],
    });
    expect(view.dealHours.map((d) => [d.role.id, d.hours])).toEqual([
      ['ae', '100 hr'],
      ['se', '140 hr'],
    ]);
    expect(view.bottleneck?.id).toBe('ae');
    expect(view.warnings.map((w) => w.code)).toEqual(['win-rate-below-goal']);
    expect(view.warnings[0]!.parts.find((p) => p.code)?.text).toBe('enterprise');
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
  });

  it('links to the previous and next segment', () => {
    expect(view.chrome.prev).toBeNull();
    expect(view.chrome.next).toEqual({ label: 'Small businesses', href: '/sub/demo/segments/smb/' });
    expect(view.chrome.breadcrumbs.map((c) => c.label)).toEqual(['All playbooks', 'Demo <script>alert(1)</script> & "quoted" sales model', 'Segments', 'Enterprise "big" <b>accounts</b>']);
    expect(() => segmentView(site, 'demo', 'nope')).toThrow(/no segment `nope`/);
  });
});

describe('offeringView', () => {
  it('shows kind, motives, what it includes and the segments that use it', () => {
    const platform = offeringView(site, 'demo', 'platform');
    expect([platform.kind, platform.motives]).toEqual(['Product', ['Value realisation', 'Partnership']]);
    expect(platform.includes.map((o) => [o.id, o.kind])).toEqual([['onboarding', 'Service']]);
    expect(platform.segments.map((s) => [s.segment.id, s.via])).toEqual([['enterprise', null]]);
    const onboarding = offeringView(site, 'demo', 'onboarding');
    expect(onboarding.includedIn.map((o) => o.id)).toEqual(['platform']);
    expect(onboarding.segments.map((s) => [s.segment.id, s.via?.id])).toEqual([['enterprise', 'platform']]);
  });
});

describe('processView', () => {
  const view = processView(site, 'demo', 'solution');

  it('explains the type and draws the flow with reach per stage', () => {
    expect(view.type).toEqual({ label: 'Solution', tone: 'solution' });
    expect(view.typeExplanation).toMatch(/diagnose/);
    expect(view.flow.steps.map((s) => s.reach)).toEqual([1, 0.5]);
    expect([view.flow.winRate, view.flow.winRateText, view.flow.cycleDays]).toEqual([0.25, '25%', '30 days']);
    expect(view.figures).toEqual([
      { label: 'Win rate', value: '25%' },
      { label: 'Won cycle', value: '30 days' },
    ]);
  });

  it('lists each stage’s goal, exit criteria and RACI, and the RACI table', () => {
    const [discover, prove] = view.stages;
    expect(discover!.anchor).toBe('stage-discover');
    expect(discover!.exitCriteria).toEqual(['Pain confirmed', 'Budget named']);
    expect(discover!.raci.map((r) => [r.role.id, r.letter, r.hours])).toEqual([
      ['ae', 'AR', '4 hr'],
      ['se', 'C', '2 hr'],
    ]);
    expect(prove!.position).toBe('Stage 2 of 2');
    expect(view.raci.rows.map((r) => [r.role.id, r.cells])).toEqual([
      ['ae', ['AR', 'A']],
      ['se', ['C', 'R']],
      ['exec', [null, 'I']],
    ]);
    expect(view.legend.map((l) => l.letter)).toEqual(['R', 'A', 'C', 'I', 'AR']);
    expect(view.segments.map((s) => s.id)).toEqual(['enterprise']);
  });

  it('names the process types in Chinese', () => {
    const zh = processView(site, 'zh-demo', 'key-account');
    expect(zh.type.label).toBe('要客型');
    expect(zh.typeExplanation).toMatch(/高层/);
  });
});

describe('roleView', () => {
  it('shows where the role takes part, what it owns and whether it has the hours', () => {
    const view = roleView(site, 'demo', 'ae');
    expect(view.function).toBe('Sales');
    expect(view.counterparts).toEqual(['Head of Operations']);
    expect(view.participation.map((g) => [g.process.id, g.stages.map((s) => [s.title, s.letter, s.hours])])).toEqual([
      ['quick', [['Close', 'AR', '1 hr']]],
      [
        'solution',
        [
          ['Discover', 'AR', '4 hr'],
          ['Prove', 'A', '2 hr'],
        ],
      ],
    ]);
    expect(view.owns.map((o) => [o.segment.id, o.accounts, o.hours])).toEqual([
      ['enterprise', '100', '400 hr'],
      ['smb', '1,000', '500 hr'],
    ]);
    expect(Object.fromEntries(view.numbers.map((f) => [f.label, [f.value, Boolean(f.warn)]]))).toEqual({
      'Deal hours per year': ['1,100 hr', false],
      'Coverage hours per year': ['900 hr', false],
      'Required hours': ['2,000 hr', false],
      'Available hours': ['1,000 hr', false],
      Load: ['200%', true],
      'FTE needed': ['2', false],
      'Capacity factor': ['50%', true],
    });
    expect(view.capacity).toMatchObject({ required: '2,000 hr', available: '1,000 hr', over: true, requiredWidth: 100, availableWidth: 50 });
    expect(view.warnings.map((w) => w.code)).toEqual(['capacity-exceeded']);
  });

  it('handles a role without hours', () => {
    const view = roleView(site, 'demo', 'exec');
    expect(view.participation.map((g) => g.stages.map((s) => [s.letter, s.hours]))).toEqual([[['I', null]]]);
    expect(view.numbers.find((f) => f.label === 'Load')?.value).toBe('0%');
    expect(view.owns).toEqual([]);
  });
});

describe('matrixView', () => {
  it('crosses roles with every process’s stages and maps the customer’s functions to ours', () => {
    const view = matrixView(site, 'demo');
    expect(view.processes.map((p) => [p.process.id, p.stages.map((s) => s.title)])).toEqual([
      ['quick', ['Close']],
      ['solution', ['Discover', 'Prove']],
    ]);
    expect(view.rows.map((r) => [r.role.id, r.cells])).toEqual([
      ['ae', ['AR', 'AR', 'A']],
      ['exec', [null, null, 'I']],
      ['se', [null, 'C', 'R']],
    ]);
    expect(view.mirror.segments.map((s) => [s.segment.id, s.required, s.buyers.map((b) => [b.function, b.gap])])).toEqual([
      [
        'enterprise',
        false,
        [
          ['CFO', true],
          ['CTO', false],
        ],
      ],
    ]);
    expect(view.chrome.prev?.href).toBe('/sub/demo/');
    expect(view.chrome.next?.href).toBe('/sub/demo/metrics/');
  });
});

describe('metricsView', () => {
  const view = metricsView(site, 'demo');

  it('tabulates segments and roles', () => {
    expect(view.segments.map((s) => [s.segment.id, s.opportunities, s.coverage, s.winRate, s.expectedWins, s.expectedRevenue, s.velocity, s.bottleneck?.id])).toEqual([
      ['enterprise', '20', '50%', '25%', '2.5', '$125,000', '$4,167', 'ae'],
      ['smb', '1,000', '50%', '40%', '200', '$200,000', '$40,000', 'ae'],
    ]);
    expect(view.roles.map((r) => [r.role.id, r.required, r.available, r.load, r.fte, r.capacityFactor, r.warn])).toEqual([
      ['ae', '2,000 hr', '1,000 hr', '200%', '2', '50%', true],
      ['exec', '0 hr', '1,000 hr', '0%', '0', '100%', false],
      ['se', '140 hr', '500 hr', '28%', '0.14', '100%', false],
    ]);
  });

  it('draws capacity bars on one scale and a funnel per process', () => {
    expect(view.capacity.map((b) => [b.role.id, b.requiredWidth, b.availableWidth, b.over])).toEqual([
      ['ae', 100, 50, true],
      ['exec', 0, 50, false],
      ['se', 7, 25, false],
    ]);
    expect(view.funnels.map((f) => [f.process.id, f.steps.map((s) => s.reachText), f.winRateText])).toEqual([
      ['quick', ['100%'], '40%'],
      ['solution', ['100%', '50%'], '25%'],
    ]);
  });

  it('lists the metric warnings from the check and explains every figure', () => {
    expect(view.warnings.map((w) => [w.code, w.where])).toEqual([
      ['coverage-below-goal', 'playbooks/demo/index.mdx:8:13'],
      ['capacity-exceeded', 'playbooks/demo/roles/ae.mdx:5:12'],
      ['win-rate-below-goal', 'playbooks/demo/segments/enterprise.mdx:14:10'],
    ]);
    expect(view.explanations).toHaveLength(11);
    expect(metricsView(site, 'zh-demo').warnings).toEqual([]);
  });
});

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

describe('search and 404 views', () => {
  it('point Pagefind at the bundle under the base path, one search page per language', () => {
    expect(searchView(site, 'en')).toMatchObject({ lang: 'en', bundlePath: '/sub/pagefind/', baseUrl: '/sub/' });
    expect(searchView(site, 'zh-CN').chrome.lang).toBe('zh-CN');
    expect(searchView(site, 'zh-CN').chrome.indexed).toBe(false);
    expect(notFoundView(site).home.href).toBe('/sub/');
  });
});
