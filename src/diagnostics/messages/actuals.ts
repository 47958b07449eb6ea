/** Codes of actuals (format §10): snapshots that contradict themselves, drift and staleness, and the rows and columns of a CRM export. */
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';

const NO_HINT = { en: () => '', 'zh-CN': () => '' };

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

export interface ColumnParams {
  /**
   * `missing`: a mapped column is not in the header; `duplicate`: a mapped header name appears more than once;
   * `empty`: the file has no header at all; `no-match`: none of the history file's ids is an id of the export.
   */
  problem: 'missing' | 'duplicate' | 'empty' | 'no-match';
  /** The header name the mapping names. */
  column?: string;
  /** The mapping key that names it: `columns.amount`, `entered.discover`, `history.id`. */
  field?: string;
  /** The closest header name of the file, for `missing`. */
  suggestion?: string;
  /** For `duplicate`: the 1-based positions of the columns with that name. */
  positions?: readonly number[];
  /** For `no-match`: the history rows read. */
  rows?: number;
}

export const actualsColumn = defineCode<ColumnParams>()({
  severity: 'error',
  title: { en: 'Export column', 'zh-CN': '导出文件缺少列' },
  when: {
    en: '`actuals import` only: a column the playbook\u2019s `actuals.import` names is missing from the export\u2019s header (or appears twice).',
    'zh-CN': '仅用于 `actuals import`：手册的 `actuals.import` 指定的列在导出文件的表头中找不到（或出现了两次）。',
  },
  fix: {
    en: 'Export the column too, or change the header name in `actuals.import` to the one the export uses.',
    'zh-CN': '导出时带上这一列，或把 `actuals.import` 中的表头名称改成导出文件实际使用的名称。',
  },
  message: {
    en: (p, c) => {
      switch (p.problem) {
        case 'empty':
          return 'The file is empty: there is no header line to read the columns from. Export again, with the header row included.';
        case 'duplicate':
          return `The header has ${c.code(p.column ?? '')} ${p.positions?.length ?? 2} times (columns ${c.fmt.list((p.positions ?? []).map(String))}), and \`actuals.import\` reads it as ${c.code(p.field ?? '')}: which one is meant cannot be known. Rename or remove the extra columns in the export.`;
        case 'no-match':
          return `None of the ${c.fmt.count(p.rows ?? 0)} rows of the history file names an opportunity of the export (column ${c.code(p.column ?? '')}), so it says nothing about their stages. Are both files from the same CRM and the same export? (Salesforce writes ids of 15 or 18 characters: use the same kind in both.)`;
        case 'missing':
          return `The header has no column ${c.code(p.column ?? '')}, which \`actuals.import\` reads as ${c.code(p.field ?? '')}.${p.suggestion ? ` Did you mean ${c.code(p.suggestion)}?` : ''} Add the column to the export, or change ${c.code(`actuals.import.${p.field ?? ''}`)} in index.mdx to the header the export uses.`;
      }
    },
    'zh-CN': (p, c) => {
      switch (p.problem) {
        case 'empty':
          return '文件是空的：没有可以读取列名的表头行。请重新导出，并带上表头行。';
        case 'duplicate':
          return `表头中 ${c.code(p.column ?? '')} 出现了 ${p.positions?.length ?? 2} 次（第 ${(p.positions ?? []).join('、')} 列），而 \`actuals.import\` 把它读作 ${c.code(p.field ?? '')}：无法确定指的是哪一列。请在导出文件中重命名或删除多余的列。`;
        case 'no-match':
          return `阶段历史文件的 ${c.fmt.count(p.rows ?? 0)} 行（${c.code(p.column ?? '')} 列）中，没有一行对应导出文件里的商机，因此无法得知它们走到过哪些阶段。两个文件是否来自同一个 CRM、同一次导出？（Salesforce 的 id 有 15 位和 18 位两种，两个文件要用同一种。）`;
        case 'missing':
          return `表头中没有 ${c.code(p.column ?? '')} 这一列，而 \`actuals.import\` 把它读作 ${c.code(p.field ?? '')}。${p.suggestion ? `是不是想写 ${c.code(p.suggestion)}？` : ''}请在导出时加上这一列，或把 index.mdx 中的 ${c.code(`actuals.import.${p.field ?? ''}`)} 改成导出文件使用的表头。`;
      }
    },
  },
  // The message ends with what to do (the figures it names decide it): no separate hint.
  hint: NO_HINT,
});

