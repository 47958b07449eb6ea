/**
 * The catalogue of what a snapshot measured (format §10's export keys,
 * quoted as `actuals.segments.<id>.<key>`, `actuals.processes.<id>.<key>`,
 * `actuals.<scope>.<id>.stages.<stage>.<key>`): unit, names and meaning of
 * each figure, and where it is. The model's own figures are in
 * ./metric-catalogue.ts.
 */
import type { MetricDefinition, MetricText } from './metric-catalogue.ts';

const text = (en: string, zh: string): MetricText => ({ en, 'zh-CN': zh });

/** Every measured figure, by key. */
export const ACTUALS_METRICS = {
  opportunities: {
    unit: 'count',
    label: text('Opportunities created', '新建商机数'),
    term: text('opportunities created', '新建商机数'),
    description: text('The opportunities created in the snapshot’s period.', '快照统计期内新建的商机数。'),
  },
  won: {
    unit: 'count',
    label: text('Won', '赢单'),
    term: text('won', '赢单数'),
    description: text('Of those, the opportunities won by the end of the period.', '其中到统计期末已赢单的商机数。'),
  },
  lost: {
    unit: 'count',
    label: text('Lost', '丢单'),
    term: text('lost', '丢单数'),
    description: text('Of those, the opportunities lost by the end of the period.', '其中到统计期末已丢单的商机数。'),
  },
  open: {
    unit: 'count',
    label: text('Still open', '未结'),
    term: text('still open', '未结商机数'),
    description: text('Created − won − lost.', '新建商机数 − 赢单数 − 丢单数。'),
  },
  winRate: {
    unit: 'share',
    label: text('Measured win rate', '实际赢单率'),
    term: text('measured win rate', '实际赢单率'),
    description: text('Won ÷ (won + lost).', '赢单数 ÷（赢单数 + 丢单数）。'),
  },
  winRateLow: {
    unit: 'share',
    label: text('Win rate, low end', '赢单率区间下限'),
    term: text('win rate’s low end', '赢单率区间下限'),
    description: text('The low end of the win rate’s 95% interval (Wilson).', '赢单率 95% 置信区间（Wilson）的下限。'),
  },
  winRateHigh: {
    unit: 'share',
    label: text('Win rate, high end', '赢单率区间上限'),
    term: text('win rate’s high end', '赢单率区间上限'),
    description: text('The high end of the win rate’s 95% interval (Wilson).', '赢单率 95% 置信区间（Wilson）的上限。'),
  },
  dealSize: {
    unit: 'money',
    label: text('Measured deal size', '实际平均订单金额'),
    term: text('measured deal size', '实际平均订单金额'),
    description: text('The won amount ÷ won.', '赢单总金额 ÷ 赢单数。'),
  },
  opportunityRate: {
    unit: 'rate',
    label: text('Measured opportunities per account per year', '实际每客户每年商机数'),
    term: text('measured opportunity rate', '实际每客户每年商机数'),
    description: text('Opportunities ÷ the segment’s accounts ÷ the period in years.', '新建商机数 ÷ 客群目标客户数 ÷ 统计期（年）。'),
  },
  cycleDays: {
    unit: 'days',
    label: text('Measured cycle', '实际成交周期'),
    term: text('measured cycle', '实际成交周期'),
    description: text('The mean days from created to won, as the snapshot gives it.', '从新建到赢单的平均天数，取自快照。'),
  },
  reached: {
    unit: 'count',
    label: text('Reached the stage', '到达该阶段'),
    term: text('reached the stage', '到达该阶段的商机数'),
    description: text('The resolved opportunities whose furthest stage was this one or a later one.', '已结束的商机中最远到达该阶段或之后阶段的数量。'),
  },
  conversion: {
    unit: 'share',
    label: text('Measured conversion', '实际转化率'),
    term: text('measured conversion', '实际转化率'),
    description: text('Of those that reached the stage, the share that reached the next (or were won, at the last stage).', '到达该阶段的商机中推进到下一阶段（最后一个阶段为赢单）的比例。'),
  },
  low: {
    unit: 'share',
    label: text('Conversion, low end', '转化率区间下限'),
    term: text('conversion’s low end', '转化率区间下限'),
    description: text('The low end of the conversion’s 95% interval (Wilson).', '转化率 95% 置信区间（Wilson）的下限。'),
  },
  high: {
    unit: 'share',
    label: text('Conversion, high end', '转化率区间上限'),
    term: text('conversion’s high end', '转化率区间上限'),
    description: text('The high end of the conversion’s 95% interval (Wilson).', '转化率 95% 置信区间（Wilson）的上限。'),
  },
} as const satisfies Record<string, MetricDefinition>;

export type ActualsKey = keyof typeof ACTUALS_METRICS;

/** Where each measured figure is: each segment's, each process's, each stage's of either. */
export const ACTUALS_FIGURES = {
  segments: ['opportunities', 'won', 'lost', 'open', 'winRate', 'winRateLow', 'winRateHigh', 'dealSize', 'opportunityRate', 'cycleDays'],
  processes: ['won', 'lost', 'winRate', 'winRateLow', 'winRateHigh', 'cycleDays'],
  stages: ['reached', 'conversion', 'low', 'high'],
} as const satisfies Record<string, readonly ActualsKey[]>;
