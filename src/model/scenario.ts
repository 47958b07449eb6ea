/**
 * Scenarios (format §7): changes applied in order to a copy of a playbook,
 * and the copy checked against the schemas and the reference rules. The
 * model's numbers (§4, §8) and warnings of the copy, beside the baseline's,
 * are scenario-evaluate.ts's.
 *
 * The baseline is never mutated: the copy shares every entity the changes do
 * not touch and holds a structuredClone of the data of those they do
 * (./scenario-copy.ts).
 *
 * Problems are reported at the change that caused them: in a scenario file at
 * the change's line (`scenario-path` at its `set`, the schema's and the
 * reference rule's at its `to` or `add`), for changes given on the command
 * line (`--set`) with the argument as their "file".
 *
 * Where §7 is silent:
 * - `to: null` (or `~`, or nothing) removes the value: an optional field, a
 *   map key, a stage from its process. A required field removed is
 *   `invalid-field` (missing).
 * - Lists are replaced whole; only a process's `stages` are addressed item by
 *   item, by stage id (`list-item` otherwise). A stage's `id` may be changed
 *   like any field; later changes then name the stage by its new id. Entity
 *   ids (file names) are not fields and cannot be changed.
 * - Missing maps on the way are created (`roles/x.attrition.rate` on a role
 *   without attrition), and the schema then judges the map.
 * - The stage rules of §3 (`raci-accountable`, `raci-responsible`,
 *   `hours-without-raci`, `duplicate-id`) are checked on the copy like the
 *   reference rule: a model that `check` would refuse gets no numbers.
 *
 * The rules themselves live above the model (src/lint/): they come in as
 * `rules`, and src/lint/scenarios.ts holds the set `check` uses
 * (`SCENARIO_RULES`).
 */
import { diagnostic, type Diagnostic, type Position } from '../diagnostics/diagnostic.ts';
import { REGISTRY, type Registry } from '../kinds/index.ts';
import type { Scenario } from '../schema/scenario.ts';
import type { Frontmatter } from './frontmatter.ts';
import type { CompletePlaybook, Entity } from './graph.ts';
import type { PlaybookMetrics } from './metrics.ts';
import { isPrefix, probe, REMOVE, setValue, shallowCopy, touch, valueAt, type Touched } from './scenario-copy.ts';
import { isNumberSchema, resolveScenarioPath } from './scenario-paths.ts';
import { validateFrontmatter } from './validate.ts';

/** One change: `{set, to}` replaces, `{set, add}` adds to a number. */
export interface ScenarioChange {
  set: string;
  to?: unknown;
  add?: number;
  /** Where the change's value (`to` or `add`) is in its scenario file; absent for changes given on the command line. */
  at?: { file: string; line: number; column: number };
  /** Where its `set` is in that file (for `scenario-path`); `at` when absent. */
  setAt?: Position;
  /** The change as given without a file (`--set roles/x.headcount=7`): the diagnostics' `file` then. */
  source?: string;
}

/** One change as applied: the value at its path before it and after it (undefined: absent). */
export interface AppliedChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** A problem of one change (index into the changes). */
export interface ScenarioProblem {
  change: number;
  diagnostic: Diagnostic;
}

export interface AppliedScenario {
  /** The changed copy; null when a change has a problem (or names an invalid file). */
  graph: CompletePlaybook | null;
  /** The changes that could be applied, in order. */
  changes: AppliedChange[];
  /** Every problem, in the order of the changes. */
  problems: ScenarioProblem[];
  /** A change names an entity whose own file is invalid: nothing is reported for it, and there is no copy. */
  blocked: boolean;
}

/** The rules of §3 a changed copy is held to (src/lint/scenarios.ts has the set `check` uses). */
export interface ScenarioRules {
  /** The cross-file error rules on a graph: references and stages. */
  errors(graph: CompletePlaybook, registry: Registry): Diagnostic[];
  /** `invalid-field` for values so small that a figure of the model overflows. */
  figures(graph: CompletePlaybook): Diagnostic[];
  /** The warnings a scenario is compared on: the model's and the fit rules. */
  warnings(graph: CompletePlaybook, metrics: PlaybookMetrics): Diagnostic[];
}

export interface ApplyOptions {
  rules: ScenarioRules;
  registry?: Registry;
}

/** The changes of a scenario file, with the positions of each in the file. */
export function scenarioChanges(scenario: Entity<Scenario>): ScenarioChange[] {
  return scenario.data.changes.map((change, i) => {
    const key = change.add !== undefined ? 'add' : 'to';
    const at = scenario.source.locate(['changes', i, key]);
    return {
      set: change.set,
      ...(change.add !== undefined ? { add: change.add } : { to: change.to }),
      at: { file: scenario.file, line: at.line, column: at.column },
      setAt: scenario.source.locate(['changes', i, 'set']),
    };
  });
}

/**
 * Applies changes in order to a copy of a playbook and checks the copy: the
 * schema of every changed entity (defaults applied), then the reference and
 * stage rules. See the module's comment.
 */
