/** Codes of the cross-file rules: references, stages, the fit of the four elements, unused entities. */
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';
import { stageName } from './field-names.ts';

const MOTIVE_ZH: Record<string, string> = { 'price-performance': '性价比', 'value-realization': '价值实现', partnership: '长期合作' };
const TYPE_ZH: Record<string, string> = { transactional: '交易型', solution: '解决方案型', 'key-account': '要客型' };
const TYPE_EN: Record<string, string> = { transactional: 'transactional', solution: 'solution', 'key-account': 'key-account' };

const ids = (list: readonly string[], c: MessageContext, kind: string) => c.fmt.list(list.map((id) => c.ref(kind, id)));

/** A stage of a process, in the rules' params: its id and, when it has one, its title. */
interface StageRef {
  stage: string;
  /** The stage's title, so that messages name it as authors see it. */
  title?: string;
  process: string;
}

const stage = (p: StageRef, c: MessageContext) => stageName({ index: 0, id: p.stage, title: p.title }, c);
/** `Stage `qualify` (Qualify) of process `sale``, `销售流程 `sale` 的阶段 `qualify`（资格确认）`. */
const stageOf = (p: StageRef, c: MessageContext) =>
  c.lang === 'zh-CN' ? `销售流程 ${c.ref('processes', p.process)} 的${stage(p, c)}` : `${capitalize(stage(p, c))} of process ${c.ref('processes', p.process)}`;

export const brokenReference = defineCode<{
  kind: string;
  id: string;
  playbook: string;
  dir: string;
  existing: readonly string[];
  singular: string;
  /**
   * v1.2: the id names a stage (a snapshot's `reached`, an import mapping's stages): of this process (`existing` are
   * its stage ids), or of any process of the playbook when `process` is null (`existing` are all their stage ids).
   */
  stage?: { process: string | null };
}>()({
  severity: 'error',
  title: { en: 'Broken reference', 'zh-CN': '引用不存在' },
  when: { en: 'A reference names no entity of that kind in the playbook.', 'zh-CN': '引用的 id 在本销售手册中找不到对应的条目。' },
  fix: { en: 'Use one of the ids the message lists, or create the missing file.', 'zh-CN': '改用提示中列出的 id，或新建缺少的文件。' },
  message: {
    en: (p, c) =>
      p.stage
        ? `${p.stage.process === null ? `No process of playbook ${c.code(p.playbook)} has a stage ${c.code(p.id)}` : `Process ${c.ref('processes', p.stage.process)} has no stage ${c.code(p.id)}`}. ${
            p.existing.length ? `Its stages are ${c.fmt.list(p.existing.map(c.code))}.` : 'It has no stages yet.'
          }`
        : `No ${c.kind(p.kind)} ${c.code(p.id)} in playbook ${c.code(p.playbook)}: there is no ${p.dir}/${p.kind}/${p.id}.mdx. ${
            p.existing.length ? `Existing ${c.kind(p.kind, 'many')}: ${c.fmt.list([...p.existing].sort().map(c.code))}.` : `The playbook has no ${c.kind(p.kind, 'many')} yet.`
          }`,
    'zh-CN': (p, c) =>
      p.stage
        ? `${p.stage.process === null ? `销售手册 ${c.code(p.playbook)} 的销售流程中都没有阶段 ${c.code(p.id)}` : `销售流程 ${c.ref('processes', p.stage.process)} 中没有阶段 ${c.code(p.id)}`}。${
            p.existing.length ? `现有的阶段：${c.fmt.list(p.existing.map(c.code))}。` : '还没有任何阶段。'
          }`
        : `销售手册 ${c.code(p.playbook)} 中没有${c.kind(p.kind)} ${c.code(p.id)}：找不到文件 ${p.dir}/${p.kind}/${p.id}.mdx。${
            p.existing.length ? `现有的${c.kind(p.kind, 'many')}：${c.fmt.list([...p.existing].sort().map(c.code))}。` : `这个销售手册还没有${c.kind(p.kind, 'many')}。`
          }`,
  },
  hint: {
    en: (p) =>
      p.stage
        ? `Use one of them${p.stage.process === null ? ', or `won` or `lost`' : ''}.`
        : `Fix the id, or create the file with \`npm run playbook -- new ${p.singular} ${p.playbook}/${p.id}\`.`,
    'zh-CN': (p) =>
      p.stage
        ? `请改用其中之一${p.stage.process === null ? '，或写 `won`、`lost`' : ''}。`
        : `请改正 id，或用 \`npm run playbook -- new ${p.singular} ${p.playbook}/${p.id}\` 新建文件。`,
  },
});

