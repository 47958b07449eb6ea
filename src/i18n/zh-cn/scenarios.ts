/**
 * Simplified Chinese UI strings of the scenarios (format §7): the baseline and every scenario side by side, and each
 * scenario's own page. One part of the dictionary that zh-cn.ts assembles, typed by the English part
 * (../en/scenarios.ts) so that a missing or extra key fails the type check; the words keep to the glossary of zh-
 * cn.ts.
 */
import { metricLabel } from '../../model/metric-catalogue.ts';
import type { scenarioStrings as en } from '../en/scenarios.ts';

export const scenarioStrings: typeof en = {
  scenarios: {
    title: '情景',
    intro:
      '情景就是一份“假如”方案：对手册做几处调整（多招一个人、提高某个阶段的转化率、做大单），再看模型据此测算出的各项指标。基准就是手册现在的样子；情景只改手册的一份副本，从不改动手册本身。',
    comparison: '基准与各情景并列对比',
    figure: '指标',
    baseline: '基准',
    baselineSummary: '手册现在的样子。',
    expectedWins: metricLabel('expectedWins', 'zh-CN', 'compare'),
    expectedRevenue: metricLabel('expectedRevenue', 'zh-CN', 'compare'),
    coveredAccounts: metricLabel('coveredAccounts', 'zh-CN', 'compare'),
    coveredOf: (covered: string, total: string) => `${covered}（共 ${total}）`,
    bottleneck: '瓶颈岗位及其负荷率',
    noWork: '没有岗位承担工作',
    warnings: '警告',
    warningCount: (n: number) => `${n} 条警告`,
    goal: (goal: string) => `目标 ${goal}`,
    best: '最佳',
    legend: '每一行的最佳值标有“最佳”：取最高值；负荷率和警告取最低值。低于目标的数值会注明。',
    changes: '调整内容',
    colon: '：',
    changesIntro: '按顺序应用到手册的一份副本上。',
    unset: '未设置',
    becomes: '改为',
    effects: '对各项指标的影响',
    effectsIntro: '基准与情景下的各项指标及其差值（比率以百分点计）。只列出有指标变化的目标客群和岗位。',
    wholePlaybook: '整个手册',
    scenario: '情景',
    change: '变化',
    unchanged: '不变',
    segmentsUnchanged: '各目标客群的指标均无变化。',
    rolesUnchanged: '各岗位的指标均无变化。',
    plan: '人力计划',
    planIntro: (start: string, end: string, months: number) => `人力计划从 ${start}至 ${end}（共 ${months} 个月）的合计，调整前后对比。`,
    planCoverage: '覆盖率（各月平均）',
    planWins: '预计赢单数',
    planRevenue: '预计签约额',
    warningsHeading: '消除和新增的警告',
    warningsIntro: '调整后副本的产能、目标和匹配类警告，与手册现有的警告对比。',
    cleared: '消除的警告',
    added: '新增的警告',
    noneCleared: '没有消除手册中的任何警告。',
    noneAdded: '没有新增警告。',
    compare: '与基准及其他情景对比',
  },
};
