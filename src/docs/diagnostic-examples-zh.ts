/**
 * What each diagnostic example changes (src/docs/diagnostic-examples.ts), in
 * Chinese, for the Chinese diagnostics page. A test holds it to the examples:
 * one sentence for every example, none for a code without one.
 */
import type { Code } from '../diagnostics/codes.ts';

export const EXAMPLE_CHANGES_ZH: Partial<Record<Code, string>> = {
  'frontmatter-missing': '岗位文件一开头就是标题，没有 frontmatter。',
  'yaml-syntax': '某个值里有 `: `，YAML 会把它当成嵌套映射的开始。',
  'invalid-field': '编制人数写成了英文单词。',
  'unknown-field': '字段名拼错了：只报一条错误，并指出想写的字段（不会再报 `headcount` 缺失）。',
  'invalid-id': '新建的岗位文件名用了大写字母和下划线。',
  'duplicate-id': '第二个阶段是从第一个复制来的，沿用了同一个 id。',
  'missing-playbook': '新文件夹 `playbooks/emea/` 先放进了岗位文件，还没有 `index.mdx`。',
  'reserved-id': '新手册的文件夹取名为 `docs`，而这是文档的地址。',
  'unknown-file': '客群文件存成了 `.md` 扩展名，因此不属于手册。',
  'body-syntax': '正文中有一句话把 `<` 当作小于号使用。',
  'unsafe-body': '正文用 JavaScript 表达式计算数字，而不是引用模型的数字。',
  'unknown-component': '正文用了渲染管线中不存在的组件。',
  'unknown-metric': '`<Metric>` 的路径拼错了。',
  'scenario-path': '情景修改了一个不存在的岗位的编制人数（岗位 id 拼错了）。',
  'bookings-below-goal': '手册设定的年签约额目标，各客群加起来也达不到。',
  'broken-reference': '客群引用的销售流程 id 拼错了。',
  'raci-accountable': '成交阶段有人执行，却没有人批准。',
  'raci-responsible': '成交阶段有人批准，却没有人执行。',
  'hours-without-raci': '快速销售流程的成交阶段给高管安排了工时，却没有给他分工。',
  'motive-process-fit': '以长期合作为采购动机的企业伙伴客群，被改到了交易型的快速销售流程。',
  'offering-motive-gap': '企业伙伴客群只配了自助购买的入门套餐。',
  'key-account-executive': '要客型流程中去掉了高管，所有事情都由客户经理一人承担。',
  'mirror-gap': '企业客户的采购决策链中加入了财务总监，而我方没有人对接。',
  'unused-entity': '一项旧的产品/服务仍留在手册里，但没有任何客群使用它。',
  placeholder: '用 `npm run playbook -- new offering acme/starter` 新建了一项产品/服务，summary 仍是骨架生成的样子。',
  'capacity-exceeded': '高管用于销售的时间从 0.1 人降到了 0.005 人。',
  'coverage-below-goal': '团队从两名客户经理缩减到四分之一个人。',
  'win-rate-below-goal': '快速销售流程成交阶段的转化率从 50% 降到了 30%。',
  'actuals-inconsistent': '手写的快照中，赢单和丢单加起来比商机还多。',
  'actuals-drift': 'CRM 导出的数据表明，通过资格确认的小企业商机远少于快速销售流程的假设。',
  'actuals-stale': '唯一的快照截止于 2024 年，此后再没有人从 CRM 导入过数据。',
  'external-image': '正文直接显示了厂商官网上的一张产品截图。',
};
