/**
 * `what-if <playbook> [root] [--scenario <id>] [--set <path>=<value>]... [--next-hire] [--format table|json] [--lang en|zh-CN]`
 * (format.md §5, §7): the model's numbers before and after a scenario's
 * changes, or changes given on the command line, with the differences and
 * the warnings the changes clear or add.
 *
 * `--set` values are YAML (`--set 'roles/inside-sales.hires=[{start: 2027-03, count: 2}]'`),
 * read as the files are (YAML 1.2 core schema: `2027-03` stays text);
 * `<path>+=<number>` adds to a number, as a scenario's `add` does. The
 * `--set` changes apply after the scenario's, in the order given.
 *
 * `--next-hire` prices the next hire of every role instead (src/cli/next-hire.ts): of the playbook as it is, or of
 * its copy after the scenario's and the `--set` changes.
 */
import { resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { plainContext, type Lang } from '../diagnostics/context.ts';
import { countBySeverity, messageOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { escapeControls, plural } from '../diagnostics/format.ts';
import { formatKind, formatKindDelta, formatter, type Formatter, type NumberKind } from '../format/numbers.ts';
import { closest } from '../format/text.ts';
import { checkProject } from '../lint/check.ts';
import { SCENARIO_RULES } from '../lint/scenarios.ts';
import { exportMetrics } from '../model/export.ts';
import type { ExportedMetrics } from '../model/export-schema.ts';
import { byId, isComplete, type CompletePlaybook } from '../model/graph.ts';
import { computeMetrics, type PlaybookMetrics, type RoleMetrics } from '../model/metrics.ts';
import { computePlan, type PlanMetrics } from '../model/plan.ts';
import { exportPlan } from '../model/plan-export.ts';
import { applyScenario, evaluateScenario, scenarioChanges, type ScenarioChange, type ScenarioEvaluation } from '../model/scenario.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { prettyReport } from '../lint/report.ts';
import { displayWidth, pad, table } from './text-table.ts';
import { nextHireDocument, nextHireTable, type NextHireReport } from './next-hire.ts';
import { priceNextHires } from '../model/next-hire.ts';

const COMMAND = 'what-if';

/** Parses the `--set` arguments into changes; a malformed one is a usage error. */
export function parseSets(args: readonly string[]): ScenarioChange[] {
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    if (eq < 0) throw new UsageError(`${COMMAND}: --set ${arg} needs a value: write --set <path>=<value>, e.g. --set roles/inside-sales.headcount=6.`, COMMAND);
    const adds = eq > 0 && arg[eq - 1] === '+';
    const path = arg.slice(0, adds ? eq - 1 : eq).trim();
    const text = arg.slice(eq + 1);
    if (path === '') throw new UsageError(`${COMMAND}: --set ${arg} has no path before \`=\`: write --set <path>=<value>, e.g. --set roles/inside-sales.headcount=6.`, COMMAND);
    let value: unknown;
    try {
      value = load(text, { schema: CORE_SCHEMA });
    } catch (error) {
      const reason = String((error as Error).message).split('\n')[0];
      throw new UsageError(`${COMMAND}: the value of --set ${arg} is not valid YAML (${reason}). Quote the whole argument for the shell, e.g. --set 'roles/inside-sales.hires=[{start: 2027-03, count: 2}]'.`, COMMAND);
    }
    const source = `--set ${arg}`;
    if (!adds) return { set: path, to: value === undefined ? null : value, source };
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new UsageError(`${COMMAND}: --set ${arg}: \`+=\` adds a number to a number; write e.g. --set ${path}+=1, or --set ${path}=<value> to replace it.`, COMMAND);
    }
    return { set: path, add: value, source };
  });
}

