/**
 * English UI strings of the playbook over time: the plan month by month (format §8), what's new and its RSS feed, and
 * the actuals the CRM measured (format §10). One part of the dictionary that en.ts assembles.
 */

export const overTimeStrings = {
  // The plan over time (format §8).
  plan: {
    title: 'Plan',
    intro: (start: string, end: string, months: number) =>
      `Month by month from ${start} to ${end} (${months} months): who is on the team as hires join and ramp up and people leave, and what that does to coverage, wins and bookings.`,
    headcount: 'Effective headcount by month',
    headcountDescription:
      'People at full productivity: the headcount, plus each hire as they ramp up, less what attrition and empty seats cost. The bar shows the month against the role’s largest month.',
    inputs: 'Hires, ramp and attrition',
    hires: 'Hires',
    hire: (count: string, month: string) => `${count} in ${month}`,
    ramp: (months: number) => (months === 0 ? 'productive at once' : months === 1 ? '1 month to ramp' : `${months} months to ramp`),
    attrition: (rate: string, backfill: number) => `${rate} leave a year; ${backfill === 1 ? 'a seat stays empty 1 month' : `seats stay empty ${backfill} months`}`,
    noChanges: 'No hires and no attrition.',
    loadByQuarter: 'Load by quarter',
    loadDescription: 'The highest monthly load of each quarter of the plan, and how many of its months are over capacity.',
    monthsOver: (n: number) => (n === 1 ? '1 month over' : `${n} months over`),
    byQuarter: 'Coverage, wins and bookings by quarter',
    quarter: 'Quarter',
    quarterLabel: (q: number, months: string) => `Q${q} · ${months}`,
    steady: (roles: string) => `The other roles keep their headcount through the plan: ${roles}.`,
    wins: 'Expected wins',
    month: 'Month',
    overCapacity: 'over capacity',
    bookings: 'New bookings',
    wholePlan: 'Whole plan',
    bookingsGoal: 'Bookings goal (pro rata)',
    bottlenecks: 'When each bottleneck clears',
    reachesCapacity: (role: string, month: string, until: string) => `${role} reaches capacity in ${month}${until ? `; until then ${until}` : ''}.`,
    neverReaches: (role: string, peak: string, until: string) => `${role} does not reach capacity within the plan (its load peaks at ${peak})${until ? `: ${until} throughout` : ''}.`,
    coveredAt: (segment: string, coverage: string) => `${segment} is covered at ${coverage}`,
    allStaffed: 'Every role has the hours its work needs in every month of the plan.',
    onlyWithPlan: 'The playbook has no plan: add `plan: {start: YYYY-MM}` to its index.mdx and hires to its roles to see this page.',
  },

  // Updates for readers: the what's-new page and the RSS feed.
  whatsNew: 'What’s new',
  whatsNewIntro: 'Recent changes to this playbook, newest first, from its Git history, with the pages each one touched.',
  whatsNewLimit: (n: number) => `The ${n} most recent changes are listed.`,
  changedPages: 'Pages changed:',
  /** A note after a name, with the space it needs: ` (Segment)`. */
  parenthetical: (text: string) => ` (${text})`,
  noPage: 'no page',
  noHistory:
    'No changes are recorded for this playbook: the site was built without its Git history (from a download or a shallow clone), or its files are not committed yet.',
  lastRevised: 'Last revision of the playbook, from its “updated” field',
  rssFeed: 'RSS feed',
  subscribe: 'Follow these changes in a feed reader (RSS)',
  feedTitle: (playbook: string) => `${playbook}: what’s new`,
  feedDescription: (playbook: string) => `Recent changes to the playbook “${playbook}” and the pages they touched.`,
  feedRevised: (playbook: string) => `${playbook} revised`,

  // v1.2: actuals (format §10), the actuals page and the measured figure beside each assumption.
  actuals: {
    title: 'Actuals',
    intro: (snapshot: string, period: string, minSample: string, tolerance: string) =>
      `Every assumption of the playbook beside what the CRM measured in the latest snapshot (${snapshot}: the opportunities created ${period}, counted as they stood on its last day). Shares have a 95% interval; a deal size, opportunity rate or cycle drifts when it is more than ${tolerance} from the measured one. A sample smaller than ${minSample} is shown, never judged.`,
    reality: (drifting: number, period: string, days: string, measured: string, written: string) =>
      `${drifting === 0 ? 'No assumption drifts from' : drifting === 1 ? '1 assumption drifts from' : `${drifting} assumptions drift from`} what the CRM measured for the opportunities created ${period} (data ${days} days old). At measured rates the model books ${measured} a year; as written, ${written}.`,
    realityLabel: 'Reality check',
    seeActuals: 'Assumed against measured',
    assumptions: 'Assumed and measured',
    bySegment: 'Segments',
    byProcess: 'Processes',
    assumption: 'Assumption',
    assumed: 'Assumed',
    measured: 'Measured',
    range: 'Interval or tolerance',
    sample: 'Sample',
    standing: 'Standing',
    drifts: 'Drifts: outside what was measured',
    outside: 'Outside the measured interval (follows from the stage conversions)',
    consistent: 'Consistent with what was measured',
    tooFew: (n: string, min: string) => `Too few to judge (${n} of the ${min} needed)`,
    notMeasured: 'Not measured',
    interval: (low: string, high: string) => `95%: ${low}–${high}`,
    tolerance: (tolerance: string, low: string, high: string) => `±${tolerance}: ${low}–${high}`,
    resolved: (n: string) => `${n} won or lost`,
    won: (n: string) => `${n} won`,
    created: (n: string) => `${n} created`,
    reached: (n: string) => `${n} reached it`,
    nOf: (n: string) => `n = ${n}`,
    conversionOf: (stage: string) => `Conversion: ${stage}`,
    counts: (opportunities: string, won: string, lost: string, open: string) => `${opportunities} opportunities: ${won} won, ${lost} lost, ${open} still open.`,
    funnel: 'The funnel, planned and measured',
    funnelPlanned: 'Planned',
    funnelMeasured: 'Measured',
    funnelDescription: (process: string, planned: string, measured: string) => `${process}: planned, ${planned} of the opportunities close won; at the measured conversions, ${measured}.`,
    trend: 'Over the snapshots',
    snapshot: 'Snapshot',
    /** The snapshot a segment's or process's comparison is from, and the period it measured. */
    snapshotOf: (id: string, period: string) => `Snapshot ${id}: ${period}`,
    model: 'The model as written and at measured rates',
    asWritten: 'As written',
    atMeasured: 'At measured rates',
    planBookings: 'New bookings over the plan',
    verdict: (measured: string, written: string, goal: string | null) =>
      `If we keep converting as we do, we book ${measured} a year against a plan of ${written}${goal ? ` and a goal of ${goal}` : ''}.`,
    replacedTitle: 'What the model at measured rates changes',
    replacedLine: (path: string, assumed: string, measured: string) => `${path}: ${assumed} → ${measured}`,
    nothingReplaced: (min: string) => `No sample reaches ${min}, so the model at measured rates is the model as written.`,
    snapshots: 'Snapshots',
    period: (from: string, to: string) => `${from} – ${to}`,
    beside: 'Measured by the CRM',
  },
};
