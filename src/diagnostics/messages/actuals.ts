/** Codes of actuals (format §10): snapshots that contradict themselves, drift and staleness; the rows and columns of a CRM export are in actuals-import.ts. */
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';

/** The hint of a code whose message ends with what to do: none. */
export const NO_HINT = { en: () => '', 'zh-CN': () => '' };

export interface InconsistentParams {
  segment: string;
  /**
   * `resolved`: won + lost > opportunities; `grows`: reached of a stage above that of the stage before it;
   * `above-resolved`: a reached count above won + lost; `below-won`: the last stage's reached below won.
   */
  rule: 'resolved' | 'grows' | 'above-resolved' | 'below-won';
  won: number;
  lost: number;
  opportunities: number;
  /** The stage whose `reached` count is wrong, and its count. */
  stage?: string;
  reached?: number;
  /** For `grows`: the stage before it, and its count. */
  previous?: string;
  previousReached?: number;
}

export const actualsInconsistent = defineCode<InconsistentParams>()({
  severity: 'error',
  title: { en: 'Snapshot counts disagree', 'zh-CN': '快照计数互相矛盾' },
  when: {
    en: 'A snapshot\u2019s counts contradict each other: won + lost above opportunities, `reached` growing from a stage to a later one or above won + lost, or the last stage\u2019s `reached` below won.',
    'zh-CN': '快照中的计数互相矛盾：赢单加丢单多于商机数，`reached` 从前一阶段到后一阶段反而增加或多于赢单加丢单，或者最后一个阶段的 `reached` 少于赢单数。',
  },
  fix: {
    en: 'Correct the counts at the key shown (an import from the CRM writes them consistently).',
    'zh-CN': '改正提示位置的计数（从 CRM 导入时会自动写出一致的计数）。',
  },
  message: {
    en: (p, c) => {
      const n = (value: number | undefined) => c.fmt.count(value ?? 0);
      const where = `Segment ${c.ref('segments', p.segment)}`;
      switch (p.rule) {
        case 'resolved':
          return `${where}: won (${n(p.won)}) and lost (${n(p.lost)}) make ${n(p.won + p.lost)} resolved opportunities, more than the ${n(p.opportunities)} created in the period. Every won or lost opportunity is one of those created in the period: correct the counts.`;
        case 'grows':
          return `${where}: ${c.code(`reached.${p.stage}`)} (${n(p.reached)}) is more than ${c.code(`reached.${p.previous}`)} (${n(p.previousReached)}), the stage before it. An opportunity that reached a stage reached every stage before it, so the counts can only fall from stage to stage: correct them.`;
        case 'above-resolved':
          return `${where}: ${c.code(`reached.${p.stage}`)} (${n(p.reached)}) is more than the ${n(p.won + p.lost)} resolved opportunities (won ${n(p.won)} + lost ${n(p.lost)}). \`reached\` counts only won and lost opportunities: correct it.`;
        case 'below-won':
          return `${where}: ${c.code(`reached.${p.stage}`)} (${n(p.reached)}) is less than the ${n(p.won)} won. A won opportunity reached every stage, the last one included: correct it.`;
      }
    },
    'zh-CN': (p, c) => {
      const n = (value: number | undefined) => c.fmt.count(value ?? 0);
      const where = `目标客群 ${c.ref('segments', p.segment)}`;
      switch (p.rule) {
        case 'resolved':
          return `${where}：赢单 ${n(p.won)} 个、丢单 ${n(p.lost)} 个，合计 ${n(p.won + p.lost)} 个已有结果的商机，多于统计期内创建的 ${n(p.opportunities)} 个商机。每个赢单或丢单的商机都必须是统计期内创建的：请改正计数。`;
        case 'grows':
          return `${where}：${c.code(`reached.${p.stage}`)}（${n(p.reached)}）多于前一阶段的 ${c.code(`reached.${p.previous}`)}（${n(p.previousReached)}）。走到某个阶段的商机一定走过它之前的每个阶段，所以计数只会逐段减少：请改正。`;
        case 'above-resolved':
          return `${where}：${c.code(`reached.${p.stage}`)}（${n(p.reached)}）多于已有结果的 ${n(p.won + p.lost)} 个商机（赢单 ${n(p.won)} + 丢单 ${n(p.lost)}）。\`reached\` 只统计赢单和丢单的商机：请改正。`;
        case 'below-won':
          return `${where}：${c.code(`reached.${p.stage}`)}（${n(p.reached)}）少于赢单数 ${n(p.won)}。赢单的商机走过了每个阶段，包括最后一个：请改正。`;
      }
    },
  },
  // The message ends with what to do (the figures it names decide it): no separate hint.
  hint: NO_HINT,
});

