import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { loadProject, type LoadResult } from '../model/load.ts';
import { lintPlaybook } from './index.ts';
import { checkMetrics } from './metrics.ts';

export interface CheckResult extends LoadResult {
  /** Every problem of every file, sorted by file and position. */
  diagnostics: Diagnostic[];
}

/** Loads a project and runs every rule: the one pipeline behind `check`, `export` and the site build. */
export function checkProject(root: string): CheckResult {
  const loaded = loadProject(root);
  const diagnostics = [...loaded.diagnostics];
  for (const graph of loaded.playbooks) diagnostics.push(...lintPlaybook(graph));
  // The model's warnings, only for playbooks whose files have no errors.
  for (const graph of loaded.playbooks) diagnostics.push(...checkMetrics(graph, diagnostics));
  return { ...loaded, diagnostics: sortDiagnostics(diagnostics) };
}