export interface RowParams {
  problem:
    | 'no-rows'
    | 'ragged'
    | 'parse'
    | 'no-id'
    | 'duplicate-id'
    | 'segment'
    | 'stage'
    | 'stage-not-in-process'
    | 'date'
    | 'no-closed'
    | 'closed-before-created'
    | 'amount'
    | 'negative'
    | 'no-amount';
  /** The column (header name) of the value. */
  column?: string;
  /** The value as read, shortened. */
  value?: string;
  /** The closest key of the mapping (unknown segment or stage), or the decimal mark that would read the amount. */
  suggestion?: string;
  /** What was expected: a date format, a decimal mark. */
  expected?: string;
  /** For `duplicate-id`: the line where the id first appears. */
  firstLine?: number;
  /** For `ragged`: fields in the row and in the header. */
  fields?: number;
  header?: number;
  /** For `stage-not-in-process`: the stage id, the segment and its process. */
  stage?: string;
  segment?: string;
  process?: string;
  /** For `parse`: what the CSV parser stopped at. */
  reason?: 'quote-not-closed' | 'closing-quote' | 'other';
}

export const actualsRow = defineCode<RowParams>()({
  severity: 'error',
  title: { en: 'Unusable export row', 'zh-CN': '导出文件中有无法使用的行' },
  when: {
    en: '`actuals import` only: a row that cannot be used (a bad date or amount, an unknown stage or segment value, a duplicate id, closed before created), at its line in the CSV.',
    'zh-CN': '仅用于 `actuals import`：某一行无法使用（日期或金额写法不对、阶段或客群取值未知、id 重复、关闭日期早于创建日期），位置是 CSV 文件中的行号。',
  },
  fix: {
    en: 'Correct the row in the CRM (or the export), or extend `actuals.import` to map its value; nothing is written until every row can be used.',
    'zh-CN': '在 CRM（或导出文件）中改正这一行，或在 `actuals.import` 中补上它的取值的映射；所有行都能使用之前，不会写入任何内容。',
  },
  message: {
    en: (p, c) => {
      const col = p.column ? ` (column ${c.code(p.column)})` : '';
      const did = p.suggestion ? ` The closest mapping key is ${c.code(p.suggestion)}.` : '';
      switch (p.problem) {
        case 'no-rows':
          return 'The export has a header but no rows: there is nothing to measure. Export again with the opportunities included.';
        case 'ragged':
          return `This row has ${p.fields} fields, but the header has ${p.header}: a comma or a quote is probably missing or extra, so its values would land in the wrong columns. Correct the row, or export again.`;
        case 'parse':
          return `The CSV cannot be read from here: ${
            p.reason === 'quote-not-closed' ? 'a quoted field opens here and is never closed' : p.reason === 'closing-quote' ? 'a quoted field is followed by more text before the next comma' : 'the line is not valid CSV'
          }. A field with commas, quotes or line breaks must be quoted, with its quotes doubled (\`"a ""quoted"" word"\`). Export again, or correct the line.`;
        case 'no-id':
          return `This row has no opportunity id${col}. Every row needs one, so that the same opportunity is never counted twice.`;
        case 'duplicate-id':
          return `This row\u2019s opportunity id${col} is also on line ${p.firstLine}: the same opportunity would be counted twice. Remove the duplicate row (an export of a report that groups rows can repeat them).`;
        case 'segment':
          return `The segment value ${c.code(p.value ?? '')}${col} is not in \`actuals.import.segments\`.${did} Map it to a segment id in index.mdx, or correct the row.`;
        case 'stage':
          return `The stage ${c.code(p.value ?? '')}${col} is not in \`actuals.import.stages\`.${did} Map it to a stage id of the segment\u2019s process, or to \`won\` or \`lost\`, in index.mdx.`;
        case 'stage-not-in-process':
          return `The stage ${c.code(p.value ?? '')}${col} maps to ${c.code(p.stage ?? '')}, but segment ${c.code(p.segment ?? '')} is on process ${c.code(p.process ?? '')}, which has no such stage. Map the CRM stage to a stage of that process, or correct the row\u2019s segment.`;
        case 'date':
          return `${c.code(p.value ?? '')}${col} is not a date written ${c.code(p.expected ?? 'YYYY-MM-DD')} (\`actuals.import.dateFormat\`). Correct the value, or set \`dateFormat\` to the way the export writes dates: \`YYYY-MM-DD\`, \`MM/DD/YYYY\`, \`DD/MM/YYYY\` or \`DD.MM.YYYY\`.`;
        case 'no-closed':
          return `This opportunity is won or lost but has no close date${col}: its cycle and whether it closed in the period cannot be known. Fill in the close date in the CRM and export again.`;
        case 'closed-before-created':
          return `This opportunity closed${col} before it was created: one of the two dates is wrong. Correct it in the CRM and export again.`;
        case 'amount':
          return `${c.code(p.value ?? '')}${col} is not an amount with the decimal mark ${c.code(p.expected ?? '.')} (\`actuals.import.decimal\`).${p.suggestion ? ` It reads as one with ${c.code(p.suggestion)}: set \`decimal: "${p.suggestion}"\`.` : ''} Currency signs, codes, spaces and thousands separators may stay; anything else must go.`;
        case 'negative':
          return `The amount ${c.code(p.value ?? '')}${col} is negative. A won deal\u2019s amount is what it books: correct it in the CRM (a credit note is not a deal).`;
        case 'no-amount':
          return `This opportunity is won but has no amount${col}, so the deal size would count it as 0. Fill in the amount in the CRM and export again.`;
      }
    },
    'zh-CN': (p, c) => {
      const col = p.column ? `（${c.code(p.column)} 列）` : '';
      const did = p.suggestion ? `最接近的映射键是 ${c.code(p.suggestion)}。` : '';
      switch (p.problem) {
        case 'no-rows':
          return '导出文件只有表头，没有数据行，没有可以统计的内容。请重新导出，并带上商机数据。';
        case 'ragged':
          return `这一行有 ${p.fields} 个字段，而表头有 ${p.header} 个：多半是少了或多了逗号或引号，各个值会落到错误的列里。请改正这一行，或重新导出。`;
        case 'parse':
          return `从这里开始无法读取 CSV：${p.reason === 'quote-not-closed' ? '一个带引号的字段从这里开始，却一直没有闭合' : p.reason === 'closing-quote' ? '带引号的字段结束后、下一个逗号之前还有其他文字' : '这一行不是合法的 CSV'}。含有逗号、引号或换行的字段必须用引号括起来，其中的引号要写两遍（\`"一个""带引号""的词"\`）。请重新导出，或改正这一行。`;
        case 'no-id':
          return `这一行没有商机 id${col}。每一行都必须有 id，才能保证同一个商机不会被重复统计。`;
        case 'duplicate-id':
          return `这一行的商机 id${col}在第 ${p.firstLine} 行也出现过，同一个商机会被统计两次。请删除重复的行（导出分组报表时可能会重复输出行）。`;
        case 'segment':
          return `客群取值 ${c.code(p.value ?? '')}${col}不在 \`actuals.import.segments\` 中。${did}请在 index.mdx 中把它映射到某个目标客群 id，或改正这一行。`;
        case 'stage':
          return `阶段 ${c.code(p.value ?? '')}${col}不在 \`actuals.import.stages\` 中。${did}请在 index.mdx 中把它映射到该客群销售流程的某个阶段 id，或映射为 \`won\`、\`lost\`。`;
        case 'stage-not-in-process':
          return `阶段 ${c.code(p.value ?? '')}${col}映射为 ${c.code(p.stage ?? '')}，但目标客群 ${c.code(p.segment ?? '')} 使用的销售流程 ${c.code(p.process ?? '')} 没有这个阶段。请把这个 CRM 阶段映射到该流程的某个阶段，或改正这一行的客群。`;
        case 'date':
          return `${c.code(p.value ?? '')}${col}不是按 ${c.code(p.expected ?? 'YYYY-MM-DD')} 写法（\`actuals.import.dateFormat\`）写的日期。请改正这个值，或把 \`dateFormat\` 设为导出文件实际的日期写法：\`YYYY-MM-DD\`、\`MM/DD/YYYY\`、\`DD/MM/YYYY\` 或 \`DD.MM.YYYY\`。`;
        case 'no-closed':
          return `这个商机已经赢单或丢单，却没有关闭日期${col}，无法得知它的销售周期，也无法判断它是否在统计期内关闭。请在 CRM 中补上关闭日期后重新导出。`;
        case 'closed-before-created':
          return `这个商机的关闭日期${col}早于创建日期，两个日期中有一个是错的。请在 CRM 中改正后重新导出。`;
        case 'amount':
          return `${c.code(p.value ?? '')}${col}不是以 ${c.code(p.expected ?? '.')} 为小数点（\`actuals.import.decimal\`）的金额。${p.suggestion ? `按 ${c.code(p.suggestion)} 作小数点则可以读取：请设置 \`decimal: "${p.suggestion}"\`。` : ''}货币符号、币种代码、空格和千位分隔符可以保留，其他字符必须去掉。`;
        case 'negative':
          return `金额 ${c.code(p.value ?? '')}${col}是负数。赢单金额就是签约的金额：请在 CRM 中改正（红字冲销不是一笔订单）。`;
        case 'no-amount':
          return `这个商机已经赢单，却没有金额${col}，平均订单金额会把它按 0 计算。请在 CRM 中补上金额后重新导出。`;
      }
    },
  },
  // The message ends with what to do (the figures it names decide it): no separate hint.
  hint: NO_HINT,
});
