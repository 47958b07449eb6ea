/**
 * Every body of a project as the site sees it: its text, where it starts and
 * the context it is checked and rendered in (the model's figures, as the
 * content loader gives them), for tests that compare two ways of checking or
 * rendering on real bodies: the test fixtures, the example playbooks and a
 * generated bench project.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTree } from '../../bench/generate.ts';
import type { BodyContext } from '../../src/body/types.ts';
import { formatter } from '../../src/format/numbers.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { figureResolver } from '../../src/lint/metric-resolver.ts';
import { byId } from '../../src/model/graph.ts';

export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

export interface ProjectBody {
  /** `<root name>:<file>`. */
  name: string;
  body: string;
  bodyLine: number;
  ctx: BodyContext;
}

/** The bodies of one project root. */
export function bodiesOf(root: string, label: string): ProjectBody[] {
  const check = checkProject(root);
  const out: ProjectBody[] = [];
  for (const graph of check.playbooks) {
    const metrics = check.metrics.get(graph.id);
    const plan = check.plans.get(graph.id) ?? null;
    const scenarios = new Map([...(check.scenarios.get(graph.id) ?? new Map()).values()].map((s) => [s.id, { metrics: s.metrics, plan: s.plan }]));
    const fmt = formatter(graph.lang, graph.index?.data.currency);
    const metric = figureResolver({ graph, fmt, baseline: metrics ? { metrics, plan } : undefined, scenarios });
    for (const source of graph.bodies) {
      const process = source.kind === 'processes' ? byId(graph.processes, source.id) : undefined;
      const stageIds = process?.data.stages.map((s) => s.id);
      out.push({ name: `${label}:${source.file}`, body: source.body, bodyLine: source.bodyLine, ctx: { lang: graph.lang, kind: source.kind, metric, ...(stageIds ? { stageIds } : {}) } });
    }
  }
  return out;
}

/** Project roots under test/fixtures (folders that hold a `playbooks/` folder). */
function fixtureRoots(dir = join(PROJECT, 'test/fixtures')): string[] {
  const roots: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (!statSync(path).isDirectory()) continue;
    if (entry === 'playbooks') roots.push(dir);
    else roots.push(...fixtureRoots(path));
  }
  return roots;
}

/** Every body of the test fixtures, the example playbooks and a generated bench project of `benchFiles` entity files. */
export function everyBody(benchFiles = 400): ProjectBody[] {
  const bodies = fixtureRoots().flatMap((root) => bodiesOf(root, root.slice(PROJECT.length)));
  bodies.push(...bodiesOf(PROJECT, 'examples'));
  const bench = mkdtempSync(join(tmpdir(), 'playbook-bodies-'));
  try {
    generateTree(bench, { entityFiles: benchFiles, seed: 11 });
    bodies.push(...bodiesOf(bench, 'bench'));
  } finally {
    rmSync(bench, { recursive: true, force: true });
  }
  return bodies;
}
