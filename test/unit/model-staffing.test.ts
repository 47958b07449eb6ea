import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/model/metrics.ts';
import { staffing } from '../../src/model/staffing.ts';
import { BASIC_OFFERING, index, inlinePlaybook, oneStage, role, segment } from '../fixtures/model-inline/playbook.ts';

/** A role `rep` with 1,200 h of work a year at 100 selling hours a person (12 people's work), and a plan from 2027-01. */
function team(rep: Parameters<typeof role>[0], extra: Record<string, unknown> = {}, plan = true) {
  const graph = inlinePlaybook({
    index: { ...index(undefined, 100), ...(plan ? { plan: { start: '2027-01', months: 12 } } : {}) },
    segments: { s: segment({ process: 'p', accounts: 100, opportunityRate: 12, dealSize: 10 }) },
    offerings: { basic: BASIC_OFFERING },
    processes: { p: oneStage(0.5, 10, { rep: 1 }) },
    roles: { rep: { ...role(rep), ...extra } },
  });
  return staffing(graph, computeMetrics(graph), 'rep')!;
}

describe('people needed and people to hire', () => {
  it('without attrition, people to hire is the steady state’s shortfall', () => {
    expect(team(10)).toEqual({ role: 'rep', headcount: 10, needed: 12, short: 2, drag: 1, toHire: 2, planned: 0, beyondPlan: 2 });
  });

  it('with attrition, more people on the books; the plan’s hires count toward them', () => {
    // d = 1 − 0.5 × (6 + 4/2) / 12 = 2/3: 12 people at work need 18 on the books; 10 today, the plan hires 3.
    const s = team(10, { rampMonths: 4, attrition: { rate: 0.5, backfillMonths: 6 }, hires: [{ start: '2027-02', count: 1 }, { start: '2027-06', count: 2 }, { start: '2028-01', count: 5 }] });
    expect(s.drag).toBeCloseTo(2 / 3, 12);
    expect(s.needed).toBe(12);
    expect(s.short).toBe(2);
    expect(s.toHire).toBeCloseTo(8, 9);
    // The hire of 2028-01 is after the plan's last month: not the plan's.
    expect(s.planned).toBe(3);
    expect(s.beyondPlan).toBeCloseTo(5, 9);
  });

  it('is 0 when the team has the people, and infinite when everybody leaves', () => {
    expect(team(15)).toMatchObject({ short: 0, toHire: 0, beyondPlan: 0 });
    expect(team(15, { attrition: { rate: 1, backfillMonths: 12 } })).toMatchObject({ drag: 0, toHire: Infinity });
    expect(team(10, { hires: [{ start: '2027-02', count: 1 }] }, false)).toMatchObject({ planned: 0, beyondPlan: 2 });
  });
});