/** An assumption the latest snapshot contradicts (the model's `Drift` is these figures and where the assumption is). */
export interface DriftParams {
  kind: 'conversion' | 'dealSize' | 'opportunityRate' | 'cycle';
  /** The process (conversion, cycle) or segment (deal size, opportunity rate) the assumption belongs to. */
  entity: string;
  /** The stage of a conversion. */
  stage?: string;
  assumed: number;
  measured: number;
  /** The interval (shares) or measured × (1 ± tolerance). */
  low: number;
  high: number;
  /** The sample: reached_k for a conversion, won for a deal size or a cycle, opportunities for an opportunity rate. */
  n: number;
  /** Set for the ones judged by tolerance (all but conversions). */
  tolerance?: number;
  /** The snapshot that measured it. */
  snapshot: string;
  from: string;
  to: string;
}

/** A figure of a drift in the unit of its kind. */
function driftValue(p: DriftParams, c: MessageContext, value: number): string {
  switch (p.kind) {
    case 'conversion':
      return c.fmt.percent(value);
    case 'dealSize':
      // Chinese reads money in 万 and 亿: 14.1 万元, not ¥141,205.
      return c.lang === 'zh-CN' ? c.fmt.moneyShort(value) : c.fmt.money(value);
    case 'opportunityRate':
      return c.fmt.number(value, 2);
    case 'cycle':
      return c.fmt.days(value);
  }
}

export const actualsDrift = defineCode<DriftParams>()({
  severity: 'warning',
  title: { en: 'Assumption drifts from actuals', 'zh-CN': '假设偏离实际数据' },
  when: {
    en: 'An assumption lies outside what the latest snapshot measured: a conversion outside the 95% interval, a deal size, opportunity rate or cycle further than the tolerance, on a sample of at least `minSample`.',
    'zh-CN': '某项假设落在最新快照的实测范围之外：转化率超出 95% 区间，或平均订单金额、商机产生率、销售周期与实测值的差距超过容差；样本量至少为 `minSample`。',
  },
  fix: {
    en: 'Change the assumption to what was measured, or say in the body why the future will differ.',
    'zh-CN': '把假设改成实测值，或在正文中说明为什么今后会不一样。',
  },
  message: {
    en: (p, c) => {
      const v = (value: number) => driftValue(p, c, value);
      const period = `snapshot ${c.code(p.snapshot)}, opportunities created ${c.fmt.date(p.from)} – ${c.fmt.date(p.to)}`;
      const span = p.kind === 'cycle' ? `${c.fmt.number(p.low, 1)}–${v(p.high)}` : `${v(p.low)}–${v(p.high)}`;
      const range = p.kind === 'conversion' ? `95% interval ${span}` : `tolerance ${c.fmt.percent(p.tolerance ?? 0, 0)}: ${span}`;
      const todo = 'Change the assumption, or say in the body why the future will differ.';
      switch (p.kind) {
        case 'conversion':
          return `Stage ${c.code(p.stage ?? '')} of process ${c.ref('processes', p.entity)} assumes a conversion of ${v(p.assumed)}, but the CRM measured ${v(p.measured)} (${range}) over ${c.fmt.count(p.n)} resolved opportunities that reached the stage (${period}). ${todo}`;
        case 'dealSize':
          return `Segment ${c.ref('segments', p.entity)} assumes a deal size of ${v(p.assumed)}, but its ${c.fmt.count(p.n)} won deals averaged ${v(p.measured)} (${range}; ${period}). ${todo}`;
        case 'opportunityRate':
          return `Segment ${c.ref('segments', p.entity)} assumes an opportunity rate of ${v(p.assumed)} per account a year, but its ${c.fmt.count(p.n)} opportunities make ${v(p.measured)} (${range}; ${period}). ${todo}`;
        case 'cycle':
          return `The stages of process ${c.ref('processes', p.entity)} add up to a cycle of ${v(p.assumed)}, but its ${c.fmt.count(p.n)} won deals took ${v(p.measured)} on average from created to won (${range}; ${period}). Change the stages\u2019 \`days\`, or say in the body why the future will differ.`;
      }
    },
    'zh-CN': (p, c) => {
      const v = (value: number) => driftValue(p, c, value);
      const period = `快照 ${c.code(p.snapshot)}，${c.fmt.date(p.from)}至${c.fmt.date(p.to)}创建的商机`;
      const span = p.kind === 'cycle' ? `${c.fmt.number(p.low, 1)}–${v(p.high)}` : `${v(p.low)}–${v(p.high)}`;
      const range = p.kind === 'conversion' ? `95% 区间 ${span}` : `容差 ${c.fmt.percent(p.tolerance ?? 0, 0)}，即 ${span}`;
      const todo = '请修改这项假设，或在正文中说明为什么今后会不一样。';
      switch (p.kind) {
        case 'conversion':
          return `销售流程 ${c.ref('processes', p.entity)} 的阶段 ${c.code(p.stage ?? '')} 假设转化率为 ${v(p.assumed)}，但 CRM 中走到这一阶段的 ${c.fmt.count(p.n)} 个已有结果的商机实测为 ${v(p.measured)}（${range}；${period}）。${todo}`;
        case 'dealSize':
          return `目标客群 ${c.ref('segments', p.entity)} 假设平均订单金额为 ${v(p.assumed)}，但实际赢单的 ${c.fmt.count(p.n)} 个订单平均为 ${v(p.measured)}（${range}；${period}）。${todo}`;
        case 'opportunityRate':
          return `目标客群 ${c.ref('segments', p.entity)} 假设每个客户每年产生 ${v(p.assumed)} 个新商机，但按 CRM 中的 ${c.fmt.count(p.n)} 个商机计算，实测为每个客户每年 ${v(p.measured)} 个（${range}；${period}）。${todo}`;
        case 'cycle':
          return `销售流程 ${c.ref('processes', p.entity)} 各阶段天数合计为 ${v(p.assumed)}，但实际赢单的 ${c.fmt.count(p.n)} 个订单从创建到赢单平均用了 ${v(p.measured)}（${range}；${period}）。请修改各阶段的 \`days\`，或在正文中说明为什么今后会不一样。`;
      }
    },
  },
  // The message ends with what to do (the figures it names decide it): no separate hint.
  hint: NO_HINT,
});

