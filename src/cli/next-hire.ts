/**
 * `what-if <playbook> --next-hire`: the next hire of every role, priced by the
 * scenario machinery (src/model/next-hire.ts) — what one more person (or half
 * or a quarter of one, for a role shared below one person) beyond the plan's
 * hires adds to coverage, wins and bookings, fully productive for a year; what
 * the person costs, when the first wins arrive and when the person has paid
 * for themselves; and, with a plan, what the person adds within the plan
 * joining in its first month. The table in the playbook's language (or
 * `--lang`), or JSON.
 */
import type { Lang } from '../diagnostics/context.ts';
import { escapeControls } from '../diagnostics/format.ts';
import { spaceCjkLatin } from '../format/cjk.ts';
import { formatKindDelta, formatter, type Formatter } from '../format/numbers.ts';
import { kindTitle } from '../kinds/index.ts';
import { byId, type CompletePlaybook } from '../model/graph.ts';
import type { NextHire } from '../model/next-hire-types.ts';
import type { AppliedChange } from '../model/scenario.ts';
import type { PlanMetrics } from '../model/plan.ts';
import { table } from './text-table.ts';

/** Everything the outputs are made from. */
export interface NextHireReport {
  /** The playbook the hires are priced on: the baseline, or its changed copy when changes were given. */
  graph: CompletePlaybook;
  plan: PlanMetrics | null;
  hires: NextHire[];
  /** The changes applied first (the scenario's, then --set); empty for the playbook as it is. */
  changes: AppliedChange[];
  scenario: { id: string; title: string } | null;
  lang: Lang;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * The `--format json` document: `{playbook, scenario, changes, nextHires}`; each hire
 * `{role, title, headcount, planned, add, loadToday, load, loadAfter, fteNeeded, changes, delta: {coverage,
 * coveredAccounts, winRate, expectedWins, expectedRevenue}, after: {…the same}, cost, net, firstWinsAfter,
 * fullPaceAfter, paybackMonths, plan: {start, rampMonths, delta, totals, firstWinsMonth, fullPaceMonth, cost} | null,
 * clears}`, the most valuable first; `load` and `delta` are with the plan's hires (the hire comes beyond them); a
 * load is null when it is infinite.
 */
export function nextHireDocument(report: NextHireReport): Record<string, Json> {
  return {
    playbook: report.graph.id,
    scenario: report.scenario?.id ?? null,
    changes: report.changes.map((c) => ({ path: c.path, before: (c.before ?? null) as Json, after: (c.after ?? null) as Json })),
    nextHires: report.hires.map((h) => ({
      role: h.role,
      title: byId(report.graph.roles, h.role)?.data.title ?? h.role,
      headcount: h.headcount,
      planned: h.planned,
      add: h.add,
      loadToday: finite(h.loadToday),
      load: finite(h.load),
      loadAfter: finite(h.loadAfter),
      fteNeeded: h.fteNeeded,
      changes: h.changes,
      delta: { ...h.delta },
      after: { coverage: h.after.coverage, coveredAccounts: h.after.coveredAccounts, winRate: h.after.winRate, expectedWins: h.after.expectedWins, expectedRevenue: h.after.expectedRevenue },
      cost: h.cost,
      net: h.net,
      firstWinsAfter: h.firstWinsAfter,
      fullPaceAfter: h.fullPaceAfter,
      paybackMonths: h.paybackMonths,
      plan: h.plan
        ? { start: h.plan.start, rampMonths: h.plan.rampMonths, delta: { ...h.plan.delta }, totals: { ...h.plan.totals }, firstWinsMonth: h.plan.firstWinsMonth, fullPaceMonth: h.plan.fullPaceMonth, cost: h.plan.cost }
        : null,
      clears: h.cleared.map((d) => d.code),
    })),
  };
}

const TEXT = {
  en: {
    title: (title: string, id: string) => `Next hire: ${title} (${id})`,
    scenario: (title: string, id: string) => `After scenario ${title} (${id})`,
    after: 'After these changes:',
    intro: 'What one more person in each role adds, fully productive for a year (each hire run as a scenario on a copy of the playbook).',
    beyond: 'The hire comes beyond the hires the plan already counts: loads and figures are with them.',
    plan: (period: string) => `Within the plan (${period}): the same person joins in its first month and ramps up as the role's new people do.`,
    role: kindTitle('roles', 'en'),
    adds: 'Adds',
    load: 'Load',
    cost: 'Cost a year',
    net: 'Net a year',
    firstWins: 'First wins',
    payback: 'Pays back',
    months: (n: string) => n,
    never: 'never',
    atOnce: 'at once',
    afterMonths: (months: number) => (months === 0 ? 'the month it joins' : months === 1 ? 'after 1 month' : `after ${months} months`),
    coverage: 'Coverage',
    accounts: 'Covered accounts',
    wins: 'Wins a year',
    bookings: 'Bookings a year',
    inPlan: 'Within the plan',
    add: (people: string) => `+${people}`,
    ramp: (months: number) => (months === 0 ? 'productive at once' : months === 1 ? '1 month to ramp' : `${months} months to ramp`),
    withRamp: (money: string, ramp: string) => `${money} (${ramp})`,
    clears: (role: string, codes: string) => `${role} clears: ${codes}`,
    rest: (roles: string) => `One more person in any other role adds nothing now (hours to spare): ${roles}.`,
    none: 'No role is over capacity: one more person anywhere adds no bookings now.',
    noWork: 'No role has work: there is nothing to price.',
  },
  'zh-CN': {
    title: (title: string, id: string) => `多招一人的价值：${title}（${id}）`,
    scenario: (title: string, id: string) => `在情景“${title}”（${id}）之后`,
    after: '在以下变更之后：',
    intro: '每个岗位多招一人（按满负荷工作一年计）能带来什么；每项招聘都作为情景，在手册的副本上推演。',
    beyond: '这里的招聘是在人力计划已有招聘之外再多招的人：负荷率和各项数字都已计入计划中的招聘。',
    plan: (period: string) => `计划期内（${period}）：同一人在计划的第一个月入职，并按该岗位新人的上手期逐步上手。`,
    role: kindTitle('roles', 'zh-CN'),
    adds: '增加人数',
    load: '负荷率',
    cost: '年成本',
    net: '年净增',
    firstWins: '首单',
    payback: '回本',
    months: (n: string) => n,
    never: '收不回',
    atOnce: '当即',
    afterMonths: (months: number) => (months === 0 ? '入职当月' : `入职 ${months} 个月后`),
    coverage: '覆盖率',
    accounts: '覆盖客户数',
    wins: '年赢单数',
    bookings: '年签约额',
    inPlan: '计划期内',
    add: (people: string) => `+${people}`,
    ramp: (months: number) => (months === 0 ? '入职即可独立工作' : `上手期 ${months} 个月`),
    withRamp: (money: string, ramp: string) => `${money}（${ramp}）`,
    clears: (role: string, codes: string) => `${role}：消除 ${codes}`,
    rest: (roles: string) => `其余岗位工时有富余，现在多招一人不会改变结果：${roles}。`,
    none: '没有岗位超负荷：现在任何岗位多招一人都不会增加签约额。',
    noWork: '没有岗位承担工作，无从计算。',
  },
} as const;

/** A value of a change, short enough for one line. */
function changeValue(value: unknown, fmt: Formatter): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'number') return fmt.exact(value);
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The `--format table` report. */
export function nextHireTable(report: NextHireReport): string {
  const { graph, lang } = report;
  const t = TEXT[lang];
  const fmt = formatter(lang, graph.index.data.currency);
  const titleOf = (id: string) => byId(graph.roles, id)?.data.title ?? id;
  const load = (value: number) => (Number.isFinite(value) ? fmt.load(value) : '∞');
  const lines: string[] = [t.title(graph.index.data.title, graph.id)];
  if (report.scenario) lines.push(t.scenario(report.scenario.title, report.scenario.id));
  if (report.changes.length > 0) {
    lines.push(t.after);
    for (const c of report.changes) lines.push(`  ${c.path}  ${changeValue(c.before, fmt)} → ${changeValue(c.after, fmt)}`);
  }
  lines.push(t.intro);
  if (report.hires.some((h) => h.planned > 0)) lines.push(t.beyond);
  if (report.plan) lines.push(t.plan(fmt.monthRange(report.plan.start, report.plan.end)));
  lines.push('');

  const counting = report.hires.filter((h) => h.changes);
  if (report.hires.length === 0) lines.push(t.noWork);
  else if (counting.length === 0) lines.push(t.none);
  else {
    const costed = counting.some((h) => h.cost !== null);
    const money = (value: number | null) => (value === null ? '—' : formatKindDelta(fmt, 'money', value));
    const header = [t.role, t.adds, t.load, t.coverage, t.accounts, t.wins, t.bookings, ...(costed ? [t.cost, t.net, t.firstWins, t.payback] : [t.firstWins]), ...(report.plan ? [t.inPlan] : [])];
    const rows = counting.map((h) => [
      titleOf(h.role),
      t.add(fmt.peopleExact(h.add)),
      `${load(h.load)} → ${load(h.loadAfter)}`,
      fmt.points(h.delta.coverage),
      formatKindDelta(fmt, 'count', h.delta.coveredAccounts),
      formatKindDelta(fmt, 'wins', h.delta.expectedWins),
      formatKindDelta(fmt, 'money', h.delta.expectedRevenue),
      ...(costed
        ? [
            h.cost === null ? '—' : fmt.moneyShort(h.cost),
            money(h.net),
            h.firstWinsAfter === null ? t.never : t.afterMonths(h.firstWinsAfter),
            h.paybackMonths === null ? (h.cost === null ? '—' : t.never) : h.paybackMonths === 0 ? t.atOnce : fmt.months(h.paybackMonths),
          ]
        : [h.firstWinsAfter === null ? t.never : t.afterMonths(h.firstWinsAfter)]),
      ...(h.plan ? [t.withRamp(formatKindDelta(fmt, 'money', h.plan.delta.expectedRevenue), t.ramp(h.plan.rampMonths))] : report.plan ? [''] : []),
    ]);
    lines.push(...table([header, ...rows]));
    const clearing = counting.filter((h) => h.cleared.length > 0);
    const words = (text: string) => (lang === 'zh-CN' ? spaceCjkLatin(text) : text);
    if (clearing.length > 0) lines.push('', ...clearing.map((h) => words(t.clears(titleOf(h.role), fmt.list(h.cleared.map((d) => d.code))))));
    const idle = report.hires.filter((h) => !h.changes).map((h) => titleOf(h.role));
    if (idle.length > 0) lines.push('', t.rest(fmt.list(idle)));
  }
  return `${lines.map((l) => escapeControls(l)).join('\n')}\n`;
}
