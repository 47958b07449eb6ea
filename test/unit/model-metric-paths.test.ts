import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/format/numbers.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { figureResolver } from '../../src/lint/metric-resolver.ts';
import { kindOfPath, METRIC_KEYS, metricPaths, MONTH_KEYS, PLAN_KEYS } from '../../src/model/metric-paths.ts';
import { tempCopy } from '../support/helpers.ts';

const ROOT = fileURLToPath(new URL('../fixtures/scenarios/basic/', import.meta.url));
const ids = { segments: ['smb'], roles: ['rep'], processes: ['quick'], quarters: 2 };

describe('the paths of <Metric> and <Delta>', () => {
  it('name the figures of the whole plan and of each quarter, only when there is a plan', () => {
    expect(kindOfPath('plan.total.expectedRevenue', ids)).toBe('money');
    expect(kindOfPath('plan.q2.coverage', ids)).toBe('share');
    expect(kindOfPath('plan.q3.coverage', ids)).toBeUndefined();
    expect(kindOfPath('plan.q0.coverage', ids)).toBeUndefined();
    expect(kindOfPath('plan.total.load', ids)).toBeUndefined();
    expect(kindOfPath('plan.total.coverage', { ...ids, quarters: 0 })).toBeUndefined();
    expect(kindOfPath('plan.total.coverage', ids, true)).toBeUndefined();
    expect(metricPaths(ids)).toContain('plan.q2.expectedWins');
    expect(metricPaths({ ...ids, quarters: 0 }).some((p) => p.startsWith('plan.'))).toBe(false);
  });

  it('name each role’s hours and capacity factor', () => {
    expect(kindOfPath('roles.rep.dealHours', ids)).toBe('hours');
    expect(kindOfPath('roles.rep.coverageHours', ids)).toBe('hours');
    expect(kindOfPath('roles.rep.capacityFactor', ids)).toBe('share');
    expect(kindOfPath('roles.nobody.dealHours', ids)).toBeUndefined();
  });

  it('show the model’s values: the plan’s totals and quarters, a scenario’s, and its change', () => {
    const check = checkProject(ROOT);
    const graph = check.playbooks.find((p) => p.id === 'acme')!;
    const plan = check.plans.get('acme')!;
    const metrics = check.metrics.get('acme')!;
    const scenarios = new Map([...check.scenarios.get('acme')!.values()].map((s) => [s.id, { metrics: s.metrics, plan: s.plan }]));
    const fmt = formatter('en', 'USD');
    const resolve = figureResolver({ graph, fmt, baseline: { metrics, plan }, scenarios });
    expect(resolve({ component: 'Metric', of: 'plan.total.expectedRevenue' })).toMatchObject({ ok: true, text: fmt.moneyShort(plan.totals.expectedRevenue) });
    expect(resolve({ component: 'Metric', of: 'plan.q2.expectedWins' })).toMatchObject({ ok: true, text: fmt.number(plan.quarters[1]!.expectedWins, 1) });
    expect(resolve({ component: 'Metric', of: 'roles.rep.dealHours' })).toMatchObject({ ok: true, text: fmt.hours(metrics.roles.rep!.dealHours) });
    const hire = scenarios.get('hire')!;
    expect(hire.plan).not.toBeNull();
    expect(resolve({ component: 'Metric', of: 'plan.total.coverage', scenario: 'hire' })).toMatchObject({ ok: true, text: fmt.percent(hire.plan!.totals.coverage) });
    expect(resolve({ component: 'Delta', of: 'plan.total.coverage', scenario: 'hire' })).toMatchObject({ ok: true, text: fmt.points(hire.plan!.totals.coverage - plan.totals.coverage) });
    expect(resolve({ component: 'Metric', of: 'plan.q3.coverage' })).toMatchObject({ ok: false, what: 'metric', suggestion: expect.stringMatching(/^plan\.q[12]\.coverage$/) });
  });

  it('name nothing for a month or quarter the scenario\u2019s own plan does not have: an error, never "—" on the page', () => {
    const check = checkProject(ROOT);
    const graph = check.playbooks.find((p) => p.id === 'acme')!;
    const metrics = check.metrics.get('acme')!;
    const plan = check.plans.get('acme')!;
    // The ids of `hire` are known from the graph; its figures here: the plan taken away, as `set: playbook.plan, to: null` does.
    const resolve = figureResolver({ graph, fmt: formatter('en', 'USD'), baseline: { metrics, plan }, scenarios: new Map([['hire', { metrics, plan: null }]]) });
    expect(resolve({ component: 'Metric', of: 'plan.q2.coverage', scenario: 'hire' })).toMatchObject({ ok: false, what: 'metric', value: 'plan.q2.coverage' });
    expect(resolve({ component: 'Metric', of: 'coverage', scenario: 'hire', month: '2027-02' })).toEqual({ ok: false, what: 'month', value: '2027-02' });
    expect(resolve({ component: 'Delta', of: 'plan.total.coverage', scenario: 'hire' })).toMatchObject({ ok: false, what: 'metric' });
    // The baseline's own figures are there as before.
    expect(resolve({ component: 'Metric', of: 'plan.q2.coverage' })).toMatchObject({ ok: true, text: formatter('en', 'USD').percent(plan.quarters[1]!.coverage) });
  });

  it('name v1.2’s money side and the people of one role in a segment or a process; a money figure without costs shows —', () => {
    expect(kindOfPath('teamCost', ids)).toBe('money');
    expect(kindOfPath('costOfSales', ids)).toBe('share');
    expect(kindOfPath('roles.rep.cost', ids)).toBe('money');
    expect(kindOfPath('segments.smb.peopleTotal', ids)).toBe('people');
    expect(kindOfPath('segments.smb.people.rep', ids)).toBe('people');
    expect(kindOfPath('processes.quick.people.rep', ids)).toBe('people');
    expect(kindOfPath('segments.smb.people.nobody', ids)).toBeUndefined();
    expect(kindOfPath('roles.rep.people.rep', ids)).toBeUndefined();
    expect(kindOfPath('segments.smb.people.rep', ids, true)).toBeUndefined();
    expect(metricPaths(ids)).toContain('segments.smb.people.rep');
    const check = checkProject(ROOT);
    const graph = check.playbooks.find((p) => p.id === 'acme')!;
    const metrics = check.metrics.get('acme')!;
    const fmt = formatter('en', 'USD');
    const resolve = figureResolver({ graph, fmt, baseline: { metrics, plan: check.plans.get('acme')! } });
    // The fixture's roles have no cost: nothing to show, not an error.
    expect(resolve({ component: 'Metric', of: 'teamCost' })).toMatchObject({ ok: true, text: '—' });
    expect(resolve({ component: 'Metric', of: 'segments.smb.people.rep' })).toMatchObject({ ok: true, text: fmt.peopleUp(metrics.segments.smb!.people.rep!) });
  });

  it('check reports, at the prop, a month or quarter of a scenario whose changes remove or shorten the plan', () => {
    const temp = tempCopy('scenarios/basic');
    try {
      const acme = join(temp.dir, 'playbooks/acme');
      writeFileSync(join(acme, 'scenarios/no-plan.mdx'), '---\ntitle: No plan\nsummary: Drops the plan.\nchanges:\n  - set: playbook.plan\n    to: null\n---\n');
      writeFileSync(join(acme, 'scenarios/short.mdx'), '---\ntitle: Short plan\nsummary: Three months.\nchanges:\n  - set: playbook.plan.months\n    to: 3\n---\n');
      writeFileSync(join(acme, 'scenarios/later.mdx'), '---\ntitle: Later\nsummary: Starts in April.\nchanges:\n  - set: playbook.plan.start\n    to: 2027-04\n---\n');
      const index = join(acme, 'index.mdx');
      const lines = readFileSync(index, 'utf8').split('\n').length;
      const body = [
        'May without a plan: <Metric of="expectedRevenue" month="2027-05" scenario="no-plan" />.',
        'May in three months: <Metric of="expectedRevenue" month="2027-05" scenario="short" />.',
        'The second quarter of three months: <Metric of="plan.q2.coverage" scenario="short" />.',
        // What the scenarios' plans have: no error.
        'March in three months: <Metric of="expectedRevenue" month="2027-03" scenario="short" />, the first quarter: <Metric of="plan.q1.coverage" scenario="short" />.',
        // A month of the moved plan that the baseline's plan (January to June) does not have.
        'August, a month of the plan moved to April: <Metric of="expectedRevenue" month="2027-08" scenario="later" />.',
      ];
      const text = readFileSync(index, 'utf8');
      writeFileSync(index, `${text}\n${body.join('\n\n')}\n`);
      const found = checkProject(temp.dir).diagnostics.filter((d) => d.severity === 'error');
      // At the prop that names what the scenario does not have: `month`, or `of` for the quarter.
      const at = (line: number, prop: string) => body[line]!.indexOf(` ${prop}=`) + 2;
      expect(found.map((d) => [d.code, d.file, d.line, d.column])).toEqual([
        ['unknown-metric', 'playbooks/acme/index.mdx', lines + 1, at(0, 'month')],
        ['unknown-metric', 'playbooks/acme/index.mdx', lines + 3, at(1, 'month')],
        ['unknown-metric', 'playbooks/acme/index.mdx', lines + 5, at(2, 'of')],
      ]);
      expect(found[0]!.message).toBe("`2027-05` is not a month of the plan. Write months as `YYYY-MM`, within the playbook's `plan` (for an `actuals.…` figure: the month of a snapshot under `actuals/`).");
      expect(found[2]!.message).toMatch(/names the metric `plan\.q2\.coverage`, which the model does not have\. Did you mean `plan\.q1\.coverage`\?/);
      // Without the three, the check passes, and the build shows the moved plan's August: the scenario's figure.
      writeFileSync(index, `${text}\n${body.slice(3).join('\n\n')}\n`);
      const check = checkProject(temp.dir);
      expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const later = check.scenarios.get('acme')!.get('later')!;
      const graph = check.playbooks[0]!;
      const scenarios = new Map([...check.scenarios.get('acme')!.values()].map((e) => [e.id, { metrics: e.metrics, plan: e.plan }]));
      const resolve = figureResolver({ graph, fmt: formatter('en', 'USD'), baseline: { metrics: check.metrics.get('acme')!, plan: check.plans.get('acme')! }, scenarios });
      const august = later.plan!.months.find((m) => m.month === '2027-08')!;
      expect(resolve({ component: 'Metric', of: 'expectedRevenue', month: '2027-08', scenario: 'later' })).toMatchObject({ ok: true, text: formatter('en', 'USD').moneyShort(august.expectedRevenue) });
    } finally {
      temp.cleanup();
    }
  });

  it('are all listed in the author guide', () => {
    const guide = readFileSync(new URL('../../content/writing-a-playbook.mdx', import.meta.url), 'utf8');
    const table = guide.slice(guide.indexOf('The paths `<Metric>` and `<Delta>` take'), guide.indexOf('A path that names nothing'));
    const keys = new Set([...Object.values(METRIC_KEYS).flatMap(Object.keys), ...Object.keys(PLAN_KEYS), ...Object.values(MONTH_KEYS).flatMap(Object.keys)]);
    for (const key of keys) expect(table, key).toContain(`\`${key}\``);
  });
});
