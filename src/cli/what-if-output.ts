/**
 * What `what-if` prints (src/cli/what-if.ts computes it): the table, in the
 * playbook's language or `--lang`'s, its figures named and written as the
 * metric catalogue says; the `--format json` document is
 * ./what-if-document.ts.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { escapeControls } from '../diagnostics/format.ts';
import { formatKind, formatKindDelta, formatter, type Formatter, type NumberKind } from '../format/numbers.ts';
import { metricLabel, METRICS, type MetricKey } from '../model/metric-catalogue.ts';
import { byId, entitiesOf, type CompletePlaybook } from '../model/graph.ts';
import type { PlaybookMetrics, RoleMetrics } from '../model/metrics.ts';
import type { PlanMetrics } from '../model/plan.ts';
import type { CostOfChange } from '../model/money.ts';
import { displayWidth, pad, table } from './text-table.ts';
import { planMoney } from './what-if-document.ts';
import type { WhatIf } from './what-if.ts';

export { whatIfDocument } from './what-if-document.ts';

const TEXT = {
  en: {
    title: (title: string, id: string) => `What if: ${title} (${id})`,
    scenario: (title: string, id: string) => `Scenario: ${title} (${id})`,
    changes: (sets: boolean, scenario: boolean) => (scenario && sets ? 'Changes (the scenario’s, then --set):' : sets ? 'Changes (--set):' : 'Changes:'),
    none: '(none)',
    metric: 'Metric',
    before: 'Before',
    after: 'After',
    change: 'Change',
    goal: 'Goal',
    money: (cost: string, bookings: string, net: string, payback: string) => `Cost side: ${cost} a year for ${bookings} of new bookings a year, net ${net}; ${payback}.`,
    planMoney: (cost: string, bookings: string, net: string) => `Over the plan: team cost ${cost}, new bookings ${bookings}, net ${net}.`,
    payback: (months: string) => `pays back in ${months}`,
    paysAtOnce: 'pays for itself at once (no added cost)',
    neverPays: 'never pays back (it adds no bookings)',
    noCost: 'No role has a cost (`cost` on the roles), so there is no cost side.',
    belowGoal: '* below the goal',
    bottleneck: 'Bottleneck role',
    atLoad: (role: string, load: string) => `${role} at ${load} load`,
    noBottleneck: 'none (no role has work)',
    segments: 'Coverage by segment (those that changed)',
    roles: 'Load by role (those that changed)',
    cleared: 'Warnings cleared:',
    added: 'Warnings added:',
    noWarnings: 'none',
    plan: (start: string, end: string, months: number) => `Plan ${start} – ${end} (${months} ${months === 1 ? 'month' : 'months'})`,
    planCoverage: 'Coverage (mean of the months)',
    planWins: 'Expected wins',
    planRevenue: 'Expected revenue',
    capacity: 'First month at capacity, for the roles over it:',
    fromStart: 'from the start',
    never: (peak: string) => `not within the plan (peak load ${peak})`,
  },
  'zh-CN': {
    title: (title: string, id: string) => `情景推演：${title}（${id}）`,
    scenario: (title: string, id: string) => `情景：${title}（${id}）`,
    changes: (sets: boolean, scenario: boolean) => (scenario && sets ? '变更（先按情景文件，再按 --set）：' : sets ? '变更（--set）：' : '变更：'),
    none: '（无）',
    metric: '指标',
    before: '调整前',
    after: '调整后',
    change: '变化',
    goal: '目标',
    money: (cost: string, bookings: string, net: string, payback: string) => `成本与回报：每年成本 ${cost}，每年新签约额 ${bookings}，净增 ${net}；${payback}。`,
    planMoney: (cost: string, bookings: string, net: string) => `计划期内：团队成本 ${cost}，新签约额 ${bookings}，净增 ${net}。`,
    payback: (months: string) => `${months}回本`,
    paysAtOnce: '不增加成本，当即见效',
    neverPays: '不增加签约额，收不回成本',
    noCost: '没有岗位填写成本（岗位的 cost 字段），无法计算成本与回报。',
    belowGoal: '* 低于目标',
    bottleneck: '瓶颈岗位',
    atLoad: (role: string, load: string) => `${role}（负荷率 ${load}）`,
    noBottleneck: '无（没有岗位承担工作）',
    segments: '各目标客群覆盖率（仅列出有变化的）',
    roles: '各岗位负荷率（仅列出有变化的）',
    cleared: '消除的警告：',
    added: '新增的警告：',
    noWarnings: '无',
    plan: (start: string, end: string, months: number) => `人力计划：${start} – ${end}（共 ${months} 个月）`,
    planCoverage: '覆盖率（各月平均）',
    planWins: '预计赢单数',
    planRevenue: '预计签约额',
    capacity: '超负荷岗位首次达到产能的月份：',
    fromStart: '计划开始即达到',
    never: (peak: string) => `计划期内未达到（负荷率峰值 ${peak}）`,
  },
} as const;

/** A value of a change (`5`, `[{"start":"2027-03","count":2}]`), short enough for one line. */
function changeValue(value: unknown, fmt: Formatter, none: string): string {
  if (value === undefined || value === null) return none;
  if (typeof value === 'number') return fmt.exact(value);
  if (typeof value === 'string') return value;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The role with the highest load among those with work (the bottleneck, or the next constraint when none is over capacity). */
function bottleneckOf(metrics: PlaybookMetrics): RoleMetrics | undefined {
  let worst: RoleMetrics | undefined;
  for (const r of Object.values(metrics.roles)) if (r.requiredHours > 0 && (!worst || r.load > worst.load)) worst = r;
  return worst;
}

const moved = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? Math.abs(b - a) > 1e-9 * Math.max(1, Math.abs(a)) : a !== b);

