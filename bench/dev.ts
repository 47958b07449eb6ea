/**
 * `astro dev` as an author feels it: `playbook dev` (what `npm run dev` runs)
 * started in a team's site over a generated tree with its caches cleared; the
 * time until the server answers a playbook page; then, `edits` times, one
 * sentence appended to that page's body file and the page requested again
 * until it shows the sentence (save → updated page served).
 *
 * Requests are sequential (one at a time, the next 50 ms after the last
 * answer), so the bench never piles work on the server it measures; a time
 * includes the request that saw the change, as a browser's reload would.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Setup } from './builds.ts';
import { int } from './format.ts';
import { generateTree } from './generate.ts';
import { median, startWatched, type Watched } from './measure.ts';
import type { Plan } from './options.ts';
import { clearCaches, createSiteRoot, playbookBin } from './project.ts';
import type { DevFigures } from './results.ts';
import { env, log, PROJECT } from './runner.ts';

/** How long the bench waits for the server to print its address, to answer, and to show an edit. */
const START_LIMIT_MS = 180_000;
const EDIT_LIMIT_MS = 60_000;
const GAP_MS = 50;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The address the dev server prints ("Local    http://localhost:4321/"), once it has. */
function addressIn(output: string): string | null {
  const match = /(https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\]):\d+)\//.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
  return match ? match[1]! : null;
}

/** One GET; the status and text, or null when the server does not answer (yet). */
async function get(url: string): Promise<{ status: number; text: string } | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000), headers: { accept: 'text/html' } });
    return { status: response.status, text: await response.text() };
  } catch {
    return null;
  }
}

/** Requests `path` until `done` says yes or `limitMs` passes; the time from `since` when it did, or null. */
async function pollUntil(server: Watched, path: string, since: number, limitMs: number, done: (page: { status: number; text: string }) => boolean): Promise<number | null> {
  let early = false;
  server.exited.then(() => (early = true)).catch(() => (early = true));
  for (;;) {
    if (early) throw new Error(`The dev server stopped:\n${server.output().trim().split('\n').slice(-30).join('\n')}`);
    const base = addressIn(server.output());
    if (base) {
      const page = await get(`${base}${path}`);
      if (page && done(page)) return performance.now() - since;
    }
    if (performance.now() - since > limitMs) return null;
    await pause(GAP_MS);
  }
}

export async function measureDev(setup: Setup, plan: Plan['dev']): Promise<DevFigures> {
  log(`\n[dev] generating ${int(plan.entityFiles)} entity files…`);
  const root = join(setup.dir, 'dev', 'site');
  const tree = generateTree(root, { entityFiles: plan.entityFiles, seed: setup.options.seed, components: !setup.options.plainBodies });
  createSiteRoot(PROJECT, setup.engine, root);
  // The first playbook is in English (every fourth is Chinese): an entity page of it.
  const page = tree.entityPages[0]!;
  const path = `/${page}`;
  const file = join(root, 'playbooks', `${page.replace(/\/$/, '')}.mdx`);
  const figures: DevFigures = { entityFiles: tree.entityFiles, page: path, startMs: [], saveMs: [], otherCpu: [], peakRss: null, problems: [] };
  for (let start = 0; start < plan.starts; start++) {
    clearCaches(root);
    await setup.runner.quiet();
    log(`[dev] playbook dev (${start + 1}/${plan.starts}), caches cleared; waiting for ${path}…`);
    const since = performance.now();
    const server = startWatched(process.execPath, [playbookBin(root), 'dev'], { cwd: root, env: env() });
    try {
      const answered = await pollUntil(server, path, since, START_LIMIT_MS, (p) => p.status === 200 && p.text.includes('<html'));
      if (answered === null) {
        figures.problems.push(`the server did not answer ${path} within ${START_LIMIT_MS / 1000} s`);
        continue;
      }
      figures.startMs.push(answered);
      for (let edit = 0; edit < plan.edits; edit++) {
        const marker = `Benchmark save ${start + 1}.${edit + 1} reached the page.`;
        // The page as it is now, before the save (the server has settled from the last one).
        await pollUntil(server, path, performance.now(), EDIT_LIMIT_MS, (p) => p.status === 200);
        appendFileSync(file, `\n${marker}\n`);
        const saved = performance.now();
        const shown = await pollUntil(server, path, saved, EDIT_LIMIT_MS, (p) => p.status === 200 && p.text.includes(marker));
        if (shown === null) figures.problems.push(`save ${edit + 1} did not show on ${path} within ${EDIT_LIMIT_MS / 1000} s`);
        else figures.saveMs.push(shown);
        log(`[dev] save ${edit + 1}/${plan.edits}: ${shown === null ? 'not shown' : `${Math.round(shown)} ms`}`);
      }
    } finally {
      const stopped = await server.stop();
      figures.otherCpu.push(stopped.otherCpuShare);
      figures.peakRss = Math.max(figures.peakRss ?? 0, stopped.peakRss ?? 0) || null;
    }
  }
  figures.startMedianMs = figures.startMs.length ? median(figures.startMs) : null;
  figures.saveMedianMs = figures.saveMs.length ? median(figures.saveMs) : null;
  clearCaches(root);
  return figures;
}