export async function runWhatIf({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const [playbookId = '', rootArg] = positionals;
  const root = resolve(io.cwd, rootArg ?? '.');
  const sets = parseSets((values.set as string[] | undefined) ?? []);
  const scenarioId = values.scenario as string | undefined;
  const pricing = values['next-hire'] === true;
  if (scenarioId === undefined && sets.length === 0 && !pricing) {
    throw new UsageError(
      `${COMMAND}: say what changes: --scenario <id> (a file under playbooks/${playbookId}/scenarios/), --set <path>=<value>, or both; or ask for --next-hire.`,
      COMMAND,
    );
  }
  const langOption = values.lang as Lang | undefined;
  const result = checkProject(root, { playbook: playbookId, lang: langOption });
  const graph = result.playbooks.find((p) => p.id === playbookId);
  if (!graph) throw new UsageError(`${COMMAND}: there is no playbook \`${playbookId}\`.`, COMMAND);
  const lang = langOption ?? graph.lang;

  if (scenarioId !== undefined && !graph.knownIds.scenarios?.has(scenarioId)) {
    const ids = [...(graph.knownIds.scenarios ?? [])].sort();
    const near = closest(scenarioId, ids);
    throw new UsageError(
      `${COMMAND}: playbook \`${playbookId}\` has no scenario \`${scenarioId}\` (no ${graph.dir}/scenarios/${scenarioId}.mdx).${near ? ` Did you mean \`${near}\`?` : ''} ${ids.length ? `Its scenarios: ${ids.map((id) => `\`${id}\``).join(', ')}.` : `It has no scenarios yet: try --set, or write one with \`npm run playbook -- new scenario ${playbookId}/<id>\`.`}`,
      COMMAND,
    );
  }

  // The baseline must be sound; other scenarios' problems do not matter here, the chosen one's do.
  const scenarioDir = `${graph.dir}/scenarios/`;
  const chosenFile = scenarioId === undefined ? undefined : `${scenarioDir}${scenarioId}.mdx`;
  const blocking = result.diagnostics.filter((d) => d.severity === 'error' && (!d.file.startsWith(scenarioDir) || d.file === chosenFile));
  if (blocking.length > 0 || !isComplete(graph)) {
    const { errors } = countBySeverity(blocking);
    const what = chosenFile && blocking.every((d) => d.file === chosenFile) ? `scenario \`${scenarioId}\` has` : `playbook \`${playbookId}\` has`;
    io.stderr(`${prettyReport(root, blocking, io)}\nNo what-if: ${what} ${plural(errors, 'error')}, and numbers computed from them would mislead. Fix them (\`npm run check\` lists the same problems) and run what-if again.\n`);
    return EXIT.content;
  }

  const scenario = scenarioId === undefined ? undefined : byId(graph.scenarios, scenarioId);
  const changes = [...(scenario ? scenarioChanges(scenario) : []), ...sets];
  if (pricing && changes.length === 0) {
    const metrics = result.metrics.get(graph.id) ?? computeMetrics(graph);
    const plan = result.plans.get(graph.id) ?? computePlan(graph, metrics);
    return printNextHires(io, values.format === 'json', { graph, plan, hires: priceNextHires(graph, { rules: SCENARIO_RULES, baselineMetrics: metrics, baselinePlan: plan, lang }), changes: [], scenario: null, lang });
  }
  const applied = applyScenario(graph, changes, { rules: SCENARIO_RULES });
  const currency = graph.index.data.currency;
  if (!applied.graph) {
    const context = plainContext(lang, currency);
    const problems = applied.problems.map((p) => ({ ...p.diagnostic, message: messageOf(p.diagnostic, context) }));
    const inFiles = problems.filter((d) => !d.file.startsWith('--set '));
    const onSets = problems.filter((d) => d.file.startsWith('--set '));
    const parts = [inFiles.length ? prettyReport(root, inFiles, io).replace(/\n[^\n]*\.\n$/, '\n') : '', ...onSets.map(formatSetProblem)].filter(Boolean);
    io.stderr(`${parts.join('\n')}\nNo what-if: ${plural(problems.length, 'change problem')}. A path must name a field that exists (format.md §7) and the changed playbook must pass the checks.\n`);
    return EXIT.content;
  }

  if (pricing) {
    // The next hires of the changed playbook: what one more person would add after these changes.
    const metrics = computeMetrics(applied.graph);
    const plan = computePlan(applied.graph, metrics);
    const hires = priceNextHires(applied.graph, { rules: SCENARIO_RULES, baselineMetrics: metrics, baselinePlan: plan, lang });
    const chosen = scenario ? { id: scenario.id, title: scenario.data.title } : null;
    return printNextHires(io, values.format === 'json', { graph: applied.graph, plan, hires, changes: applied.changes, scenario: chosen, lang });
  }

  const baselineMetrics = result.metrics.get(graph.id) ?? computeMetrics(graph);
  const baselinePlan = result.plans.get(graph.id) ?? computePlan(graph, baselineMetrics);
  const evaluation = evaluateScenario(graph, { graph: applied.graph, changes: applied.changes }, { rules: SCENARIO_RULES, id: scenarioId ?? 'what-if', baselineMetrics, lang });
  const input: WhatIf = { baseline: graph, baselineMetrics, baselinePlan, evaluation, scenario: scenario ? { id: scenario.id, title: scenario.data.title } : null, sets: sets.length > 0, lang };
  io.stdout(values.format === 'json' ? `${JSON.stringify(whatIfDocument(input), null, 2)}\n` : whatIfTable(input));
  return EXIT.ok;
}

