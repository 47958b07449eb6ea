/**
 * The scenario pages' views (format §6, §7) over test/fixtures/scenario-site:
 * `acme` (English, USD, a 12-month plan with a hire in July, three scenarios)
 * and `huayuan` (zh-CN, CNY, no plan, two scenarios).
 *
 * acme's numbers, by hand from format §4 (sellingHours 100):
 * smb: O = 200 × 0.5 = 100; D_rep = 100 × (1 × 0.5 + 0.5 × 1) = 100; D_se = 100 × 0.5 × 0.5 = 25; C = 200 × 2 × 0.25 = 100.
 * mid-market: O = 20; D_rep = 20 × (3 + 0.5 × 2) = 80; D_se = 20 × (1 + 0.5 × 4) = 60; C = 50 × 4 × 0.5 = 100.
 * rep: H = 380, A = 2 × 100 → load 190%, f = 200/380 = 52.6%. se: H = 85, A = 100 → load 85%.
 * κ = 52.6% for both; W_smb = 20%, W_mid = 25%; E = 10.5 + 2.6 = 13.2; R = $10.5K + $26.3K = $36.8K.
 * hire-rep (headcount 2 → 4): A_rep = 400 ≥ 380 → κ = 100%, E = 25, R = $70K; clears capacity-exceeded and coverage-below-goal.
 * better-close (close 40% → 60%, se 0.5 → 1.5 hr): W_smb = 30%; D_se(smb) = 100 × 0.5 × 1.5 = 75 → se H = 135, load 135%.
 * bigger-deals (mid-market deal $25,000, smb 1 touch a year, bookings goal $160K): C_smb = 50 → rep H = 330, κ = 60.6%.
 */
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite, scenariosView, scenarioView, type ComparisonRow } from '../../src/site/index.ts';
import { entityPage } from '../../src/site/views/entity.ts';
import { bestOf, deltaCell, scenariosPaths } from '../../src/site/views/scenario.ts';
import { formatter } from '../../src/format/numbers.ts';
import { ui } from '../../src/i18n/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = createSite(checkProject('test/fixtures/scenario-site'), { base: '/sub/' });

/** A row of the comparison as text: each cell's value, `*` below its goal, `!` the best, its own goal in brackets. */
const cells = (row: ComparisonRow) => row.cells.map((c) => `${c.role ? `${c.role.label} ` : ''}${c.value}${c.below ? '*' : ''}${c.best ? '!' : ''}${c.goal ? ` [${c.goal}]` : ''}`);
const rowOf = (rows: ComparisonRow[], key: ComparisonRow['key']) => rows.find((r) => r.key === key)!;