/** The cost side in one sentence: what the changes cost a year, what they add, net, and the payback. */
export function moneyLine(fmt: Formatter, lang: WhatIf['lang'], money: CostOfChange): string {
  const t = TEXT[lang];
  if (money.costPerYear === null) return t.noCost;
  const signed = (v: number) => formatKindDelta(fmt, 'money', v);
  const payback = money.paybackMonths === null ? t.neverPays : money.paybackMonths === 0 ? t.paysAtOnce : t.payback(fmt.months(money.paybackMonths));
  return t.money(signed(money.costPerYear), signed(money.bookingsPerYear), signed(money.net!), payback);
}

/** The `--format table` report: a compact before/after/change table for a planning meeting. */
export function whatIfTable(input: WhatIf): string {
  const { baseline, evaluation, lang } = input;
  const t = TEXT[lang];
  const zh = lang === 'zh-CN';
  const fmt = formatter(lang, baseline.index.data.currency);
  const before = input.baselineMetrics;
  const after = evaluation.metrics;
  const goals = baseline.index.data.goals;
  const lines: string[] = [];

  lines.push(t.title(baseline.index.data.title, baseline.id));
  if (input.scenario) lines.push(t.scenario(input.scenario.title, input.scenario.id));
  lines.push(t.changes(input.sets, input.scenario !== null));
  const pathWidth = Math.max(0, ...evaluation.changes.map((c) => displayWidth(c.path)));
  for (const c of evaluation.changes) lines.push(`  ${pad(c.path, pathWidth, 'left')}  ${changeValue(c.before, fmt, t.none)} → ${changeValue(c.after, fmt, t.none)}`);
  lines.push('');

  const value = (kind: NumberKind, v: number, goal?: number) => `${formatKind(fmt, kind, v)}${goal !== undefined && v < goal - 1e-9 * Math.max(1, Math.abs(goal)) ? '*' : ' '}`;
  const delta = (kind: NumberKind, a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? formatKindDelta(fmt, kind, b - a) : '—');
  const row = (label: string, kind: NumberKind, a: number, b: number, goal?: number) => [
    label,
    value(kind, a, goal),
    value(kind, b, goal),
    delta(kind, a, b),
    goal === undefined ? '' : formatKind(fmt, kind, goal),
  ];
  // The playbook's figures, named and written as the metric catalogue says.
  const figure = (key: MetricKey & keyof PlaybookMetrics, goal?: number) => row(metricLabel(key, lang, 'what-if'), METRICS[key].unit, before[key] as number, after[key] as number, goal);
  const rows = [
    [t.metric, `${t.before} `, `${t.after} `, t.change, t.goal],
    figure('coverage', goals.coverage),
    figure('winRate', goals.winRate),
    figure('expectedWins'),
    figure('expectedRevenue', goals.bookings),
    figure('coveredAccounts'),
  ];
  // v1.2's money side, when the playbook (or the changed copy) has costs or quotas.
  const nullable = (key: 'teamCost' | 'costOfSales' | 'carriedQuota') => {
    const [a, b, kind] = [before[key], after[key], METRICS[key].unit];
    return a === null && b === null ? null : [metricLabel(key, lang, 'what-if'), a === null ? '— ' : value(kind, a), b === null ? '— ' : value(kind, b), a === null || b === null ? '—' : delta(kind, a, b), ''];
  };
  for (const extra of [nullable('teamCost'), nullable('costOfSales'), nullable('carriedQuota')]) {
    if (extra) rows.push(extra);
  }
  lines.push(...table(rows));
  const anyBelow = rows.slice(1).some((r) => r[1]!.endsWith('*') || r[2]!.endsWith('*'));
  if (anyBelow) lines.push(t.belowGoal);

  const titleOf = (graph: CompletePlaybook, kind: string, id: string) => String(byId(entitiesOf(graph, kind), id)?.data.title ?? id);
  const bottleneck = (metrics: PlaybookMetrics, graph: CompletePlaybook) => {
    const b = bottleneckOf(metrics);
    return b ? t.atLoad(titleOf(graph, 'roles', b.id), fmt.load(b.load)) : t.noBottleneck;
  };
  lines.push('', moneyLine(fmt, lang, evaluation.money));
  lines.push('', `${t.bottleneck}${zh ? '：' : ': '}${bottleneck(before, baseline)} → ${bottleneck(after, evaluation.graph)}`);

  const segmentRows = Object.keys(after.segments)
    .filter((id) => before.segments[id] && moved(before.segments[id]!.coverage, after.segments[id]!.coverage))
    .map((id) => [titleOf(evaluation.graph, 'segments', id), formatKind(fmt, METRICS.coverage.unit, before.segments[id]!.coverage), formatKind(fmt, METRICS.coverage.unit, after.segments[id]!.coverage), delta(METRICS.coverage.unit, before.segments[id]!.coverage, after.segments[id]!.coverage)]);
  const roleRows = Object.keys(after.roles)
    .filter((id) => before.roles[id] && moved(before.roles[id]!.load, after.roles[id]!.load))
    .map((id) => [titleOf(evaluation.graph, 'roles', id), formatKind(fmt, METRICS.load.unit, before.roles[id]!.load), formatKind(fmt, METRICS.load.unit, after.roles[id]!.load), delta(METRICS.load.unit, before.roles[id]!.load, after.roles[id]!.load)]);
  if (segmentRows.length) lines.push('', t.segments, ...table(segmentRows, '  '));
  if (roleRows.length) lines.push('', t.roles, ...table(roleRows, '  '));

  if (input.baselinePlan && evaluation.plan) {
    const p0 = input.baselinePlan;
    const p1 = evaluation.plan;
    lines.push('', t.plan(fmt.month(p1.start), fmt.month(p1.end), p1.months.length));
    const planLabel = { coverage: t.planCoverage, expectedWins: t.planWins, expectedRevenue: t.planRevenue };
    lines.push(
      ...table(
        [
          [t.metric, t.before, t.after, t.change],
          ...(['coverage', 'expectedWins', 'expectedRevenue'] as const).map((key) => {
            const kind = METRICS[key].unit;
            return [planLabel[key], formatKind(fmt, kind, p0.totals[key]), formatKind(fmt, kind, p1.totals[key]), delta(kind, p0.totals[key], p1.totals[key])];
          }),
        ],
        '  ',
      ),
    );
    const money = planMoney(input)!;
    if (money.change.costPerYear !== null) {
      const signedMoney = (v: number) => formatKindDelta(fmt, 'money', v);
      lines.push(`  ${t.planMoney(signedMoney(money.change.costPerYear), signedMoney(money.change.bookingsPerYear), signedMoney(money.change.net!))}`);
    }
    const reaches = (plan: PlanMetrics, id: string) => {
      const s = plan.roles[id];
      if (!s) return t.none;
      if (s.atCapacityFromStart) return t.fromStart;
      return s.firstMonthAtCapacity ? fmt.month(s.firstMonthAtCapacity) : t.never(fmt.load(s.peakLoad));
    };
    const overloaded = Object.keys(p1.roles).filter((id) => (p0.roles[id]?.monthsOverCapacity ?? 0) > 0 || p1.roles[id]!.monthsOverCapacity > 0);
    if (overloaded.length) {
      lines.push(`  ${t.capacity}`);
      for (const id of overloaded) lines.push(`    ${titleOf(evaluation.graph, 'roles', id)}${zh ? '：' : ': '}${reaches(p0, id)} → ${reaches(p1, id)}`);
    }
  }

  const warningLines = (label: string, list: readonly Diagnostic[]) =>
    list.length === 0 ? [`${label}${zh ? '' : ' '}${t.noWarnings}`] : [label, ...list.map((d) => `  - ${d.code}: ${escapeControls(d.message)}`)];
  lines.push('', ...warningLines(t.cleared, evaluation.cleared), ...warningLines(t.added, evaluation.added));
  return `${lines.map((l) => escapeControls(l)).join('\n')}\n`;
}
