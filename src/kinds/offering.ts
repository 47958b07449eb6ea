import type { Motive } from '../schema/common.ts';
import { offeringSchema } from '../schema/offering.ts';
import { defineKind, type Lang } from './define.ts';
import { fileText, motiveFor, motivesOf, skeletonTitle, yamlScalar as y } from './skeleton-text.ts';

/** What the offering skeleton cannot know, in each language: the `placeholder` warning reports a field that still holds it. */
const PLACEHOLDERS = {
  en: { summary: 'To be written: in one paragraph, what it is and what it does for the customer.' },
  'zh-CN': { title: '待填写：产品/服务名称', summary: '待填写：用一段话说明它是什么、为客户带来什么。' },
} as const satisfies Record<Lang, Record<string, string>>;

const TEXT = {
  en: {
    kind: 'product, service or bundle',
    motives: 'buying motives it answers: price-performance, value-realization, partnership',
    includes: '# includes: [onboarding] # offerings bundled with it (ids under offerings/)',
    body: `
## What it is

To be written: the product or service in the customer's words.

## Why customers buy it

To be written: for each motive it answers, the value it delivers and the proof that it does.
`,
  },
  'zh-CN': {
    kind: 'product（产品）、service（服务）或 bundle（组合）',
    motives: '它回应的购买动机：price-performance、value-realization、partnership',
    includes: '# includes: [onboarding] # 与它打包销售的产品/服务（offerings/ 下的 id）',
    body: `
## 是什么

待填写：用客户的话说明这个产品或服务。

## 客户为什么买

待填写：对它回应的每个购买动机，说明它带来的价值和证明。
`,
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The motive of a process skeleton's default type (`solution`): a new offering then fits a new process. */
const DEFAULT_MOTIVE: Motive = 'value-realization';

export const offeringKind = defineKind({
  id: 'offerings',
  singular: 'offering',
  names: { en: { one: 'offering', many: 'offerings' }, 'zh-CN': { one: '产品/服务', many: '产品/服务' } },
  inScenarios: true,
  schema: offeringSchema,
  descriptionsZh: {
    title: '产品或服务的名称。',
    summary: '用一段话说明它是什么、能为客户做什么。',
    kind: '`product`（产品）、`service`（服务）或 `bundle`（组合方案）。',
    motives: '这项产品/服务满足的采购动机。',
    includes: '与它组合销售的产品/服务（offerings/ 下的 id），例如让产品真正发挥价值的服务。',
  },
  references: [{ path: ['includes', '*'], to: 'offerings' }],
  requires: [],
  mustBeUsed: true,
  inNav: true,
  next: {
    en: "edit that file - the title, summary, kind and the motives it answers - and add its id to a segment's `offerings` (until then `check` warns that it is unused).",
    'zh-CN': '编辑这个文件：标题、简介、类别（kind）和它回应的采购动机（motives）；再把它的 id 加进某个客群的 `offerings`（在此之前 `check` 会提示它未被使用）。',
  },
  placeholders: PLACEHOLDERS,
  /**
   * A product answering the motive of the first process that no offering answers yet (else of the first process),
   * so that a segment on that process can be offered it; without processes, the motive of the process skeleton.
   */
  skeleton(id, { lang, entities }) {
    const answered = new Set(entities('offerings').flatMap(motivesOf));
    const wanted = entities('processes').map((p) => motiveFor(p.data.type));
    const motive = wanted.find((m) => !answered.has(m)) ?? wanted[0] ?? DEFAULT_MOTIVE;
    const t = TEXT[lang];
    return {
      ok: true,
      refers: [],
      text: fileText(
        [
          `title: ${y(skeletonTitle(id, lang, PLACEHOLDERS))}`,
          `summary: ${y(PLACEHOLDERS[lang].summary)}`,
          `kind: product # ${t.kind}`,
          `motives: [${motive}] # ${t.motives}`,
          t.includes,
        ],
        t.body,
      ),
    };
  },
});