export const duplicateId = defineCode<{ stage: string; process: string; first: number; second: number; /** The two stages' titles. */ titles?: readonly [string, string] }>()({
  severity: 'error',
  title: { en: 'Duplicate stage id', 'zh-CN': '阶段 id 重复' },
  when: { en: 'Two stages of one process share an id.', 'zh-CN': '同一流程中有两个阶段的 id 相同。' },
  fix: { en: 'Give every stage of the process its own id.', 'zh-CN': '给流程的每个阶段起不同的 id。' },
  message: {
    en: (p, c) =>
      `Stage id ${c.code(p.stage)} is used twice in process ${c.ref('processes', p.process)} (${!p.titles ? `stages ${p.first} and ${p.second}` : p.titles[0] === p.titles[1] ? `both titled “${p.titles[0]}”` : `by “${p.titles[0]}” and “${p.titles[1]}”`}), so links and RACI rows would be ambiguous.`,
    'zh-CN': (p, c) =>
      `阶段 id ${c.code(p.stage)} 在销售流程 ${c.ref('processes', p.process)} 中用了两次（${!p.titles ? `第 ${p.first} 和第 ${p.second} 个阶段` : p.titles[0] === p.titles[1] ? `两个阶段的标题都是“${p.titles[0]}”` : `“${p.titles[0]}”和“${p.titles[1]}”`}），链接和 RACI 表的行会无法区分。`,
  },
});

export const raciAccountable = defineCode<StageRef & { accountable: readonly string[] }>()({
  severity: 'error',
  title: { en: 'Accountability', 'zh-CN': '缺少批准人（A）' },
  when: { en: 'A stage does not have exactly one `A` or `AR` in its `raci`.', 'zh-CN': '某个阶段的 `raci` 里不是恰好一个 `A` 或 `AR`。' },
  fix: { en: 'Make exactly one role accountable (`A` or `AR`) for the stage.', 'zh-CN': '为该阶段指定且只指定一个批准人（`A` 或 `AR`）。' },
  message: {
    en: (p, c) =>
      p.accountable.length === 0
        ? `${stageOf(p, c)} has no accountable role, so nobody owns its outcome.`
        : `${stageOf(p, c)} has ${p.accountable.length} accountable roles (${ids(p.accountable, c, 'roles')}); accountability must sit with exactly one.`,
    'zh-CN': (p, c) =>
      p.accountable.length === 0
        ? `${stageOf(p, c)}没有批准人（A），这个阶段的结果没有人最终负责。`
        : `${stageOf(p, c)}有 ${p.accountable.length} 个批准人（${ids(p.accountable, c, 'roles')}），而批准人只能有一个。`,
  },
  hint: {
    en: (p) =>
      p.accountable.length === 0 ? 'Mark exactly one role `A` (or `AR` if it also does the work).' : 'Keep one `A`/`AR` and make the others `R` or `C`.',
    'zh-CN': (p) => (p.accountable.length === 0 ? '请把恰好一个岗位标为 `A`（若这个岗位同时执行，标为 `AR`）。' : '请只保留一个 `A`/`AR`，其余改为 `R` 或 `C`。'),
  },
});

export const raciResponsible = defineCode<StageRef>()({
  severity: 'error',
  title: { en: 'Responsibility', 'zh-CN': '缺少执行人（R）' },
  when: { en: 'A stage has no `R` or `AR` in its `raci`.', 'zh-CN': '某个阶段的 `raci` 里没有 `R` 或 `AR`。' },
  fix: { en: 'Mark at least one role `R` (or `AR`).', 'zh-CN': '请至少把一个岗位标为 `R`（或 `AR`）。' },
  message: {
    en: (p, c) => `${stageOf(p, c)} has no responsible role, so nobody does its work.`,
    'zh-CN': (p, c) => `${stageOf(p, c)}没有执行人（R），这个阶段的工作没人做。`,
  },
});