export function applyScenario(baseline: CompletePlaybook, changes: readonly ScenarioChange[], options: ApplyOptions): AppliedScenario {
  const registry = options.registry ?? REGISTRY;
  const copy = shallowCopy(baseline, registry);
  const touched = new Map<string, Touched>();
  const applied: AppliedChange[] = [];
  const problems: ScenarioProblem[] = [];
  let blocked = false;

  const positionOf = (index: number, which: 'value' | 'set'): { file: string; at: Position } => {
    const change = changes[index]!;
    if (!change.at) return { file: change.source ?? '(changes)', at: { line: 1, column: 1 } };
    return { file: change.at.file, at: which === 'set' && change.setAt ? change.setAt : { line: change.at.line, column: change.at.column } };
  };

  changes.forEach((change, index) => {
    const resolved = resolveScenarioPath(copy, change.set, registry);
    if (!resolved.ok) {
      if (resolved.problem === null) blocked = true;
      else {
        const { file, at } = positionOf(index, 'set');
        problems.push({ change: index, diagnostic: diagnostic('scenario-path', file, at, resolved.problem) });
      }
      return;
    }
    const target = resolved.target;
    const entry = touch(copy, touched, target, registry);
    const before = valueAt(entry.entity.data, target.dataPath);
    let after: unknown;
    if (change.add !== undefined) {
      const current = before === undefined && isNumberSchema(target.schema) ? 0 : before;
      if (typeof current !== 'number') {
        const { file, at } = positionOf(index, 'set');
        problems.push({ change: index, diagnostic: diagnostic('scenario-path', file, at, { path: change.set, reason: 'not-a-number' }) });
        return;
      }
      after = current + change.add;
    } else {
      after = change.to === null || change.to === undefined ? REMOVE : structuredClone(change.to);
    }
    setValue(entry.entity.data, target.dataPath, after);
    entry.changes.push({ index, path: target.dataPath });
    applied.push({ path: change.set, before: structuredClone(before), after: after === REMOVE ? undefined : structuredClone(after) });
  });

  // The schema of every changed entity, at the change that touched the field.
  const attribute = (entry: Touched, path: readonly PropertyKey[]): number => {
    for (let i = entry.changes.length - 1; i >= 0; i--) {
      const c = entry.changes[i]!;
      if (isPrefix(c.path, path) || isPrefix(path, c.path)) return c.index;
    }
    return entry.changes[entry.changes.length - 1]!.index;
  };
  const located = (entry: Touched): Frontmatter => ({
    syntaxErrors: [],
    data: entry.entity.data,
    has: () => true,
    // The change's index travels as the line; `relocate` puts the diagnostic at the change.
    locate: (path) => ({ line: attribute(entry, path) + 1, column: 1 }),
  });
  const relocate = (d: Diagnostic): ScenarioProblem => {
    const index = d.line - 1;
    const { file, at } = positionOf(index, 'value');
    return { change: index, diagnostic: { ...d, file, line: at.line, column: at.column } };
  };
  // An entity touched only by changes that failed (an `add` to a text) is unchanged.
  const edited = [...touched.values()].filter((e) => e.changes.length > 0);
  const valid: Touched[] = [];
  for (const entry of edited) {
    const { data, diagnostics } = validateFrontmatter(entry.kind.schema, located(entry), entry.entity.file, entry.kindId);
    if (data === null) problems.push(...diagnostics.map(relocate));
    else {
      entry.entity.data = data as Record<string, unknown>;
      valid.push(entry);
    }
  }

  // The reference and stage rules on the changed entities, less what the baseline already had.
  if (valid.length > 0) {
    const rules = (graph: CompletePlaybook) => options.rules.errors(graph, registry);
    const keyOf = (d: Diagnostic) => `${d.code}\u0000${d.file}\u0000${JSON.stringify(d.params)}`;
    const before = new Set(rules(probe(baseline, valid.map((e) => ({ entry: e, entity: e.original })), registry)).map(keyOf));
    const found = rules(probe(copy, valid.map((e) => ({ entry: e, entity: { ...e.entity, source: located(e) } })), registry));
    for (const d of found) if (!before.has(keyOf(d))) problems.push(relocate(d));
  }

  // A value so small that a figure overflows (format §2), at the change that touched its file.
  if (problems.length === 0 && !blocked && edited.length > 0) {
    for (const d of options.rules.figures(copy)) {
      const entry = edited.find((e) => e.entity.file === d.file);
      const index = entry ? entry.changes[entry.changes.length - 1]!.index : changes.length - 1;
      const { file, at } = positionOf(index, 'value');
      problems.push({ change: index, diagnostic: { ...d, file, line: at.line, column: at.column } });
    }
  }

  problems.sort((a, b) => a.change - b.change);
  const ok = problems.length === 0 && !blocked;
  return { graph: ok ? copy : null, changes: applied, problems, blocked };
}
