import type { CompletePlaybook, Entity } from './graph.ts';
import type { ExportDocument, ExportedMetrics, ExportedPlaybook } from './export-schema.ts';
import { computeMetrics, type PlaybookMetrics } from './metrics.ts';

/**
 * The export document of format.md §5 for checked playbooks (see export-schema.ts for its shape);
 * `known` are metrics already computed by the check, by playbook id.
 */
export function buildExport(playbooks: readonly CompletePlaybook[], known: ReadonlyMap<string, PlaybookMetrics> = new Map()): ExportDocument {
  return { version: 1, playbooks: playbooks.map((p) => exportPlaybook(p, known.get(p.id) ?? computeMetrics(p))) };
}

export function exportPlaybook(playbook: CompletePlaybook, metrics: PlaybookMetrics): ExportedPlaybook {
  return {
    id: playbook.id,
    ...playbook.index.data,
    segments: playbook.segments.map(withId),
    offerings: playbook.offerings.map(withId),
    processes: playbook.processes.map(withId),
    roles: playbook.roles.map(withId),
    metrics: exportMetrics(metrics),
  };
}

/** Exactly the keys of §5; an infinite load becomes null (JSON has no Infinity). */
export function exportMetrics(metrics: PlaybookMetrics): ExportedMetrics {
  const map = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
    Object.fromEntries(Object.entries(record).map(([id, value]) => [id, f(value)]));
  return {
    coverage: metrics.coverage,
    winRate: metrics.winRate,
    expectedWins: metrics.expectedWins,
    expectedRevenue: metrics.expectedRevenue,
    segments: map(metrics.segments, (s) => ({
      opportunities: s.opportunities,
      coverage: s.coverage,
      winRate: s.winRate,
      expectedWins: s.expectedWins,
      expectedRevenue: s.expectedRevenue,
      velocityPerDay: s.velocityPerDay,
    })),
    roles: map(metrics.roles, (r) => ({
      requiredHours: r.requiredHours,
      availableHours: r.availableHours,
      load: Number.isFinite(r.load) ? r.load : null,
      fteNeeded: r.fteNeeded,
    })),
    processes: map(metrics.processes, (p) => ({ winRate: p.winRate, cycleDays: p.cycleDays })),
  };
}

function withId<T extends object>(entity: Entity<T>): { id: string } & T {
  return { id: entity.id, ...entity.data };
}
