/**
 * `check` at scale (10,000 entity files by default) as a team runs it, against
 * a cold `astro sync` of the same bodies in Starlight and in the floor: what
 * Astro itself needs to read that many files.
 */
import { join } from 'node:path';
import { checkFigures, type Setup } from './builds.ts';
import { int } from './format.ts';
import { generateTree } from './generate.ts';
import { median, type RunResult } from './measure.ts';
import type { Plan } from './options.ts';
import { clearCaches, createFloorRoot, createSiteRoot } from './project.ts';
import type { ScaleResult, SyncFigures } from './results.ts';
import { env, log, PROJECT } from './runner.ts';
import { createStarlightRoot } from './starlight.ts';

/** Cold `astro sync` in a root, `runs` times, the caches cleared before each. */
async function syncFigures(setup: Setup, what: string, root: string, syncEnv: NodeJS.ProcessEnv, runs: number): Promise<SyncFigures> {
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const prepare = () => {
      clearCaches(root);
      log(`[check at scale] astro sync in ${what} (${i + 1}/${runs})…`);
    };
    results.push(await setup.runner.measured(`astro sync in ${what}`, prepare, 'sh', ['-c', 'astro sync'], root, syncEnv));
  }
  clearCaches(root);
  return { ms: median(results.map((r) => r.wallMs)), runs: results.map((r) => r.wallMs), peakRss: Math.max(...results.map((r) => r.peakRss ?? 0)) || null };
}

export async function measureScale(setup: Setup, plan: Plan['scale']): Promise<ScaleResult> {
  log(`\n[check at scale] generating ${int(plan.entityFiles)} entity files…`);
  const root = join(setup.dir, 'scale', 'site');
  // Always with the body components: nothing here renders them but Starlight, which gets its own pages.
  const tree = generateTree(root, { entityFiles: plan.entityFiles, seed: setup.options.seed });
  // `check` reads no git history: no repository needed.
  createSiteRoot(PROJECT, setup.engine, root, false);
  const floor = plan.floorSyncs > 0 ? createFloorRoot(PROJECT, join(setup.dir, 'scale', 'floor'), join(root, 'playbooks')) : null;
  const starlightRoot = setup.starlight && plan.starlightSyncs > 0 ? createStarlightRoot(setup.starlight, join(setup.dir, 'scale', 'starlight'), join(root, 'playbooks'), setup.starlightSidebar) : null;
  log('[check at scale] check…');
  const check = await checkFigures(setup, root, tree.mdxFiles, Math.min(3, plan.checkRuns), plan.checkRuns);
  const floorSync = floor ? await syncFigures(setup, 'the bare project', floor, env(), plan.floorSyncs) : null;
  const starlightSync = starlightRoot ? await syncFigures(setup, 'Starlight', starlightRoot, env({}, [join(starlightRoot, 'node_modules', '.bin')]), plan.starlightSyncs) : null;
  return {
    entityFiles: tree.entityFiles,
    mdxFiles: tree.mdxFiles,
    corpus: check.corpus,
    checkInProcessMs: check.checkInProcessMs,
    checkCliMs: check.checkCliMs,
    checkCliRuns: check.checkCliRuns,
    checkCliPeakRss: check.checkCliPeakRss,
    floorSync,
    starlightSync,
  };
}
