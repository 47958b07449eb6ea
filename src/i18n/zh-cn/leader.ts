/**
 * Simplified Chinese UI strings of the leader's view and the rep's view (issue 16): the summary and what to do, roles
 * by load, the next hire priced, the stage cards, the role and matrix pages. One part of the dictionary that zh-cn.ts
 * assembles, typed by the English part (../en/leader.ts) so that a missing or extra key fails the type check; the
 * words keep to the glossary of zh-cn.ts.
 */
import type { leaderStrings as en } from '../en/leader.ts';
import { gap } from './gap.ts';

export const leaderStrings: typeof en = {
  leader: {
    heading: '要点一览',
    whatToDo: '下一步',
    accountCoverage: '覆盖率',
    goal: (goal: string) => `目标 ${goal}`,
    coveredOf: (covered: string, total: string, uncovered: string) => `${total} 家目标客户中覆盖 ${covered} 家，${uncovered} 家未覆盖`,
    allCovered: (total: string) => `${total} 家目标客户全部覆盖`,
    openPipeline: '在途商机',
    pipelineWorth: (value: string) => `任一时刻正在推进的商机数，金额 ${value}`,
    winsPerYear: (wins: string) => `预计每年赢单 ${wins} 个`,
    bookings: '预计年签约额',
    noBookingsGoal: '未设签约额目标（goals.bookings）',
    ofGoal: (share: string) => `达到目标的 ${share}`,
    morePeople: (n: string) => `还差约 ${n} 人`,
    bottleneckLoad: (load: string, headcount: string, needed: string) => `负荷率 ${load}：现有 ${headcount}，需要 ${needed}`,
    bottleneck: '瓶颈岗位',
    noBottleneck: '无',
    busiest: (role: string, load: string) => `各岗位工时均够用；负荷率最高的是${role}（${load}）`,
    nextHire: '多招一人的年增益',
    plusPeople: (people: string) => `增加 ${people}`,
    nextHireEffect: (people: string, coverage: string, wins: string) => `${people}：覆盖率 ${coverage}，赢单 ${wins} 个`,
    nextHirePlan: (money: string, ramp: string) => `计划期内 ${money}（${ramp}）`,
    nextHireNothing: '暂无增益',
    nextHireNothingDetail: '没有岗位超负荷：现在任何岗位多招一人都不会增加签约额。',
    toMetrics: '全部指标及其计算方法',
    toScenarios: '情景推演：各方案并列对比',
    toPlan: '人力计划：逐月推演',
    coverageDefinition: (accounts: string) => `团队按各客群的拜访节奏、有工时去跟进的目标客户占全部 ${accounts} 家目标客户的比例。它不是商机覆盖倍数（商机金额与业绩指标之比）。`,
    pipelineDefinition: (count: string, value: string) => `任一时刻正在推进的商机（${count} 个）及其金额（${value}），指的是在谈的单子，而不是覆盖的客户。`,
    actionHire: (people: string, role: string, load: string) => `给瓶颈岗位${role}补充约 ${people}（负荷率 ${load}）。`,
    actionHirePlanned: (planned: string, role: string, load: string, month: string) =>
      `按计划招聘：瓶颈岗位${role}目前负荷率 ${load}，计划新增的 ${planned}到岗后，${month}起产能够用。`,
    actionHireBeyond: (people: string, planned: string, role: string, load: string) =>
      `瓶颈岗位${role}（负荷率 ${load}）到计划期末仍然超负荷：在计划招聘的 ${planned}之外，还需补充约 ${people}。`,
    actionHireSooner: (planned: string, role: string, load: string) =>
      `尽早完成计划中的招聘：瓶颈岗位${role}目前负荷率 ${load}，即使新增计划中的 ${planned}，到计划期末仍然超负荷。`,
    sentenceGap: '',
    actionHireValue: (n: string, money: string) => `该岗位每多 ${n} 人，每年可多签约 ${money}。`,
    caps: (segments: string, coverage: string) => `使${segments}的覆盖率只有 ${coverage}`,
    actionWinRate: (rate: string, goal: string, stage: string, process: string, conversion: string) =>
      `各岗位工时均够用，但赢单率 ${rate} 低于 ${goal} 的目标：先改进${process}的“${stage}”阶段，只有 ${conversion} 进入下一步。`,
    actionBookings: (bookings: string, goal: string) =>
      `覆盖率和赢单率均达到目标，但预计年签约额 ${bookings}${gap(bookings, '低')}低于 ${goal}${gap(goal, '的')}的目标：增加目标客户或商机，或提高平均订单金额。`,
    actionAllMet: (role: string, load: string) => `各项目标均已达到，各岗位工时均够用；负荷率最高的是${role}（${load}）。`,
    actionAllMetIdle: '各项目标均已达到。',

    rolesTitle: '各岗位负荷率',
    rolesIntro: '负荷率最高的岗位排在最前。负荷率是岗位工作所需工时与现有人员可用工时之比；超过 100% 说明人手不足，会限制其所服务客群的覆盖率。',
    gap: '缺口',
    noGap: '无',
    hoursChart: '所需工时与可用工时',
    hoursSplit: (deal: string, coverage: string) => `商机 ${deal}，覆盖 ${coverage}`,
    capacityText: (required: string, available: string) => `需要 ${required}，可用 ${available}`,
    segmentsTitle: '各目标客群',
    accountsOf: (covered: string, total: string) => `${covered} / ${total} 家`,
    winsYear: '年赢单数',
    bookingsYear: '年签约额',
    allSegments: '全部客群',
    nextHireTitle: '多招一人的价值',
    nextHireIntro:
      '每个岗位多招一人（按满负荷工作一年计）对销售模式的影响：每项调整都作为情景，在手册的副本上推演。编制不足一人的共享岗位，按有意义的最小份额计算（半人或四分之一人）。',
    nextHirePlanIntro: '计划期内：同一人在计划的第一个月入职，并按该岗位新人的上手期逐步上手。',
    adds: '增加人数',
    change: (before: string, after: string) => `${before} → ${after}`,
    accountsCovered: '覆盖客户数',
    planColumn: (period: string) => `计划期内（${period}）`,
    clears: (warnings: string) => `消除：${warnings}`,
    nextHireRest: (roles: string) => `其余岗位工时有富余，现在多招一人不会改变结果：${roles}。`,

    stageCards: '逐阶段作战卡',
    stageMeta: (days: string, conversion: string) => `${days} · ${conversion}`,
    pair: (a: string, b: string) => `${a} · ${b}`,
    checklistHint: '商机满足一项就勾选一项；勾选不会保存。',
    talkTrack: '话术与要点',

    whatItDoes: '岗位职责',
    forManagers: '产能（供管理者参考）',
    roleNextHire: (n: string, money: string) => `本岗位每多 ${n} 人，每年可多签约 ${money}。`,
    roleNextHireInPlan: (n: string, money: string) => `考虑人员流失和上手期，本岗位每多 ${n} 人，计划期内可多签约 ${money}。`,
    roleNextHireNone: '本岗位工时有富余，现在多招一人不会增加签约额。',

    matrixIntro: '每个销售流程一张表：各阶段由谁执行、谁批准、向谁咨询、知会谁。不参与某流程的岗位不列入该流程的表。',
    noPart: (roles: string) => `不参与任何流程阶段的岗位：${roles}。`,
  },
};
