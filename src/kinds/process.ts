import { PROCESS_FOR_MOTIVE, PROCESS_TYPES, type Motive, type ProcessType } from '../schema/common.ts';
import { processSchema } from '../schema/process.ts';
import { defineKind, type Lang } from './define.ts';
import { roleKind } from './role.ts';
import { fileText, motiveFor, motivesOf, pickRole, referral, skeletonTitle, todo, yamlScalar as y } from './skeleton-text.ts';

/** What the process skeleton cannot know, in each language: the `placeholder` warning reports a field that still holds it. */
const PLACEHOLDERS = {
  en: {
    summary: 'To be written: in one paragraph, when this process is used and how an opportunity moves through it.',
    goal: 'To be written: what this stage must achieve.',
    exitQualify: 'To be written: a checkable fact that lets the opportunity move on',
    exitClose: 'To be written: a checkable fact that says the deal is won',
  },
  'zh-CN': {
    title: '待填写：流程名称',
    summary: '待填写：用一段话说明何时使用这个流程，以及商机怎样在其中推进。',
    goal: '待填写：这个阶段要达成什么。',
    exitQualify: '待填写：商机可以进入下一阶段的可核实事实',
    exitClose: '待填写：说明已经赢单的可核实事实',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const TEXT = {
  en: {
    type: 'transactional, solution or key-account',
    stages: 'in order',
    qualify: 'Qualify',
    close: 'Close',
    days: 'typical duration of the stage in days',
    conversion: 'share of the opportunities in this stage that go on to the next; set it from your CRM',
    lastConversion: 'share of the opportunities in this stage that close won; set it from your CRM',
    raci: 'role id: R, A, C, I or AR; exactly one A or AR, at least one R or AR',
    hours: 'hours of effort per opportunity in this stage, by role id',
    roleHours: 'hours of this role per opportunity in this stage',
    body: `
## How to run it

To be written: for each stage, what happens, who does it, and the questions, documents and tools it uses.

## Common mistakes

To be written: what makes opportunities stall or slip in this process, and how to avoid it.
`,
  },
  'zh-CN': {
    type: 'transactional（交易型）、solution（解决方案型）或 key-account（要客型）',
    stages: '按先后顺序',
    qualify: '资格确认',
    close: '签约成交',
    days: '这个阶段通常持续的天数',
    conversion: '这个阶段的商机进入下一阶段的比例；请按 CRM 数据填写',
    lastConversion: '这个阶段的商机最终赢单的比例；请按 CRM 数据填写',
    raci: '岗位 id: R（执行）、A（批准）、C（咨询）、I（知会）或 AR（批准并执行）；恰好一个 A 或 AR，至少一个 R 或 AR',
    hours: '每个商机在这个阶段投入的工时，按岗位 id',
    roleHours: '这个岗位在这个阶段为每个商机投入的工时',
    body: `
## 怎样推进

待填写：每个阶段做什么、由谁来做，用到哪些问题、文档和工具。

## 常见错误

待填写：这个流程里商机为什么会停滞或延误，以及怎样避免。
`,
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** The motive of the type a process skeleton has when no offering says otherwise. */
const DEFAULT_MOTIVE: Motive = 'value-realization';

export const processKind = defineKind({
  id: 'processes',
  singular: 'process',
  names: { en: { one: 'process', many: 'processes' }, 'zh-CN': { one: '销售流程', many: '销售流程' } },
  inScenarios: true,
  fieldUnits: { 'stages.*.days': 'days', 'stages.*.conversion': 'share', 'stages.*.hours.{}': 'hours' },
  schema: processSchema,
  descriptionsZh: {
    title: '销售流程的名称。',
    summary: '用一段话说明这个流程在什么情况下使用、怎样推进。',
    type: '`transactional`（交易型）、`solution`（解决方案型）或 `key-account`（要客型）。',
    stages: '各个阶段，按先后顺序排列。',
    'stages[].id': '阶段的 id，在同一流程内不能重复。',
    'stages[].title': '阶段的名称。',
    'stages[].goal': '这个阶段要达成的目标。',
    'stages[].exitCriteria': '可以核实的事实，满足后商机才能进入下一阶段。',
    'stages[].days': '这个阶段通常持续的天数。',
    'stages[].conversion': '进入这个阶段的商机中推进到下一阶段的比例；最后一个阶段则是赢单的比例。',
    'stages[].raci': '谁做什么，写成岗位 id → `R`（执行）、`A`（批准）、`C`（咨询）、`I`（知会）或 `AR`（批准并执行）。',
    'stages[].hours': '每个商机在这个阶段投入的工时，写成岗位 id → 工时。',
  },
  references: [
    { path: ['stages', '*', 'raci', '{}'], to: 'roles' },
    // A role with hours but no raci entry is `hours-without-raci`, not a broken reference.
    { path: ['stages', '*', 'hours', '{}'], to: 'roles', when: (stage, key) => Object.hasOwn((stage.raci as object | undefined) ?? {}, key) },
  ],
  requires: ['roles'],
  mustBeUsed: true,
  inNav: true,
  next: {
    en: "edit that file - the type, and stages with their goals, exit criteria, days, conversions, raci and hours - and make it a segment's `process` (until then `check` warns that it is unused).",
    'zh-CN': '编辑这个文件：类型（type），以及各阶段的目标、推进标准、天数、转化率、RACI 和工时；再把它设为某个客群的 `process`（在此之前 `check` 会提示它未被使用）。',
  },
  placeholders: PLACEHOLDERS,
  /**
   * A process of two stages; the role (preferably a seller) is accountable and responsible for both. Its type
   * serves the first motive the offerings answer that no process serves yet (else the first offering's), so that a
   * segment can be put on it with an offering that fits; a key-account process consults an executive when the
   * playbook has one.
   */
  skeleton(id, { lang, entities, choices }) {
    const roles = entities('roles');
    const role = pickRole(roles);
    if (!role) return { ok: false, missing: ['role'] };
    const served = new Set(entities('processes').map((p) => motiveFor(p.data.type)));
    const offered = entities('offerings').flatMap(motivesOf) as Motive[];
    const motive = offered.find((m) => !served.has(m)) ?? offered[0] ?? DEFAULT_MOTIVE;
    const chosen = (PROCESS_TYPES as readonly string[]).includes(choices?.type ?? '') ? (choices!.type as ProcessType) : undefined;
    const type = chosen ?? PROCESS_FOR_MOTIVE[motive];
    const executive = type === 'key-account' ? roles.find((r) => r.data.function === 'executive' && r.id !== role.id) : undefined;
    const t = TEXT[lang];
    const p = PLACEHOLDERS[lang];
    const stage = (stageId: string, title: string, exit: string, last: boolean) => [
      `  - id: ${stageId}`,
      `    title: ${y(title)}`,
      `    goal: ${y(p.goal)}`,
      '    exitCriteria:',
      `      - ${y(exit)}`,
      `    days: 0 ${todo(lang, t.days)}`,
      `    conversion: 0.5 # ${last ? t.lastConversion : t.conversion}`,
      `    raci: # ${t.raci}`,
      `      ${y(role.id)}: AR`,
      ...(executive ? [`      ${y(executive.id)}: C`] : []),
      `    hours: # ${t.hours}`,
      `      ${y(role.id)}: 0 ${todo(lang, t.roleHours)}`,
      ...(executive ? [`      ${y(executive.id)}: 0 ${todo(lang, t.roleHours)}`] : []),
    ];
    return {
      ok: true,
      refers: [referral(lang, roleKind, role.id), ...(executive ? [referral(lang, roleKind, executive.id)] : [])],
      text: fileText(
        [
          `title: ${y(skeletonTitle(id, lang, PLACEHOLDERS))}`,
          `summary: ${y(p.summary)}`,
          `type: ${type} # ${t.type}`,
          `stages: # ${t.stages}`,
          ...stage('qualify', t.qualify, p.exitQualify, false),
          ...stage('close', t.close, p.exitClose, true),
        ],
        t.body,
      ),
    };
  },
});
