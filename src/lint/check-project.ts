/**
 * The whole check of a project. `checkProject` loads the tree, runs every rule, computes the figures, plan and
 * actuals of each playbook whose files have no errors, evaluates its scenarios, and gives every diagnostic sorted, one mistake one
 * message, in its playbook's language. `buildCheck` and `devCheck` share one such check per build, or per change of
 * the playbooks in `astro dev`.
 */
import { resolve } from 'node:path';
import { plainContext, type Lang } from '../diagnostics/context.ts';
import { MAX_PER_CODE, renderMessages, sortDiagnostics, withFields, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { REGISTRY } from '../kinds/index.ts';
import { isComplete, type PlaybookGraph } from '../model/graph.ts';
import { loadProject, type LoadOptions, type LoadResult } from '../model/load.ts';
import type { PlaybookMetrics } from '../model/metrics.ts';
import { computePlan, type PlanMetrics } from '../model/plan.ts';
import type { ScenarioEvaluation } from '../model/scenario-evaluate.ts';
import { computeActuals, todayOf, type ActualsFigures } from '../model/actuals-figures.ts';
import { actualsWarnings } from './actuals.ts';
import { lintPlaybook } from './index.ts';
import { checkMetrics } from './metrics.ts';
import { checkScenarios } from './scenarios.ts';

export interface CheckOptions extends LoadOptions {
  /** The language of every message (`--lang`); by default each file's playbook's own. */
  lang?: Lang;
  /** v1.2: the date `actuals-stale` judges by, YYYY-MM-DD; by default that of SOURCE_DATE_EPOCH, else the clock's. */
  today?: string;
}

export interface CheckResult extends LoadResult {
  /** Every problem of every file, sorted by file and position, with its message in its playbook's language. */
  diagnostics: Diagnostic[];
  /** The model's numbers of each playbook without errors, by playbook id (computed once, here). */
  metrics: Map<string, PlaybookMetrics>;
  /** The plan over time (§8) of each playbook without errors that has a `plan`, by playbook id. */
  plans: Map<string, PlanMetrics>;
  /** The evaluation of each scenario without problems (§7), by playbook id, then scenario id; only for playbooks without errors. */
  scenarios: Map<string, Map<string, ScenarioEvaluation>>;
  /** v1.2 (§10): the actuals of each playbook without errors that has a snapshot, by playbook id. */
  actuals: Map<string, ActualsFigures>;
}

export { MAX_PER_CODE };

/** Loads a project and runs every rule: the one pipeline behind `check`, `export`, `diff` and the site build. */
export function checkProject(root: string, options: CheckOptions = {}): CheckResult {
  const registry = options.registry ?? REGISTRY;
  const loaded = loadProject(root, options);
  const found = [...loaded.diagnostics];
  for (const graph of loaded.playbooks) found.push(...lintPlaybook(graph, registry));
  const playbookOf = new Map(loaded.playbooks.map((g) => [g.id, g]));
  const graphOf = (file: string): PlaybookGraph | undefined => playbookOf.get(file.split('/')[1] ?? '');
  const withErrors = new Set<string>();
  for (const d of found) if (d.severity === 'error') withErrors.add(graphOf(d.file)?.id ?? '');
  // The model's numbers and warnings, only for playbooks whose files have no errors.
  const metrics = new Map<string, PlaybookMetrics>();
  const plans = new Map<string, PlanMetrics>();
  const scenarios = new Map<string, Map<string, ScenarioEvaluation>>();
  const actuals = new Map<string, ActualsFigures>();
  const today = options.today ?? todayOf();
  for (const graph of loaded.playbooks) {
    const checked = checkMetrics(graph, withErrors.has(graph.id), registry);
    if (checked.metrics && isComplete(graph)) {
      metrics.set(graph.id, checked.metrics);
      const plan = computePlan(graph, checked.metrics);
      if (plan) plans.set(graph.id, plan);
      const measured = computeActuals(graph);
      if (measured) {
        actuals.set(graph.id, measured);
        found.push(...actualsWarnings(graph, measured, today));
      }
    }
    found.push(...checked.warnings, ...checked.errors);
    const scenarioCheck = checkScenarios(graph, checked.metrics, { registry, lang: options.lang });
    found.push(...scenarioCheck.diagnostics);
    if (scenarioCheck.evaluations.size > 0) scenarios.set(graph.id, scenarioCheck.evaluations);
  }
  const contexts = new Map<string, ReturnType<typeof plainContext>>();
  const contextOf = (file: string) => {
    const graph = graphOf(file);
    const lang = options.lang ?? graph?.lang ?? 'en';
    const currency = graph?.index?.data.currency ?? 'USD';
    const key = `${lang}|${currency}`;
    let context = contexts.get(key);
    if (!context) contexts.set(key, (context = plainContext(lang, currency, registry)));
    return context;
  };
  return { ...loaded, diagnostics: renderMessages(capPerCode(holdBackFollowers(sortDiagnostics(found))), contextOf), metrics, plans, scenarios, actuals };
}

/**
 * One mistake, one message: a diagnostic that only follows from an error in
 * another file (its `dependsOn`: a `<Metric>` naming a role whose file is
 * invalid, a mirror gap of a process whose role file is) is held back while
 * that file has an error, and counted on the file's first error ("3 more
 * problems follow from this one…"). Once the file is fixed, the check sees
 * whether they still hold.
 */
export function holdBackFollowers(sorted: readonly Diagnostic[]): Diagnostic[] {
  // Only errors that follow from nothing else make a file broken.
  const broken = new Set(sorted.filter((d) => d.severity === 'error' && !d.dependsOn?.length).map((d) => d.file));
  const held = new Map<string, number>();
  const kept: Diagnostic[] = [];
  for (const d of sorted) {
    const cause = d.dependsOn?.find((file) => broken.has(file));
    if (cause === undefined) kept.push(d);
    else held.set(cause, (held.get(cause) ?? 0) + 1);
  }
  if (held.size === 0) return kept;
  return kept.map((d) => {
    const n = held.get(d.file);
    if (n === undefined || d.severity !== 'error' || d.dependsOn?.length) return d;
    held.delete(d.file);
    return withFields(d, { followers: n });
  });
}

/**
 * Keeps at most MAX_PER_CODE diagnostics of one code per file (a pasted
 * spreadsheet must not print 60,000 lines); the last one kept counts the rest.
 */
function capPerCode(sorted: readonly Diagnostic[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const d of sorted) {
    const key = `${d.file}\0${d.code}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if ([...counts.values()].every((n) => n <= MAX_PER_CODE)) return [...sorted];
  const seen = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of sorted) {
    const key = `${d.file}\0${d.code}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > MAX_PER_CODE) continue;
    const total = counts.get(key)!;
    out.push(n === MAX_PER_CODE && total > MAX_PER_CODE ? withFields(d, { omitted: total - MAX_PER_CODE + (d.omitted ?? 0) }) : d);
  }
  return out;
}

