import type { MetricMove, MetricUnit, ProjectDiff, ScenarioDiff } from './compare.ts';

const METRIC_LABELS: Record<string, string> = {
  coverage: 'coverage',
  winRate: 'win rate',
  expectedWins: 'expected wins',
  expectedRevenue: 'expected revenue',
  load: 'load',
  fteNeeded: 'FTE needed',
  cycleDays: 'cycle',
};

/** One metric value, in the unit a reviewer reads it in. */
export function formatValue(value: number | null, unit: MetricUnit, currency: string): string {
  if (value === null) return '—';
  if (!Number.isFinite(value)) return '∞';
  switch (unit) {
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'money':
      return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'fte':
      return value.toFixed(2);
    case 'days':
      return `${Number(value.toFixed(1))} d`;
    default:
      return Number(value.toFixed(2)).toLocaleString('en-US');
  }
}

function formatDelta(move: MetricMove, currency: string): string {
  if (move.delta === null) return move.old === null ? 'new' : move.new === null ? 'gone' : 'n/a';
  const sign = move.delta > 0 ? '+' : '−';
  const magnitude = Math.abs(move.delta);
  if (move.unit === 'share') return `${sign}${(magnitude * 100).toFixed(1)} pts`;
  return `${sign}${formatValue(magnitude, move.unit, currency)}`;
}

function subject(move: MetricMove): string {
  const what = METRIC_LABELS[move.metric] ?? move.metric;
  return move.scope === 'playbook' ? `Playbook ${what}` : `${capitalise(move.scope)} \`${move.id}\` ${what}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The Markdown report for reviewers (a pull request's job summary). */
export function formatDiffMarkdown(diff: ProjectDiff, ref: string): string {
  const lines: string[] = [`## Playbook changes against \`${ref}\``, ''];
  const books = [...new Set([...diff.entities.map((e) => e.playbook), ...diff.metrics.map((m) => m.playbook), ...diff.scenarios.map((s) => s.playbook)])].sort();
  if (books.length === 0 && diff.diagnostics.added.length === 0 && diff.diagnostics.resolved.length === 0) {
    lines.push('No playbook content, number or diagnostic changed.', '');
    return lines.join('\n');
  }
  for (const book of books) {
    const currency = diff.currencies[book] ?? 'USD';
    lines.push(`### \`${book}\``, '');
    const changes = diff.entities.filter((e) => e.playbook === book);
    if (changes.length) {
      lines.push('| File | Change | Fields |', '|---|---|---|');
      for (const c of changes) {
        const file = c.kind === 'playbook' ? 'index.mdx' : `${c.kind}/${c.id}.mdx`;
        lines.push(`| \`${file}\` | ${c.change} | ${c.fields.map((f) => `\`${f}\``).join(', ')} |`);
      }
      lines.push('');
    }
    const moves = diff.metrics.filter((m) => m.playbook === book);
    if (moves.length) {
      lines.push('| Metric | Old | New | Change |', '|---|--:|--:|--:|');
      for (const m of moves) {
        lines.push(`| ${subject(m)} | ${formatValue(m.old, m.unit, currency)} | ${formatValue(m.new, m.unit, currency)} | ${formatDelta(m, currency)} |`);
      }
      lines.push('');
    } else {
      lines.push('No metric moved.', '');
    }
    lines.push(...scenarioLines(diff.scenarios.filter((s) => s.playbook === book), currency));
  }
  const { added, resolved } = diff.diagnostics;
  if (added.length || resolved.length) {
    lines.push('### Diagnostics', '');
    for (const d of added) lines.push(`- **new** ${d.severity} \`${d.code}\` at \`${d.file}:${d.line}\`: ${d.message}`);
    for (const d of resolved) lines.push(`- **resolved** ${d.severity} \`${d.code}\` in \`${d.file}\`: ${d.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The scenarios of one playbook whose numbers differ: each with its own table of moves. */
function scenarioLines(scenarios: readonly ScenarioDiff[], currency: string): string[] {
  if (scenarios.length === 0) return [];
  const lines = ['#### Scenarios', ''];
  for (const s of scenarios) {
    const name = `Scenario \`${s.id}\` (${s.title})`;
    if (s.change === 'added') lines.push(`${name}: new, evaluated only in this version.`, '');
    else if (s.change === 'removed') lines.push(`${name}: removed, or no longer evaluated.`, '');
    else {
      lines.push(`${name}: its numbers moved.`, '', '| Metric | Old | New | Change |', '|---|--:|--:|--:|');
      for (const m of s.metrics) lines.push(`| ${subject(m)} | ${formatValue(m.old, m.unit, currency)} | ${formatValue(m.new, m.unit, currency)} | ${formatDelta(m, currency)} |`);
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
      diagnostics: diff.diagnostics,
    },
    null,
    2,
  )}\n`;
}
