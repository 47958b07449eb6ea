/**
 * `actuals import` (format §5, §10) of a large Salesforce-shaped export
 * (bench/crm-export.ts) as a team runs it: `playbook actuals import <playbook>
 * <export.csv> --from … --to …` in a site with one generated playbook whose
 * index.mdx maps the export. Wall time and peak memory; the snapshot it writes
 * must hold the counts the generator made. Until the command exists (`actuals
 * import --help` fails), the bench reports it as not available and generates
 * nothing.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { checkProject } from '../src/lint/check-project.ts';
import { isComplete } from '../src/model/graph.ts';
import type { Setup } from './builds.ts';
import { bytes, int } from './format.ts';
import { generateTree } from './generate.ts';
import { median, runMeasured, type RunResult } from './measure.ts';
import { importMapping, writeSalesforceExport, type CrmSegment, type ExpectedCounts } from './crm-export.ts';
import type { Plan } from './options.ts';
import { createSiteRoot, playbookBin } from './project.ts';
import type { ImportFigures } from './results.ts';
import { env, log, PROJECT } from './runner.ts';

/** The cohort of the export: a year of opportunities; the snapshot is named after the month of `to`. */
const FROM = '2025-01-01';
const TO = '2025-12-31';
const SNAPSHOT = '2025-12';

/** Whether the engine has the command: its `--help` exits 0 (format §5: every command takes --help). */
async function available(root: string): Promise<{ ok: boolean; said: string }> {
  const result = await runMeasured(process.execPath, [playbookBin(root), 'actuals', 'import', '--help'], { cwd: root, env: env() });
  // The first sentence of what it said ("Unknown command `actuals`."), not the usage that follows.
  const said = /^[^\n]*?(?:\.(?=\s|$)|$)/m.exec(`${result.stderr}${result.stdout}`.trim())?.[0] ?? '';
  return { ok: result.exitCode === 0, said };
}

/** The segments of the site's first playbook as the CRM export shows them; writes the mapping into its index.mdx. */
export function preparePlaybook(root: string): { id: string; segments: CrmSegment[] } {
  const graph = checkProject(root).playbooks[0];
  if (!graph || !isComplete(graph)) throw new Error('The playbook generated for the import is not valid.');
  const processes = new Map(graph.processes.map((p) => [p.id, p.data]));
  const segments: CrmSegment[] = graph.segments.map((s) => {
    const process = processes.get(s.data.process)!;
    const winRate = process.stages.reduce((p, stage) => p * stage.conversion, 1);
    return {
      id: s.id,
      value: s.data.title,
      stages: process.stages.map((stage) => ({ id: stage.id, name: stage.title, days: stage.days })),
      dealSize: s.data.dealSize,
      winRate: Math.min(0.9, Math.max(0.05, winRate)),
    };
  });
  const file = join(root, graph.index.file);
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter.`);
  const data = parse(match[1]!) as Record<string, unknown>;
  data.actuals = { ...((data.actuals as Record<string, unknown> | undefined) ?? {}), import: importMapping(segments) };
  writeFileSync(file, `---\n${stringify(data, { lineWidth: 0 })}---\n${text.slice(match[0].length)}`);
  return { id: graph.id, segments };
}

/** Differences between the snapshot's counts and the generator's, as sentences (none: it matches). */
export function compareSnapshot(file: string, expected: Record<string, ExpectedCounts>): string[] {
  if (!existsSync(file)) return [`the import wrote no ${file}`];
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  const data = (match ? parse(match[1]!) : {}) as { segments?: Record<string, Partial<ExpectedCounts>> };
  const problems: string[] = [];
  for (const [id, want] of Object.entries(expected)) {
    if (want.opportunities === 0) continue;
    const got = data.segments?.[id];
    for (const key of ['opportunities', 'won', 'lost'] as const) {
      if (got?.[key] !== want[key]) problems.push(`segment ${id}: ${key} ${String(got?.[key])} in the snapshot, ${want[key]} in the export`);
    }
  }
  return problems;
}

export async function measureImport(setup: Setup, plan: Plan['import']): Promise<ImportFigures> {
  const root = join(setup.dir, 'import', 'site');
  generateTree(root, { entityFiles: 65, seed: setup.options.seed, chineseEvery: 0 });
  createSiteRoot(PROJECT, setup.engine, root, false);
  const figures: ImportFigures = { available: false, note: null, rows: plan.rows, bytes: 0, runs: [], otherCpu: [], ms: null, peakRss: null, problems: [], withHistory: null };
  const check = await available(root);
  if (!check.ok) {
    figures.note = `not available yet (\`playbook actuals import --help\`: ${check.said || 'no output'})`;
    log(`\n[import] ${figures.note}`);
    return figures;
  }
  figures.available = true;
  const { id, segments } = preparePlaybook(root);
  const csv = join(setup.dir, 'import', 'opportunities.csv');
  const historyCsv = plan.withHistory ? join(setup.dir, 'import', 'opportunity-history.csv') : undefined;
  log(`\n[import] writing a Salesforce-shaped export of ${int(plan.rows)} rows${historyCsv ? ' and its OpportunityHistory' : ''}…`);
  const written = writeSalesforceExport(csv, { rows: plan.rows, seed: setup.options.seed, from: FROM, to: TO, segments }, historyCsv);
  figures.bytes = written.bytes;
  log(`[import] ${bytes(written.bytes)}${historyCsv ? `, history ${int(written.historyRows)} rows, ${bytes(written.historyBytes)}` : ''}`);
  const snapshot = join(root, 'playbooks', id, 'actuals', `${SNAPSHOT}.mdx`);
  const args = (extra: string[] = []) => [playbookBin(root), 'actuals', 'import', id, csv, '--from', FROM, '--to', TO, ...extra];
  const results: RunResult[] = [];
  try {
    for (let i = 0; i < plan.runs; i++) {
      const prepare = () => {
        rmSync(snapshot, { force: true });
        log(`[import] playbook actuals import (${i + 1}/${plan.runs})…`);
      };
      results.push(await setup.runner.measured('actuals import', prepare, process.execPath, args(), root, env()));
      if (i === 0) figures.problems.push(...compareSnapshot(snapshot, written.expected));
    }
    if (historyCsv) {
      const prepare = () => {
        rmSync(snapshot, { force: true });
        log('[import] playbook actuals import --history…');
      };
      const result = await setup.runner.measured('actuals import --history', prepare, process.execPath, args(['--history', historyCsv]), root, env());
      figures.withHistory = { historyRows: written.historyRows, historyBytes: written.historyBytes, ms: result.wallMs, peakRss: result.peakRss };
    }
  } catch (error) {
    figures.problems.push(error instanceof Error ? error.message.split('\n').slice(0, 8).join(' ') : String(error));
  }
  figures.runs = results.map((r) => r.wallMs);
  figures.otherCpu = results.map((r) => r.otherCpuShare);
  figures.ms = results.length ? median(figures.runs) : null;
  figures.peakRss = Math.max(0, ...results.map((r) => r.peakRss ?? 0)) || null;
  rmSync(csv, { force: true });
  if (historyCsv) rmSync(historyCsv, { force: true });
  return figures;
}