describe('scenariosView: the baseline and every scenario side by side', () => {
  const view = scenariosView(site, 'acme');

  it('has the baseline, then a column per scenario in file order, each linking to its page', () => {
    expect(view.columns.map((c) => [c.id, c.title, c.href])).toEqual([
      [null, 'Baseline', null],
      ['better-close', 'A sharper demo', '/sub/acme/scenarios/better-close/'],
      ['bigger-deals', 'Bigger deals <img src=x onerror=alert(4)> & "more"', '/sub/acme/scenarios/bigger-deals/'],
      ['hire-rep', 'Two more account executives', '/sub/acme/scenarios/hire-rep/'],
    ]);
    expect(view.columns[0]!.summary).toBe('The playbook as it is.');
    expect(view.columns[3]!.summary).toBe('Two account executives join in January, and every segment gets the hours it needs.');
    expect(view.intro).toMatch(/^A scenario is a what-if plan/);
  });

  it('compares coverage, win rate, wins, bookings, covered accounts, the bottleneck and the warnings, against the goals', () => {
    expect(view.rows.map((r) => [r.key, r.label, r.goal, r.better])).toEqual([
      ['coverage', 'Coverage', 'goal 90%', 'higher'],
      ['winRate', 'Win rate', 'goal 30%', 'higher'],
      ['expectedWins', 'Expected wins a year', null, 'higher'],
      ['expectedRevenue', 'Expected revenue (new bookings a year)', 'goal $150K', 'higher'],
      ['coveredAccounts', 'Covered accounts', null, 'higher'],
      ['bottleneck', 'Bottleneck role and its load', null, 'lower'],
      ['warnings', 'Warnings', null, 'lower'],
    ]);
    expect(view.rows.map(cells)).toEqual([
      ['52.6%*', '52.6%*', '60.6%*', '100%!'],
      ['20.8%*', '29.2%*!', '20.8%*', '20.8%*'],
      // Wins whole from 10 up, as people read them.
      ['13', '18', '15', '25!'],
      // bigger-deals raises the bookings goal to $160K: that column is held to its own goal.
      ['$36.8K*', '$42.1K*', '$87.9K*! [goal $160K]', '$70K*'],
      ['132 of 250', '132 of 250', '152 of 250', '250 of 250!'],
      ['Account executive 190%', 'Account executive 190%', 'Account executive 165%', 'Account executive 95%!'],
      ['5 warnings', '5 warnings', '5 warnings', '3 warnings!'],
    ]);
  });

  it('links the bottleneck role and keeps the exact figure for a tooltip', () => {
    expect(rowOf(view.rows, 'bottleneck').cells[0]!.role).toEqual({ id: 'rep', label: 'Account executive', href: '/sub/acme/roles/rep/' });
    expect(rowOf(view.rows, 'expectedRevenue').cells.map((c) => c.exact)).toEqual(['$36,842', '$42,105', '$87,879', '$70,000']);
    expect(rowOf(view.rows, 'coverage').cells[3]!.exact).toBeNull();
  });

  it('marks every tied best value, and none in a row where all are equal', () => {
    expect(bestOf([1, 3, 3, 2], 'higher')).toEqual([false, true, true, false]);
    expect(bestOf([1.9, 0.95, 0.95 + 1e-12], 'lower')).toEqual([false, true, true]);
    expect(bestOf([5, 5, 5], 'lower')).toEqual([false, false, false]);
    expect(bestOf([Infinity, 2], 'lower')).toEqual([false, true]);
  });

  it('is a playbook-level page: in the navigation, between the plan and what’s new', () => {
    expect(view.chrome.kind).toBe('scenarios');
    expect(view.chrome.breadcrumbs).toEqual([
      { label: 'All playbooks', href: '/sub/' },
      { label: 'Acme <script>alert(1)</script> & "quoted" sales model', href: '/sub/acme/' },
      { label: 'Scenarios', href: null },
    ]);
    const top = view.chrome.nav[0]!.items;
    expect(top.find((i) => i.label === 'Scenarios')).toEqual({ label: 'Scenarios', href: '/sub/acme/scenarios/', current: true });
    expect(view.chrome.prev?.href).toBe('/sub/acme/plan/');
    expect(view.chrome.next?.href).toBe('/sub/acme/whats-new/');
    // The scenarios are a section of the navigation too, each to its page.
    expect(view.chrome.nav.find((g) => g.label === 'Scenarios')!.items.map((i) => i.href)).toEqual([
      '/sub/acme/scenarios/better-close/',
      '/sub/acme/scenarios/bigger-deals/',
      '/sub/acme/scenarios/hire-rep/',
    ]);
  });

  it('exists only for playbooks with scenarios', () => {
    expect(scenariosPaths(site).map((p) => p.params)).toEqual([{ pb: 'acme' }, { pb: 'huayuan' }]);
    // test/fixtures/site: demo has a scenario, zh-demo none.
    const other = fixtureSite();
    expect(scenariosPaths(other).map((p) => p.params)).toEqual([{ pb: 'demo' }]);
    expect(() => scenariosView(other, 'zh-demo')).toThrow(/no scenarios/);
    const plain = entityPage(other, 'zh-demo', 'segments', 'group').view.chrome;
    expect(plain.nav.flatMap((g) => [g.label, ...g.items.map((i) => i.label)]).join(' ')).not.toMatch(/情景/);
    const demo = entityPage(other, 'demo', 'segments', 'smb').view.chrome;
    expect(demo.nav.map((g) => g.label)).toContain('Scenarios');
  });
});

