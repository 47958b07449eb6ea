import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { isComplete, type CompletePlaybook, type PlaybookGraph } from '../model/graph.ts';
import { computeMetrics, type PlaybookMetrics } from '../model/metrics.ts';

/**
 * The model's numbers and warnings (format.md §3): `capacity-exceeded`,
 * `coverage-below-goal` and `win-rate-below-goal`. Numbers of a broken
 * playbook would mislead, so they are computed only when the playbook's
 * index.mdx is valid and none of its files has an error; `found` are the
 * diagnostics reported so far (any playbook's). The metrics are returned so
 * that `export` and the site reuse them instead of computing them again.
 */
export function checkMetrics(graph: PlaybookGraph, found: readonly Diagnostic[]): { metrics: PlaybookMetrics | null; warnings: Diagnostic[] } {
  const prefix = `${graph.dir}/`;
  if (!isComplete(graph) || hasErrors(found.filter((d) => d.file.startsWith(prefix)))) return { metrics: null, warnings: [] };
  const metrics = computeMetrics(graph);
  return { metrics, warnings: metricWarnings(graph, metrics) };
}

/** The three warnings for a playbook and its computed numbers. Never throws on a partial graph. */
export function metricWarnings(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  return [...capacityWarnings(playbook, metrics), ...coverageWarnings(playbook, metrics), ...winRateWarnings(playbook, metrics)];
}

/** Whether `value` is below `limit`, ignoring floating-point noise (0.7 × 0.5 must meet a goal of 0.35). */
function isBelow(value: number, limit: number): boolean {
  return value < limit - 1e-9 * Math.max(1, Math.abs(limit));
}

function capacityWarnings(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const role of playbook.roles) {
    const m = metrics.roles[role.id];
    if (!m || !isBelow(m.availableHours, m.requiredHours)) continue;
    const [needed, available] = distinct(m.requiredHours, m.availableHours, formatHours);
    const has =
      m.availableHours === 0
        ? `has none (headcount ${formatNumber(role.data.headcount, 2)}); ${formatNumber(roundUp(m.fteNeeded), 2)} FTE would cover it`
        : `has ${available} h: ${formatLoad(m.load)} × capacity; ${formatNumber(roundUp(m.fteNeeded - role.data.headcount), 2)} more FTE would cover it`;
    const segments = Object.keys(m.bySegment).sort();
    const effect =
      segments.length === 0
        ? ''
        : m.capacityFactor === 0
          ? ` Until then none of its work gets done, which leaves ${plural(segments.length, 'segment')} ${ticks(segments)} uncovered.`
          : ` Until then it can do only ${formatPercent(m.capacityFactor)} of the work, which caps the coverage of ${plural(segments.length, 'segment')} ${ticks(segments)}.`;
    out.push(
      diagnostic(
        'capacity-exceeded',
        role.file,
        role.source.locate(['headcount']),
        `Role \`${role.id}\` needs ${needed} h a year but ${has}.${effect} Add headcount, lower the hours per stage or per touch, or hand work to another role.`,
      ),
    );
  }
  return out;
}

function coverageWarnings(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  const goal = playbook.index.data.goals.coverage;
  if (!isBelow(metrics.coverage, goal)) return [];
  const accounts = playbook.segments.reduce((sum, s) => sum + s.data.accounts, 0);
  const [got, wanted] = distinct(metrics.coverage, goal, formatPercent);
  const capped = new Map<string, string[]>();
  for (const s of playbook.segments) {
    const m = metrics.segments[s.id];
    if (!m?.bottleneck) continue;
    const list = capped.get(m.bottleneck) ?? [];
    list.push(`\`${s.id}\` at ${formatPercent(m.coverage)}`);
    capped.set(m.bottleneck, list);
  }
  const causes = [...capped].map(([role, list]) => `role \`${role}\` caps ${join(list)}`);
  const why = causes.length ? `: ${causes.join('; ')}` : '';
  return [
    diagnostic(
      'coverage-below-goal',
      playbook.index.file,
      playbook.index.source.locate(['goals', 'coverage']),
      `Playbook \`${playbook.id}\` can cover ${got} of its ${formatNumber(accounts, 0)} target accounts, below its goal of ${wanted}${why}. Add capacity to the bottleneck ${causes.length === 1 ? 'role' : 'roles'}, lower the coverage work per account, or revisit the goal.`,
    ),
  ];
}

function winRateWarnings(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  const goal = playbook.index.data.goals.winRate;
  const out: Diagnostic[] = [];
  for (const s of playbook.segments) {
    const process = playbook.processes.find((p) => p.id === s.data.process);
    const m = metrics.segments[s.id];
    // A missing process is a broken reference, reported on its own.
    if (!process || !m || !isBelow(m.winRate, goal)) continue;
    const stages = process.data.stages;
    const lowest = Math.min(...stages.map((stage) => stage.conversion));
    const weakest = stages.filter((stage) => stage.conversion === lowest).map((stage) => stage.id);
    const [got, wanted] = distinct(m.winRate, goal, formatPercent);
    const product = stages.length > 1 ? ` (${stages.map((stage) => formatPercent(stage.conversion)).join(' × ')} through its stages)` : '';
    out.push(
      diagnostic(
        'win-rate-below-goal',
        s.file,
        s.source.locate(['process']),
        `Segment \`${s.id}\` wins ${got} of its opportunities on process \`${process.id}\`${product}, below the playbook's goal of ${wanted}. ${weakest.length === 1 ? 'The weakest stage is' : 'The weakest stages are'} ${ticks(weakest)}, where ${formatPercent(lowest)} go on. Improve the conversion of the weakest stages, use a process that fits the segment better, or revisit the goal.`,
      ),
    );
  }
  return out;
}

/** Formats a number with at most `digits` decimals, but never rounds a non-zero value to 0. */
export function formatNumber(value: number, digits: number): string {
  const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
  if (value === 0 || Number(plain.replace(/,/g, '')) !== 0) return plain;
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 }).format(value);
}

/** Rounds up to hundredths (what "would cover it" needs), ignoring floating-point noise. */
function roundUp(value: number): number {
  return Math.ceil(value * 100 - 1e-6) / 100;
}

export function formatHours(value: number, digits = 1): string {
  return formatNumber(value, digits);
}

/** A share as a percentage: 0.625 → `62.5%`. */
export function formatPercent(value: number, digits = 1): string {
  return `${formatNumber(value * 100, digits)}%`;
}

/** A load above 1 never prints as `1`: 1.004 → `1.004`. */
function formatLoad(load: number): string {
  for (let digits = 2; digits < 8; digits++) {
    const text = formatNumber(load, digits);
    if (Number(text.replace(/,/g, '')) > 1) return text;
  }
  return String(load);
}

/** Formats two numbers that differ so that they print differently (61.99% is not "below 62%" when both print 62%). */
function distinct(a: number, b: number, format: (value: number, digits?: number) => string): [string, string] {
  let pair: [string, string] = [format(a), format(b)];
  for (let digits = 2; pair[0] === pair[1] && digits < 8; digits++) pair = [format(a, digits), format(b, digits)];
  return pair;
}

function ticks(ids: readonly string[]): string {
  return join(ids.map((id) => `\`${id}\``));
}

function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
