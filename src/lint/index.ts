import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { REGISTRY, type Registry } from '../kinds/index.ts';
import type { PlaybookGraph } from '../model/graph.ts';
import { checkImportMapping, checkSnapshots } from './actuals.ts';
import { checkBodies } from './bodies.ts';
import { checkFit } from './fit.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkReferences } from './references.ts';
import { checkStages } from './stages.ts';
import { checkUnused } from './unused.ts';

/** The cross-file rules of format §3, the placeholders `new` left and the body checks, for one playbook. */
export function lintPlaybook(graph: PlaybookGraph, registry: Registry = REGISTRY): Diagnostic[] {
  return [...checkReferences(graph, registry), ...checkStages(graph), ...checkFit(graph), ...checkUnused(graph, registry), ...checkPlaceholders(graph, registry), ...checkBodies(graph, registry), ...checkSnapshots(graph), ...checkImportMapping(graph)];
}
