/**
 * `what-if <playbook> [root] [--scenario <id>] [--set <path>=<value>]... [--next-hire] [--format table|json] [--lang en|zh-CN]`
 * (format §5, §7): the model's numbers before and after a scenario's
 * changes, or changes given on the command line, with the differences and
 * the warnings the changes clear or add.
 *
 * `--set` values are YAML (`--set 'roles/inside-sales.hires=[{start: 2027-03, count: 2}]'`),
 * read as the files are (YAML 1.2 core schema: `2027-03` stays text);
 * `<path>+=<number>` adds to a number, as a scenario's `add` does. The
 * `--set` changes apply after the scenario's, in the order given.
 *
 * `--next-hire` prices the next hire of every role instead (src/cli/next-hire.ts): of the playbook as it is, or of
 * its copy after the scenario's and the `--set` changes.
 */
import { resolve } from 'node:path';
import { CORE_SCHEMA, load, type YAMLException } from 'js-yaml';
import { plainContext, type Lang } from '../diagnostics/context.ts';
import { setup } from '../diagnostics/setup.ts';
import { countBySeverity, messageOf, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { escapeControls } from '../diagnostics/format.ts';
import { closest } from '../format/text.ts';
import { checkProject } from '../lint/check-project.ts';
import { SCENARIO_RULES } from '../lint/scenarios.ts';
import { byId, isComplete, type CompletePlaybook } from '../model/graph.ts';
import { computeMetrics, type PlaybookMetrics } from '../model/metrics.ts';
import { computePlan, type PlanMetrics } from '../model/plan.ts';
import { applyScenario, scenarioChanges, type ScenarioChange } from '../model/scenario.ts';
import { evaluateScenario, type ScenarioEvaluation } from '../model/scenario-evaluate.ts';
import type { ParsedArgs } from './command.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { cliWords } from './messages.ts';
import { prettyReport } from '../lint/report.ts';
import { nextHireDocument, nextHireTable, type NextHireReport } from './next-hire.ts';
import { whatIfDocument, whatIfTable } from './what-if-output.ts';
import { priceNextHires } from '../model/next-hire.ts';

const COMMAND = 'what-if';

/** Parses the `--set` arguments into changes; a malformed one is a usage error. */
export function parseSets(args: readonly string[]): ScenarioChange[] {
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    if (eq < 0) throw new UsageError(setup('what-if-set-no-value', { arg }), COMMAND);
    const adds = eq > 0 && arg[eq - 1] === '+';
    const path = arg.slice(0, adds ? eq - 1 : eq).trim();
    const text = arg.slice(eq + 1);
    if (path === '') throw new UsageError(setup('what-if-set-no-path', { arg }), COMMAND);
    let value: unknown;
    try {
      value = load(text, { schema: CORE_SCHEMA });
    } catch (error) {
      const reason = String((error as Error).message).split('\n')[0]!;
      const mark = (error as YAMLException).mark;
      throw new UsageError(setup('what-if-set-yaml', { arg, detail: reason, ...(mark ? { column: mark.position + 1 } : {}) }), COMMAND);
    }
    const source = `--set ${arg}`;
    if (!adds) return { set: path, to: value === undefined ? null : value, source };
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new UsageError(setup('what-if-set-add', { arg, path }), COMMAND);
    }
    return { set: path, add: value, source };
  });
}

