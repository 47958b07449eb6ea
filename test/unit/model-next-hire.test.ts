import { describe, expect, it } from 'vitest';
import { SCENARIO_RULES } from '../../src/lint/scenarios.ts';
import { isComplete, type CompletePlaybook } from '../../src/model/graph.ts';
import { loadProject } from '../../src/model/load.ts';
import { nextHireStep, priceNextHires } from '../../src/model/next-hire.ts';
import { runScenario } from '../../src/model/scenario-evaluate.ts';
import { fixture } from '../support/helpers.ts';

/**
 * The next hire (issue 16) on test/fixtures/scenarios: `basic` (acme: rep over capacity, load 2, f = 0.5; se at
 * load 1; a six-month plan from 2027-01; numbers by hand in test/unit/model-scenario.test.ts) and `chinese` (huayuan:
 * a presales engineer shared at 0.5 of a person, load 2).
 */
function load(name: string): CompletePlaybook {
  const graph = loadProject(fixture(name)).playbooks[0]!;
  if (!isComplete(graph)) throw new Error('the fixture is incomplete');
  return graph;
}

describe('nextHireStep', () => {
  it('adds one person, or the smallest share that matters for a role shared below one person', () => {
    expect([0, 0.1, 0.25, 0.49, 0.5, 0.75, 1, 1.5, 7].map(nextHireStep)).toEqual([1, 0.25, 0.25, 0.25, 0.5, 0.5, 1, 1, 1]);
  });
});

