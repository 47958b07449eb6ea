/**
 * The catalogue of the model's figures: for every metric of format §4 and
 * §8, its unit (the kind of number: how every page, report and `<Metric>`
 * writes it), its names in each language and what it means. The snapshots'
 * measured figures (§10) are in ./actuals-catalogue.ts.
 *
 * Where each figure is (the playbook's, each entity's, the plan's, a
 * month's) is ./metric-scopes.ts.
 *
 * Everything that names or formats a figure reads it here: the `<Metric>`
 * paths (./metric-paths.ts), `diff`, `what-if`, the pages (through the
 * dictionaries, src/i18n/) and the docs. A kind of the registry may add
 * figures of its own, read from its entities' data (`figures` of its
 * definition, src/kinds/define.ts): they join the catalogue under the kind.
 */
import type { FigureDefinition, Lang } from '../kinds/index.ts';

/** A text in each language. */
export type MetricText = Readonly<Record<Lang, string>>;

/**
 * One metric: its unit, its names and its meaning (FigureDefinition), and the
 * names some tables give it instead of `label` — kept here, beside the
 * others, until one figure has one name everywhere.
 */
export interface MetricDefinition extends FigureDefinition {
  /** Its name in the before-and-after tables of the scenario pages and `what-if`, where it differs from `label`. */
  compareLabel?: MetricText;
  /** Its name in `what-if`'s table, where it differs from `compareLabel`. */
  whatIfLabel?: MetricText;
}

const text = (en: string, zh: string): MetricText => ({ en, 'zh-CN': zh });