describe('scenarioView: one scenario', () => {
  it('is the entity page of the scenarios kind, under the comparison in the breadcrumbs', () => {
    const page = entityPage(site, 'acme', 'scenarios', 'hire-rep');
    expect(page.kind).toBe('scenarios');
    const view = scenarioView(site, 'acme', 'hire-rep');
    expect(view.title).toBe('Two more account executives');
    expect(view.entryId).toBe('acme/scenarios/hire-rep');
    expect(view.hasBody).toBe(true);
    expect(view.compareHref).toBe('/sub/acme/scenarios/');
    expect(view.chrome.breadcrumbs.map((c) => [c.label, c.href])).toEqual([
      ['All playbooks', '/sub/'],
      ['Acme <script>alert(1)</script> & "quoted" sales model', '/sub/acme/'],
      ['Scenarios', '/sub/acme/scenarios/'],
      ['Two more account executives', null],
    ]);
    // Its own page is current in the scenarios section; the comparison's top link is not.
    expect(view.chrome.nav[0]!.items.find((i) => i.label === 'Scenarios')!.current).toBe(false);
    expect(view.chrome.nav.find((g) => g.label === 'Scenarios')!.items.find((i) => i.current)?.href).toBe('/sub/acme/scenarios/hire-rep/');
    expect(view.chrome.prev?.href).toBe('/sub/acme/scenarios/bigger-deals/');
    expect(view.chrome.next).toBeNull();
    expect(view.chrome.searchFilters.Kind).toBe('Scenario');
  });

  it('lists its changes as business sentences, as What’s new words them, linked to the entities and stages they touch', () => {
    const change = (id: string) => scenarioView(site, 'acme', id).changes.map((c) => [c.target.href, c.stage?.href ?? null, c.field, c.before, c.after]);
    expect(change('hire-rep')).toEqual([['/sub/acme/roles/rep/', null, 'headcount', '2', '4']]);
    expect(change('better-close')).toEqual([
      ['/sub/acme/processes/quick/', '/sub/acme/processes/quick/#stage-close', 'conversion', '40%', '60%'],
      // A stage's hours of a role: named by the role's title, never `hours.se`.
      ['/sub/acme/processes/quick/', '/sub/acme/processes/quick/#stage-close', 'hours of Solutions engineer', '0.5 hr', '1.5 hr'],
    ]);
    expect(change('bigger-deals')).toEqual([
      ['/sub/acme/segments/mid-market/', null, 'deal size', '$10,000', '$25,000'],
      // A list of texts, as a list reads.
      ['/sub/acme/segments/mid-market/', null, 'buying criteria', 'Time to value and References', 'Time to value, Services, and References'],
      ['/sub/acme/segments/smb/', null, 'touches a year', '2', '1'],
      // playbook.… goes to the playbook's overview.
      ['/sub/acme/', null, 'bookings goal', '$150,000', '$160,000'],
    ]);
    const sentence = (c: { parts: { text: string; link?: { href: string | null } }[] }) => c.parts.map((p) => (p.link ? `[${p.text}](${p.link.href})` : p.text)).join('');
    expect(scenarioView(site, 'acme', 'better-close').changes.map(sentence)).toEqual([
      '[Quick sale](/sub/acme/processes/quick/), stage [Close](/sub/acme/processes/quick/#stage-close): conversion — 40% → 60%',
      '[Quick sale](/sub/acme/processes/quick/), stage [Close](/sub/acme/processes/quick/#stage-close): hours of Solutions engineer — 0.5 hr → 1.5 hr',
    ]);
    expect(sentence(scenarioView(site, 'acme', 'hire-rep').changes[0]!)).toBe('[Account executive](/sub/acme/roles/rep/): headcount — 2 → 4');
    const better = scenarioView(site, 'acme', 'better-close').changes[0]!;
    expect(better.path).toBe('processes/quick.stages.close.conversion');
    expect([better.target.label, better.stage?.label]).toEqual(['Quick sale', 'Close']);
  });

  it('gives the playbook’s figures before and after, with points for shares and signed numbers otherwise', () => {
    const view = scenarioView(site, 'acme', 'hire-rep');
    expect(view.playbook.map((r) => [r.label, r.before, r.after, r.delta, r.moved, r.goal, r.belowBefore, r.belowAfter])).toEqual([
      ['Coverage', '52.6%', '100%', '+47.4 pts', true, '90%', true, false],
      // The same conversions: a difference of floating-point noise is no change.
      ['Win rate', '20.8%', '20.8%', '0 pts', false, '30%', true, true],
      ['Expected wins a year', '13', '25', '+12', true, null, false, false],
      ['Expected revenue (new bookings a year)', '$36.8K', '$70K', '+$33.2K', true, '$150K', true, true],
      ['Covered accounts', '132', '250', '+118', true, null, false, false],
    ]);
    const goals = scenarioView(site, 'acme', 'bigger-deals').playbook[3]!;
    expect([goals.goal, goals.belowAfter]).toEqual(['$150K → $160K', true]);
  });

  it('lists the segments and roles whose figures move, and only those', () => {
    const segments = (id: string) => scenarioView(site, 'acme', id).segments.map((r) => [r.link.id, ...r.cells.map((c) => (c.moved ? `${c.before} → ${c.after} (${c.delta})` : `${c.after} (${c.delta})`))]);
    const roles = (id: string) => scenarioView(site, 'acme', id).roles.map((r) => [r.link.id, ...r.cells.map((c) => (c.moved ? `${c.before} → ${c.after} (${c.delta})` : `${c.after} (${c.delta})`))]);
    expect(scenarioView(site, 'acme', 'hire-rep').segmentColumns).toEqual(['Coverage', 'Win rate', 'Expected wins a year', 'Expected revenue (new bookings a year)', 'Covered accounts']);
    expect(segments('better-close')).toEqual([['smb', '52.6% (0 pts)', '20% → 30% (+10 pts)', '11 → 16 (+5.3)', '$10.5K → $15.8K (+$5.26K)', '105 (0)']]);
    expect(roles('better-close')).toEqual([['se', '85 hr → 135 hr (+50 hr)', '100 hr (0 hr)', '85% → 135% (+50 pts)', '0.9 people → 1.4 people (+0.5 people)']]);
    expect(roles('hire-rep')).toEqual([['rep', '380 hr (0 hr)', '200 hr → 400 hr (+200 hr)', '190% → 95% (−95 pts)', '3.8 people (0 people)']]);
    expect(segments('hire-rep').map((r) => r[0])).toEqual(['mid-market', 'smb']);
    const en = ui('en');
    expect(scenarioView(site, 'acme', 'hire-rep').roleColumns).toEqual([en.requiredHours, en.availableHours, en.load, en.fteNeeded]);
  });

  it('gives the plan’s totals before and after when the playbook has a plan', () => {
    const plan = scenarioView(site, 'acme', 'hire-rep').plan!;
    expect(plan.intro).toBe('Totals of the plan from January 2027 to December 2027 (12 months), before and after the changes.');
    // The hire in July lifts the baseline's plan above its year (63.6% against 52.6%).
    expect(plan.rows.map((r) => [r.label, r.before, r.after, r.delta, r.goal])).toEqual([
      ['Coverage (mean of the months)', '63.6%', '100%', '+36.4 pts', '90%'],
      // v1.2: the wins follow the coverage one sales cycle later, so the July hire's wins land later still.
      ['Expected wins', '16', '25', '+9.2', null],
      ['Expected revenue', '$43.4K', '$70K', '+$26.6K', '$150K'],
    ]);
    expect(scenarioView(site, 'huayuan', 'more-presales').plan).toBeNull();
  });

  it('shows the warnings it clears and adds, with the title of each code and its message', () => {
    const hire = scenarioView(site, 'acme', 'hire-rep');
    expect(hire.cleared.map((w) => [w.code, w.title])).toEqual([
      ['capacity-exceeded', CODES['capacity-exceeded'].title.en],
      ['coverage-below-goal', CODES['coverage-below-goal'].title.en],
    ]);
    expect(hire.cleared[0]!.message).toContain('190%');
    expect(hire.added).toEqual([]);
    const better = scenarioView(site, 'acme', 'better-close');
    expect(better.cleared.map((w) => w.code)).toEqual(['win-rate-below-goal']);
    expect(better.added.map((w) => [w.code, w.title])).toEqual([['capacity-exceeded', CODES['capacity-exceeded'].title.en]]);
    expect(better.added[0]!.message).toContain('135%');
    expect(better.added[0]!.where).toBe('playbooks/acme/roles/se.mdx:5:12');
  });

  it('formats a difference through the formatter: points, signed money, no change for noise, none for an infinite load', () => {
    const fmt = formatter('en', 'USD');
    expect(deltaCell(fmt, 'share', 0.5, 0.606)).toMatchObject({ before: '50%', after: '60.6%', delta: '+10.6 pts', moved: true });
    expect(deltaCell(fmt, 'money', 36_842, 30_000)).toMatchObject({ delta: '−$6.84K', moved: true, beforeExact: '$36,842' });
    expect(deltaCell(fmt, 'share', 0.2083333333333333, 0.20833333333333331)).toMatchObject({ delta: '0 pts', moved: false });
    expect(deltaCell(fmt, 'load', Infinity, 0.5)).toMatchObject({ before: '∞', after: '50%', delta: '—', moved: true });
  });
});