describe('priceNextHires', () => {
  const acme = load('scenarios/basic');
  const hires = priceNextHires(acme, { rules: SCENARIO_RULES });

  it('prices one more person in each role with work, the most valuable first', () => {
    expect(hires.map((h) => [h.role, h.headcount, h.add, h.load, h.loadAfter, h.changes])).toEqual([
      ['rep', 1, 1, 2, 1, true],
      ['se', 1, 1, 1, 0.5, false],
    ]);
    // rep 2 × 100 h ≥ 200 h: κ 0.5 → 1; 50 more accounts; 5 more wins of $1,000.
    const [rep, se] = hires;
    expect(rep!.delta).toEqual({ coverage: 0.5, coveredAccounts: 50, winRate: 0, expectedWins: 5, expectedRevenue: 5000 });
    expect(rep!.after.coverage).toBe(1);
    expect(rep!.fteNeeded).toBe(2);
    expect(se!.delta).toEqual({ coverage: 0, coveredAccounts: 0, winRate: 0, expectedWins: 0, expectedRevenue: 0 });
  });

  it('says which of the baseline’s warnings the hire clears', () => {
    expect(hires[0]!.cleared.map((d) => d.code).sort()).toEqual(['capacity-exceeded', 'coverage-below-goal']);
    expect(hires[1]!.cleared).toEqual([]);
  });

  it('with a plan, prices the same person joining at its start, ramping as the role does', () => {
    // No ramp: productive from January; six months at κ = 1 instead of 0.5, half a year's $5,000 more.
    expect(hires[0]!.plan).toMatchObject({ start: '2027-01', rampMonths: 0, delta: { coverage: 0.5 }, firstWinsMonth: '2027-01', fullPaceMonth: '2027-01', cost: null });
    expect(hires[0]!.plan!.delta.expectedRevenue).toBeCloseTo(2500, 6);
    // No role has a cost: no net, no payback.
    expect(hires[0]).toMatchObject({ cost: null, net: null, paybackMonths: null, firstWinsAfter: 0 });
    expect(hires[0]!.plan!.delta.expectedWins).toBeCloseTo(2.5, 9);
    expect(hires[0]!.plan!.totals.coverage).toBe(1);
    // A two-month ramp: a third of a person in January, two thirds in February, then full.
    const ramping = load('scenarios/basic');
    const rep = ramping.roles.find((r) => r.id === 'rep')!;
    const slow = { ...ramping, roles: ramping.roles.map((r) => (r === rep ? { ...rep, data: { ...rep.data, rampMonths: 2 } } : r)) } as CompletePlaybook;
    const plan = priceNextHires(slow, { rules: SCENARIO_RULES })[0]!.plan!;
    // κ(m) = min(1, (1 + p) / 2) with p = 1/3, 2/3, 1, 1, 1, 1: coverage 2/3, 5/6, 1, 1, 1, 1 against 0.5 each month.
    expect(plan.rampMonths).toBe(2);
    expect(plan.delta.coverage).toBeCloseTo((2 / 3 + 5 / 6 + 4) / 6 - 0.5, 9);
    expect(plan.delta.expectedRevenue).toBeCloseTo((50 / 12) * 0.2 * 1000 * (2 / 3 + 5 / 6 + 4 - 3), 6);
  });

  it('comes beyond the plan’s hires: nothing at steady state when they cover the work, their ramp’s months within the plan', () => {
    // rep: one more person joins in March (the plan's), so the steady-state team is 2 people for 2 people's work.
    // The next one adds nothing a year; within the plan it covers January and February (κ 0.5 → 1): 2 months ×
    // 50 / 12 × 0.2 × $1,000 × 0.5 = $833.33. Cost $1,200 a year = $100 a month: January's $416.67 pays it back.
    const rep = acme.roles.find((r) => r.id === 'rep')!;
    const planned = { ...acme, roles: acme.roles.map((r) => (r === rep ? { ...rep, data: { ...rep.data, cost: 1200, hires: [{ start: '2027-03', count: 1 }] } } : r)) } as CompletePlaybook;
    const [next] = priceNextHires(planned, { rules: SCENARIO_RULES });
    expect(next).toMatchObject({ role: 'rep', headcount: 1, planned: 1, add: 1, loadToday: 2, load: 1, loadAfter: 2 / 3, cost: 1200, net: -1200, changes: true });
    expect(next!.delta.expectedRevenue).toBe(0);
    expect(next!.plan!.delta.expectedRevenue).toBeCloseTo((2 * 50 * 0.2 * 1000 * 0.5) / 12, 6);
    expect(next!.plan).toMatchObject({ firstWinsMonth: '2027-01', fullPaceMonth: null, cost: 600 });
    expect(next!.firstWinsAfter).toBe(0);
    // The added wins stop in March: no full pace to reach.
    expect(next!.fullPaceAfter).toBeNull();
    // January's $416.67 more than pays for its $100, but from March the person adds nothing and costs $100 a month:
    // a hire that only bridges the planned hire's wait never pays back for good.
    expect(next!.paybackMonths).toBeNull();
    // The planned hire's warnings are not the next hire's: at 2 people nothing is over capacity.
    expect(next!.cleared).toEqual([]);
  });

  it('with costs, nets them out, and dates the first wins one sales cycle after the hire joins', () => {
    // A 39 + 7 = 46-day cycle: wins follow coverage round(46 × 12 / 365) = 2 months later. No plan hires.
    // rep costs $3,000 a year ($250 a month) and adds $5,000 a year ($416.67 a month) from March:
    // cumulative −250, −500, −333.33, −166.67, 0 → paid back in the fifth month.
    const rep = acme.roles.find((r) => r.id === 'rep')!;
    const process = acme.processes[0]!;
    const slowCycle = {
      ...acme,
      roles: acme.roles.map((r) => (r === rep ? { ...rep, data: { ...rep.data, cost: 3000 } } : r)),
      processes: [{ ...process, data: { ...process.data, stages: process.data.stages.map((st, k) => ({ ...st, days: k === 0 ? 39 : st.days })) } }],
    } as CompletePlaybook;
    const [next] = priceNextHires(slowCycle, { rules: SCENARIO_RULES });
    expect(next).toMatchObject({ role: 'rep', cost: 3000, net: 2000, firstWinsAfter: 2, fullPaceAfter: 2, paybackMonths: 5 });
    expect(next!.plan).toMatchObject({ start: '2027-01', firstWinsMonth: '2027-03', fullPaceMonth: '2027-03', cost: 1500 });
    // Four of the plan's six months bring the wins: 4 × $416.67.
    expect(next!.plan!.delta.expectedRevenue).toBeCloseTo(5000 / 3, 6);
  });

  it('is the scenario machinery’s answer: the same as what-if with `add` on the headcount', () => {
    const { evaluation } = runScenario(acme, [{ set: 'roles/rep.headcount', add: 1 }], { rules: SCENARIO_RULES });
    expect(hires[0]!.after).toEqual(evaluation!.metrics);
  });

  it('adds half a person to a role shared at half a person', () => {
    const huayuan = load('scenarios/chinese');
    const [presales, telesales] = priceNextHires(huayuan, { rules: SCENARIO_RULES });
    // presales: 100 h of 50 h; +0.5 → 100 h: κ 0.5 → 1, five more wins of ¥100,000. No plan.
    expect([presales!.role, presales!.add, presales!.loadAfter, presales!.delta.expectedRevenue, presales!.plan]).toEqual(['presales-engineer', 0.5, 1, 500_000, null]);
    expect([telesales!.role, telesales!.changes]).toEqual(['telesales', false]);
    // Messages in the playbook's language, or the one asked for.
    expect(presales!.cleared[0]!.message).toMatch(/^岗位 `presales-engineer`/);
    expect(priceNextHires(huayuan, { rules: SCENARIO_RULES, lang: 'en' })[0]!.cleared[0]!.message).toMatch(/^Role `presales-engineer`/);
  });
});
