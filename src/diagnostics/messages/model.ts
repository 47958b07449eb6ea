/** The model's warnings: capacity, coverage, win rate and bookings against the goals. */
import { distinct } from '../../format/numbers.ts';
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';

/** Rounds up to tenths (what "would cover it" needs), ignoring floating-point noise. */
const roundUp = (value: number) => Math.ceil(value * 10 - 1e-6) / 10;
const segmentList = (ids: readonly string[], c: MessageContext) => c.fmt.list(ids.map((id) => c.ref('segments', id)));

export interface CapacityParams {
  role: string;
  headcount: number;
  required: number;
  available: number;
  load: number;
  fteNeeded: number;
  capacityFactor: number;
  /** Segments whose coverage the role's hours cap. */
  segments: readonly string[];
}

export const capacityExceeded = defineCode<CapacityParams>()({
  severity: 'warning',
  title: { en: 'Capacity exceeded', 'zh-CN': '产能不足' },
  when: { en: 'A role\u2019s required hours exceed its available hours.', 'zh-CN': '某个岗位所需工时超过了可用工时。' },
  fix: { en: 'Add people, lower the hours per stage or per touch, or hand work to another role.', 'zh-CN': '可以增加人手、降低各阶段或每次拜访的工时，或把部分工作交给其他岗位。' },
  message: {
    en: (p, c) => {
      const [needed, available] = distinct(p.required, p.available, (value, digits = 0) => c.fmt.hours(value, digits));
      const fte = roundUp(p.fteNeeded);
      const has =
        p.available === 0
          ? `has none (headcount ${c.fmt.number(p.headcount, 2)}): ${c.fmt.people(fte)} would cover it`
          : `has ${available} (${c.fmt.people(p.headcount, 2)}): a load of ${c.fmt.load(p.load)}. It needs ${c.fmt.people(fte)}; ${c.fmt.number(roundUp(p.fteNeeded - p.headcount), 1)} more would cover it`;
      const effect =
        p.segments.length === 0
          ? ''
          : p.capacityFactor === 0
            ? ` Until then none of its work gets done, which leaves ${p.segments.length === 1 ? 'segment' : 'segments'} ${segmentList(p.segments, c)} uncovered.`
            : ` Until then it can do only ${c.fmt.percent(p.capacityFactor)} of its work, which caps the coverage of ${p.segments.length === 1 ? 'segment' : 'segments'} ${segmentList(p.segments, c)}.`;
      return `Role ${c.ref('roles', p.role)} needs ${needed} a year but ${has}.${effect}`;
    },
    'zh-CN': (p, c) => {
      const [needed, available] = distinct(p.required, p.available, (value, digits = 0) => c.fmt.hours(value, digits));
      const fte = roundUp(p.fteNeeded);
      const has =
        p.available === 0
          ? `，但没有可用工时（编制 ${c.fmt.number(p.headcount, 2)} 人）；需要约 ${c.fmt.people(fte)}（折合全职）`
          : `，现有 ${c.fmt.people(p.headcount, 2)}，可用 ${available}，负荷率 ${c.fmt.load(p.load)}。需要约 ${c.fmt.people(fte)}（折合全职），还差约 ${c.fmt.people(roundUp(p.fteNeeded - p.headcount))}`;
      const effect =
        p.segments.length === 0
          ? ''
          : p.capacityFactor === 0
            ? `补足之前，这个岗位的工作完全无法完成，目标客群 ${segmentList(p.segments, c)} 无人覆盖。`
            : `补足之前，这个岗位只能完成 ${c.fmt.percent(p.capacityFactor)} 的工作，目标客群 ${segmentList(p.segments, c)} 的覆盖率因此受限。`;
      return `岗位 ${c.ref('roles', p.role)} 每年需要 ${needed}${has}。${effect}`;
    },
  },
});

export interface CoverageParams {
  playbook: string;
  coverage: number;
  goal: number;
  accounts: number;
  coveredAccounts: number;
  /** The roles that cap segments, with the coverage they leave each. */
  caps: readonly { role: string; segments: readonly { id: string; coverage: number }[] }[];
}

