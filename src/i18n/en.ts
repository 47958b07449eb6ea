/**
 * English UI strings: the reference dictionary. Every other language must
 * provide exactly these keys (the `Dictionary` type enforces it). The names
 * of the kinds of file are the registry's (src/kinds/), one per language.
 */
import { kindTitle } from '../kinds/index.ts';
import { metricLabel } from '../model/metric-catalogue.ts';

export const en = {
  siteTitle: 'Sales playbooks',
  siteDescription: 'Sales models as code: segments, offerings, processes, roles and the numbers they add up to.',
  skipToContent: 'Skip to content',
  menu: 'Menu',
  closeMenu: 'Close menu',
  mainNavigation: 'Site',
  playbookNavigation: 'Playbook sections',
  breadcrumbs: 'Breadcrumbs',
  pagination: 'Previous and next pages',
  previous: 'Previous',
  next: 'Next',
  editPage: 'Edit this page',
  lastUpdated: 'Last updated',
  allPlaybooks: 'All playbooks',
  docs: 'Documentation',
  search: 'Search',
  searchLabel: 'Search the playbooks',
  searchPlaceholder: 'Search…',
  /** Names of the search filters (Pagefind shows them above the values). */
  filterPlaybook: 'Playbook',
  filterKind: 'Kind',
  searchNoScript: 'Search needs JavaScript. Every page is also reachable from the navigation.',
  searchHint: 'The search index is written by the production build (npm run build), so search does not work in the development server.',
  languageNames: { en: 'English', 'zh-CN': 'Simplified Chinese' },
  language: 'Language',
  notes: 'Notes',
  none: 'None',

  // Sections and kinds (the kinds' names are the registry's).
  overview: 'Sales model',
  segments: kindTitle('segments', 'en', 'many'),
  segment: kindTitle('segments', 'en'),
  offerings: kindTitle('offerings', 'en', 'many'),
  offering: kindTitle('offerings', 'en'),
  processes: kindTitle('processes', 'en', 'many'),
  process: kindTitle('processes', 'en'),
  roles: kindTitle('roles', 'en', 'many'),
  role: kindTitle('roles', 'en'),
  matrix: 'Team-role matrix',
  metrics: 'Metrics',
  stage: 'Stage',
  stages: 'Stages',
  playbook: 'Playbook',

  // Enumerations.
  priority: {
    strategic: 'Strategic high ground',
    core: 'Core',
    opportunistic: 'Opportunistic',
  },
  motive: {
    'price-performance': 'Price-performance',
    'value-realization': 'Value realisation',
    partnership: 'Partnership',
  },
  processType: {
    transactional: 'Transactional',
    solution: 'Solution',
    'key-account': 'Key account',
  },
  processTypeExplanation: {
    transactional: 'Many small, quick deals: the buyer knows what they need and compares offers on price and performance.',
    solution: 'Fewer, larger deals: we diagnose the customer’s problem and prove the value of a tailored solution.',
    'key-account': 'A lasting organisation-to-organisation relationship: our executives mirror theirs and we plan the account together.',
  },
  offeringKind: { product: 'Product', service: 'Service', bundle: 'Bundle' },
  roleFunction: {
    sales: 'Sales',
    telesales: 'Telesales',
    presales: 'Presales',
    executive: 'Executive',
    service: 'Service',
    other: 'Other',
  },
  influence: { economic: 'Economic buyer', technical: 'Technical buyer', user: 'User', coach: 'Coach' },
  raci: {
    R: 'Responsible: does the work',
    A: 'Accountable: owns the outcome and signs off',
    C: 'Consulted: gives input before the decision',
    I: 'Informed: is kept up to date',
    AR: 'Accountable and responsible',
  },

  // Fields and figures.
  goal: 'Goal',
  computed: 'Computed',
  goalVsComputed: 'Goals and computed values',
  meetsGoal: 'meets the goal',
  belowGoal: 'below the goal',
  coverage: metricLabel('coverage', 'en'),
  winRate: metricLabel('winRate', 'en'),
  expectedWins: metricLabel('expectedWins', 'en'),
  expectedRevenue: metricLabel('expectedRevenue', 'en'),
  velocity: metricLabel('velocityPerDay', 'en'),
  opportunities: metricLabel('opportunities', 'en'),
  accounts: metricLabel('accounts', 'en'),
  opportunityRate: 'Opportunities per account per year',
  dealSize: 'Average deal size',
  currency: 'Currency',
  owner: 'Owner',
  cycleDays: metricLabel('cycleDays', 'en'),
  days: 'Days',
  conversion: 'Conversion',
  reach: 'Reach',
  stageGoal: 'Goal',
  exitCriteria: 'Exit criteria',
  motiveLabel: 'Buying motive',
  motivesLabel: 'Buying motives',
  kind: 'Kind',
  includes: 'Includes',
  includedIn: 'Included in',
  usedBy: 'Segments that use it',
  criteria: 'How to recognise an account',
  industries: 'Industries',
  regions: 'Regions',
  employees: 'Employees',
  revenue: 'Annual revenue',
  buyingCriteria: 'Buying criteria',
  buyingCenter: 'Buying centre',
  customerFunction: 'Customer function',
  influenceLabel: 'Influence',
  ourRole: 'Our role',
  mirrorGap: 'Gap: nobody on our side mirrors this function',
  coverageCadence: 'Account coverage',
  touchesPerYear: 'Touches per account per year',
  hoursPerTouch: 'Hours per touch',
  coverageHours: metricLabel('coverageHours', 'en'),
  dealHours: metricLabel('dealHours', 'en'),
  hoursPerOpportunity: 'Hours per opportunity',
  bottleneck: 'Bottleneck role',
  noBottleneck: 'No role limits the coverage',
  accountable: 'Accountable',
  responsible: 'Responsible',
  raciLetter: 'RACI',
  legend: 'Legend',
  functionLabel: 'Function',
  headcount: 'Headcount',
  sellingHours: metricLabel('sellingHours', 'en'),
  counterparts: 'Customer functions it mirrors',
  requiredHours: metricLabel('requiredHours', 'en'),
  availableHours: metricLabel('availableHours', 'en'),
  load: metricLabel('load', 'en'),
  fteNeeded: metricLabel('fteNeeded', 'en'),
  capacityFactor: metricLabel('capacityFactor', 'en'),
  capacity: 'Capacity',
  participation: 'Where it takes part',
  ownsCoverage: 'Accounts it covers',
  hoursBySegment: 'Required hours by segment',
  stageFlow: 'Stage flow',
  funnel: 'Funnel',
  raciTable: 'Who does what',
  segmentNumbers: 'The segment’s numbers',
  salesModel: 'The sales model at a glance',
  warnings: 'Warnings',
  noWarnings: 'No metric warnings: capacity, coverage and win rate meet the goals.',
  /** A short name for each diagnostic code (format §3), shown before its message. */
  howComputed: 'How the figures are computed',
  perSegment: 'By segment',
  perRole: 'By role',
  perProcess: 'By process',
  mirrorMap: 'Executive mirror map',
  mirrorMapIntro:
    'Each customer function in a buying centre, and the role of the segment’s process that mirrors it through its counterparts. Key-account selling needs every function mirrored.',
  matrixIntro: 'Who is responsible, accountable, consulted or informed in every stage of every process.',
  segmentCount: (n: number) => (n === 1 ? '1 segment' : `${n} segments`),
  stageOf: (k: number, n: number) => `Stage ${k} of ${n}`,
  conversionToNext: (value: string) => `${value} go on`,
  conversionToWin: (value: string) => `${value} close won`,
  loadOf: (value: string) => `load ${value}`,
  funnelDescription: (process: string) => `Share of ${process}’s opportunities that reach each stage and close won.`,
  capacityDescription: 'Required hours against available hours for each role; a bar past the line needs more people than it has.',
  requiredVsAvailable: (required: string, available: string) => `${required} required of ${available} available`,
  won: 'Won',
  noneInfinite: 'no capacity',
  minMax: (min: string | null, max: string | null) =>
    min !== null && max !== null ? `${min} – ${max}` : min !== null ? `at least ${min}` : `at most ${max}`,
  explanations: {
    reach: 'Reach of a stage: the share of the process’s opportunities that get to it — 100% for the first stage, then the product of the conversions of the stages before it.',
    processWinRate: 'Win rate of a process: the product of all its stage conversions. Won cycle: the sum of its stage days.',
    opportunities: 'Opportunities per year: target accounts × opportunities per account per year.',
    dealHours: 'Deal hours of a role in a segment: opportunities × the sum over the stages of (reach × the role’s hours in that stage).',
    coverageHours: 'Coverage hours: accounts × touches per year × hours per touch, charged to the segment’s coverage owner.',
    required: 'Required hours of a role: its deal hours in every segment plus the coverage hours of the segments it owns. Available hours: headcount × selling hours per person.',
    load: 'Load: required ÷ available hours (no capacity when a role has no hours available but work to do). FTE needed: required hours ÷ selling hours per person.',
    capacityFactor: 'Capacity factor of a role: available ÷ required hours, at most 100% — the share of its work it can actually do.',
    segmentCoverage: 'Coverage of a segment: the smallest capacity factor among the roles that put hours into it (100% when none does). Its win rate is its process’s.',
    expected:
      'Expected wins: opportunities × coverage × win rate. Expected revenue (new bookings a year): expected wins × deal size. Velocity: expected revenue ÷ 365, per day. Open pipeline: the opportunities in flight at any time, opportunities × coverage × the days an opportunity stays open ÷ 365 (each stage’s days counted only for the opportunities that reach it); its value is that times the deal size.',
    people:
      'People a segment takes, by role: its deal hours for the role, plus its coverage hours for the role that owns its accounts, ÷ that role’s selling hours per person. A process takes the sum over the segments on it.',
    money:
      'Team cost: headcount × cost a person, over the roles with a cost. Cost of sales: team cost ÷ expected revenue. Cost per win: team cost ÷ expected wins. Carried quota: headcount × quota a person; quota coverage: carried quota ÷ the bookings goal; expected attainment: expected revenue ÷ carried quota.',
    peopleNeeded: 'the people whose selling hours would do all of a role’s work, fully productive and nobody leaving (steady state): its required hours ÷ selling hours per person.',
    peopleToHire:
      'the hires that bring a role to the people it needs once attrition is counted (people needed ÷ the share of the team at work after people leave and seats stay empty), less its headcount today. The plan’s hires count toward them.',
    playbook:
      'Playbook coverage: the segments’ coverage weighted by their target accounts. Playbook win rate: expected wins ÷ the opportunities the team can work (opportunities × coverage).',
  },
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have moved when a playbook was renamed.',
  notFoundHome: 'Go to all playbooks',
  docsIntro: 'How to design a sales model and write it as a playbook.',
  playbooksIntro: 'Every sales model in this repository, with its coverage and win rate against its goals.',

  // Native wording in each language (issue 17): the punctuation around labels, criteria with their units, the switch
  // between the English and the Chinese pages, and the generated references of the docs.
  locale: {
    /** The language's name in itself: the text of the link to this language from a page in another. */
    selfName: 'English',
    /** The title of that link, in this language. */
    readInThis: 'Read this page in English',
    /** A label before its value, with the language's colon and spacing: `Last updated: ` / `最后更新：`. */
    label: (label: string) => `${label}: `,
    /** A label and its value: `Kind: Product` / `类型：产品`. */
    labelled: (label: string, value: string) => `${label}: ${value}`,
    /** The colon after a label, with its spacing, where the value is markup (a link): `: ` / `：`. */
    colon: ': ',
    /** Parentheses around markup, with the space before them: ` (` … `)` / `（` … `）` (text goes through `parenthetical`). */
    parentheses: { open: ' (', close: ')' },
    /** The space between a word and markup after it (a link): ` ` in English, none in Chinese (`包含于<a>…</a>`). */
    wordGap: ' ',
    /** The role that owns the account coverage of a segment (not the playbook's maintainer). */
    coverageOwner: 'Coverage owner',
    /** A segment's size criterion, from counts formatted with `fmt.count`: `200–2,000 employees`, `3,000 人以上`. */
    employeesRange: (min: string | null, max: string | null) =>
      min !== null && max !== null ? `${min}–${max} employees` : min !== null ? `${min} employees or more` : `up to ${max} employees`,
    /** A segment's revenue criterion, from money formatted with `fmt.moneyShort`: `$5M or more`, `50 亿元以上`. */
    revenueRange: (min: string | null, max: string | null) =>
      min !== null && max !== null ? `${min} – ${max}` : min !== null ? `${min} or more` : `up to ${max}`,
    /** The separator before item `i` (from 1) of `n` in a list of elements (links, code): `, ` and ` and ` / `、` and ` 和 `. */
    listSeparator: (i: number, n: number): string => (i === n - 1 ? ' and ' : ', '),
    /** The docs' generated references (src/components/docs/). */
    reference: {
      field: 'Field',
      type: 'Type',
      required: 'Required',
      default: 'Default',
      meaning: 'Meaning',
      yes: 'yes',
      no: 'no',
      /** Caption of a field table, before the file it is about. */
      fieldsOf: (entity: string) => `${entity} fields — `,
      /** Where a stage's fields are written. */
      stageFile: (processFile: string) => `${processFile}, each item of its \`stages\` list`,
      allCodes: 'Every diagnostic code',
      codesOf: { error: 'Every error code', warning: 'Every warning code' },
      code: 'Code',
      severity: 'Severity',
      reportedWhen: 'Reported when',
      severityName: { error: 'error', warning: 'warning' },
      severityTitle: { error: 'Error', warning: 'Warning' },
      /** What a code of each severity does, after its name (`` `--strict` `` is inline code). */
      severityEffect: { error: ' — the check and the build fail. ', warning: ' — reported; fails only with `--strict`. ' },
      example: 'Example.',
      /** Between a bold lead-in (`Example.`, `Fix.`) and its text. */
      gap: ' ',
      /** Caption of the checker's output; backticks mark code. */
      prints: '`npm run check` prints',
      alsoReports: 'The same change also reports ',
      alsoReportsEnd: '.',
      fix: 'Fix.',
    },
  },

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

  // The book of a playbook (format §6, `/<pb>/book/`), its PDF, the Markdown twins of the pages and /llms.txt.
  book: {
    /** The link to the book in the playbook's navigation. */
    nav: 'Whole playbook (print)',
    title: 'Book',
    /** The book's `<title>`, also the PDF's title. */
    documentTitle: (playbook: string) => `${playbook} — the whole playbook`,
    eyebrow: 'Sales playbook',
    intro: 'Everything in this playbook on one page, in reading order: print it, or save it as a PDF.',
    /** Before the command that prints the book to PDF (shown on screen, not printed). */
    pdfHint: 'For a PDF with page numbers: ',
    contents: 'Contents',
    /** The PDF's page footer; the arguments are markup that Chromium fills in. */
    pageFooter: (page: string, total: string) => `Page ${page} of ${total}`,
    /** The Markdown twins: the file's fields (named as in the format) and what the model computes from them. */
    fields: 'Fields',
    field: 'Field',
    value: 'Value',
    figures: 'Computed figures',
    figure: 'Figure',
    wholePlaybook: 'The whole playbook',
    coveredAccounts: metricLabel('coveredAccounts', 'en'),
    openPipeline: metricLabel('openPipeline', 'en'),
    pipelineValue: metricLabel('pipelineValue', 'en'),
    baseline: 'Baseline',
    changes: 'Changes',
    months: (n: number) => (n === 1 ? '1 month' : `${n} months`),
    /** Before a warning that a scenario clears or adds. */
    cleared: 'Cleared:',
    added: 'Added:',
    /** /llms.txt (in the site's language, English). */
    llms: {
      intro:
        'Each playbook is one sales model: its target segments, offerings, sales processes and team roles, and the coverage, capacity and win rate they add up to.',
      markdown:
        'Every page of a playbook has a Markdown version at its address followed by `index.md`. The links below go to each playbook’s whole book in Markdown, and to the guides.',
      playbooks: 'Playbooks',
      docs: 'Docs',
    },
  },

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

  // The docs' quotes of the example playbooks (src/components/docs/FromExample.astro): what a page says in place of
  // the part about an example that the site does not include (a team that dropped the examples).
  examples: {
    leftOut: (ids: readonly string[]) =>
      `This part of the page illustrates the idea with the example playbook${ids.length === 1 ? '' : 's'} ${ids.join(' and ')}, which this site does not include.`,
  },

  // Strings of one feature go in one group object, inserted just above this line.
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

  // What's new as business changes (issue 23): the fields a commit changed and the figures it moved.
  changes: {
    field: (entity: string, field: string, before: string, after: string) => `${entity}: ${field} — ${before} → ${after}`,
    set: (entity: string, field: string, value: string) => `${entity}: ${field} set to ${value}`,
    unset: (entity: string, field: string) => `${entity}: ${field} removed`,
    changed: (entity: string, field: string) => `${entity}: ${field} changed`,
    body: (entity: string) => `${entity}: text revised`,
    added: (kind: string, entity: string) => `New ${kind.toLowerCase()}: ${entity}`,
    removed: (kind: string, entity: string) => `${kind} removed: ${entity}`,
    more: (n: number) => `and ${n} more ${n === 1 ? 'change' : 'changes'}`,
    moved: (figure: string, delta: string, after: string) => `${figure} ${delta}, to ${after}`,
    roleLoad: (role: string) => `${role} load`,
    fieldsTitle: 'What changed:',
    movesTitle: 'Figures that moved:',
    noMoves: 'No figure of the model moved.',
    unknown: 'The playbook’s files changed (its earlier version could not be read from the history).',
    separator: '; ',
    stage: (process: string, stage: string) => `${process}, stage ${stage}`,
    fields: {
      title: 'title',
      summary: 'summary',
      headcount: 'headcount',
      sellingHours: 'selling hours',
      accounts: 'target accounts',
      opportunityRate: 'opportunities per account',
      dealSize: 'deal size',
      conversion: 'conversion',
      days: 'days',
      cost: 'cost a person',
      quota: 'quota a person',
      hires: 'hires',
      rampMonths: 'months to ramp',
      attrition: 'attrition',
      'coverage.touchesPerYear': 'touches a year',
      'coverage.hoursPerTouch': 'hours a touch',
      'coverage.owner': 'coverage owner',
      'goals.coverage': 'coverage goal',
      'goals.winRate': 'win-rate goal',
      'goals.bookings': 'bookings goal',
      process: 'process',
      priority: 'priority',
      motive: 'buying motive',
      goal: 'stage goal',
      exitCriteria: 'exit criteria',
      type: 'process type',
      kind: 'kind',
      motives: 'buying motives',
      includes: 'includes',
      function: 'function',
      counterparts: 'customer functions it mirrors',
      buyingCriteria: 'buying criteria',
      buyingCenter: 'buying centre',
      offerings: 'offerings',
      'criteria.industries': 'industries',
      'criteria.regions': 'regions',
      'criteria.employees.min': 'employees at least',
      'criteria.employees.max': 'employees at most',
      'criteria.revenue.min': 'annual revenue at least',
      'criteria.revenue.max': 'annual revenue at most',
      'attrition.rate': 'attrition a year',
      'attrition.backfillMonths': 'months a seat stays empty',
      'plan.start': 'first month of the plan',
      'plan.months': 'length of the plan',
      currency: 'currency',
      owner: 'owner',
      stages: 'stages',
    } as Record<string, string>,
    /** A value that is not there any more (a list emptied, a field set to nothing). */
    none: 'none',
    /** A stage's hours and RACI letter of one role. */
    roleHours: (role: string) => `hours of ${role}`,
    roleRaci: (role: string) => `RACI letter of ${role}`,
    raciLetter: { R: 'R (does the work)', A: 'A (owns the outcome)', C: 'C (consulted)', I: 'I (informed)', AR: 'AR (owns it and does the work)' } as Record<string, string>,
  },

  // Where a warning on a page is, in words (issue 24): the file's entity, a stage, the field; the file and line go in
  // a tooltip. `field` and `stage` take the words before them.
  place: {
    entity: (kind: string, title: string) => `${kind} ${title}`,
    stage: (entity: string, stage: string) => `${entity}, stage ${stage}`,
    field: (place: string, field: string) => `${place}, field ${field}`,
    text: (place: string) => `${place}, in its text`,
    /** The tooltip: the code and the file position, for authors and engineers. */
    source: (code: string, position: string) => `${code} · ${position}`,
  },
};

/** The shape every language must provide. */
export type Dictionary = typeof en;