export const hoursWithoutRaci = defineCode<StageRef & { role: string }>()({
  severity: 'error',
  title: { en: 'Hours without a RACI part', 'zh-CN': '有工时但不在 RACI 中' },
  when: { en: 'A stage\u2019s `hours` names a role that its `raci` does not.', 'zh-CN': '阶段的 `hours` 里写了某个岗位，`raci` 里却没有它。' },
  fix: { en: 'Add the role to the stage\u2019s `raci`, or remove its hours.', 'zh-CN': '把该岗位加进阶段的 `raci`，或删掉它的工时。' },
  message: {
    en: (p, c) => `${stageOf(p, c)} gives ${c.ref('roles', p.role)} hours but its \`raci\` does not name ${c.ref('roles', p.role)}, so the work has no defined part.`,
    'zh-CN': (p, c) => `${stageOf(p, c)}给岗位 ${c.ref('roles', p.role)} 安排了工时，但 \`raci\` 里没有这个岗位，这部分工作没有明确的分工。`,
  },
  hint: {
    en: (p, c) => `Add ${c.code(p.role)} to the stage's raci (usually \`R\` or \`C\`), or remove its hours.`,
    'zh-CN': (p, c) => `请把 ${c.code(p.role)} 加进该阶段的 raci（通常是 \`R\` 或 \`C\`），或删掉这个岗位的工时。`,
  },
});

export const motiveProcessFit = defineCode<{ segment: string; motive: string; wanted: string; process: string; type: string }>()({
  severity: 'warning',
  title: { en: 'Motive and process disagree', 'zh-CN': '采购动机与销售流程不匹配' },
  when: {
    en: 'A segment\u2019s motive and its process type disagree: price-performance calls for transactional, value-realization for solution, partnership for key-account.',
    'zh-CN': '客群的采购动机与销售流程类型不一致：性价比对应交易型，价值实现对应解决方案型，长期合作对应要客型。',
  },
  fix: {
    en: 'Move the segment to a process of the matching type, or explain the exception in the segment\u2019s body.',
    'zh-CN': '给客群换一个类型匹配的流程，或在客群正文里说明例外的原因。',
  },
  message: {
    en: (p, c) =>
      `Segment ${c.ref('segments', p.segment)} buys on ${c.code(p.motive)}, which calls for a ${TYPE_EN[p.wanted] ?? p.wanted} process, but its process ${c.ref('processes', p.process)} is a ${TYPE_EN[p.type] ?? p.type} process.`,
    'zh-CN': (p, c) =>
      `目标客群 ${c.ref('segments', p.segment)} 的采购动机是“${MOTIVE_ZH[p.motive] ?? p.motive}”，应该用${TYPE_ZH[p.wanted] ?? p.wanted}销售流程，但它的流程 ${c.ref('processes', p.process)} 是${TYPE_ZH[p.type] ?? p.type}。`,
  },
  hint: {
    en: (p) => `Use a ${TYPE_EN[p.wanted] ?? p.wanted} process, or explain the exception in the segment’s body.`,
    'zh-CN': (p) => `请换用${TYPE_ZH[p.wanted] ?? p.wanted}流程，或在客群正文里说明例外的原因。`,
  },
});

export const offeringMotiveGap = defineCode<{ segment: string; motive: string }>()({
  severity: 'warning',
  title: { en: 'No offering answers the motive', 'zh-CN': '没有产品/服务回应采购动机' },
  when: { en: 'None of a segment\u2019s offerings lists the segment\u2019s motive.', 'zh-CN': '客群的产品/服务中，没有一项回应该客群的采购动机。' },
  fix: { en: 'Offer the segment something that answers its motive, or add the motive to an offering that does.', 'zh-CN': '为客群配上回应其动机的产品/服务，或在确实能回应的产品/服务上加上这个动机。' },
  message: {
    en: (p, c) => `None of the offerings of segment ${c.ref('segments', p.segment)} answers its motive ${c.code(p.motive)}, so nothing it is offered matches why it buys.`,
    'zh-CN': (p, c) =>
      `目标客群 ${c.ref('segments', p.segment)} 的产品/服务没有一项回应它的采购动机“${MOTIVE_ZH[p.motive] ?? p.motive}”（${c.code(p.motive)}），给它的东西与它购买的理由对不上。`,
  },
  hint: {
    en: (p, c) => `Add an offering whose \`motives\` include ${c.code(p.motive)}, or add the motive to one that answers it.`,
    'zh-CN': (p, c) => `请添加 \`motives\` 包含 ${c.code(p.motive)} 的产品/服务，或给确实能回应的产品/服务加上这个动机。`,
  },
});

