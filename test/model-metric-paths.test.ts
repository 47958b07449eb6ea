import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatter } from '../src/format/numbers.ts';
import { checkProject } from '../src/lint/check.ts';
import { figureResolver } from '../src/lint/figures.ts';
import { kindOfPath, METRIC_KEYS, metricPaths, MONTH_KEYS, PLAN_KEYS } from '../src/model/metric-paths.ts';

const ROOT = fileURLToPath(new URL('./fixtures/scenarios/basic/', import.meta.url));
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

  it('show nothing, not an error, for a month or quarter the scenario’s own plan does not have', () => {
    const check = checkProject(ROOT);
    const graph = check.playbooks.find((p) => p.id === 'acme')!;
    const metrics = check.metrics.get('acme')!;
    const plan = check.plans.get('acme')!;
    // The ids of `hire` are known from the graph; its figures here: the plan taken away, as `set: playbook.plan, to: null` does.
    const resolve = figureResolver({ graph, fmt: formatter('en', 'USD'), baseline: { metrics, plan }, scenarios: new Map([['hire', { metrics, plan: null }]]) });
    expect(resolve({ component: 'Metric', of: 'plan.q2.coverage', scenario: 'hire' })).toMatchObject({ ok: true, text: '—' });
    expect(resolve({ component: 'Delta', of: 'coverage', scenario: 'hire', month: '2027-02' })).toMatchObject({ ok: true, text: '—' });
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

  it('are all listed in the author guide', () => {
    const guide = readFileSync(new URL('../content/writing-a-playbook.mdx', import.meta.url), 'utf8');
    const table = guide.slice(guide.indexOf('The paths `<Metric>` and `<Delta>` take'), guide.indexOf('A path that names nothing'));
    const keys = new Set([...Object.values(METRIC_KEYS).flatMap(Object.keys), ...Object.keys(PLAN_KEYS), ...Object.values(MONTH_KEYS).flatMap(Object.keys)]);
    for (const key of keys) expect(table, key).toContain(`\`${key}\``);
  });
});
