import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { loadProject, type LoadResult } from '../model/load.ts';
import type { PlaybookMetrics } from '../model/metrics.ts';
import { lintPlaybook } from './index.ts';
import { checkMetrics } from './metrics.ts';

export interface CheckResult extends LoadResult {
  /** Every problem of every file, sorted by file and position. */
  diagnostics: Diagnostic[];
  /** The model's numbers of each playbook without errors, by playbook id (computed once, here). */
  metrics: Map<string, PlaybookMetrics>;
}

/** Loads a project and runs every rule: the one pipeline behind `check`, `export` and the site build. */
export function checkProject(root: string): CheckResult {
  const loaded = loadProject(root);
  const diagnostics = [...loaded.diagnostics];
  for (const graph of loaded.playbooks) diagnostics.push(...lintPlaybook(graph));
  // The model's numbers and warnings, only for playbooks whose files have no errors.
  const metrics = new Map<string, PlaybookMetrics>();
  for (const graph of loaded.playbooks) {
    const checked = checkMetrics(graph, diagnostics);
    if (checked.metrics) metrics.set(graph.id, checked.metrics);
    diagnostics.push(...checked.warnings);
  }
  return { ...loaded, diagnostics: sortDiagnostics(diagnostics), metrics };
}
