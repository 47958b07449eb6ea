/**
 * English UI strings of the leader's view and the rep's view (issue 16): the summary and what to do, roles by load,
 * the next hire priced, the stage cards, the role and matrix pages. One part of the dictionary that en.ts assembles.
 */

export const leaderStrings = {
  // The leader's view and the rep's view (issue 16): the summary at the top of the overview and the metrics page, the
  // next hire priced, roles by load, stage cards with their talk tracks.
  leader: {
    heading: 'At a glance',
    whatToDo: 'What to do',
    accountCoverage: 'Account coverage',
    goal: (goal: string) => `Goal ${goal}`,
    coveredOf: (covered: string, total: string, uncovered: string) => `${covered} of ${total} accounts covered; ${uncovered} uncovered`,
    allCovered: (total: string) => `All ${total} target accounts covered`,
    openPipeline: 'Open pipeline',
    pipelineWorth: (value: string) => `opportunities in flight at any time, worth ${value}`,
    winsPerYear: (wins: string) => `${wins} wins a year expected`,
    bookings: 'New bookings a year',
    noBookingsGoal: 'No bookings goal set (goals.bookings)',
    ofGoal: (share: string) => `${share} of the goal`,
    morePeople: (n: string) => `${n} more ${n === '1' ? 'person' : 'people'}`,
    bottleneckLoad: (load: string, headcount: string, needed: string) => `Load ${load}: ${headcount}, needs ${needed}`,
    bottleneck: 'Bottleneck',
    noBottleneck: 'None',
    busiest: (role: string, load: string) => `Every role has the hours it needs; the busiest is ${role} at ${load}`,
    nextHire: 'Next hire, a year',
    plusPeople: (people: string) => `+${people}`,
    nextHireEffect: (people: string, coverage: string, wins: string) => `${people}: ${coverage} coverage, ${wins} wins`,
    nextHirePlan: (money: string, ramp: string) => `${money} within the plan (${ramp})`,
    nextHireNothing: 'Nothing now',
    nextHireNothingDetail: 'No role is over capacity: one more person anywhere adds no bookings now.',
    toMetrics: 'Every figure, and how it is computed',
    toScenarios: 'Scenarios: what-if plans side by side',
    toPlan: 'The plan, month by month',
    coverageDefinition: (accounts: string) =>
      `the share of the ${accounts} target accounts that the team has the hours to work at each segment’s cadence of touches. It is not pipeline coverage (pipeline against quota).`,
    pipelineDefinition: (count: string, value: string) =>
      `the opportunities in flight at any time (${count}) and what they are worth (${value}): the deals being worked, not the accounts being covered.`,
    actionHire: (people: string, role: string, load: string) => `Add ${people} to ${role}, the bottleneck at a load of ${load}.`,
    /** The plan's hires bring the bottleneck to capacity. */
    actionHirePlanned: (planned: string, role: string, load: string, month: string) =>
      `Make the hires the plan counts on (${planned}): ${role}, the bottleneck at a load of ${load} today, reaches capacity in ${month}.`,
    /** The plan's hires are not enough. */
    actionHireBeyond: (people: string, planned: string, role: string, load: string) =>
      `Add ${people} to ${role} beyond the ${planned} the plan hires: it is the bottleneck, at a load of ${load}, and stays over capacity to the end of the plan.`,
    /** Enough people planned, but the role is still over capacity at the plan's end. */
    actionHireSooner: (planned: string, role: string, load: string) =>
      `Make the hires the plan counts on, and sooner: with the ${planned} planned, ${role}, the bottleneck at a load of ${load} today, is still over capacity at the end of the plan.`,
    /** Between two sentences. */
    sentenceGap: ' ',
    actionHireValue: (n: string, money: string) => `${n === '1' ? 'One more person' : `${n} more people`} there adds ${money} of new bookings a year.`,
    caps: (segments: string, coverage: string) => `Caps ${segments} at ${coverage}`,
    actionWinRate: (rate: string, goal: string, stage: string, process: string, conversion: string) =>
      `Every role has the hours its work needs, but the win rate of ${rate} is below the goal of ${goal}: start with the ${stage} stage of ${process}, where only ${conversion} go on.`,
    actionBookings: (bookings: string, goal: string) =>
      `Coverage and win rate meet their goals, but ${bookings} of new bookings a year falls short of the ${goal} goal: add target accounts or opportunities, or raise the deal size.`,
    actionAllMet: (role: string, load: string) => `Every goal is met and every role has the hours its work needs; the busiest is ${role} at a load of ${load}.`,
    actionAllMetIdle: 'Every goal is met.',

    // The metrics page.
    rolesTitle: 'Roles by load',
    rolesIntro:
      'The busiest role first. Load is the hours a role’s work needs against the hours its people have; above 100% the role is short of people and caps the coverage of the segments it works on.',
    gap: 'Short by',
    noGap: 'none',
    hoursChart: 'Hours needed against hours available',
    hoursSplit: (deal: string, coverage: string) => `${deal} on deals, ${coverage} on coverage`,
    capacityText: (required: string, available: string) => `${required} needed, ${available} available`,
    segmentsTitle: 'Segments',
    accountsOf: (covered: string, total: string) => `${covered} of ${total} accounts`,
    winsYear: 'Wins a year',
    bookingsYear: 'Bookings a year',
    allSegments: 'All segments',
    nextHireTitle: 'The next hire, priced',
    nextHireIntro:
      'What one more person in each role does to the model, fully productive for a year: each change is run as a scenario on a copy of the playbook. A role shared below one person gets the smallest share that matters, half or a quarter of a person.',
    nextHirePlanIntro: 'Within the plan, the same person joins in its first month and ramps up as the role’s new people do.',
    adds: 'Adds',
    change: (before: string, after: string) => `${before} → ${after}`,
    accountsCovered: 'Accounts covered',
    planColumn: (period: string) => `Within the plan (${period})`,
    clears: (warnings: string) => `Clears: ${warnings}`,
    nextHireRest: (roles: string) => `One more person in any other role adds nothing now, because they have hours to spare: ${roles}.`,

    // The process page: the stage cards.
    stageCards: 'Stage by stage',
    stageMeta: (days: string, conversion: string) => `${days} · ${conversion}`,
    /** Two short facts on one line. */
    pair: (a: string, b: string) => `${a} · ${b}`,
    checklistHint: 'Tick each criterion off as the deal meets it; nothing is saved.',
    talkTrack: 'Talk track',

    // The role page.
    whatItDoes: 'What it does',
    forManagers: 'Capacity, for managers',
    roleNextHire: (n: string, money: string) => `${n === '1' ? 'One more person' : `${n} more people`} in this role would add ${money} of new bookings a year.`,
    roleNextHireInPlan: (n: string, money: string) =>
      `${n === '1' ? 'One more person' : `${n} more people`} in this role would add ${money} of new bookings within the plan, while its people leave and ramp.`,
    roleNextHireNone: 'One more person in this role adds no bookings now: it has hours to spare.',

    // The matrix page.
    matrixIntro: 'One table per process: who is responsible, accountable, consulted or informed in each of its stages. Roles without a part in a process are left out of its table.',
    noPart: (roles: string) => `Taking part in no stage of any process: ${roles}.`,
  },
};
