import { segmentSchema } from '../schema/segment.ts';
import { defineKind, type Lang } from './define.ts';
import { offeringKind } from './offering.ts';
import { processKind } from './process.ts';
import { fileText, motiveFor, motivesOf, pickRole, referral, skeletonTitle, todo, yamlScalar as y } from './skeleton-text.ts';

/** What the segment skeleton cannot know, in each language: the `placeholder` warning reports a field that still holds it. */
const PLACEHOLDERS = {
  en: {
    summary: 'To be written: in one paragraph, who these customers are and why they buy.',
    industry: 'To be written: an industry of these accounts',
    buyingCriterion: 'To be written: what the buyer judges on',
  },
  'zh-CN': {
    title: '待填写：客群名称',
    summary: '待填写：用一段话说明这类客户是谁、为什么购买。',
    industry: '待填写：这类客户所在的行业',
    buyingCriterion: '待填写：客户据以做决定的标准',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const TEXT = {
  en: {
    priority: 'strategic (the strategic high ground), core or opportunistic',
    motive: 'why they buy: price-performance, value-realization or partnership',
    criteria: 'how to recognise an account: industries, regions, employees {min, max}, revenue {min, max}',
    buyingCriteria: 'what the buyer judges on, most important first',
    accounts: 'the number of target accounts in the segment, a list you can name',
    opportunityRate: 'new opportunities per account per year',
    dealSize: (currency: string) => `average deal in ${currency}`,
    offerings: 'ids under offerings/',
    process: 'id under processes/',
    coverage: 'who keeps in touch with every account, how often and for how long',
    owner: 'id under roles/',
    touchesPerYear: 'touches per account per year',
    hoursPerTouch: 'hours per touch',
    buyingCenter: ['# buyingCenter: # customer-side roles in the decision', '#   - { influence: economic, function: CFO } # influence: economic, technical, user or coach'],
    body: `
## Who they are

To be written: a typical account - its size, its situation and what changes for it when it buys.

## Talk track

To be written: how to open the conversation, the questions to ask and the proof points that land.

## Objections

To be written: the objections you hear most, each with the answer that works.
`,
  },
  'zh-CN': {
    priority: 'strategic（战略高地）、core（核心）或 opportunistic（机会型）',
    motive: '他们为什么买：price-performance、value-realization 或 partnership',
    criteria: '怎样识别这类客户：industries、regions、employees {min, max}、revenue {min, max}',
    buyingCriteria: '客户据以做决定的标准，最重要的放在前面',
    accounts: '这个客群的目标客户数，应当是能列出名单的客户',
    opportunityRate: '每个客户每年新增的商机数',
    dealSize: (currency: string) => `平均每单金额（${currency}）`,
    offerings: 'offerings/ 下的 id',
    process: 'processes/ 下的 id',
    coverage: '由谁跟进每个客户、多久一次、每次多少工时',
    owner: 'roles/ 下的 id',
    touchesPerYear: '每个客户每年的跟进次数',
    hoursPerTouch: '每次跟进的工时',
    buyingCenter: ['# buyingCenter: # 客户方参与决策的角色', '#   - { influence: economic, function: 财务总监 } # influence: economic、technical、user 或 coach'],
    body: `
## 他们是谁

待填写：一个典型客户的规模、现状，以及购买之后会有什么改变。

## 话术

待填写：怎样开启对话、要问哪些问题、哪些证明最有说服力。

## 常见异议

待填写：最常听到的异议，以及行之有效的回答。
`,
  },
} as const;

export const segmentKind = defineKind({
  id: 'segments',
  singular: 'segment',
  names: { en: { one: 'segment', many: 'segments' }, 'zh-CN': { one: '目标客群', many: '目标客群' } },
  inScenarios: true,
  fieldUnits: { accounts: 'count', dealSize: 'money', 'criteria.revenue.min': 'money', 'criteria.revenue.max': 'money', 'coverage.hoursPerTouch': 'hours' },
  schema: segmentSchema,
  descriptionsZh: {
    title: '客群的名称。',
    summary: '用一段话说明这些客户是谁、为什么购买。',
    priority: '`strategic` 表示战略高地；`core` 是基本盘；`opportunistic` 是有机会就做的客群。',
    motive:
      '客群的采购动机，可选 `price-performance`（性价比最好）、`value-realization`（借助服务实现业务成效）或 `partnership`（组织对组织的长期合作关系）。',
    criteria: '如何识别这个客群的客户，行业、地区、员工人数、年营业收入中至少写一项。',
    'criteria.industries': '客户所在的行业。',
    'criteria.regions': '客户所在的地区或国家。',
    'criteria.employees': '以员工人数计的企业规模，写 `min` 和／或 `max`。',
    'criteria.employees.min': '员工人数下限。',
    'criteria.employees.max': '员工人数上限。',
    'criteria.revenue': '以手册币种计的年营业收入，写 `min` 和／或 `max`。',
    'criteria.revenue.min': '年营业收入下限。',
    'criteria.revenue.max': '年营业收入上限。',
    buyingCriteria: '客户据以做决定的采购标准，最重要的写在前面。',
    accounts: '这个客群的目标客户数。',
    opportunityRate: '每个客户每年产生的新商机数。',
    dealSize: '平均订单金额，以手册币种计。',
    offerings: '向这个客群销售的产品/服务（offerings/ 下的 id）。',
    process: '这个客群所用的销售流程（processes/ 下的 id）。',
    coverage: '客户覆盖节奏，即由谁、多久一次、每次花多少时间与每个客户保持联系。',
    'coverage.owner': '负责这个客群客户覆盖的岗位（roles/ 下的 id）。',
    'coverage.touchesPerYear': '每个客户每年计划接触的次数。',
    'coverage.hoursPerTouch': '覆盖负责人每次接触所花的工时。',
    buyingCenter: '客户方参与采购决策的角色，每项写 `{influence, function}`。',
    'buyingCenter[].influence': '对决策的影响类型，可选 `economic`（决策者）、`technical`（评估者）、`user`（使用者）或 `coach`（内线）。',
    'buyingCenter[].function': '客户方的角色，例如 `CFO`、`设备部长`。',
  },
  references: [
    { path: ['offerings', '*'], to: 'offerings' },
    { path: ['process'], to: 'processes' },
    { path: ['coverage', 'owner'], to: 'roles' },
  ],
  requires: ['offerings', 'processes', 'roles'],
  mustBeUsed: false,
  inNav: true,
  next: {
    en: 'edit that file - replace the placeholder title, summary, criteria and buying criteria, set accounts, opportunityRate, dealSize and the coverage cadence, and check the offerings, process and owner it refers to.',
    'zh-CN': '编辑这个文件：替换标题、简介、识别条件和采购标准中的占位内容，填写客户数（accounts）、每个客户的年商机数（opportunityRate）、平均每单金额（dealSize）和覆盖节奏，并核对它引用的产品/服务、销售流程和覆盖负责人。',
  },
  placeholders: PLACEHOLDERS,
  /**
   * A segment on the playbook's first process that has an offering answering
   * the motive its type calls for (else on the first process and offering),
   * with that motive, and a seller as coverage owner.
   */
  skeleton(id, context) {
    const processes = context.entities('processes');
    const offerings = context.entities('offerings');
    const fitting = processes
      .map((p) => ({ process: p, offering: offerings.find((o) => motivesOf(o).includes(motiveFor(p.data.type))) }))
      .find((pair) => pair.offering !== undefined);
    const process = fitting?.process ?? processes[0];
    const role = pickRole(context.entities('roles'));
    const missing: string[] = [];
    if (offerings.length === 0) missing.push('offering');
    if (!process) missing.push('process');
    if (!role) missing.push('role');
    if (!process || !role || missing.length > 0) return { ok: false, missing };
    const motive = motiveFor(process.data.type);
    const offering = fitting?.offering ?? offerings[0]!;
    const { lang } = context;
    const t = TEXT[lang];
    const p = PLACEHOLDERS[lang];
    return {
      ok: true,
      refers: [referral(lang, processKind, process.id), referral(lang, offeringKind, offering.id), referral(lang, 'owner', role.id)],
      text: fileText(
        [
          `title: ${y(skeletonTitle(id, lang, PLACEHOLDERS))}`,
          `summary: ${y(p.summary)}`,
          `priority: core # ${t.priority}`,
          `motive: ${motive} # ${t.motive}`,
          `criteria: # ${t.criteria}`,
          '  industries:',
          `    - ${y(p.industry)}`,
          `buyingCriteria: # ${t.buyingCriteria}`,
          `  - ${y(p.buyingCriterion)}`,
          `accounts: 0 ${todo(lang, t.accounts)}`,
          `opportunityRate: 0 ${todo(lang, t.opportunityRate)}`,
          `dealSize: 0 ${todo(lang, t.dealSize(context.currency))}`,
          `offerings: [${y(offering.id)}] # ${t.offerings}`,
          `process: ${y(process.id)} # ${t.process}`,
          `coverage: # ${t.coverage}`,
          `  owner: ${y(role.id)} # ${t.owner}`,
          `  touchesPerYear: 0 ${todo(lang, t.touchesPerYear)}`,
          `  hoursPerTouch: 0 ${todo(lang, t.hoursPerTouch)}`,
          ...t.buyingCenter,
        ],
        t.body,
      ),
    };
  },
});
