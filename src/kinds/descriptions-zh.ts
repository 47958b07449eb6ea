/**
 * The Chinese descriptions of every field of every kind of file, beside the
 * English ones the schemas carry (`.describe()`): what the Chinese format
 * reference shows (src/docs/reference.ts) and what the checker's Chinese
 * messages quote (`invalid-field`). Keys are the paths of the reference:
 * `coverage.owner`, `stages[].raci`, `buyingCenter[].function`. A test
 * holds this map to the schemas: every field has a description here, and
 * nothing here names a field that does not exist.
 */
import { defOf, innerOf, schemaAt, unwrapSchema, type AnySchema, type Def } from '../schema/introspect.ts';
import { idSchema, monthSchema, motiveSchema } from '../schema/index.ts';

export const FIELD_DESCRIPTIONS_ZH: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  playbook: {
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
  segments: {
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
  offerings: {
    title: '产品或服务的名称。',
    summary: '用一段话说明它是什么、能为客户做什么。',
    kind: '`product`（产品）、`service`（服务）或 `bundle`（组合方案）。',
    motives: '这项产品/服务满足的采购动机。',
    includes: '与它组合销售的产品/服务（offerings/ 下的 id），例如让产品真正发挥价值的服务。',
  },
  processes: {
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
  roles: {
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
  actuals: {
    title: '快照的名称，例如“截至 2026 年 9 月的实际数据”。',
    period: '统计口径：在 [from, to] 期间创建的商机，按 `to` 当天的状态计数。',
    'period.from': '统计期的第一天，格式为 YYYY-MM-DD：统计从这一天起创建的商机。',
    'period.to': '统计期的最后一天，格式为 YYYY-MM-DD：商机按这一天的状态计数。',
    source: '计数的来源：导出文件的名称、行数和摘要，不含文件内容。',
    'source.file': '导入快照所用的 CRM 导出文件的名称。',
    'source.rows': '导出文件的行数，不含表头。',
    'source.sha256': '导出文件的 SHA-256 摘要（十六进制）：标明是哪个文件，而不保留文件本身。',
    'source.history': '导入快照时所用的阶段历史导出文件（`--history`）。',
    'source.history.file': '阶段历史导出文件的名称。',
    'source.history.rows': '阶段历史导出文件的行数。',
    'source.history.sha256': '阶段历史导出文件的 SHA-256 摘要（十六进制）。',
    'source.skipped': '未计入的行数，按原因分列（`createdBefore`、`createdAfter`；`lostWithoutStage` 计入 `lost`，但不计入任何 `reached`）。',
    segments: '目标客群 id → CRM 对这个客群的计数；至少写一个客群。',
    'segments.<id>.opportunities': '这个客群在统计期内创建的商机数。',
    'segments.<id>.won': '其中到 `to` 为止赢单的数量。',
    'segments.<id>.lost': '其中到 `to` 为止丢单的数量。',
    'segments.<id>.wonAmount': '赢单商机的金额合计，以手册币种计。',
    'segments.<id>.cycleDays': '赢单商机从创建到关闭的平均天数。',
    'segments.<id>.reached': '阶段 id → 已有结果（赢单或丢单）、且最远走到该阶段或其后阶段的商机数（赢单的商机走过了每个阶段）。',
  },
  scenarios: {
    title: '情景的名称，例如“增加第七名销售代表”。',
    summary: '用一段话说明这个情景改变什么、销售负责人为什么会考虑它。',
    changes: '各项变更，按顺序应用到手册的副本上。',
    'changes[].set':
      '要改的位置，写成 `playbook.<字段>` 或 `<类别>/<id>.<字段>`，嵌套的键再逐级加 `.<键>`；`stages.<阶段 id>` 指定某个阶段，例如 `roles/inside-sales.headcount`、`processes/solution-sale.stages.validate.conversion`。',
    'changes[].to': '新的值（数字、文本、列表或映射），替换原来的值。',
    'changes[].add': '加到当前值上的数（负数表示减去）。',
  },
};

/**
 * Schemas shared by many fields, whose English description shows where the
 * value is an item of a list (`offerings[1]`, `motives[0]`) rather than a
 * field with a description of its own.
 */
const SHARED_ZH: [AnySchema, string][] = [
  [idSchema, '一个 id，由单个连字符连接的小写字母和数字组成，例如 `mid-market`。'],
  [monthSchema, '月份，格式为 YYYY-MM，例如 `2027-03`。'],
  [motiveSchema, '客群的采购动机，可选 `price-performance`（性价比最好）、`value-realization`（借助服务实现业务成效）或 `partnership`（组织对组织的长期合作关系）。'],
];

/** A data path (`['stages', 2, 'raci', 'ae']`) as the reference writes field paths (`stages[].raci.<id>`), following the schema. */
export function referencePathOf(schema: AnySchema, path: readonly PropertyKey[]): string {
  let out = '';
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    const def: Def | undefined = current ? defOf(unwrapSchema(current)) : undefined;
    if (def?.type === 'array') {
      out += '[]';
      current = def.element;
    } else if (def?.type === 'record') {
      out += '.<id>';
      current = def.valueType;
    } else {
      out += out ? `.${String(segment)}` : String(segment);
      current = def?.type === 'object' ? def.shape?.[String(segment)] : undefined;
    }
  }
  return out;
}

/** The Chinese description of a field of a kind of file, by its reference path; undefined when there is none. */
export function fieldDescriptionZh(kind: string, path: string): string | undefined {
  return FIELD_DESCRIPTIONS_ZH[kind]?.[path];
}

/**
 * The Chinese description of the value at a data path of a kind's schema, as
 * the checker quotes it: the field's own, else that of the shared schema the
 * value is (an id in a list of ids).
 */
export function descriptionZhAt(kind: string, schema: AnySchema, path: readonly PropertyKey[]): string | undefined {
  const own = fieldDescriptionZh(kind, referencePathOf(schema, path));
  if (own !== undefined) return own;
  for (let current = schemaAt(schema, path); current; current = innerOf(current)) {
    for (const [shared, text] of SHARED_ZH) if (isDerivedFrom(current, shared)) return text;
  }
  return undefined;
}

/** Whether a schema is the shared one, or a clone of it made by a method that keeps its description (`.regex()`, `.optional()` keeps none). */
function isDerivedFrom(schema: AnySchema, shared: AnySchema): boolean {
  for (let s: AnySchema | undefined = schema; s; s = (s._zod as { parent?: AnySchema }).parent) if (s === shared) return true;
  return false;
}
