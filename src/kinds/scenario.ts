import { scenarioSchema } from '../schema/scenario.ts';
import { defineKind, type Lang } from './define.ts';
import { roleKind } from './role.ts';
import { fileText, pickRole, referral, skeletonTitle, yamlScalar as y } from './skeleton-text.ts';

/** What the scenario skeleton cannot know, in each language: the `placeholder` warning reports a field that still holds it. */
const PLACEHOLDERS = {
  en: { summary: 'To be written: in one paragraph, what this scenario changes and why a sales leader would consider it.' },
  'zh-CN': { title: '待填写：情景名称', summary: '待填写：用一段话说明这个情景改变什么，以及销售负责人为什么会考虑它。' },
} as const satisfies Record<Lang, Record<string, string>>;

const TEXT = {
  en: {
    changes: 'applied in order to a copy of the playbook',
    set: 'playbook.<field> or <kind>/<id>.<field>, then .<key> per nested key',
    add: 'or `to: <value>` to replace the value',
    body: (id: string) => `
## What changes

To be written: what the scenario changes in the sales model, and why.

## What it costs and what it buys

To be written: quote the numbers with \`<Metric of="coverage" scenario="${id}" />\` and \`<Delta of="coverage" scenario="${id}" />\` rather than typing them.
`,
  },
  'zh-CN': {
    changes: '按顺序应用到销售手册的一份副本上',
    set: 'playbook.<字段> 或 <类型>/<id>.<字段>，嵌套的键依次写 .<键>',
    add: '或用 `to: <值>` 替换原值',
    body: (id: string) => `
## 改变了什么

待填写：这个情景改变了销售模式的哪些部分，以及为什么。

## 代价与收益

待填写：用 \`<Metric of="coverage" scenario="${id}" />\` 和 \`<Delta of="coverage" scenario="${id}" />\` 引用数字，而不要手写。
`,
  },
} as const;

/** What-if plans (format §7): changes applied to a copy of the playbook, compared side by side with it. */
export const scenarioKind = defineKind({
  id: 'scenarios',
  singular: 'scenario',
  names: { en: { one: 'scenario', many: 'scenarios' }, 'zh-CN': { one: '情景', many: '情景' } },
  schema: scenarioSchema,
  descriptionsZh: {
    title: '情景的名称，例如“增加第七名销售代表”。',
    summary: '用一段话说明这个情景改变什么、销售负责人为什么会考虑它。',
    changes: '各项变更，按顺序应用到手册的副本上。',
    'changes[].set':
      '要改的位置，写成 `playbook.<字段>` 或 `<类别>/<id>.<字段>`，嵌套的键再逐级加 `.<键>`；`stages.<阶段 id>` 指定某个阶段，例如 `roles/inside-sales.headcount`、`processes/solution-sale.stages.validate.conversion`。',
    'changes[].to': '新的值（数字、文本、列表或映射），替换原来的值。',
    'changes[].add': '加到当前值上的数（负数表示减去）。',
  },
  references: [],
  requires: ['roles'],
  mustBeUsed: false,
  inNav: true,
  next: {
    en: 'edit that file - the title, summary and the changes (`set` a path `to` a value, or `add` to a number) - and see its numbers beside the baseline with `npm run playbook -- what-if <playbook> --scenario <id>`.',
    'zh-CN': '编辑这个文件：标题、简介和各项改动（用 `set` 指定路径，再用 `to` 给出新值，或用 `add` 加上一个数）；然后用 `npm run playbook -- what-if <销售手册> --scenario <id>` 对照基准查看它的数字。',
  },
  placeholders: PLACEHOLDERS,
  /** One more person in the playbook's main selling role. */
  skeleton(id, { lang, entities }) {
    const role = pickRole(entities('roles'));
    if (!role) return { ok: false, missing: ['role'] };
    const t = TEXT[lang];
    return {
      ok: true,
      refers: [referral(lang, roleKind, role.id)],
      text: fileText(
        [
          `title: ${y(skeletonTitle(id, lang, PLACEHOLDERS))}`,
          `summary: ${y(PLACEHOLDERS[lang].summary)}`,
          `changes: # ${t.changes}`,
          `  - set: roles/${role.id}.headcount # ${t.set}`,
          `    add: 1 # ${t.add}`,
        ],
        t.body(id),
      ),
    };
  },
});
