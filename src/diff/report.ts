/**
 * What `diff` prints: the Markdown report for reviewers (a pull request's job
 * summary) and the JSON form for tools. Each playbook's section is written in
 * its language (`--lang` overrides it), with the project's one number
 * formatter: points for shares, loads as percentages, money as written in
 * full in English and in 万/亿 in Chinese. Figures are named and written as
 * the metric catalogue says (src/model/metric-catalogue.ts), kinds as the
 * registry names them. v1.2 adds the cost side of the change: what it costs a
 * year against the bookings it adds.
 */
import type { Lang } from '../diagnostics/context.ts';
import { formatKind, formatter, type Formatter, type NumberKind } from '../format/numbers.ts';
import { kindBySingular, kindTitle, REGISTRY, type Registry } from '../kinds/index.ts';
import { metricDefinition } from '../model/metric-catalogue.ts';
import type { CostOfChange } from '../model/money.ts';
import type { EntityChange, MetricMove, ProjectDiff, ScenarioDiff } from './compare.ts';

const TEXT = {
  en: {
    heading: (ref: string) => `## Playbook changes against \`${ref}\``,
    nothing: 'No playbook content, number or diagnostic changed.',
    playbook: (title: string, id: string) => `### ${title} (\`${id}\`)`,
    fileHeader: '| File | Change | Fields |',
    change: { added: 'added', removed: 'removed', changed: 'changed' } satisfies Record<EntityChange['change'], string>,
    metricHeader: '| Metric | Old | New | Change |',
    noMoves: 'No metric moved.',
    /** The scope of the playbook's own figures (an entity's is its kind's name). */
    playbookScope: 'Playbook',
    subject: (scope: string, id: string | null, what: string) => (id === null ? `${scope} ${what}` : `${scope} \`${id}\` ${what}`),
    new: 'new',
    gone: 'gone',
    na: 'n/a',
    money: (cost: string, bookings: string, net: string, payback: string) => `**Cost side:** ${cost} a year for ${bookings} of new bookings a year, net ${net}; ${payback}.`,
    payback: (months: string) => `pays back in ${months}`,
    atOnce: 'no added cost',
    never: 'it adds no bookings to pay it back',
    scenarios: '#### Scenarios',
    scenario: (id: string, title: string) => `Scenario \`${id}\` (${title})`,
    scenarioAdded: 'new, evaluated only in this version.',
    scenarioRemoved: 'removed, or no longer evaluated.',
    scenarioMoved: 'its numbers moved.',
    diagnostics: '### Diagnostics',
    newDiagnostic: (severity: string, code: string, where: string, message: string) => `- **new** ${severity} \`${code}\` at \`${where}\`: ${message}`,
    resolved: (severity: string, code: string, file: string, message: string) => `- **resolved** ${severity} \`${code}\` in \`${file}\`: ${message}`,
    severity: { error: 'error', warning: 'warning' } as Record<string, string>,
    colon: ': ',
  },
  'zh-CN': {
    heading: (ref: string) => `## 与 \`${ref}\` 相比的销售手册变更`,
    nothing: '销售手册的内容、数字和诊断都没有变化。',
    playbook: (title: string, id: string) => `### ${title}（\`${id}\`）`,
    fileHeader: '| 文件 | 变更 | 字段 |',
    change: { added: '新增', removed: '删除', changed: '修改' } satisfies Record<EntityChange['change'], string>,
    metricHeader: '| 指标 | 原值 | 新值 | 变化 |',
    noMoves: '没有指标变化。',
    playbookScope: '整体',
    subject: (scope: string, id: string | null, what: string) => (id === null ? `${scope}${what}` : `${scope} \`${id}\` 的${what}`),
    new: '新增',
    gone: '移除',
    na: '无法计算',
    money: (cost: string, bookings: string, net: string, payback: string) => `**成本与回报**：每年成本 ${cost}，每年新签约额 ${bookings}，净增 ${net}；${payback}。`,
    payback: (months: string) => `${months}回本`,
    atOnce: '不增加成本',
    never: '不增加签约额，收不回成本',
    scenarios: '#### 情景',
    scenario: (id: string, title: string) => `情景 \`${id}\`（${title}）`,
    scenarioAdded: '新增，只在这个版本中推演。',
    scenarioRemoved: '已删除，或不再推演。',
    scenarioMoved: '数字有变化。',
    diagnostics: '### 诊断',
    newDiagnostic: (severity: string, code: string, where: string, message: string) => `- **新增**${severity} \`${code}\`，位于 \`${where}\`：${message}`,
    resolved: (severity: string, code: string, file: string, message: string) => `- **已解决**${severity} \`${code}\`，位于 \`${file}\`：${message}`,
    severity: { error: '错误', warning: '警告' } as Record<string, string>,
    colon: '：',
  },
} as const;