/** Every metric of the model, by key. */
export const METRICS = {
  coverage: {
    unit: 'share',
    label: text('Coverage', '覆盖率'),
    term: text('coverage', '覆盖率'),
    description: text(
      'The share of the target accounts the team has the hours to work: for a segment, the smallest capacity factor of the roles that put hours into it; for the playbook, the segments’ coverage weighted by their accounts.',
      '团队有工时去跟进的目标客户所占比例：客群取为其投入工时的各岗位中最低的产能满足率；整本手册为各客群覆盖率按目标客户数加权平均。',
    ),
  },
  winRate: {
    unit: 'share',
    label: text('Win rate', '赢单率'),
    term: text('win rate', '赢单率'),
    description: text(
      'The share of the opportunities worked that are won: a process’s is the product of its stage conversions, a segment’s its process’s; the playbook’s is expected wins ÷ the opportunities worked.',
      '跟进的商机中赢单的比例：销售流程的赢单率为各阶段转化率之积，客群取其销售流程的赢单率；整本手册为预计赢单数 ÷ 实际跟进的商机数。',
    ),
  },
  expectedWins: {
    unit: 'wins',
    label: text('Expected wins per year', '预计年赢单数'),
    compareLabel: text('Expected wins a year', '预计年赢单数'),
    term: text('expected wins', '预计赢单数'),
    description: text('Opportunities × coverage × win rate: the deals won in a year.', '商机数 × 覆盖率 × 赢单率：一年赢下的订单数。'),
  },
  expectedRevenue: {
    unit: 'money',
    label: text('Expected new bookings a year', '预计年签约额'),
    compareLabel: text('Expected revenue (new bookings a year)', '预计年签约额'),
    whatIfLabel: text('Expected revenue (bookings)', '预计年签约额'),
    term: text('expected revenue', '预计签约额'),
    description: text('Expected wins × deal size: the new bookings of a year.', '预计赢单数 × 平均订单金额：一年的新签约额。'),
  },
  accounts: {
    unit: 'count',
    label: text('Target accounts', '目标客户数'),
    term: text('target accounts', '目标客户数'),
    description: text('The target accounts of every segment.', '各客群目标客户数之和。'),
  },
  coveredAccounts: {
    unit: 'count',
    label: text('Covered accounts', '能覆盖的客户数'),
    compareLabel: text('Covered accounts', '已覆盖客户数'),
    term: text('covered accounts', '能覆盖的客户数'),
    description: text('Accounts × coverage: the target accounts the team can work.', '目标客户数 × 覆盖率：团队能跟进的目标客户数。'),
  },
  openPipeline: {
    unit: 'wins',
    label: text('Open pipeline (opportunities in flight)', '在途商机数'),
    term: text('open pipeline', '在途商机'),
    description: text(
      'The opportunities in flight at any time: opportunities × coverage × the days an opportunity stays open ÷ 365.',
      '任一时刻正在推进的商机数：商机数 × 覆盖率 × 商机平均在途天数 ÷ 365。',
    ),
  },
  pipelineValue: {
    unit: 'money',
    label: text('Pipeline value', '在途商机金额'),
    term: text('pipeline value', '在途商机金额'),
    description: text('Open pipeline × deal size.', '在途商机数 × 平均订单金额。'),
  },
  opportunities: {
    unit: 'wins',
    label: text('Opportunities per year', '年商机数'),
    term: text('opportunities', '商机数'),
    description: text('Target accounts × opportunities per account per year: what the accounts could bring, before coverage.', '目标客户数 × 每客户每年商机数：未计覆盖率时客户一年能带来的商机。'),
  },
  workedOpportunities: {
    unit: 'wins',
    label: text('Opportunities worked per year', '年实际跟进商机数'),
    term: text('opportunities worked', '实际跟进的商机数'),
    description: text('Opportunities × coverage: the opportunities the team works in a year.', '商机数 × 覆盖率：团队一年实际跟进的商机数。'),
  },
  velocityPerDay: {
    unit: 'money',
    label: text('Sales velocity per day', '日均签约额'),
    term: text('sales velocity', '日均签约额'),
    description: text('Expected revenue ÷ 365: the new bookings of a day.', '预计年签约额 ÷ 365：平均每天的新签约额。'),
  },
  peopleTotal: {
    unit: 'people',
    label: text('People needed', '所需人数'),
    term: text('people', '所需人数'),
    description: text(
      'The people the selling takes, every role added up: a segment’s deal hours and coverage hours ÷ each role’s selling hours per person; a process’s are its segments’.',
      '销售工作所需的人数，各岗位相加：客群的商机工时和覆盖工时 ÷ 各岗位的人均年销售工时；销售流程为走该流程的各客群之和。',
    ),
  },
  teamCost: {
    unit: 'money',
    label: text('Team cost a year', '团队年成本'),
    term: text('team cost', '团队年成本'),
    description: text('Headcount × cost a person, over the roles with a `cost`; none when no role has one.', '填写了 `cost` 的各岗位的人数 × 每人年成本之和；没有岗位填写时不计算。'),
  },
  costOfSales: {
    unit: 'share',
    label: text('Cost of sales', '销售费用率'),
    term: text('cost of sales', '销售费用率'),
    description: text('Team cost ÷ expected revenue.', '团队年成本 ÷ 预计年签约额。'),
  },
  costPerWin: {
    unit: 'money',
    label: text('Cost per win', '每单成本'),
    term: text('cost per win', '每单成本'),
    description: text('Team cost ÷ expected wins.', '团队年成本 ÷ 预计年赢单数。'),
  },
  carriedQuota: {
    unit: 'money',
    label: text('Carried quota', '承担的签约指标'),
    term: text('carried quota', '承担的签约指标'),
    description: text('Headcount × quota a person, over the roles with a `quota`; none when no role has one.', '填写了 `quota` 的各岗位的人数 × 每人年指标之和；没有岗位填写时不计算。'),
  },
  quotaCoverage: {
    unit: 'share',
    label: text('Quota coverage', '指标覆盖率'),
    term: text('quota coverage', '指标覆盖率'),
    description: text('Carried quota ÷ the bookings goal (`goals.bookings`).', '承担的签约指标 ÷ 签约额目标（`goals.bookings`）。'),
  },
  quotaAttainment: {
    unit: 'share',
    label: text('Expected attainment', '预计指标完成率'),
    term: text('expected attainment', '预计指标完成率'),
    description: text('Expected revenue ÷ carried quota.', '预计年签约额 ÷ 承担的签约指标。'),
  },
  requiredHours: {
    unit: 'hours',
    label: text('Required hours', '所需工时'),
    term: text('required hours', '所需工时'),
    description: text('A role’s deal hours in every segment plus the coverage hours of the segments it owns.', '岗位在各客群的商机工时，加上其负责覆盖的客群的覆盖工时。'),
  },
  availableHours: {
    unit: 'hours',
    label: text('Available hours', '可用工时'),
    term: text('available hours', '可用工时'),
    description: text('Headcount × selling hours per person (in a month of the plan, the effective headcount’s).', '编制人数 × 人均年销售工时（人力计划中按当月折合在岗人数计）。'),
  },
  load: {
    unit: 'load',
    label: text('Load', '负荷率'),
    term: text('load', '负荷率'),
    description: text('Required ÷ available hours; above 100%, the role has more work than hours.', '所需工时 ÷ 可用工时；超过 100% 即工作多于工时。'),
  },
  fteNeeded: {
    unit: 'people',
    label: text('People needed (FTE)', '所需人数（折合全职）'),
    term: text('people needed', '所需人数'),
    description: text('Required hours ÷ selling hours per person: the people whose hours would do all of the role’s work.', '所需工时 ÷ 人均年销售工时：完成岗位全部工作所需的人数。'),
  },
  dealHours: {
    unit: 'hours',
    label: text('Deal hours per year', '年商机工时'),
    term: text('deal hours', '商机工时'),
    description: text('Opportunities × the sum over the stages of reach × the role’s hours in the stage, over the segments.', '各客群的商机数 × 各阶段（到达率 × 该岗位在该阶段的工时）之和。'),
  },
  coverageHours: {
    unit: 'hours',
    label: text('Coverage hours per year', '年覆盖工时'),
    term: text('coverage hours', '覆盖工时'),
    description: text('Accounts × touches per year × hours per touch, charged to each segment’s coverage owner.', '客户数 × 每年接触次数 × 每次接触工时，计入各客群的覆盖负责人所在岗位。'),
  },
  sellingHours: {
    unit: 'hours',
    label: text('Selling hours per person per year', '人均年销售工时'),
    term: text('selling hours', '人均年销售工时'),
    description: text('The role’s own `sellingHours`, else the playbook’s.', '岗位自己的 `sellingHours`，没有时取手册的。'),
  },
  capacityFactor: {
    unit: 'share',
    label: text('Capacity factor', '产能满足率'),
    term: text('capacity factor', '产能满足率'),
    description: text('Available ÷ required hours, at most 100%: the share of its work the role can do.', '可用工时 ÷ 所需工时，最高 100%：岗位实际能完成的工作所占比例。'),
  },
  cost: {
    unit: 'money',
    label: text('Cost a year', '年成本'),
    term: text('cost', '年成本'),
    description: text('Headcount × the role’s `cost`; none without one.', '编制人数 × 岗位的 `cost`；未填写时不计算。'),
  },
  quota: {
    unit: 'money',
    label: text('Quota carried', '承担的签约指标'),
    term: text('quota carried', '承担的签约指标'),
    description: text('Headcount × the role’s `quota`; none without one.', '编制人数 × 岗位的 `quota`；未填写时不计算。'),
  },
  cycleDays: {
    unit: 'days',
    label: text('Won cycle', '成交周期'),
    term: text('cycle', '成交周期'),
    description: text('The sum of the process’s stage days: how long a won deal takes.', '销售流程各阶段天数之和：赢下一单所需的时间。'),
  },
  pipelineDays: {
    unit: 'days',
    label: text('Days an opportunity stays open', '商机平均在途天数'),
    term: text('days open', '在途天数'),
    description: text('Σ reach × days of each stage: a lost opportunity leaves at the stage where it is lost.', '各阶段到达率 × 天数之和：丢单的商机在丢单的阶段离开。'),
  },
  effectiveHeadcount: {
    unit: 'people',
    label: text('Effective headcount', '折合在岗人数'),
    term: text('effective headcount', '折合在岗人数'),
    description: text(
      'A month’s people at full productivity: the headcount, the hires ramping up, less attrition and empty seats.',
      '某月按满负荷折算的人数：现有人数，加上逐步上手中的新人，减去人员流失和岗位空缺。',
    ),
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricKey = keyof typeof METRICS;

/** A metric of the model by key. */
export function metricDefinition(key: string): MetricDefinition | undefined {
  return Object.hasOwn(METRICS, key) ? (METRICS as Record<string, MetricDefinition>)[key] : undefined;
}

/** A metric's name in a language: on the pages (`label`), in a sentence (`term`), in the before-and-after tables. */
export function metricLabel(key: MetricKey, lang: Lang, as: 'label' | 'term' | 'compare' | 'what-if' = 'label'): string {
  const m: MetricDefinition = METRICS[key];
  const names = as === 'term' ? m.term : as === 'compare' ? (m.compareLabel ?? m.label) : as === 'what-if' ? (m.whatIfLabel ?? m.compareLabel ?? m.label) : m.label;
  return names[lang];
}
