import { DEFAULT_SELLING_HOURS, playbookSchema } from '../schema/playbook.ts';
import { defineKind, type Lang } from './define.ts';
import { fileText, skeletonTitle, yamlScalar as y } from './skeleton-text.ts';

/** What the playbook skeleton cannot know, in each language: the `placeholder` warning reports a field that still holds it. */
const PLACEHOLDERS = {
  en: { summary: 'To be written: in one paragraph, what this sales model covers (the company, product line or region) and how it sells.' },
  'zh-CN': { title: '待填写：销售手册名称', summary: '待填写：用一段话说明这个销售模式覆盖什么（公司、产品线或区域），以及怎样销售。' },
} as const satisfies Record<Lang, Record<string, string>>;

/** The currency a new playbook starts with in each language. */
const CURRENCY: Record<Lang, string> = { en: 'USD', 'zh-CN': 'CNY' };

const TEXT = {
  en: {
    lang: 'language of the pages and of the messages of check: en or zh-CN',
    currency: 'ISO 4217 code of every money field (dealSize)',
    owner: '# owner: Who maintains this playbook',
    updated: '# updated: 2025-01-31 # date of the last substantive revision',
    sellingHours: 'selling hours per person per year; a role can override it',
    coverage: 'target share of the target accounts the team can work, in (0, 1]',
    winRate: 'target share of the opportunities that close won, in (0, 1]',
    body: `
## At a glance

To be written: who you sell to, what you sell them, how you sell it and who does the work, in a few sentences. Each segment, offering, process and role gets a page of its own.

## Goals

To be written: why these goals for coverage and win rate, and what the team does when the model falls short of them.
`,
  },
  'zh-CN': {
    lang: '页面和 check 提示信息的语言：en 或 zh-CN',
    currency: '所有金额字段（dealSize）使用的 ISO 4217 币种代码',
    owner: '# owner: 负责维护这本销售手册的人',
    updated: '# updated: 2025-01-31 # 最近一次实质修订的日期',
    sellingHours: '每人每年的销售工时；岗位可以单独设置',
    coverage: '目标覆盖率：团队能够跟进的目标客户占比，取值 (0, 1]',
    winRate: '目标赢单率：最终赢单的商机占比，取值 (0, 1]',
    body: `
## 概览

待填写：用几句话说明向谁销售、卖什么、怎样销售、由谁来做。每个目标客群、产品/服务、销售流程和岗位都有自己的页面。

## 目标

待填写：为什么定这样的覆盖率和赢单率目标，以及模型达不到目标时团队怎么办。
`,
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The playbook itself: `playbooks/<id>/index.mdx` (no folder of its own; the entity kinds' folders sit beside it). */
export const playbookKind = defineKind({
  id: 'playbook',
  singular: 'playbook',
  names: { en: { one: 'playbook', many: 'playbooks' }, 'zh-CN': { one: '销售手册', many: '销售手册' } },
  fieldUnits: { sellingHours: 'hours', 'goals.coverage': 'share', 'goals.winRate': 'share', 'goals.bookings': 'money' },
  schema: playbookSchema,
  descriptionsZh: {
    title: '销售模式的名称。',
    summary: '用一段话说明这个销售模式是做什么用的。',
    lang: '本手册及其页面界面的语言，可选 `en` 或 `zh-CN`。',
    currency: '所有金额字段所用的 ISO 4217 币种代码（三个大写字母），例如 `USD`、`EUR`、`CNY`。',
    owner: '本手册的维护人。',
    updated: '最近一次实质性修订的日期，格式为 YYYY-MM-DD。',
    sellingHours: '每人每年的销售工时；岗位可以另行规定。',
    plan: '人力计划，从 `start` 起逐月推演，计入各岗位的招聘、上手期和人员流失。',
    'plan.start': '计划的第一个月，格式为 YYYY-MM。',
    'plan.months': '计划覆盖的月数，1 到 36。',
    actuals: '用 CRM 数据检验这本手册：最小样本量、容差、数据多久算过时，以及 CRM 导出文件的映射。',
    'actuals.minSample': '足以否定一项假设（并在按实测计算的模型中取代它）的最小样本量；默认 30。',
    'actuals.tolerance': '平均订单金额、商机产生率或销售周期与实测值相差多少（占实测值的比例）才算偏离；默认 0.25。',
    'actuals.staleAfterDays': '最新快照结束多少天后，其数据视为过时；默认 120。',
    'actuals.import': '`actuals import` 怎样读取这本手册的 CRM 导出文件：各列的表头，以及阶段和客群取值的含义。',
    'actuals.import.columns': '导出文件中各列的表头：`id`、`segment`、`created`、`stage`，以及 `closed`、`amount`。',
    'actuals.import.columns.id': '商机 id 所在列的表头（Salesforce 的 `Opportunity ID`，HubSpot 的 `Record ID`）。',
    'actuals.import.columns.segment': '表明所属客群的列的表头（其取值按 `segments` 映射）。',
    'actuals.import.columns.created': '商机创建日期所在列的表头。',
    'actuals.import.columns.stage': '商机当前阶段所在列的表头（其取值按 `stages` 映射）。',
    'actuals.import.columns.closed': '关闭日期所在列的表头；赢单和丢单的行必须有。',
    'actuals.import.columns.amount': '金额所在列的表头；赢单的行必须有。',
    'actuals.import.stages': 'CRM 阶段名称 → 该客群销售流程中的阶段 id，或 `won`（赢单）、`lost`（丢单）。',
    'actuals.import.segments': 'CRM 中的客群取值 → 目标客群 id。',
    'actuals.import.entered': '阶段 id → 记录商机进入该阶段日期的列（HubSpot 的 “Date entered …” 列）。',
    'actuals.import.history': '用 `--history` 提供的阶段历史导出文件的列（默认为 Salesforce 的 OpportunityHistory：`OpportunityId` 和 `StageName`）。',
    'actuals.import.history.id': '阶段历史文件中商机 id 所在列的表头；默认 `OpportunityId`。',
    'actuals.import.history.stage': '阶段历史文件中阶段所在列的表头；默认 `StageName`。',
    'actuals.import.dateFormat': '导出文件的日期写法：`YYYY-MM-DD`（默认）、`MM/DD/YYYY`、`DD/MM/YYYY` 或 `DD.MM.YYYY`；日期后面的时间会被忽略。',
    'actuals.import.decimal': '金额的小数点：`.`（默认）或 `,`；货币符号、币种代码、空格和千位分隔符都会被忽略。',
    goals: '销售模式的目标，即覆盖率和赢单率，还可以加上年签约额。',
    'goals.coverage': '目标覆盖率，即团队实际能跟进的目标客户所占比例，取值在 (0, 1] 之间。',
    'goals.winRate': '目标赢单率，即最终赢单的商机所占比例，取值在 (0, 1] 之间。',
    'goals.bookings': '每年新签约额的目标，以手册币种计，用来与预计年签约额对比。',
  },
  references: [],
  requires: [],
  mustBeUsed: false,
  inNav: false,
  next: { en: 'edit that file - the title, summary and goals.', 'zh-CN': '编辑这个文件：标题、简介和目标。' },
  placeholders: PLACEHOLDERS,
  /** In the language of the context (`new playbook <id> --lang zh-CN`), with that language's currency. */
  skeleton: (id, { lang }) => {
    const t = TEXT[lang];
    return {
      ok: true,
      refers: [],
      text: fileText(
        [
          `title: ${y(skeletonTitle(id, lang, PLACEHOLDERS))}`,
          `summary: ${y(PLACEHOLDERS[lang].summary)}`,
          `lang: ${lang} # ${t.lang}`,
          `currency: ${CURRENCY[lang]} # ${t.currency}`,
          t.owner,
          t.updated,
          `sellingHours: ${DEFAULT_SELLING_HOURS} # ${t.sellingHours}`,
          'goals:',
          `  coverage: 0.8 # ${t.coverage}`,
          `  winRate: 0.25 # ${t.winRate}`,
        ],
        t.body,
      ),
    };
  },
});
