/**
 * English UI strings of the money side and the people (format §4): cost and quota, the people needed and to hire, the
 * next hire beyond the plan, the cost side of scenarios. One part of the dictionary that en.ts assembles.
 */
import { metricLabel } from '../../model/metric-catalogue.ts';

export const moneyStrings = {
  // The money side and the people (format §4), issue 23: the leader's first screen, people per segment and
  // process, the next hire beyond the plan, the cost side of scenarios.
  money: {
    /** Between the short parts of one line. */
    sep: ' · ',
    strategic: (segment: string) => `${segment} (strategic high ground)`,
    belowGoal: 'below the goal',
    bookingsPlan: (period: string) => `New bookings, plan ${period}`,
    bookingsSteady: 'New bookings a year (steady state)',
    goalProRata: (goal: string) => `Goal ${goal} (pro rata)`,
    steadyState: (money: string) => `Steady state (today’s team, fully productive, a year): ${money}`,
    teamCost: metricLabel('teamCost', 'en'),
    costOfSales: (share: string) => `Cost of sales: ${share} of new bookings`,
    costPerWin: (money: string) => `${money} a won deal`,
    quota: (quota: string) => `Quota carried: ${quota}`,
    quotaCoverage: (share: string) => `${share} of the bookings goal`,
    attainment: (share: string) => `Expected attainment: ${share}`,
    noCost: 'No role has a cost: add `cost` (a person’s fully loaded cost a year) to the roles.',
    /** The two answers to "how many people", each with its label. */
    peopleNeeded: 'People needed (steady state)',
    peopleToHire: 'People to hire (with attrition and the plan)',
    shortBy: 'Short at steady state',
    planHires: (people: string) => `the plan hires ${people}`,
    beyondPlan: (people: string) => `${people} beyond the plan’s hires`,
    noneBeyond: 'none beyond the plan’s hires',
    has: (people: string) => `has ${people}`,
    nextHire: 'Next hire, beyond the plan',
    perYear: (money: string) => `${money} a year`,
    inPlan: (money: string, period: string) => `${money} in ${period}`,
    hireLine: (people: string, planned: string) => `${people} beyond the ${planned} the plan hires`,
    hireLineNoPlan: (people: string) => `${people} beyond today’s team`,
    firstWins: (month: string) => `first wins ${month}`,
    firstWinsAfter: (months: string) => `First wins ${months} after joining`,
    fullPace: (month: string) => `full pace from ${month}`,
    costs: (money: string) => `Costs ${money} a year`,
    net: (money: string) => `net ${money} a year`,
    payback: (months: string) => `pays back in ${months}`,
    atOnce: 'no added cost',
    neverPays: 'never pays back',
    steadyNothing: 'Adds nothing at full pace: the plan’s hires cover the work',
    joins: (month: string) => `Joins ${month}`,
    /** The cost side of a scenario or a change. */
    costSide: 'Cost side',
    costSideText: (cost: string, bookings: string, net: string, payback: string) => `${cost} a year for ${bookings} of new bookings a year, net ${net}; ${payback}.`,
    costSidePayback: (months: string) => `it pays back in ${months}`,
    costSideAtOnce: 'it adds no cost',
    costSideNever: 'it adds no bookings to pay back its cost',
    /** People per segment and per process (the metrics, segment and process pages). */
    peopleTitle: 'People per segment',
    peopleIntro: 'The people each segment’s selling takes, role by role: its deal hours and, for the role that owns its accounts, their coverage hours, in people of that role. Added up, a role’s column is the people its work needs.',
    peopleProcessTitle: 'People per process',
    people: 'People',
    total: 'Total',
    allSegmentsPeople: 'All segments',
    segmentPeople: (total: string) => `This segment takes ${total} of selling a year:`,
    processPeople: (total: string) => `The segments on this process take ${total}:`,
    roleShare: (people: string, role: string) => `${people} of ${role}`,
    noPeople: 'No role puts hours into it.',
    peopleOfRole: (people: string) => people,
    worked: (n: string) => `${n} worked`,
    perPerson: (money: string) => `${money} a person`,
    stop: '.',
    costOfSalesLabel: metricLabel('costOfSales', 'en'),
    firstWinsAtOnce: 'First wins in the month of joining',
    mirrorNotExpected: 'none (mirroring is expected in key-account selling only)',
    roleCost: metricLabel('cost', 'en'),
    roleQuota: metricLabel('quota', 'en'),
  },
};