/** One metric value, in the unit a reviewer reads it in, by the project's formatter. */
export function formatValue(value: number | null, unit: NumberKind, fmt: Formatter): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return '∞';
  // Money in full in English (a review reads the exact figure); in 万/亿 in Chinese, as every Chinese page does.
  if (unit === 'money') return fmt.lang === 'zh-CN' ? fmt.moneyShort(value) : fmt.money(value);
  return formatKind(fmt, unit, value);
}

function formatDelta(move: MetricMove, fmt: Formatter, t: (typeof TEXT)[Lang]): string {
  if (move.delta === null) return move.old === null ? t.new : move.new === null ? t.gone : t.na;
  const sign = move.delta > 0 ? '+' : '−';
  const magnitude = Math.abs(move.delta);
  if (move.unit === 'share' || move.unit === 'load') return fmt.points(move.delta);
  if (move.unit === 'people') return `${sign}${fmt.people(magnitude, 1)}`;
  return `${sign}${formatValue(magnitude, move.unit, fmt)}`;
}

/** `Segment \`smb\` win rate`: the scope (a kind by the registry's name), the entity and the figure's name in a sentence. */
function subject(move: MetricMove, t: (typeof TEXT)[Lang], lang: Lang, registry: Registry): string {
  const kind = move.scope === 'playbook' ? undefined : kindBySingular(move.scope, registry);
  const figure = kind?.figures?.[move.metric] ?? metricDefinition(move.metric);
  const what = figure?.term[lang] ?? move.metric;
  const scope = kind ? kindTitle(kind.id, lang, 'one', registry) : move.scope === 'playbook' ? t.playbookScope : move.scope;
  return t.subject(scope, move.scope === 'playbook' ? null : move.id, what);
}

function moveRow(m: MetricMove, fmt: Formatter, t: (typeof TEXT)[Lang], registry: Registry): string {
  return `| ${subject(m, t, fmt.lang, registry)} | ${formatValue(m.old, m.unit, fmt)} | ${formatValue(m.new, m.unit, fmt)} | ${formatDelta(m, fmt, t)} |`;
}

/** The cost side of a change in one sentence, or null when it has none (no cost on either side) or nothing moved. */
export function moneySentence(money: CostOfChange | undefined, fmt: Formatter): string | null {
  if (!money || money.costPerYear === null) return null;
  if (money.costPerYear === 0 && money.bookingsPerYear === 0) return null;
  const t = TEXT[fmt.lang];
  const signed = (v: number) => (v === 0 ? fmt.moneyShort(0) : `${v > 0 ? '+' : '−'}${fmt.moneyShort(Math.abs(v))}`);
  const payback = money.paybackMonths === null ? t.never : money.paybackMonths === 0 ? t.atOnce : t.payback(fmt.months(money.paybackMonths));
  return t.money(signed(money.costPerYear), signed(money.bookingsPerYear), signed(money.net!), payback);
}

/** The language of the parts of the report that belong to no playbook: `--lang`, else the playbooks' own when they agree, else English. */
function reportLang(diff: ProjectDiff, books: readonly string[], lang: Lang | undefined): Lang {
  if (lang) return lang;
  const langs = new Set(books.map((b) => diff.langs[b] ?? 'en'));
  return langs.size === 1 ? [...langs][0]! : 'en';
}

