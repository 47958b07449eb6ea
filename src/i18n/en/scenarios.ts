/**
 * English UI strings of the scenarios (format §7): the baseline and every scenario side by side, and each scenario's
 * own page. One part of the dictionary that en.ts assembles.
 */
import { metricLabel } from '../../model/metric-catalogue.ts';

export const scenarioStrings = {
  // Scenarios (format §7): the baseline and every scenario side by side, and each scenario's own page.
  scenarios: {
    title: 'Scenarios',
    intro:
      'A scenario is a what-if plan: a few changes to the playbook (one more hire, a better close rate, bigger deals) and the numbers the model computes from them. The baseline is the playbook as it is; a scenario changes a copy of it, never the playbook itself.',
    comparison: 'The baseline and every scenario side by side',
    figure: 'Figure',
    baseline: 'Baseline',
    baselineSummary: 'The playbook as it is.',
    expectedWins: metricLabel('expectedWins', 'en', 'compare'),
    expectedRevenue: metricLabel('expectedRevenue', 'en', 'compare'),
    coveredAccounts: metricLabel('coveredAccounts', 'en', 'compare'),
    coveredOf: (covered: string, total: string) => `${covered} of ${total}`,
    bottleneck: 'Bottleneck role and its load',
    noWork: 'No role has work',
    warnings: 'Warnings',
    warningCount: (n: number) => (n === 1 ? '1 warning' : `${n} warnings`),
    goal: (goal: string) => `goal ${goal}`,
    best: 'best',
    legend: 'The best value of each row is marked “best”: the highest, or for the load and the warnings the lowest. A value below its goal says so.',
    // A scenario's page.
    changes: 'What changes',
    /** After a change's field, before its values (the field is markup): `: ` / `：`. */
    colon: ': ',
    changesIntro: 'Applied in order to a copy of the playbook.',
    unset: 'not set',
    becomes: 'becomes',
    effects: 'What it does to the numbers',
    effectsIntro:
      'Each figure of the baseline and of the scenario, and the difference: in percentage points for shares. Segments and roles are listed when one of their figures moves.',
    wholePlaybook: 'The whole playbook',
    scenario: 'Scenario',
    change: 'Change',
    unchanged: 'unchanged',
    segmentsUnchanged: 'No segment’s figures move.',
    rolesUnchanged: 'No role’s figures move.',
    plan: 'The plan over time',
    planIntro: (start: string, end: string, months: number) => `Totals of the plan from ${start} to ${end} (${months} months), before and after the changes.`,
    planCoverage: 'Coverage (mean of the months)',
    planWins: 'Expected wins',
    planRevenue: 'Expected revenue',
    warningsHeading: 'Warnings it clears and adds',
    warningsIntro: 'The capacity, goal and fit warnings of the changed copy, compared with the playbook’s own.',
    cleared: 'Warnings it clears',
    added: 'Warnings it adds',
    noneCleared: 'It clears none of the playbook’s warnings.',
    noneAdded: 'It adds no warnings.',
    compare: 'Compare it with the baseline and the other scenarios',
  },
};
