import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { isComplete, type CompletePlaybook, type PlaybookGraph } from '../model/graph.ts';
import { isBelow } from '../model/tolerance.ts';
import { assertFiniteMetrics, computeMetrics, type PlaybookMetrics } from '../model/metrics.ts';
import { REGISTRY, type Registry } from '../kinds/index.ts';

/**
 * The model's numbers and warnings (format §3): `capacity-exceeded`,
 * `coverage-below-goal`, `win-rate-below-goal` and `bookings-below-goal`.
 * Numbers of a broken playbook would mislead, so they are computed only when
 * the playbook's index.mdx is valid and none of its files has an error
 * (`ownErrors`). The metrics are returned so that `export` and the site reuse
 * them instead of computing them again.
 */
export function checkMetrics(graph: PlaybookGraph, ownErrors: boolean, registry: Registry = REGISTRY): { metrics: PlaybookMetrics | null; warnings: Diagnostic[]; errors: Diagnostic[] } {
  if (!isComplete(graph) || ownErrors) return { metrics: null, warnings: [], errors: [] };
  const metrics = computeMetrics(graph, registry);
  const errors = nonFiniteFigures(graph, metrics);
  if (hasErrors(errors)) return { metrics: null, warnings: [], errors };
  assertFiniteMetrics(metrics, graph.id);
  return { metrics, warnings: metricWarnings(graph, metrics), errors: [] };
}

/** The warnings for a playbook and its computed numbers. Never throws on a partial graph. */
export function metricWarnings(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  return [
    ...capacityWarnings(playbook, metrics),
    ...coverageWarnings(playbook, metrics),
    ...winRateWarnings(playbook, metrics),
    ...bookingsWarnings(playbook, metrics),
  ];
}

/**
 * Every input is at most 10^12, so products stay finite; only a divisor so
 * small that a quotient overflows (a headcount or selling hours of 1e-300)
 * can make a figure non-finite. Such a value is an `invalid-field` error at
 * the field that divides (format §2).
 */
function nonFiniteFigures(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const role of playbook.roles) {
    const m = metrics.roles[role.id];
    if (!m) continue;
    const overflow = !Number.isFinite(m.fteNeeded) || (m.availableHours > 0 && !Number.isFinite(m.load));
    if (!overflow) continue;
    const field = !Number.isFinite(m.fteNeeded) ? 'sellingHours' : 'headcount';
    const onRole = field === 'headcount' || role.data.sellingHours !== undefined;
    const entity = onRole ? role : playbook.index;
    out.push(
      diagnostic('invalid-field', entity.file, entity.source.locate([field]), {
        kind: onRole ? 'roles' : 'playbook',
        field,
        problem: 'rule',
        rule: 'overflow',
      }),
    );
  }
  out.push(...nonFiniteMoney(playbook, metrics));
  return out;
}

/**
 * The money figures of §4 v1.2 divide by the bookings, the wins, the carried quota and the bookings goal: one so
 * small that the quotient overflows is reported at the field that makes it small (the smallest of its kind).
 */
function nonFiniteMoney(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  const overflows = (value: number | null) => value !== null && !Number.isFinite(value);
  const at = (entity: { file: string; source: { locate(path: readonly (string | number)[]): Parameters<typeof diagnostic>[2] } }, kind: 'roles' | 'segments' | 'playbook', field: readonly string[]) =>
    diagnostic('invalid-field', entity.file, entity.source.locate(field), {
      kind,
      field: field.join('.'),
      problem: 'rule',
      rule: 'other',
      text: 'is so small that a figure of the model that divides by it would be infinite. Use a realistic value',
    });
  const smallest = <T>(items: readonly T[], size: (item: T) => number) => items.filter((i) => size(i) > 0).sort((a, b) => size(a) - size(b))[0];
  const out: Diagnostic[] = [];
  if (overflows(metrics.quotaCoverage)) out.push(at(playbook.index, 'playbook', ['goals', 'bookings']));
  if (overflows(metrics.quotaAttainment)) {
    const role = smallest(playbook.roles, (r) => r.data.headcount * (r.data.quota ?? 0));
    if (role) out.push(at(role, 'roles', ['quota']));
  }
  if (overflows(metrics.costOfSales) || overflows(metrics.costPerWin)) {
    const segment = smallest(playbook.segments, (s) => metrics.segments[s.id]?.expectedRevenue ?? 0);
    if (segment) out.push(at(segment, 'segments', [overflows(metrics.costOfSales) ? 'dealSize' : 'opportunityRate']));
  }
  return out;
}

function capacityWarnings(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const role of playbook.roles) {
    const m = metrics.roles[role.id];
    if (!m || !isBelow(m.availableHours, m.requiredHours)) continue;
    out.push(
      diagnostic('capacity-exceeded', role.file, role.source.locate(['headcount']), {
        role: role.id,
        headcount: role.data.headcount,
        required: m.requiredHours,
        available: m.availableHours,
        load: m.load,
        fteNeeded: m.fteNeeded,
        capacityFactor: m.capacityFactor,
        segments: Object.keys(m.bySegment).sort(),
      }),
    );
  }
  return out;
}

function coverageWarnings(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  const goal = playbook.index.data.goals.coverage;
  if (!isBelow(metrics.coverage, goal)) return [];
  const caps = new Map<string, { id: string; coverage: number }[]>();
  for (const s of playbook.segments) {
    const m = metrics.segments[s.id];
    if (!m?.bottleneck) continue;
    const list = caps.get(m.bottleneck) ?? [];
    list.push({ id: s.id, coverage: m.coverage });
    caps.set(m.bottleneck, list);
  }
  return [
    diagnostic('coverage-below-goal', playbook.index.file, playbook.index.source.locate(['goals', 'coverage']), {
      playbook: playbook.id,
      coverage: metrics.coverage,
      goal,
      accounts: metrics.accounts,
      coveredAccounts: metrics.coveredAccounts,
      caps: [...caps].map(([role, segments]) => ({ role, segments })),
    }),
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
    out.push(
      diagnostic('win-rate-below-goal', s.file, s.source.locate(['process']), {
        segment: s.id,
        process: process.id,
        winRate: m.winRate,
        goal,
        conversions: stages.map((stage) => stage.conversion),
        weakest: stages.filter((stage) => stage.conversion === lowest).map((stage) => stage.id),
        lowest,
      }),
    );
  }
  return out;
}

function bookingsWarnings(playbook: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[] {
  const goal = playbook.index.data.goals.bookings;
  if (goal === undefined || !isBelow(metrics.expectedRevenue, goal)) return [];
  const loads = Object.values(metrics.roles).filter((r) => r.capacityFactor < 1);
  const bottleneck = loads.sort((a, b) => a.capacityFactor - b.capacityFactor)[0]?.id;
  return [
    diagnostic('bookings-below-goal', playbook.index.file, playbook.index.source.locate(['goals', 'bookings']), {
      playbook: playbook.id,
      bookings: metrics.expectedRevenue,
      goal,
      bottleneck,
    }),
  ];
}