describe('the scenario pages in Chinese', () => {
  it('compare in the playbook’s language and currency', () => {
    const view = scenariosView(site, 'huayuan');
    expect(view.title).toBe('情景');
    expect(view.columns.map((c) => c.title)).toEqual(['基准', '提高成交转化率', '增加一名售前工程师']);
    expect(view.rows.map((r) => [r.label, r.goal])).toEqual([
      ['覆盖率', '目标 90%'],
      ['赢单率', '目标 25%'],
      ['预计年赢单数', null],
      ['预计年签约额', null],
      ['已覆盖客户数', null],
      ['瓶颈岗位及其负荷率', null],
      ['警告', null],
    ]);
    expect(view.rows.map(cells)).toEqual([
      ['50%*', '50%*', '100%!'],
      ['20%*', '25%!', '20%*'],
      ['5', '6.3', '10!'],
      ['50 万元', '62.5 万元', '100 万元!'],
      ['50（共 100）', '50（共 100）', '100（共 100）!'],
      ['售前工程师 200%', '售前工程师 200%', '电话销售 100%!'],
      ['3 条警告', '2 条警告', '1 条警告!'],
    ]);
    expect(view.legend).toContain('“最佳”');
    expect(view.chrome.nav[0]!.items.find((i) => i.href === '/sub/huayuan/scenarios/')?.label).toBe('情景');
  });

  it('show a scenario’s changes, points and warnings in Chinese', () => {
    const view = scenarioView(site, 'huayuan', 'more-presales');
    expect(view.changes.map((c) => [c.target.label, c.field, c.before, c.after])).toEqual([['售前工程师', '编制人数', '0.5', '1.5']]);
    expect(view.changes.map((c) => c.parts.map((p) => p.text).join(''))).toEqual(['售前工程师：编制人数 0.5 → 1.5']);
    expect(scenarioView(site, 'huayuan', 'faster-close').changes.map((c) => c.parts.map((p) => p.text).join(''))).toEqual(['快速报价流程的“报价成交”阶段：转化率 40% → 50%']);
    expect(view.playbook.map((r) => [r.label, r.before, r.after, r.delta])).toEqual([
      ['覆盖率', '50%', '100%', '+50 个百分点'],
      ['赢单率', '20%', '20%', '0 个百分点'],
      ['预计年赢单数', '5', '10', '+5'],
      ['预计年签约额', '50 万元', '100 万元', '+50 万元'],
      ['已覆盖客户数', '50', '100', '+50'],
    ]);
    expect(view.roles.map((r) => [r.link.label, r.cells[2]!.delta])).toEqual([['售前工程师', '−133.3 个百分点']]);
    expect(view.cleared.map((w) => w.title)).toEqual([CODES['capacity-exceeded'].title['zh-CN'], CODES['coverage-below-goal'].title['zh-CN']]);
    expect(view.cleared[0]!.message).toMatch(/负荷率 200%/);
    expect(view.chrome.breadcrumbs.map((c) => c.label)).toEqual(['全部手册', '华远装备销售模式', '情景', '增加一名售前工程师']);
    expect(scenarioView(site, 'huayuan', 'faster-close').changes.map((c) => [c.target.label, c.stage?.label, c.field, c.before, c.after])).toEqual([
      ['快速报价流程', '报价成交', '转化率', '40%', '50%'],
    ]);
  });
});