/** The Markdown report for reviewers (a pull request's job summary); `registry`: the kinds the projects were checked with. */
export function formatDiffMarkdown(diff: ProjectDiff, ref: string, lang?: Lang, registry: Registry = REGISTRY): string {
  const books = [...new Set([...diff.entities.map((e) => e.playbook), ...diff.metrics.map((m) => m.playbook), ...diff.scenarios.map((s) => s.playbook)])].sort();
  const top = TEXT[reportLang(diff, books, lang)];
  const lines: string[] = [top.heading(ref), ''];
  if (books.length === 0 && diff.diagnostics.added.length === 0 && diff.diagnostics.resolved.length === 0) {
    lines.push(top.nothing, '');
    return lines.join('\n');
  }
  for (const book of books) {
    const bookLang = lang ?? diff.langs[book] ?? 'en';
    const t = TEXT[bookLang];
    const fmt = formatter(bookLang, diff.currencies[book] ?? 'USD');
    lines.push(t.playbook(diff.titles[book] ?? book, book), '');
    const changes = diff.entities.filter((e) => e.playbook === book);
    if (changes.length) {
      lines.push(t.fileHeader, '|---|---|---|');
      for (const c of changes) {
        const file = c.kind === 'playbook' ? 'index.mdx' : `${c.kind}/${c.id}.mdx`;
        lines.push(`| \`${file}\` | ${t.change[c.change]} | ${c.fields.map((f) => `\`${f}\``).join(', ')} |`);
      }
      lines.push('');
    }
    const money = moneySentence(diff.money[book], fmt);
    if (money) lines.push(money, '');
    const moves = diff.metrics.filter((m) => m.playbook === book);
    if (moves.length) {
      lines.push(t.metricHeader, '|---|--:|--:|--:|');
      for (const m of moves) lines.push(moveRow(m, fmt, t, registry));
      lines.push('');
    } else {
      lines.push(t.noMoves, '');
    }
    lines.push(...scenarioLines(diff.scenarios.filter((s) => s.playbook === book), fmt, t, registry));
  }
  const { added, resolved } = diff.diagnostics;
  if (added.length || resolved.length) {
    lines.push(top.diagnostics, '');
    for (const d of added) lines.push(top.newDiagnostic(top.severity[d.severity] ?? d.severity, d.code, `${d.file}:${d.line}`, d.message));
    for (const d of resolved) lines.push(top.resolved(top.severity[d.severity] ?? d.severity, d.code, d.file, d.message));
    lines.push('');
  }
  return lines.join('\n');
}

/** The scenarios of one playbook whose numbers differ: each with its own table of moves. */
function scenarioLines(scenarios: readonly ScenarioDiff[], fmt: Formatter, t: (typeof TEXT)[Lang], registry: Registry): string[] {
  if (scenarios.length === 0) return [];
  const lines: string[] = [t.scenarios, ''];
  for (const s of scenarios) {
    const name = t.scenario(s.id, s.title);
    if (s.change === 'added') lines.push(`${name}${t.colon}${t.scenarioAdded}`, '');
    else if (s.change === 'removed') lines.push(`${name}${t.colon}${t.scenarioRemoved}`, '');
    else {
      lines.push(`${name}${t.colon}${t.scenarioMoved}`, '', t.metricHeader, '|---|--:|--:|--:|');
      for (const m of s.metrics) lines.push(moveRow(m, fmt, t, registry));
      lines.push('');
    }
  }
  return lines;
}

/** The JSON form, for tools. Infinite numbers become null. */
export function formatDiffJson(diff: ProjectDiff, ref: string, commit: string): string {
  const finite = (n: number | null) => (n === null || !Number.isFinite(n) ? null : n);
  return `${JSON.stringify(
    {
      version: 1,
      ref,
      commit,
      entities: diff.entities,
      metrics: diff.metrics.map((m) => ({ ...m, old: finite(m.old), new: finite(m.new) })),
      scenarios: diff.scenarios.map((s) => ({ ...s, metrics: s.metrics.map((m) => ({ ...m, old: finite(m.old), new: finite(m.new) })) })),
      money: diff.money,
      diagnostics: diff.diagnostics,
    },
    null,
    2,
  )}\n`;
}
