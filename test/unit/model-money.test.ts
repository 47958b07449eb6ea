import { describe, expect, it } from 'vitest';
import { costOfChange, paybackMonths, planTeamCost } from '../../src/model/money.ts';

describe('the cost side of a change', () => {
  it('is the change of team cost a year against the change of bookings, with the payback in months', () => {
    // One $95,000 seat that adds $380,000 of bookings a year: net $285,000, paid back in 12 × 95 / 380 = 3 months.
    expect(costOfChange({ teamCost: 1_000_000, expectedRevenue: 4_000_000 }, { teamCost: 1_095_000, expectedRevenue: 4_380_000 })).toEqual({
      costPerYear: 95_000,
      bookingsPerYear: 380_000,
      net: 285_000,
      paybackMonths: 3,
    });
  });

  it('has no cost side when no role has a cost, on either side', () => {
    expect(costOfChange({ teamCost: null, expectedRevenue: 10 }, { teamCost: null, expectedRevenue: 20 })).toEqual({ costPerYear: null, bookingsPerYear: 10, net: null, paybackMonths: null });
  });

  it('counts a side without a cost as 0 when the other has one (a scenario that gives a role its first cost)', () => {
    expect(costOfChange({ teamCost: null, expectedRevenue: 100 }, { teamCost: 60, expectedRevenue: 340 })).toEqual({ costPerYear: 60, bookingsPerYear: 240, net: 180, paybackMonths: 3 });
  });

  it('pays back at once when it costs nothing more, and never when it costs more and adds no bookings', () => {
    expect(paybackMonths(0, 0)).toBe(0);
    expect(paybackMonths(-50, -10)).toBe(0);
    expect(paybackMonths(50, 0)).toBeNull();
    expect(paybackMonths(50, -10)).toBeNull();
    expect(paybackMonths(null, 100)).toBeNull();
    // Floating-point noise of two computed figures is no change.
    expect(costOfChange({ teamCost: 0.1 + 0.2, expectedRevenue: 1e7 }, { teamCost: 0.3, expectedRevenue: 1e7 + 1e-9 })).toMatchObject({ costPerYear: 0, bookingsPerYear: 0, paybackMonths: 0 });
  });
});

describe('the team cost over a plan', () => {
  it('pays each seat a twelfth of its cost a month from the month it joins', () => {
    // 2 seats × 1,200 a year over 3 months = 600; a hire in the second month adds 2 months × 100 = 200.
    const roles = [
      { headcount: 2, cost: 1200, hires: [{ start: '2027-02', count: 1 }] },
      { headcount: 5 }, // no cost: counts nothing
    ];
    expect(planTeamCost(roles, ['2027-01', '2027-02', '2027-03'])).toBeCloseTo(800, 9);
    expect(planTeamCost([{ headcount: 3 }], ['2027-01'])).toBeNull();
  });
});