export const coverageBelowGoal = defineCode<CoverageParams>()({
  severity: 'warning',
  title: { en: 'Coverage below goal', 'zh-CN': '覆盖率低于目标' },
  when: { en: 'The playbook\u2019s computed coverage is below `goals.coverage`.', 'zh-CN': '销售手册算出的整体覆盖率低于 `goals.coverage`。' },
  fix: { en: 'Add capacity to the bottleneck roles, or lower the coverage work per account.', 'zh-CN': '给瓶颈岗位增加产能，或减少每个客户的覆盖工作量。' },
  message: {
    en: (p, c) => {
      const [got, wanted] = distinct(p.coverage, p.goal, c.fmt.percent);
      const causes = p.caps.map(
        (cap) => `role ${c.ref('roles', cap.role)} caps ${c.fmt.list(cap.segments.map((s) => `${c.ref('segments', s.id)} at ${c.fmt.percent(s.coverage)}`))}`,
      );
      const why = causes.length ? `: ${causes.join('; ')}` : '';
      return `Playbook ${c.ref('playbook', p.playbook)} can cover ${c.fmt.count(Math.round(p.coveredAccounts))} of its ${c.fmt.count(p.accounts)} target accounts (${got}), below its goal of ${wanted}${why}.`;
    },
    'zh-CN': (p, c) => {
      const [got, wanted] = distinct(p.coverage, p.goal, c.fmt.percent);
      const causes = p.caps.map(
        (cap) =>
          `岗位 ${c.ref('roles', cap.role)} 使${cap.segments
            .map((s, i) => (i === 0 ? `目标客群 ${c.ref('segments', s.id)} 的覆盖率只有 ${c.fmt.percent(s.coverage)}` : `${c.ref('segments', s.id)} 只有 ${c.fmt.percent(s.coverage)}`))
            .join('，')}`,
      );
      const why = causes.length ? `：${causes.join('；')}` : '';
      return `销售手册 ${c.ref('playbook', p.playbook)} 的 ${c.fmt.count(p.accounts)} 家目标客户中，能覆盖的只有 ${c.fmt.count(Math.round(p.coveredAccounts))} 家（${got}），低于 ${wanted} 的目标${why}。`;
    },
  },
  hint: {
    en: (p) => `Add capacity to the bottleneck ${p.caps.length === 1 ? 'role' : 'roles'}, lower the coverage work per account, or revisit the goal.`,
    'zh-CN': () => '请给瓶颈岗位增加产能、减少每个客户的覆盖工作量，或重新审视目标。',
  },
});

export interface WinRateParams {
  segment: string;
  process: string;
  winRate: number;
  goal: number;
  conversions: readonly number[];
  weakest: readonly string[];
  lowest: number;
}

export const winRateBelowGoal = defineCode<WinRateParams>()({
  severity: 'warning',
  title: { en: 'Win rate below goal', 'zh-CN': '赢单率低于目标' },
  when: { en: 'A segment\u2019s computed win rate is below `goals.winRate`.', 'zh-CN': '某个客群算出的赢单率低于 `goals.winRate`。' },
  fix: { en: 'Improve the conversion of the weakest stages, use a process that fits the segment better, or revisit the goal.', 'zh-CN': '请提高这些阶段的转化率，换用更适合该客群的流程，或重新审视目标。' },
  message: {
    en: (p, c) => {
      const [got, wanted] = distinct(p.winRate, p.goal, c.fmt.percent);
      const product = p.conversions.length > 1 ? ` (${p.conversions.map((v) => c.fmt.percent(v)).join(' × ')} through its stages)` : '';
      const weakest = c.fmt.list(p.weakest.map(c.code));
      return `Segment ${c.ref('segments', p.segment)} wins ${got} of its opportunities on process ${c.ref('processes', p.process)}${product}, below the playbook's goal of ${wanted}. ${p.weakest.length === 1 ? 'The weakest stage is' : 'The weakest stages are'} ${weakest}, where ${c.fmt.percent(p.lowest)} go on.`;
    },
    'zh-CN': (p, c) => {
      const [got, wanted] = distinct(p.winRate, p.goal, c.fmt.percent);
      const product = p.conversions.length > 1 ? `（各阶段转化率 ${p.conversions.map((v) => c.fmt.percent(v)).join(' × ')}）` : '';
      return `目标客群 ${c.ref('segments', p.segment)} 在销售流程 ${c.ref('processes', p.process)} 上的赢单率为 ${got}${product}，低于 ${wanted} 的目标。转化率最低的阶段是 ${c.fmt.list(p.weakest.map(c.code))}，只有 ${c.fmt.percent(p.lowest)} 进入下一步。`;
    },
  },
});

export const bookingsBelowGoal = defineCode<{ playbook: string; bookings: number; goal: number; bottleneck?: string }>()({
  severity: 'warning',
  title: { en: 'Bookings below goal', 'zh-CN': '预计签约额低于目标' },
  when: { en: 'The playbook\u2019s expected revenue (new bookings a year) is below `goals.bookings`.', 'zh-CN': '销售手册的预计年签约额低于 `goals.bookings`。' },
  fix: { en: 'Add capacity where coverage is capped, improve the weakest stage conversions, or revisit the goal.', 'zh-CN': '请在覆盖率受限处增加产能、提高转化率最低的阶段，或重新审视目标。' },
  message: {
    en: (p, c) =>
      `Playbook ${c.ref('playbook', p.playbook)} expects ${c.fmt.moneyShort(p.bookings)} of new bookings a year (${c.fmt.money(p.bookings)}), below its goal of ${c.fmt.moneyShort(p.goal)}.${p.bottleneck ? ` Its bottleneck is role ${c.ref('roles', p.bottleneck)}.` : ''}`,
    'zh-CN': (p, c) =>
      `销售手册 ${c.ref('playbook', p.playbook)} 预计年签约额 ${c.fmt.moneyShort(p.bookings)}（${c.fmt.money(p.bookings)}），低于 ${c.fmt.moneyShort(p.goal)} 的目标。${p.bottleneck ? `瓶颈在岗位 ${c.ref('roles', p.bottleneck)}。` : ''}`,
  },
});
