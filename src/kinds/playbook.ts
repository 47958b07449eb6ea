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