function printNextHires(io: Io, json: boolean, report: NextHireReport): number {
  io.stdout(json ? `${JSON.stringify(nextHireDocument(report), null, 2)}\n` : nextHireTable(report));
  return EXIT.ok;
}

/** A problem of a `--set` change: the argument, the message, and a caret under the part of the path that names nothing. */
function formatSetProblem(d: Diagnostic): string {
  const arg = d.file;
  const part = (d.params as { part?: unknown }).part;
  const pathStart = '--set '.length;
  let caret = pathStart;
  if (d.code === 'scenario-path' && typeof part === 'string') {
    const path = arg.slice(pathStart).split('=')[0]!;
    for (const m of path.matchAll(/[^/.]+/g)) {
      if (m[0] === part) {
        caret = pathStart + m.index;
        break;
      }
    }
  } else if (d.code !== 'scenario-path') {
    caret = arg.indexOf('=') + 1;
  }
  return `${escapeControls(arg)}: error ${d.code}\n  ${escapeControls(d.message)}\n    ${escapeControls(arg)}\n    ${' '.repeat(caret)}^\n`;
}

/** Everything the outputs are made from. */
export interface WhatIf {
  baseline: CompletePlaybook;
  baselineMetrics: PlaybookMetrics;
  baselinePlan: PlanMetrics | null;
  evaluation: ScenarioEvaluation;
  scenario: { id: string; title: string } | null;
  /** Whether changes were given with --set. */
  sets: boolean;
  lang: Lang;
}

// ---------------------------------------------------------------- JSON

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** after − before, key by key, for two values of the same shape; null where either side is not a finite number. */
function deltaOf(before: unknown, after: unknown): Json {
  if (typeof before === 'number' || typeof after === 'number') {
    return typeof before === 'number' && typeof after === 'number' && Number.isFinite(before) && Number.isFinite(after) ? after - before : null;
  }
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMap(before) || isMap(after)) {
    const a = isMap(before) ? before : {};
    const b = isMap(after) ? after : {};
    const out: Record<string, Json> = {};
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) out[key] = deltaOf(a[key], b[key]);
    return out;
  }
  return null;
}

const jsonValue = (value: unknown): Json => (value === undefined ? null : (value as Json));

const diagnosticJson = ({ file, line, column, severity, code, message }: Diagnostic) => ({ file, line, column, severity, code, message });

/**
 * The `--format json` document: `{playbook, scenario, changes, before, after, delta, warnings: {cleared, added}, plan?}`,
 * `before`/`after` the metrics of export's shape (§5), `delta` after − before in the same shape (null where a load
 * is infinite), `plan` with a plan: `{before, after}` as export's plan (§8) and the first month each role reaches
 * capacity.
 */
export function whatIfDocument(input: WhatIf): Record<string, Json> {
  const { evaluation } = input;
  const before: ExportedMetrics = exportMetrics(input.baselineMetrics);
  const after: ExportedMetrics = exportMetrics(evaluation.metrics);
  const doc: Record<string, Json> = {
    playbook: input.baseline.id,
    scenario: input.scenario?.id ?? null,
    changes: evaluation.changes.map((c) => ({ path: c.path, before: jsonValue(c.before), after: jsonValue(c.after) })),
    before: before as unknown as Json,
    after: after as unknown as Json,
    delta: deltaOf(before, after),
    warnings: { cleared: evaluation.cleared.map(diagnosticJson), added: evaluation.added.map(diagnosticJson) },
  };
  if (input.baselinePlan && evaluation.plan) {
    const firstMonthAtCapacity: Record<string, Json> = {};
    for (const id of new Set([...Object.keys(input.baselinePlan.roles), ...Object.keys(evaluation.plan.roles)])) {
      firstMonthAtCapacity[id] = { before: input.baselinePlan.roles[id]?.firstMonthAtCapacity ?? null, after: evaluation.plan.roles[id]?.firstMonthAtCapacity ?? null };
    }
    doc.plan = { before: exportPlan(input.baselinePlan) as unknown as Json, after: exportPlan(evaluation.plan) as unknown as Json, firstMonthAtCapacity };
  }
  return doc;
}