export const keyAccountExecutive = defineCode<{ process: string }>()({
  severity: 'warning',
  title: { en: 'No executive in key-account selling', 'zh-CN': '要客型流程缺少高管参与' },
  when: { en: 'A key-account process has no `executive` role in any stage\u2019s `raci`.', 'zh-CN': '要客型流程的所有阶段 `raci` 中都没有 `executive`（高管）岗位。' },
  fix: { en: 'Give an executive a part (`A`, `R` or `C`) in at least one stage.', 'zh-CN': '请至少在一个阶段给高管一个角色（`A`、`R` 或 `C`）。' },
  message: {
    en: (p, c) =>
      `Key-account process ${c.ref('processes', p.process)} involves no executive: no stage's raci names a role with \`function: executive\`, and a key account is an organisation-to-organisation relationship.`,
    'zh-CN': (p, c) =>
      `要客型流程 ${c.ref('processes', p.process)} 没有高管参与：没有一个阶段的 raci 包含 \`function: executive\` 的岗位，而要客关系是组织对组织的关系。`,
  },
});

export const mirrorGap = defineCode<{ segment: string; function: string; process: string }>()({
  severity: 'warning',
  title: { en: 'Customer function not mirrored', 'zh-CN': '客户方角色无人对接' },
  when: {
    en: 'A segment on a key-account process has a buying-centre function that no role of that process lists in `counterparts`.',
    'zh-CN': '走要客型流程的客群，其采购决策链中的某个客户方角色，在该流程的岗位 `counterparts` 中无人对接。',
  },
  fix: { en: 'Add it to the counterparts of the role that meets them.', 'zh-CN': '请把它加进负责对接的岗位的 counterparts。' },
  message: {
    en: (p, c) =>
      `Nobody on our side mirrors the customer's ${p.function}: no role in process ${c.ref('processes', p.process)} lists "${p.function}" in its counterparts, and key-account selling pairs each customer function with ours.`,
    'zh-CN': (p, c) =>
      `客户方的“${p.function}”在我方无人对接：销售流程 ${c.ref('processes', p.process)} 中没有岗位在 counterparts 里写“${p.function}”，而要客型销售要求客户方每个角色都有我方对接人。`,
  },
});

export const unusedEntity = defineCode<{ kind: string; id: string; referrers: readonly { from: string; field: string }[] }>()({
  severity: 'warning',
  title: { en: 'Unused', 'zh-CN': '未被使用' },
  when: {
    en: 'An offering, process or role that no segment (and, for roles, no stage or coverage owner) uses.',
    'zh-CN': '某个产品/服务、流程或岗位没有被任何客群使用（岗位：也没有出现在任何阶段或作为覆盖负责人）。',
  },
  fix: {
    en: 'Reference it from a segment or stage, or delete it (or rename the file to start with `_` to keep it as a draft).',
    'zh-CN': '在客群或阶段中引用它，或删除它（也可以把文件名改为以 `_` 开头，作为草稿保留）。',
  },
  message: {
    en: (p, c) => {
      const fields = p.referrers.map((r) => `the \`${r.field}\` of ${article(c.kind(r.from))}`);
      const nothing = fields.length ? `nothing names it (${c.fmt.or(fields)})` : 'nothing names it';
      return `${capitalize(c.kind(p.kind))} ${c.ref(p.kind, p.id)} is unused: ${nothing}, so it has no effect on the model.`;
    },
    'zh-CN': (p, c) => `${c.kind(p.kind)} ${c.ref(p.kind, p.id)} 没有被任何地方使用，对模型没有影响。`,
  },
  hint: {
    en: (p, c) => {
      const fields = p.referrers.map((r) => `the \`${r.field}\` of ${article(c.kind(r.from))}`);
      return `${fields.length ? `Reference it from ${c.fmt.or(fields)}, delete it,` : 'Delete it'} or rename the file to start with \`_\` to keep it as a draft.`;
    },
    'zh-CN': (p, c) => {
      const where = c.fmt.or(p.referrers.map((r) => `${c.kind(r.from)}的 \`${r.field}\``));
      return `${where ? `请在${where}中引用它，或删除它` : '请删除它'}；也可以把文件名改为以 \`_\` 开头，作为草稿保留。`;
    },
  },
});

/** `a segment`, `an offering`. */
function article(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
