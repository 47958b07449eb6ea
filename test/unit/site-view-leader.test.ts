import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { SCENARIO_RULES } from '../../src/lint/scenarios.ts';
import type { CompletePlaybook } from '../../src/model/graph.ts';
import { applyScenario, type ScenarioChange } from '../../src/model/scenario.ts';
import { createSite } from '../../src/site/index.ts';
import { leaderSummary, nextHireTable } from '../../src/site/views/leader.ts';
import { fixture } from '../support/helpers.ts';

/**
 * The leader's summary (src/site/views/leader.ts) on test/fixtures/scenarios/basic: acme (rep at load 2 caps smb at
 * 50%; win rate 50% × 40% = 20% against a 25% goal; $5,000 of bookings against $20,000; a six-month plan; two
 * scenarios), and copies of it changed so that each sentence of "what to do" is the one that applies.
 */
const check = checkProject(fixture('scenarios/basic'));
const baseline = check.playbooks[0] as CompletePlaybook;

function siteWith(changes: ScenarioChange[]) {
  const applied = applyScenario(baseline, changes, { rules: SCENARIO_RULES });
  if (!applied.graph) throw new Error(applied.problems.map((p) => p.diagnostic.message).join('\n'));
  return createSite({ playbooks: [applied.graph], diagnostics: [] }, { base: '/' });
}

describe('leaderSummary', () => {
  const site = createSite(check, { base: '/' });
  const pb = site.playbooks[0]!;
  const summary = leaderSummary(site, pb, 'overview');
  const tile = (key: string) => summary.tiles.find((t) => t.key === key)!;

  it('compares the plan’s bookings with goals.bookings (pro rata for its six months), the steady state beside them', () => {
    // The plan: six months at κ 0.5 = $2,500 against $20,000 × 6 / 12; the steady state a year: $5,000.
    expect(tile('bookings')).toMatchObject({
      label: 'New bookings, plan Jan\u2009–\u2009Jun 2027',
      value: '$2.5K',
      exact: '$2,500',
      goal: 'Goal $10K (pro rata)',
      verdict: { text: 'below the goal', meets: false },
      details: ['25% of the goal', 'Steady state (today’s team, fully productive, a year): $5K'],
    });
  });

  it('prices the next hire beyond the plan, with the month it joins and its first wins', () => {
    expect(tile('next-hire')).toMatchObject({ label: 'Next hire, beyond the plan', value: '+$5K a year', link: { id: 'rep', label: 'Account executive' } });
    expect(tile('next-hire').details).toEqual([
      '1 person beyond today’s team',
      'Joins January 2027 · first wins January 2027 · full pace from January 2027',
      'Within the plan (Jan\u2009–\u2009Jun 2027): +$2.5K',
    ]);
    expect(summary.action).toBe('Add 1 person to Account executive, the bottleneck at a load of 200%. One more person there adds $5K of new bookings a year.');
  });

  it('never rounds bookings just short of the goal up to the whole goal', () => {
    const close = siteWith([{ set: 'playbook.goals.bookings', to: 5002 }]);
    const bookings = leaderSummary(close, close.playbooks[0]!, 'overview').tiles.find((t) => t.key === 'bookings')!;
    // The plan's $2,500 against $5,002 × 6 / 12 = $2,501.
    expect(bookings).toMatchObject({ goal: 'Goal $2.5K (pro rata)', verdict: { meets: false }, details: ['99.96% of the goal', 'Steady state (today’s team, fully productive, a year): $5K'] });
  });

  it('says what the bottleneck needs in people, once at steady state and once to hire, each labelled', () => {
    const bottleneck = tile('bottleneck');
    expect(bottleneck).toMatchObject({ value: '1 more person', link: { id: 'rep' }, details: ['Load 200%', 'Caps Small businesses at 50%'] });
    expect(bottleneck.rows).toEqual([
      { label: 'People needed (steady state)', value: '2 people', warn: false, note: 'has 1 person' },
      { label: 'People to hire (with attrition and the plan)', value: '1 person', warn: true, note: null },
    ]);
    // Every segment's win rate against the goal, in words too.
    expect(tile('win-rate').rows).toEqual([{ label: 'Small businesses', value: '20%', warn: true, note: 'below the goal' }]);
    // No role has a cost: the cost tile says how to give one.
    expect(tile('cost')).toMatchObject({ value: '—', details: ['No role has a cost: add `cost` (a person’s fully loaded cost a year) to the roles.'] });
  });

  it('links the metrics, the scenarios and the plan when the playbook has them', () => {
    expect(summary.links.map((l) => l.href)).toEqual(['/acme/metrics/', '/acme/scenarios/', '/acme/plan/']);
    expect(leaderSummary(site, pb, 'metrics').links.map((l) => l.href)).toEqual(['/acme/scenarios/', '/acme/plan/']);
  });

  it('has a plan column in the next-hire table', () => {
    const table = nextHireTable(site, pb);
    expect(table.planColumn).toBe('Within the plan (Jan\u2009–\u2009Jun 2027)');
    expect(table.rows.map((r) => [r.role.id, r.bookings, r.planBookings, r.planRamp])).toEqual([['rep', '+$5K', '+$2.5K', 'productive at once']]);
    expect(table.intro).toMatch(/Within the plan, the same person joins in its first month/);
  });
});

