import { DEFAULT_SELLING_HOURS } from '../schema/playbook.ts';
import { roleSchema } from '../schema/role.ts';
import { defineKind, type Lang } from './define.ts';
import { fileText, skeletonTitle, todo, yamlScalar as y } from './skeleton-text.ts';

/** What the role skeleton cannot know, in each language: the `placeholder` warning reports a field that still holds it. */
const PLACEHOLDERS = {
  en: { summary: 'To be written: in one paragraph, what this role does in the sales model and what it is measured on.' },
  'zh-CN': { title: '待填写：岗位名称', summary: '待填写：用一段话说明这个岗位在销售模式中做什么、按什么考核。' },
} as const satisfies Record<Lang, Record<string, string>>;

const TEXT = {
  en: {
    function: 'sales, telesales, presales, executive, service or other',
    headcount: 'people in the role; fractions are allowed for shared people',
    sellingHours: `# sellingHours: ${DEFAULT_SELLING_HOURS} # selling hours per person per year, when not the playbook's`,
    counterparts: '# counterparts: [CFO] # customer-side functions this role mirrors (key-account selling)',
    cost: "# cost: 0 # fully loaded cost of one person a year (salary, variable pay at target, benefits, tools), in the playbook's currency",
    quota: '# quota: 0 # new-bookings quota of one fully ramped person a year, for roles that carry one',
    body: `
## Responsibilities

To be written: what this role owns in each stage of the processes and in account coverage.

## What good looks like

To be written: the habits, skills and numbers of the best people in this role.
`,
  },
  'zh-CN': {
    function: 'sales、telesales、presales、executive、service 或 other',
    headcount: '这个岗位的人数；兼任的人可以写小数',
    sellingHours: `# sellingHours: ${DEFAULT_SELLING_HOURS} # 每人每年的销售工时，与销售手册的默认值不同时填写`,
    counterparts: '# counterparts: [财务总监] # 这个岗位对接的客户方职能（要客销售）',
    cost: '# cost: 0 # 每人每年的全成本（工资、按目标计的提成与奖金、福利和工具），以手册币种计',
    quota: '# quota: 0 # 每个完全上手的人每年的新签约额指标，只有背指标的岗位才填写',
    body: `
## 职责

待填写：这个岗位在各个销售流程阶段和客户覆盖中负责什么。

## 优秀的样子

待填写：这个岗位上最优秀的人有哪些习惯、技能和业绩数字。
`,
  },
} as const satisfies Record<Lang, Record<string, string>>;

export const roleKind = defineKind({
  id: 'roles',
  singular: 'role',
  names: { en: { one: 'role', many: 'roles' }, 'zh-CN': { one: '岗位', many: '岗位' } },
  inScenarios: true,
  fieldUnits: { headcount: 'people', sellingHours: 'hours', 'attrition.rate': 'share' },
  schema: roleSchema,
  descriptionsZh: {
    title: '岗位的名称。',
    summary: '用一段话说明这个岗位在销售模式中做什么。',
    function: '`sales`（销售）、`telesales`（电话销售）、`presales`（售前）、`executive`（高管）、`service`（服务）或 `other`（其他）。',
    headcount: '这个岗位的人数；多个岗位共用的人可以写小数。',
    sellingHours: '这个岗位每人每年的销售工时，优先于手册的默认值。',
    counterparts: '这个岗位对接的客户方角色，例如 `CFO`（要客型销售让我方财务总监对接客户的财务总监）。',
    hires: '计划期内加入这个岗位的人，每项写 `{start, count}`（入职月份早于计划开始的，按已在上手期计）。',
    'hires[].start': '入职月份，格式为 YYYY-MM。',
    'hires[].count': '入职人数（共用的人可以写小数）。',
    rampMonths: '新人达到完全胜任所需的月数；默认为 0。',
    attrition: '这个岗位的人员流失，以及空缺多久才补上。',
    'attrition.rate': '这个岗位每年流失的人员比例，0 到 1。',
    'attrition.backfillMonths': '岗位空缺到接替者入职之间的月数。',
    cost: '每人每年的全成本（工资、按目标计的提成与奖金、福利和工具），以手册币种计。',
    quota: '每个完全上手的人每年的新签约额指标，以手册币种计（只有背指标的岗位才填写）。',
  },
  references: [],
  requires: [],
  mustBeUsed: true,
  inNav: true,
  next: {
    en: "edit that file - the title, summary, function and headcount - and give the role a part in a stage's `raci` or make it a segment's coverage owner (until then `check` warns that it is unused).",
    'zh-CN': '编辑这个文件：标题、简介、职能（function）和人数（headcount）；再在某个阶段的 `raci` 里给它一个角色，或让它负责某个客群的覆盖（在此之前 `check` 会提示它未被使用）。',
  },
  placeholders: PLACEHOLDERS,
  skeleton: (id, { lang }) => {
    const t = TEXT[lang];
    return {
      ok: true,
      refers: [],
      text: fileText(
        [
          `title: ${y(skeletonTitle(id, lang, PLACEHOLDERS))}`,
          `summary: ${y(PLACEHOLDERS[lang].summary)}`,
          `function: sales # ${t.function}`,
          `headcount: 0 ${todo(lang, t.headcount)}`,
          t.sellingHours,
          t.counterparts,
          t.cost,
          t.quota,
        ],
        t.body,
      ),
    };
  },
});
