/**
 * `node bench/actuals-import.ts [--rows N] [--history] [--keep]`
 *
 * Importing a large CRM export (issue 22): writes a Salesforce-shaped export
 * of a million rows (about 150 MB; scripts/crm-exports.ts) and, with
 * --history, its OpportunityHistory (about three rows an opportunity), into a
 * temporary project with one small playbook, then runs `actuals import` as
 * the CLI and reports its wall time, CPU time and peak memory against the
 * targets: ≤ 10 s and ≤ 400 MB for 1,000,000 rows. Runnable on its own;
 * `npm run bench` does not run it.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HISTORY_HEADER, historyRows, opportunities, SALESFORCE_HEADER, salesforceRow, writeLines, type ExportSpec } from '../scripts/crm-exports.ts';
import { bytes, int } from './format.ts';
import { runMeasured } from './measure.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const TARGET_SECONDS = 10;
const TARGET_BYTES = 400 * 1024 * 1024;

const args = process.argv.slice(2);
const rowsArg = args.indexOf('--rows');
const ROWS = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
const WITH_HISTORY = args.includes('--history');
const KEEP = args.includes('--keep');

const FILES: Record<string, string> = {
  'index.mdx': `---
title: Bench
summary: A playbook to import a large export into.
goals: { coverage: 0.8, winRate: 0.2 }
actuals:
  import:
    columns: { id: Opportunity ID, segment: Customer Segment, created: Created Date, stage: Stage, closed: Close Date, amount: Amount }
    stages: { Qualification: qualify, Discovery: discover, Proposal: propose, Negotiation: negotiate, Closed Won: won, Closed Lost: lost }
    segments: { Small Business: smb, Mid-Market: mid-market }
    dateFormat: MM/DD/YYYY
---
`,
  'offerings/suite.mdx': '---\ntitle: Suite\nsummary: The suite.\nkind: product\nmotives: [value-realization, price-performance]\n---\n',
  'roles/ae.mdx': '---\ntitle: AE\nsummary: Sells.\nfunction: sales\nheadcount: 50\n---\n',
  'processes/sale.mdx': `---
title: Sale
summary: Four stages.
type: solution
stages:
${['qualify', 'discover', 'propose', 'negotiate'].map((id) => `  - { id: ${id}, title: ${id}, goal: Go on., exitCriteria: [Done], days: 10, conversion: 0.6, raci: { ae: AR } }`).join('\n')}
---
`,
  ...Object.fromEntries(
    ['smb', 'mid-market'].map((id) => [
      `segments/${id}.mdx`,
      `---\ntitle: ${id}\nsummary: A segment.\npriority: core\nmotive: value-realization\ncriteria: { regions: [Anywhere] }\nbuyingCriteria: [value]\naccounts: 100000\nopportunityRate: 5\ndealSize: 20000\nofferings: [suite]\nprocess: sale\ncoverage: { owner: ae, touchesPerYear: 0, hoursPerTouch: 0 }\n---\n`,
    ]),
  ),
};

const stages = ['Qualification', 'Discovery', 'Proposal', 'Negotiation'];
const SPEC: ExportSpec = {
  seed: 22,
  from: '2024-01-01',
  exportDay: '2026-11-30',
  opportunities: ROWS,
  segments: [
    { value: 'Small Business', weight: 3, stages, conversions: [0.6, 0.6, 0.55, 0.7], dealSize: 18000, dealSpread: 0.6, cycleDays: 45 },
    { value: 'Mid-Market', weight: 1, stages, conversions: [0.5, 0.55, 0.5, 0.65], dealSize: 95000, dealSpread: 0.5, cycleDays: 110 },
  ],
};

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'playbook-bench-actuals-'));
  try {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(join(root, 'playbooks/bench', file, '..'), { recursive: true });
      writeFileSync(join(root, 'playbooks/bench', file), text);
    }
    const exportFile = join(root, 'opportunities.csv');
    const historyFile = join(root, 'history.csv');
    process.stdout.write(`Writing ${int(ROWS)} rows${WITH_HISTORY ? ' and their stage history' : ''}…\n`);
    await writeLines(exportFile, (function* () {
      yield SALESFORCE_HEADER.join(',');
      for (const o of opportunities(SPEC)) yield salesforceRow(o, 'USD');
    })(), true);
    if (WITH_HISTORY) {
      await writeLines(historyFile, (function* () {
        yield HISTORY_HEADER.join(',');
        for (const o of opportunities(SPEC)) yield* historyRows(o);
      })());
    }
    const size = statSync(exportFile).size + (WITH_HISTORY ? statSync(historyFile).size : 0);
    const result = await runMeasured(
      process.execPath,
      [join(PROJECT, 'src/cli/bin.ts'), 'actuals', 'import', 'bench', exportFile, ...(WITH_HISTORY ? ['--history', historyFile] : []), '--root', root],
      { cwd: root },
    );
    if (result.exitCode !== 0) throw new Error(`The import failed (exit ${result.exitCode}):\n${result.stderr.slice(0, 4000)}`);
    const seconds = result.wallMs / 1000;
    const lines = [
      `actuals import of ${int(ROWS)} rows (${bytes(size)}${WITH_HISTORY ? ', with stage history' : ''}):`,
      `  wall time   ${seconds.toFixed(2)} s   (target ≤ ${TARGET_SECONDS} s: ${seconds <= TARGET_SECONDS ? 'met' : 'MISSED'})`,
      `  CPU time    ${result.cpuSeconds === null ? 'n/a' : `${result.cpuSeconds.toFixed(2)} s`}`,
      `  peak memory ${result.peakRss === null ? 'n/a' : bytes(result.peakRss)}   (target ≤ ${bytes(TARGET_BYTES)}: ${result.peakRss === null ? 'not measured' : result.peakRss <= TARGET_BYTES ? 'met' : 'MISSED'})`,
      `  other processes took ${result.otherCpuShare === null ? 'n/a' : `${Math.round(result.otherCpuShare * 100)}%`} of the machine meanwhile`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (KEEP) process.stdout.write(`Kept ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
  }
}

await main();