describe('what to do, in one sentence', () => {
  const actionOf = (changes: ScenarioChange[]) => {
    const site = siteWith(changes);
    return leaderSummary(site, site.playbooks[0]!, 'overview').action;
  };

  it('staffs the bottleneck first; then lifts the weakest stage; then finds bookings; else says all is well', () => {
    // Enough reps: the win rate of 20% is the problem, and close (40%) is the weakest stage.
    expect(actionOf([{ set: 'roles/rep.headcount', to: 3 }])).toBe(
      'Every role has the hours its work needs, but the win rate of 20% is below the goal of 25%: start with the Close stage of Quick sale, where only 40% go on.',
    );
    // Close at 50%: the win rate meets 25%, but 50 × 25% × $1,000 = $12,500 is short of $20,000.
    expect(actionOf([{ set: 'roles/rep.headcount', to: 3 }, { set: 'processes/quick.stages.close.conversion', to: 0.5 }])).toBe(
      'Coverage and win rate meet their goals, but $12.5K of new bookings a year falls short of the $20K goal: add target accounts or opportunities, or raise the deal size.',
    );
    expect(
      actionOf([
        { set: 'roles/rep.headcount', to: 3 },
        { set: 'processes/quick.stages.close.conversion', to: 0.5 },
        { set: 'playbook.goals.bookings', to: 10000 },
      ]),
    ).toBe('Every goal is met and every role has the hours its work needs; the busiest is Solutions engineer at a load of 100%.');
  });

  it('counts the plan’s hires into the bottleneck before asking for more', () => {
    const hire = { start: '2027-03', count: 1 };
    expect(actionOf([{ set: 'roles/rep.hires', to: [hire] }])).toBe(
      'Make the hires the plan counts on (1 person): Account executive, the bottleneck at a load of 200% today, reaches capacity in March 2027.',
    );
    // A year of ramp: the hire is still learning when the six months end.
    expect(actionOf([{ set: 'roles/rep.hires', to: [hire] }, { set: 'roles/rep.rampMonths', to: 12 }])).toBe(
      'Make the hires the plan counts on, and sooner: with the 1 person planned, Account executive, the bottleneck at a load of 200% today, is still over capacity at the end of the plan.',
    );
    // Hired before the plan and fully productive, but attrition (drag 0.95) leaves the role short: more people, not sooner.
    expect(
      actionOf([
        { set: 'roles/rep.hires', to: [{ start: '2026-06', count: 1 }] },
        { set: 'roles/rep.attrition', to: { rate: 0.2, backfillMonths: 3 } },
      ]),
    ).toMatch(/^Add 0\.2 people to Account executive beyond the 1 person the plan hires/);
    // Needing three reps more, with one planned.
    expect(actionOf([{ set: 'roles/rep.hires', to: [hire] }, { set: 'segments/smb.accounts', to: 200 }])).toMatch(
      /^Add 2 people to Account executive beyond the 1 person the plan hires: it is the bottleneck, at a load of 400%, and stays over capacity to the end of the plan\.$/,
    );
  });

  it('says when no role is over capacity that the next hire adds nothing now', () => {
    const site = siteWith([{ set: 'roles/rep.headcount', to: 3 }]);
    const summary = leaderSummary(site, site.playbooks[0]!, 'overview');
    expect(summary.tiles.find((t) => t.key === 'bottleneck')).toMatchObject({ value: 'None', link: null });
    expect(summary.tiles.find((t) => t.key === 'next-hire')).toMatchObject({ value: 'Nothing now', link: null });
    expect(nextHireTable(site, site.playbooks[0]!)).toMatchObject({ rows: [], empty: 'No role is over capacity: one more person anywhere adds no bookings now.' });
  });
});