export interface StaleParams {
  snapshot: string;
  to: string;
  /** Days from `to` to today. */
  days: number;
  staleAfterDays: number;
  playbook: string;
}

export const actualsStale = defineCode<StaleParams>()({
  severity: 'warning',
  title: { en: 'Actuals out of date', 'zh-CN': '实际数据已过时' },
  when: {
    en: 'The latest snapshot ends more than `actuals.staleAfterDays` (default 120) days before today (the date of `SOURCE_DATE_EPOCH` when it is set).',
    'zh-CN': '最新快照的结束日期早于今天超过 `actuals.staleAfterDays` 天（默认 120 天；设置了 `SOURCE_DATE_EPOCH` 时以它的日期为今天）。',
  },
  fix: {
    en: 'Import a newer CRM export with `npm run playbook -- actuals import`, or raise `actuals.staleAfterDays`.',
    'zh-CN': '用 `npm run playbook -- actuals import` 导入更新的 CRM 导出文件，或调高 `actuals.staleAfterDays`。',
  },
  message: {
    en: (p, c) =>
      `The latest snapshot, ${c.code(p.snapshot)}, ends on ${c.fmt.date(p.to)}, ${c.fmt.count(p.days)} days ago: more than the ${c.fmt.count(p.staleAfterDays)} days \`actuals.staleAfterDays\` allows, so what it measured says less and less about today. Import a newer export (\`npm run playbook -- actuals import ${p.playbook} <export.csv>\`), or raise \`actuals.staleAfterDays\` in index.mdx.`,
    'zh-CN': (p, c) =>
      `最新的快照 ${c.code(p.snapshot)} 截止于${c.fmt.date(p.to)}，距今已有 ${c.fmt.count(p.days)} 天，超过了 \`actuals.staleAfterDays\` 允许的 ${c.fmt.count(p.staleAfterDays)} 天，其实测数据越来越不能反映现在的情况。请导入更新的导出文件（\`npm run playbook -- actuals import ${p.playbook} <导出文件.csv>\`），或在 index.mdx 中调高 \`actuals.staleAfterDays\`。`,
  },
  // The message ends with what to do (the figures it names decide it): no separate hint.
  hint: NO_HINT,
});
