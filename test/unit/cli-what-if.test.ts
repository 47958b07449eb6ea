import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { exportedMetricsSchema } from '../../src/model/export-schema.ts';
import { exportedPlanSchema } from '../../src/model/plan-export.ts';
import { captureIo, fixture, tempCopy } from '../support/helpers.ts';

/**
 * `what-if` (format §5, §7) on test/fixtures/scenarios/: `basic` (English,
 * a six-month plan, scenarios `hire` and `better-close`; numbers worked out
 * in test/unit/model-scenario.test.ts), `problems` (the same playbook with two
 * scenarios full of mistakes) and `chinese` (a zh-CN playbook, CNY, no plan).
 */
const BASIC = fixture('scenarios/basic');

async function whatIf(...args: string[]) {
  const io = captureIo(BASIC);
  const code = await run(['what-if', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('what-if, the table', () => {
  it('shows a scenario’s numbers before and after, with the changes, the goals and the warnings it clears', async () => {
    const { code, out, err } = await whatIf('acme', '--scenario', 'hire');
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual(['What if: Acme sales model (acme)', 'Scenario: One more representative (hire)', 'Changes:', '  roles/rep.headcount  1 → 2']);
    expect(out).toContain(
      [
        'Metric                       Before   After    Change  Goal',
        'Coverage                        50%*   100%   +50 pts   90%',
        'Win rate                        20%*    20%*    0 pts   25%',
        'Expected wins a year              5      10        +5',
        'Expected revenue (bookings)     $5K*   $10K*     +$5K  $20K',
        'Covered accounts                 50     100       +50',
        '* below the goal',
      ].join('\n'),
    );
    expect(out).toContain('Bottleneck role: Account executive at 200% load → Account executive at 100% load');
    expect(out).toContain('Coverage by segment (those that changed)\n  Small businesses  50%  100%  +50 pts');
    expect(out).toContain('Load by role (those that changed)\n  Account executive  200%  100%  −100 pts');
    expect(out).toContain('Plan January 2027 – June 2027 (6 months)');
    expect(out).toContain('  Coverage (mean of the months)     50%   100%  +50 pts');
    expect(out).toContain('    Account executive: not within the plan (peak load 200%) → from the start');
    expect(out).toMatch(/\nWarnings cleared:\n  - capacity-exceeded: Role `rep` needs 200 hr a year.*\n  - coverage-below-goal: Playbook `acme` can cover 50 of its 100 target accounts.*\nWarnings added: none\n$/);
  });

  it('takes --set with YAML values: a number, a list of maps, a text; `+=` adds', async () => {
    const { code, out } = await whatIf('acme', '--set', 'roles/rep.hires=[{start: 2027-03, count: 1}]', '--set', 'roles/rep.rampMonths=1', '--set', 'roles/se.headcount+=0.5', '--set', 'roles/rep.title=Account manager');
    expect(code).toBe(0);
    expect(out).toContain(
      ['Changes (--set):', '  roles/rep.hires       (none) → [{"start":"2027-03","count":1}]', '  roles/rep.rampMonths  (none) → 1', '  roles/se.headcount    1 → 1.5', '  roles/rep.title       Account executive → Account manager'].join('\n'),
    );
    // The hire joins in March and ramps for a month: the representative reaches capacity in April.
    expect(out).toContain('    Account manager: not within the plan (peak load 200%) → April 2027');
    expect(out).toContain('Load by role (those that changed)\n  Solutions engineer  100%  66.7%  −33.3 pts');
  });

  it('applies --set after the scenario’s changes', async () => {
    const { code, out } = await whatIf('acme', '--scenario', 'hire', '--set', 'roles/rep.headcount+=1');
    expect(code).toBe(0);
    expect(out).toContain('Changes (the scenario’s, then --set):\n  roles/rep.headcount  1 → 2\n  roles/rep.headcount  2 → 3');
  });

  it('says when a warning is added', async () => {
    const { out } = await whatIf('acme', '--set', 'segments/smb.motive=partnership');
    expect(out).toMatch(/Warnings cleared: none\nWarnings added:\n  - motive-process-fit: .*\n  - offering-motive-gap: /);
  });
});

describe('what-if, JSON', () => {
  it('prints a stable document: changes, metrics before and after in export’s shape, the delta, the warnings, the plan', async () => {
    const { code, out } = await whatIf('acme', '--scenario', 'hire', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as Record<string, unknown> & { before: unknown; after: unknown; delta: Record<string, unknown>; warnings: { cleared: { code: string; file: string; line: number }[]; added: unknown[] }; plan: { before: unknown; after: unknown; firstMonthAtCapacity: unknown } };
    expect(Object.keys(doc)).toEqual(['playbook', 'scenario', 'changes', 'before', 'after', 'delta', 'money', 'warnings', 'plan']);
    // No role has a cost: the bookings it adds, no cost side.
    expect(doc.money).toEqual({ costPerYear: null, bookingsPerYear: 5000, net: null, paybackMonths: null });
    expect(doc).toMatchObject({ playbook: 'acme', scenario: 'hire', changes: [{ path: 'roles/rep.headcount', before: 1, after: 2 }] });
    const before = exportedMetricsSchema.parse(doc.before);
    const after = exportedMetricsSchema.parse(doc.after);
    expect(before).toMatchObject({ coverage: 0.5, winRate: 0.2, expectedWins: 5, expectedRevenue: 5000, coveredAccounts: 50 });
    expect(after).toMatchObject({ coverage: 1, expectedWins: 10, expectedRevenue: 10_000, coveredAccounts: 100 });
    expect(doc.delta).toMatchObject({ coverage: 0.5, winRate: 0, expectedWins: 5, expectedRevenue: 5000, coveredAccounts: 50, roles: { rep: { load: -1, availableHours: 100 } } });
    expect(doc.warnings.cleared.map((d) => [d.code, d.file, d.line])).toEqual([
      ['capacity-exceeded', 'playbooks/acme/roles/rep.mdx', 5],
      ['coverage-below-goal', 'playbooks/acme/index.mdx', 9],
    ]);
    expect(doc.warnings.added).toEqual([]);
    expect(exportedPlanSchema.parse(doc.plan.before).totals).toEqual({ coverage: 0.5, expectedWins: 2.5, expectedRevenue: 2500 });
    expect(exportedPlanSchema.parse(doc.plan.after).totals).toEqual({ coverage: 1, expectedWins: 5, expectedRevenue: 5000 });
    expect(doc.plan.firstMonthAtCapacity).toEqual({ rep: { before: null, after: '2027-01' }, se: { before: '2027-01', after: '2027-01' } });
  });

  it('shows the cost side: what the changes cost a year, what they add, net, and the payback', async () => {
    // One more rep at $1,200 a year (a role without a cost counts 0 before): +$5,000 of bookings; 12 × 2,400 / 5,000 = 5.76 months.
    const table = await whatIf('acme', '--set', 'roles/rep.headcount+=1', '--set', 'roles/rep.cost=1200');
    expect(table.code).toBe(0);
    expect(table.out).toContain('Cost side: +$2.4K a year for +$5K of new bookings a year, net +$2.6K; pays back in 5.8 months.');
    expect(table.out).toMatch(/\nTeam cost a year +— +\$2\.4K +—\n/);
    expect(table.out).toContain('Over the plan: team cost +$1.2K, new bookings +$2.5K, net +$1.3K.');
    const json = await whatIf('acme', '--set', 'roles/rep.headcount+=1', '--set', 'roles/rep.cost=1200', '--format', 'json');
    const doc = JSON.parse(json.out) as { money: Record<string, number>; after: { teamCost: number; costOfSales: number }; plan: { money: Record<string, number> } };
    expect(doc.money).toEqual({ costPerYear: 2400, bookingsPerYear: 5000, net: 2600, paybackMonths: 5.76 });
    expect(doc.after).toMatchObject({ teamCost: 2400, costOfSales: 0.24 });
    expect(doc.plan.money).toEqual({ teamCostBefore: null, teamCostAfter: 1200, cost: 1200, bookings: 2500, net: 1300 });
  });

  it('has no plan for a playbook without one, null for ad-hoc changes, and null for an infinite load', async () => {
    const io = captureIo(BASIC);
    expect(await run(['what-if', 'huayuan', fixture('scenarios/chinese'), '--set', 'roles/presales-engineer.headcount=0', '--format', 'json'], io)).toBe(0);
    const doc = JSON.parse(io.out) as { scenario: unknown; plan?: unknown; after: { roles: Record<string, { load: number | null }> }; delta: { roles: Record<string, { load: number | null }> } };
    expect(doc.scenario).toBeNull();
    expect('plan' in doc).toBe(false);
    expect(doc.after.roles['presales-engineer']!.load).toBeNull();
    expect(doc.delta.roles['presales-engineer']!.load).toBeNull();
  });
});

describe('what-if in Chinese', () => {
  it('writes a zh-CN playbook’s report in Chinese, with its money in 万元', async () => {
    const io = captureIo(BASIC);
    expect(await run(['what-if', 'huayuan', fixture('scenarios/chinese'), '--scenario', 'more-presales'], io)).toBe(0);
    expect(io.out).toContain(['情景推演：华远装备销售模式（huayuan）', '情景：增加一名售前工程师（more-presales）', '变更：', '  roles/presales-engineer.headcount  0.5 → 1.5'].join('\n'));
    expect(io.out).toContain(
      [
        '指标           调整前     调整后           变化  目标',
        '覆盖率            50%*      100%   +50 个百分点   90%',
        '赢单率            20%*       20%*    0 个百分点   25%',
        '预计年赢单数        5         10             +5',
        '预计年签约额  50 万元   100 万元       +50 万元',
        '已覆盖客户数       50        100            +50',
        '* 低于目标',
      ].join('\n'),
    );
    expect(io.out).toContain('瓶颈岗位：售前工程师（负荷率 200%） → 电话销售（负荷率 100%）');
    expect(io.out).toContain('各岗位负荷率（仅列出有变化的）\n  售前工程师  200%  66.7%  −133.3 个百分点');
    expect(io.out).toMatch(/消除的警告：\n  - capacity-exceeded: 岗位 `presales-engineer` 每年需要 100 小时/);
    expect(io.out).toMatch(/新增的警告：无\n$/);
  });

  it('follows --lang either way', async () => {
    const en = captureIo(BASIC);
    expect(await run(['what-if', 'huayuan', fixture('scenarios/chinese'), '--scenario', 'more-presales', '--lang', 'en'], en)).toBe(0);
    expect(en.out).toContain('Coverage                         50%*   100%    +50 pts   90%');
    expect(en.out).toContain('Expected revenue (bookings)  CN¥500K   CN¥1M   +CN¥500K');
    expect(en.out).toMatch(/  - capacity-exceeded: Role `presales-engineer` needs 100 hr a year/);
    const zh = await whatIf('acme', '--scenario', 'hire', '--lang', 'zh-CN');
    expect(zh.out).toMatch(/^情景推演：Acme sales model（acme）\n情景：One more representative（hire）/);
    expect(zh.out).toContain('预计年签约额  5,000 美元*  1 万美元*   +5,000 美元  2 万美元');
    expect(zh.out).toContain('人力计划：2027年1月 – 2027年6月（共 6 个月）');
  });
});

describe('what-if, problems', () => {
  it('exits 1 on a bad --set path, naming the argument and the closest path', async () => {
    const { code, out, err } = await whatIf('acme', '--set', 'roles/rep.headcont=7');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(
      [
        '--set roles/rep.headcont=7: error scenario-path',
        '  `roles/rep.headcont` names the field `headcont`, which does not exist there. Did you mean `roles/rep.headcount`?',
        '    --set roles/rep.headcont=7',
        '                    ^',
      ].join('\n'),
    );
    expect(err).toContain('No what-if: 1 change problem.');
  });

  it('exits 1 on a bad --set value, with every problem at once', async () => {
    const { code, out, err } = await whatIf('acme', '--set', 'roles/rep.headcount=-1', '--set', 'processes/quick.stages.close.raci.nobody=C', '--set', 'roles/rep.title+=1');
    expect(out).toBe('');
    expect(code).toBe(1);
    expect(err).toContain('--set roles/rep.headcount=-1: error invalid-field\n  `headcount` must be at least 0, not -1.');
    expect(err).toContain('--set processes/quick.stages.close.raci.nobody=C: error broken-reference\n  No role `nobody` in playbook `acme`');
    expect(err).toContain('--set roles/rep.title+=1: error scenario-path\n  `roles/rep.title` is not a number, so `add` cannot add to it; use `to` to replace it.\n    --set roles/rep.title+=1\n          ^');
    expect(err).toContain('No what-if: 3 change problems.');
    // `+=` of a text is a usage mistake, caught before anything is read.
    const usage = await whatIf('acme', '--set', 'roles/rep.headcount+=two');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('`+=` adds a number to a number');
  });

  it('exits 1 with the scenario file’s problems at their lines, but ignores other scenarios’ problems', async () => {
    const io = captureIo(BASIC);
    expect(await run(['what-if', 'acme', fixture('scenarios/problems'), '--scenario', 'paths'], io)).toBe(1);
    expect(io.out).toBe('');
    expect(io.err).toContain('playbooks/acme/scenarios/paths.mdx:9:10 error scenario-path\n  `roles/rep.headcont` names the field `headcont`, which does not exist there. Did you mean `roles/rep.headcount`?');
    expect(io.err).toContain('>  9 |   - set: roles/rep.headcont\n       |          ^');
    expect(io.err).not.toContain('values.mdx');
    expect(io.err).toContain('No what-if: scenario `paths` has 10 errors');
    const fine = captureIo(BASIC);
    expect(await run(['what-if', 'acme', fixture('scenarios/problems'), '--scenario', 'hire'], fine)).toBe(0);
    expect(fine.out).toContain('Scenario: One more representative (hire)');
  });

  it('exits 1 when the playbook itself has errors', async () => {
    const { dir, cleanup } = tempCopy('scenarios/basic');
    try {
      const file = join(dir, 'playbooks/acme/segments/smb.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('process: quick', 'process: quik'));
      const io = captureIo(dir);
      expect(await run(['what-if', 'acme', '--scenario', 'hire'], io)).toBe(1);
      expect(io.err).toContain('playbooks/acme/segments/smb.mdx:13:10 error broken-reference');
      expect(io.err).toContain('No what-if: playbook `acme` has 1 error');
    } finally {
      cleanup();
    }
  });

  it('exits 2 for usage mistakes: an unknown playbook or scenario, a --set without =, no changes, a bad format', async () => {
    const cases: [string[], RegExp][] = [
      [['nowhere', '--set', 'roles/rep.headcount=2'], /There is no playbook `nowhere` in playbooks\/\. The playbooks are: `acme`\./],
      [['acme', '--scenario', 'hier'], /playbook `acme` has no scenario `hier` \(no playbooks\/acme\/scenarios\/hier\.mdx\)\. Did you mean `hire`\? Its scenarios: `better-close`, `hire`\./],
      [['acme', '--set', 'roles/rep.headcount'], /--set roles\/rep\.headcount needs a value: write --set <path>=<value>/],
      [['acme', '--set', '=2'], /has no path before `=`/],
      [['acme', '--set', 'roles/rep.hires=[{start: 2027-03'], /is not valid YAML/],
      [['acme'], /say what changes: --scenario <id>/],
      [['acme', '--set', 'roles/rep.headcount=2', '--format', 'csv'], /--format must be one of table, json, not `csv`/],
      [['--set', 'roles/rep.headcount=2'], /missing <playbook>/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await whatIf(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(out, args.join(' ')).toBe('');
      expect(err, args.join(' ')).toMatch(message);
    }
  });

  it('prints its usage with --help and exits 0', async () => {
    const { code, out } = await whatIf('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: npm run playbook -- what-if <playbook> \[root\] \[--scenario <id>\] \[--set <path=value>\]\.\.\. \[--next-hire\] \[--format table\|json\] \[--lang en\|zh-CN\]\n/);
    expect(out).toContain('Exit codes: 0 the report; 1 the playbook has errors');
  });
});

describe('what-if --next-hire', () => {
  it('prices one more person in each role with work: the table, the warnings it clears, the roles where it adds nothing', async () => {
    const { code, out, err } = await whatIf('acme', '--next-hire');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toBe(
      [
        'Next hire: Acme sales model (acme)',
        'What one more person in each role adds, fully productive for a year (each hire run as a scenario on a copy of the playbook).',
        // Intl's range of months, with thin spaces around the dash.
        "Within the plan (Jan\u2009–\u2009Jun 2027): the same person joins in its first month and ramps up as the role's new people do.",
        '',
        'Role                    Adds         Load  Coverage  Covered accounts  Wins a year  Bookings a year          First wins              Within the plan',
        'Account executive  +1 person  200% → 100%   +50 pts               +50           +5             +$5K  the month it joins  +$2.5K (productive at once)',
        '',
        'Account executive clears: capacity-exceeded and coverage-below-goal',
        '',
        'One more person in any other role adds nothing now (hours to spare): Solutions engineer.',
        '',
      ].join('\n'),
    );
  });

  it('prices the hires after a scenario’s and --set changes', async () => {
    const { code, out } = await whatIf('acme', '--next-hire', '--scenario', 'hire');
    expect(code).toBe(0);
    expect(out).toContain('After scenario One more representative (hire)\nAfter these changes:\n  roles/rep.headcount  1 → 2\n');
    expect(out).toContain('No role is over capacity: one more person anywhere adds no bookings now.');
  });

  it('prints JSON: each hire with its delta, the plan’s, and the codes it clears', async () => {
    const { code, out } = await whatIf('acme', '--next-hire', '--format', 'json');
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { playbook: string; scenario: null; changes: unknown[]; nextHires: Record<string, unknown>[] };
    expect(Object.keys(doc)).toEqual(['playbook', 'scenario', 'changes', 'nextHires']);
    expect(doc.nextHires.map((h) => [h.role, h.title, h.headcount, h.add, h.load, h.loadAfter, h.changes, h.clears])).toEqual([
      ['rep', 'Account executive', 1, 1, 2, 1, true, ['capacity-exceeded', 'coverage-below-goal']],
      ['se', 'Solutions engineer', 1, 1, 1, 0.5, false, []],
    ]);
    expect(doc.nextHires[0]!.delta).toEqual({ coverage: 0.5, coveredAccounts: 50, winRate: 0, expectedWins: 5, expectedRevenue: 5000 });
    expect(doc.nextHires[0]!.plan).toMatchObject({ start: '2027-01', rampMonths: 0, delta: { coverage: 0.5 }, firstWinsMonth: '2027-01', cost: null });
    expect((doc.nextHires[0]!.plan as { delta: { expectedRevenue: number } }).delta.expectedRevenue).toBeCloseTo(2500, 6);
    expect(doc.nextHires[0]).toMatchObject({ planned: 0, loadToday: 2, cost: null, net: null, firstWinsAfter: 0, paybackMonths: null });
  });

  it('writes Chinese for a zh-CN playbook, with half a person for a role shared at half a person', async () => {
    const io = captureIo(BASIC);
    expect(await run(['what-if', 'huayuan', fixture('scenarios/chinese'), '--next-hire'], io)).toBe(0);
    expect(io.out).toContain(
      [
        '岗位        增加人数       负荷率        覆盖率  覆盖客户数  年赢单数  年签约额      首单',
        '售前工程师   +0.5 人  200% → 100%  +50 个百分点         +50        +5  +50 万元  入职当月',
        '',
        '售前工程师：消除 capacity-exceeded 和 coverage-below-goal',
        '',
        '其余岗位工时有富余，现在多招一人不会改变结果：电话销售。',
      ].join('\n'),
    );
    expect(io.out).toMatch(/^多招一人的价值：华远装备销售模式（huayuan）\n/);
  });
});