export async function runWhatIf({ values, positionals }: ParsedArgs, io: Io): Promise<number> {
  const [playbookId = '', rootArg] = positionals;
  const root = resolve(io.cwd, rootArg ?? '.');
  const sets = parseSets((values.set as string[] | undefined) ?? []);
  const scenarioId = values.scenario as string | undefined;
  const pricing = values['next-hire'] === true;
  if (scenarioId === undefined && sets.length === 0 && !pricing) {
    throw new UsageError(setup('what-if-nothing', { playbook: playbookId }), COMMAND);
  }
  const langOption = values.lang as Lang | undefined;
  const result = checkProject(root, { playbook: playbookId, lang: langOption });
  const graph = result.playbooks.find((p) => p.id === playbookId);
  if (!graph) throw new UsageError(setup('unknown-playbook', { playbook: playbookId, playbooks: result.playbooks.map((p) => p.id).sort() }), COMMAND);
  const lang = langOption ?? graph.lang;

  if (scenarioId !== undefined && !graph.knownIds.scenarios?.has(scenarioId)) {
    const ids = [...(graph.knownIds.scenarios ?? [])].sort();
    const near = closest(scenarioId, ids);
    throw new UsageError(setup('what-if-no-scenario', { playbook: playbookId, scenario: scenarioId, dir: graph.dir, scenarios: ids, ...(near ? { near } : {}) }), COMMAND);
  }

  // The baseline must be sound; other scenarios' problems do not matter here, the chosen one's do.
  const scenarioDir = `${graph.dir}/scenarios/`;
  const chosenFile = scenarioId === undefined ? undefined : `${scenarioDir}${scenarioId}.mdx`;
  const blocking = result.diagnostics.filter((d) => d.severity === 'error' && (!d.file.startsWith(scenarioDir) || d.file === chosenFile));
  if (blocking.length > 0 || !isComplete(graph)) {
    const { errors } = countBySeverity(blocking);
    const scenarioOnly = chosenFile !== undefined && blocking.length > 0 && blocking.every((d) => d.file === chosenFile);
    io.stderr(`${prettyReport(root, blocking, io, lang)}\n${cliWords(lang).whatIfBlocked(scenarioOnly ? scenarioId! : null, playbookId, errors)}`);
    return EXIT.content;
  }

  const scenario = scenarioId === undefined ? undefined : byId(graph.scenarios, scenarioId);
  const changes = [...(scenario ? scenarioChanges(scenario) : []), ...sets];
  if (pricing && changes.length === 0) {
    const metrics = result.metrics.get(graph.id) ?? computeMetrics(graph);
    const plan = result.plans.get(graph.id) ?? computePlan(graph, metrics);
    return printNextHires(io, values.format === 'json', { graph, plan, hires: priceNextHires(graph, { rules: SCENARIO_RULES, baselineMetrics: metrics, baselinePlan: plan, lang }), changes: [], scenario: null, lang });
  }
  const applied = applyScenario(graph, changes, { rules: SCENARIO_RULES });
  const currency = graph.index.data.currency;
  if (!applied.graph) {
    const context = plainContext(lang, currency);
    const problems = applied.problems.map((p) => ({ ...p.diagnostic, message: messageOf(p.diagnostic, context) }));
    const inFiles = problems.filter((d) => !d.file.startsWith('--set '));
    const onSets = problems.filter((d) => d.file.startsWith('--set '));
    const parts = [inFiles.length ? prettyReport(root, inFiles, io, lang).replace(/\n[^\n]*[.。]\n$/, '\n') : '', ...onSets.map(formatSetProblem)].filter(Boolean);
    io.stderr(`${parts.join('\n')}\n${cliWords(lang).whatIfChangeProblems(problems.length)}`);
    return EXIT.content;
  }

  if (pricing) {
    // The next hires of the changed playbook: what one more person would add after these changes.
    const metrics = computeMetrics(applied.graph);
    const plan = computePlan(applied.graph, metrics);
    const hires = priceNextHires(applied.graph, { rules: SCENARIO_RULES, baselineMetrics: metrics, baselinePlan: plan, lang });
    const chosen = scenario ? { id: scenario.id, title: scenario.data.title } : null;
    return printNextHires(io, values.format === 'json', { graph: applied.graph, plan, hires, changes: applied.changes, scenario: chosen, lang });
  }

  const baselineMetrics = result.metrics.get(graph.id) ?? computeMetrics(graph);
  const baselinePlan = result.plans.get(graph.id) ?? computePlan(graph, baselineMetrics);
  const evaluation = evaluateScenario(graph, { graph: applied.graph, changes: applied.changes }, { rules: SCENARIO_RULES, id: scenarioId ?? 'what-if', baselineMetrics, lang });
  const input: WhatIf = { baseline: graph, baselineMetrics, baselinePlan, evaluation, scenario: scenario ? { id: scenario.id, title: scenario.data.title } : null, sets: sets.length > 0, lang };
  io.stdout(values.format === 'json' ? `${JSON.stringify(whatIfDocument(input), null, 2)}\n` : whatIfTable(input));
  return EXIT.ok;
}

function printNextHires(io: Io, json: boolean, report: NextHireReport): number {
  io.stdout(json ? `${JSON.stringify(nextHireDocument(report), null, 2)}\n` : nextHireTable(report));
  return EXIT.ok;
}

/** A problem of a `--set` change: the argument, the message, and a caret under the part of the path that names nothing. */
function formatSetProblem(d: Diagnostic): string {
  const arg = d.file;
  const part = (d.params as { part?: unknown }).part;
  const pathStart = '--set '.length;
  let caret = pathStart;
  if (d.code === 'scenario-path' && typeof part === 'string') {
    const path = arg.slice(pathStart).split('=')[0]!;
    for (const m of path.matchAll(/[^/.]+/g)) {
      if (m[0] === part) {
        caret = pathStart + m.index;
        break;
      }
    }
  } else if (d.code !== 'scenario-path') {
    caret = arg.indexOf('=') + 1;
  }
  return `${escapeControls(arg)}: error ${d.code}\n  ${escapeControls(d.message)}\n    ${escapeControls(arg)}\n    ${' '.repeat(caret)}^\n`;
}

/** Everything the outputs are made from. */
export interface WhatIf {
  baseline: CompletePlaybook;
  baselineMetrics: PlaybookMetrics;
  baselinePlan: PlanMetrics | null;
  evaluation: ScenarioEvaluation;
  scenario: { id: string; title: string } | null;
  /** Whether changes were given with --set. */
  sets: boolean;
  lang: Lang;
}