// ---------------------------------------------------------------- table

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
    coverage: 'Coverage',
    winRate: 'Win rate',
    expectedWins: 'Expected wins a year',
    expectedRevenue: 'Expected revenue (bookings)',
    coveredAccounts: 'Covered accounts',
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
    coverage: '覆盖率',
    winRate: '赢单率',
    expectedWins: '预计年赢单数',
    expectedRevenue: '预计年签约额',
    coveredAccounts: '已覆盖客户数',
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
  const rows = [
    [t.metric, `${t.before} `, `${t.after} `, t.change, t.goal],
    row(t.coverage, 'share', before.coverage, after.coverage, goals.coverage),
    row(t.winRate, 'share', before.winRate, after.winRate, goals.winRate),
    row(t.expectedWins, 'wins', before.expectedWins, after.expectedWins),
    row(t.expectedRevenue, 'money', before.expectedRevenue, after.expectedRevenue, goals.bookings),
    row(t.coveredAccounts, 'count', before.coveredAccounts, after.coveredAccounts),
  ];
  lines.push(...table(rows));
  const anyBelow = rows.slice(1).some((r) => r[1]!.endsWith('*') || r[2]!.endsWith('*'));
  if (anyBelow) lines.push(t.belowGoal);

  const titleOf = (graph: CompletePlaybook, kind: 'roles' | 'segments', id: string) => (kind === 'roles' ? byId(graph.roles, id) : byId(graph.segments, id))?.data.title ?? id;
  const bottleneck = (metrics: PlaybookMetrics, graph: CompletePlaybook) => {
    const b = bottleneckOf(metrics);
    return b ? t.atLoad(titleOf(graph, 'roles', b.id), fmt.load(b.load)) : t.noBottleneck;
  };
  lines.push('', `${t.bottleneck}${zh ? '：' : ': '}${bottleneck(before, baseline)} → ${bottleneck(after, evaluation.graph)}`);

  const segmentRows = Object.keys(after.segments)
    .filter((id) => before.segments[id] && moved(before.segments[id]!.coverage, after.segments[id]!.coverage))
    .map((id) => [titleOf(evaluation.graph, 'segments', id), formatKind(fmt, 'share', before.segments[id]!.coverage), formatKind(fmt, 'share', after.segments[id]!.coverage), delta('share', before.segments[id]!.coverage, after.segments[id]!.coverage)]);
  const roleRows = Object.keys(after.roles)
    .filter((id) => before.roles[id] && moved(before.roles[id]!.load, after.roles[id]!.load))
    .map((id) => [titleOf(evaluation.graph, 'roles', id), fmt.load(before.roles[id]!.load), fmt.load(after.roles[id]!.load), delta('load', before.roles[id]!.load, after.roles[id]!.load)]);
  if (segmentRows.length) lines.push('', t.segments, ...table(segmentRows, '  '));
  if (roleRows.length) lines.push('', t.roles, ...table(roleRows, '  '));

  if (input.baselinePlan && evaluation.plan) {
    const p0 = input.baselinePlan;
    const p1 = evaluation.plan;
    lines.push('', t.plan(fmt.month(p1.start), fmt.month(p1.end), p1.months.length));
    lines.push(
      ...table(
        [
          [t.metric, t.before, t.after, t.change],
          [t.planCoverage, formatKind(fmt, 'share', p0.totals.coverage), formatKind(fmt, 'share', p1.totals.coverage), delta('share', p0.totals.coverage, p1.totals.coverage)],
          [t.planWins, formatKind(fmt, 'wins', p0.totals.expectedWins), formatKind(fmt, 'wins', p1.totals.expectedWins), delta('wins', p0.totals.expectedWins, p1.totals.expectedWins)],
          [t.planRevenue, formatKind(fmt, 'money', p0.totals.expectedRevenue), formatKind(fmt, 'money', p1.totals.expectedRevenue), delta('money', p0.totals.expectedRevenue, p1.totals.expectedRevenue)],
        ],
        '  ',
      ),
    );
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