/**
 * The check of a production build, run once per root and shared by
 * everything in the build's process that needs it (the build's own check, the
 * content loaders, the pages), though Astro and Vite load their modules
 * separately: the result is kept on `globalThis`. Never for the dev server,
 * which must see every save.
 */
const BUILD_CHECKS = Symbol.for('playbook-site.build-checks');

export function buildCheck(root: string): CheckResult {
  const store = ((globalThis as { [BUILD_CHECKS]?: Map<string, CheckResult> })[BUILD_CHECKS] ??= new Map());
  // One key per folder: the loaders have the root from Astro's config (`…/site/`), the pages a resolved path (`…/site`).
  const key = resolve(root);
  let result = store.get(key);
  if (!result) {
    result = checkProject(root);
    store.set(key, result);
  }
  return result;
}

/**
 * The dev server's check: one `checkProject` per change of the playbooks, shared by every content loader, the
 * error overlay and the pages (each used to run its own: seven checks per save, and one or two more per page). The
 * first watcher handed to `watchForChecks` counts the changes; a check is run again only when there was one since
 * the last. Kept on `globalThis`, like `buildCheck`, for the modules Astro and Vite load apart.
 */
const DEV_CHECKS = Symbol.for('playbook-site.dev-checks');

interface DevState {
  /** Changes seen under playbooks/ (from the watcher). */
  generation: number;
  checked: { generation: number; result: CheckResult } | null;
  watchers: WeakSet<object>;
}

/** Something that reports file changes (Vite's and Astro's chokidar watcher). */
export interface ChangeSource {
  on(event: 'all', listener: (event: string, path: string) => void): unknown;
}

function devState(root: string): DevState {
  const store = ((globalThis as { [DEV_CHECKS]?: Map<string, DevState> })[DEV_CHECKS] ??= new Map());
  // One state per folder, however the root is written (with or without its last slash): else the pages would keep a
  // check that no watcher moves on, and never show an edit of the frontmatter.
  const key = resolve(root);
  let state = store.get(key);
  if (!state) store.set(key, (state = { generation: 0, checked: null, watchers: new WeakSet() }));
  return state;
}

/** Counts the changes `source` reports under `playbooksDir` for the checks of `root` (once per watcher). */
export function watchForChecks(root: string, playbooksDir: string, source: ChangeSource): void {
  const state = devState(root);
  if (state.watchers.has(source)) return;
  state.watchers.add(source);
  source.on('all', (_event, path) => {
    if (path === playbooksDir || path.startsWith(`${playbooksDir}/`) || path.startsWith(`${playbooksDir}\\`)) state.generation++;
  });
}

/** The check of the playbooks as they are now: run again only after a change the watcher saw (or the first time). */
export function devCheck(root: string): CheckResult {
  const state = devState(root);
  if (state.checked && state.checked.generation === state.generation) return state.checked.result;
  const generation = state.generation;
  const result = checkProject(root);
  state.checked = { generation, result };
  return result;
}
