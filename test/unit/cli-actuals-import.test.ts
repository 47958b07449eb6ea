/**
 * `actuals import` (format v1.2 §5, §10): the three shapes of export give
 * the exact counts of an independent computation; every bad input of the
 * issue gets its message at `<file>:<line>` and nothing is written; the
 * snapshot, `export` and the summary carry nothing of a row.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIo, fixture } from '../support/helpers.ts';

const MAPPING = `actuals:
  import:
    columns: { id: Opportunity ID, segment: Segment, created: Created Date, stage: Stage, closed: Close Date, amount: Amount }
    stages: { Qualification: qualify, Quote: close, Discovery: discover, Proof: prove, Negotiation: close, Closed Won: won, Closed Lost: lost }
    segments: { SMB: smb, Mid-Market: mid-market }
    dateFormat: MM/DD/YYYY
`;

const HEADER = 'Opportunity ID,Account Name,Owner,Segment,Stage,Amount,Created Date,Close Date';

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A project with the actuals fixture's playbook (without its snapshots) and the given mapping. */
function project(mapping = MAPPING, lang?: 'zh-CN'): string {
  const root = mkdtempSync(join(tmpdir(), 'playbook-import-'));
  roots.push(root);
  cpSync(fixture('actuals'), root, { recursive: true });
  rmSync(join(root, 'playbooks/northwind/actuals'), { recursive: true });
  const index = join(root, 'playbooks/northwind/index.mdx');
  let text = readFileSync(index, 'utf8').replace('goals:', `${mapping}goals:`);
  if (lang) text = text.replace('currency: EUR', 'lang: zh-CN\ncurrency: CNY');
  writeFileSync(index, text);
  return root;
}

async function importIn(root: string, ...args: string[]) {
  const io = captureIo(root);
  const code = await run(['actuals', 'import', 'northwind', ...args], io);
  return { code, out: io.out, err: io.err };
}

function snapshots(root: string): string[] {
  const dir = join(root, 'playbooks/northwind/actuals');
  return existsSync(dir) ? readdirSync(dir) : [];
}

function readSnapshot(root: string, month: string) {
  const text = readFileSync(join(root, `playbooks/northwind/actuals/${month}.mdx`), 'utf8');
  return { text, data: parse(text.split('---')[1]!) as { period: { from: string; to: string }; source: Record<string, unknown>; segments: Record<string, Record<string, unknown>> } };
}

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Opportunity {
  id: string;
  segment: 'SMB' | 'Mid-Market';
  /** Stages the opportunity went through, in order, by CRM name. */
  path: string[];
  outcome: 'won' | 'lost' | 'open';
  created: Date;
  closed: Date | null;
  amount: number;
}

const SALES_STAGES = { SMB: ['Qualification', 'Quote'], 'Mid-Market': ['Discovery', 'Proof', 'Negotiation'] } as const;
const us = (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;

function opportunities(count: number, seed = 7): Opportunity[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const segment = next() < 0.6 ? 'SMB' : 'Mid-Market';
    const stages = SALES_STAGES[segment];
    const r = next();
    const outcome = r < 0.25 ? 'won' : r < 0.7 ? 'lost' : 'open';
    const reach = outcome === 'won' ? stages.length : 1 + Math.floor(next() * stages.length);
    const created = new Date(Date.UTC(2025, 6, 1) + Math.floor(next() * 400) * 86_400_000);
    const closed = outcome === 'open' ? null : new Date(created.getTime() + Math.floor(next() * 90) * 86_400_000);
    return { id: `006Q${String(i).padStart(8, '0')}AAA`, segment, path: stages.slice(0, reach), outcome, created, closed, amount: 1000 + Math.floor(next() * 90) * 500 };
  });
}

/** The Salesforce-shaped export: the current stage is Closed Won / Closed Lost / the last stage reached. */
function salesforceCsv(list: readonly Opportunity[]): string {
  const rows = list.map((o) => {
    const stage = o.outcome === 'won' ? 'Closed Won' : o.outcome === 'lost' ? 'Closed Lost' : o.path[o.path.length - 1]!;
    const amount = o.outcome === 'won' ? `"USD ${o.amount.toLocaleString('en-US')}.00"` : '';
    return [o.id, `"Account ${o.id}, Inc."`, 'Dana', o.segment, stage, amount, us(o.created), o.closed ? us(o.closed) : ''].join(',');
  });
  return `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
}

/** OpportunityHistory: one row per stage entered, then the closing one. */
function historyCsv(list: readonly Opportunity[]): string {
  const rows = list.flatMap((o) => [...o.path, ...(o.outcome === 'open' ? [] : [o.outcome === 'won' ? 'Closed Won' : 'Closed Lost'])].map((s) => `${o.id},${s},${us(o.created)}`));
  return `OpportunityId,StageName,CreatedDate\n${rows.join('\n')}\n`;
}

/** The counts, computed from the objects rather than the CSV. */
function expected(list: readonly Opportunity[], from: string, to: string, withStages: boolean) {
  const inside = list.filter((o) => o.created.toISOString().slice(0, 10) >= from && o.created.toISOString().slice(0, 10) <= to);
  const ids = { SMB: 'smb', 'Mid-Market': 'mid-market' } as const;
  const stageIds = { SMB: ['qualify', 'close'], 'Mid-Market': ['discover', 'prove', 'close'] } as const;
  const out: Record<string, Record<string, unknown>> = {};
  for (const segment of ['Mid-Market', 'SMB'] as const) {
    const mine = inside.filter((o) => o.segment === segment);
    const resolved = mine.filter((o) => o.outcome !== 'open' && o.closed!.toISOString().slice(0, 10) <= to);
    const won = resolved.filter((o) => o.outcome === 'won');
    const lost = resolved.filter((o) => o.outcome === 'lost');
    const counts: Record<string, unknown> = {
      opportunities: mine.length,
      won: won.length,
      lost: lost.length,
      wonAmount: won.reduce((s, o) => s + o.amount, 0),
    };
    if (won.length > 0) counts.cycleDays = won.reduce((s, o) => s + (o.closed!.getTime() - o.created.getTime()) / 86_400_000, 0) / won.length;
    // Without stage history a lost one has no furthest stage (its current stage maps to `lost`): only the won, who
    // reached every stage, count in `reached`.
    counts.reached = Object.fromEntries(stageIds[segment].map((id, k) => [id, withStages ? resolved.filter((o) => o.path.length > k).length : won.length]));
    out[ids[segment]] = counts;
  }
  return { segments: out, outside: list.length - inside.length };
}

/** One row of the Salesforce-shaped header; a won small-business deal by default. */
const row = (fields: Partial<Record<'id' | 'account' | 'owner' | 'segment' | 'stage' | 'amount' | 'created' | 'closed', string>>) =>
  [fields.id ?? '006A', fields.account ?? 'Acme', fields.owner ?? 'Dana', fields.segment ?? 'SMB', fields.stage ?? 'Closed Won', fields.amount ?? '1000', fields.created ?? '1/5/2026', fields.closed ?? '2/5/2026'].join(',');

describe('the three shapes of export', () => {
  it('Salesforce opportunities with OpportunityHistory (--history): the exact counts of the cohort', async () => {
    const root = project();
    const list = opportunities(600);
    writeFileSync(join(root, 'opps.csv'), salesforceCsv(list));
    writeFileSync(join(root, 'history.csv'), historyCsv(list));
    const result = await importIn(root, 'opps.csv', '--history', 'history.csv', '--from', '2025-09-01', '--to', '2026-05-31');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const { data } = readSnapshot(root, '2026-05');
    const want = expected(list, '2025-09-01', '2026-05-31', true);
    expect(data.period).toEqual({ from: '2025-09-01', to: '2026-05-31' });
    expect(data.segments).toEqual(want.segments);
    expect(data.source).toMatchObject({ file: 'opps.csv', rows: 600, history: { file: 'history.csv', rows: historyCsv(list).trim().split('\n').length - 1 } });
    expect((data.source.skipped as Record<string, number>).createdBefore + ((data.source.skipped as Record<string, number>).createdAfter ?? 0)).toBe(want.outside);
    expect(result.out).toContain('Wrote playbooks/northwind/actuals/2026-05.mdx');
    // The snapshot passes check.
    const check = captureIo(root);
    await run(['check', root, '--format', 'json'], check);
    expect((JSON.parse(check.out) as { severity: string }[]).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('HubSpot deals with "Date entered …" columns (`entered`): stages from the dates, times after the dates ignored', async () => {
    const root = project(`actuals:
  import:
    columns: { id: Record ID, segment: Deal Type, created: Create Date, stage: Deal Stage, closed: Close Date, amount: Amount }
    stages: { Qualification: qualify, Quote: close, Discovery: discover, Proof: prove, Negotiation: close, Closed Won: won, Closed Lost: lost }
    segments: { SMB: smb, Mid-Market: mid-market }
    entered:
      qualify: 'Date entered "Qualification (Sales Pipeline)"'
      discover: 'Date entered "Discovery (Sales Pipeline)"'
      prove: 'Date entered "Proof (Sales Pipeline)"'
      close: 'Date entered "Close (Sales Pipeline)"'
`);
    const list = opportunities(300, 11);
    const iso = (d: Date) => `${d.toISOString().slice(0, 10)} 14:22`;
    const header = ['Record ID', 'Deal Name', 'Deal Type', 'Deal Stage', 'Amount', 'Create Date', 'Close Date', ...['Qualification', 'Discovery', 'Proof', 'Close'].map((s) => `"Date entered ""${s} (Sales Pipeline)"""`)].join(',');
    const rows = list.map((o) => {
      const stage = o.outcome === 'won' ? 'Closed Won' : o.outcome === 'lost' ? 'Closed Lost' : o.path[o.path.length - 1]!;
      // The CRM stage names that map to `close` (Quote, Negotiation) share its "Date entered" column.
      const entered = (names: readonly string[]) => (names.some((n) => o.path.includes(n as never)) ? iso(o.created) : '');
      return [o.id, `"Deal ${o.id}"`, o.segment, stage, o.outcome === 'won' ? String(o.amount) : '', iso(o.created), o.closed ? iso(o.closed) : '', entered(['Qualification']), entered(['Discovery']), entered(['Proof']), entered(['Quote', 'Negotiation'])].join(',');
    });
    writeFileSync(join(root, 'deals.csv'), `${[header, ...rows].join('\n')}\n`);
    const result = await importIn(root, 'deals.csv', '--to', '2026-08-31');
    expect(result.err).toBe('');
    const first = list.reduce((min, o) => (o.created < min ? o.created : min), list[0]!.created).toISOString().slice(0, 10);
    expect(readSnapshot(root, '2026-08').data.segments).toEqual(expected(list, first, '2026-08-31', true).segments);
  });

  it('a plain export with the current stage only: `reached` counts the won at every stage (how far a lost deal got is unknown), and the summary says what that means', async () => {
    const root = project();
    const list = opportunities(120, 3);
    writeFileSync(join(root, 'opps.csv'), salesforceCsv(list));
    const result = await importIn(root, 'opps.csv', '--from', '2025-07-01', '--to', '2026-12-31');
    expect(result.code).toBe(0);
    const { data } = readSnapshot(root, '2026-12');
    expect(data.segments).toEqual(expected(list, '2025-07-01', '2026-12-31', false).segments);
    const lost = Object.values(data.segments).reduce((s, c) => s + (c.lost as number), 0);
    expect(data.source.skipped).toEqual({ lostWithoutStage: lost });
    expect(result.out).toContain(`the ${lost} lost ones count as lost but in no stage, and every stage conversion comes out at 100%`);
    expect(result.out).toContain('--history');
  });
});

describe('bad input: every problem at <file>:<line>, nothing written, no crash', () => {
  /** Runs an import of one CSV text; returns the result and whether anything was written. */
  async function bad(csv: string | Buffer, ...args: string[]) {
    const root = project();
    writeFileSync(join(root, 'in.csv'), csv);
    const result = await importIn(root, 'in.csv', ...args);
    expect(snapshots(root)).toEqual([]);
    return result;
  }

  it('an empty file, and a header without rows', async () => {
    const empty = await bad('');
    expect([empty.code, empty.err]).toEqual([1, expect.stringContaining('in.csv:1:1 error actuals-column')]);
    expect(empty.err).toContain('The file is empty');
    const header = await bad(`${HEADER}\n`);
    expect(header.code).toBe(1);
    expect(header.err).toContain('in.csv:2:1 error actuals-row');
    expect(header.err).toContain('header but no rows');
  });

  it('a mapped column missing (with the closest header), and a mapped header name twice', async () => {
    const missing = await bad(`${HEADER.replace('Close Date', 'Closed Date')}\n${row({})}\n`);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('in.csv:1:1 error actuals-column');
    expect(missing.err).toContain('The header has no column `Close Date`, which `actuals.import` reads as `columns.closed`. Did you mean `Closed Date`?');
    const twice = await bad(`${HEADER},Stage,Notes,Notes\n${row({})},x,a,b\n`);
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('The header has `Stage` 2 times (columns 5 and 9)');
    // An unmapped header twice (`Notes`) is no problem.
    expect(twice.err.match(/actuals-column/g)).toHaveLength(1);
  });

  it('duplicate ids, ragged rows; quoted commas and line breaks read fine and keep the line numbers', async () => {
    const csv = [HEADER, row({ id: 'A1' }), '"A2","Acme, Inc.","Dana ""the closer""\nSmith",SMB,Closed Lost,,1/5/2026,2/5/2026', row({ id: 'A1' }), 'A3,Acme,Dana,SMB'].join('\n');
    const result = await bad(`${csv}\n`);
    expect(result.code).toBe(1);
    expect(result.err).toContain('in.csv:5:1 error actuals-row\n  This row’s opportunity id (column `Opportunity ID`) is also on line 2');
    expect(result.err).toContain('in.csv:6:1 error actuals-row\n  This row has 4 fields, but the header has 8');
    expect(result.err).not.toContain('in.csv:3:');
  });

  it('wrong date formats, closed before created, a won row without a close date or an amount', async () => {
    const csv = [HEADER, row({ created: '2026-01-05' }), row({ id: 'B', created: '3/5/2026', closed: '2/5/2026' }), row({ id: 'C', closed: '' }), row({ id: 'D', amount: '' })].join('\n');
    const result = await bad(`${csv}\n`);
    expect(result.err).toContain('in.csv:2:1 error actuals-row\n  `2026-01-05` (column `Created Date`) is not a date written `MM/DD/YYYY`');
    expect(result.err).toContain('in.csv:3:1 error actuals-row\n  This opportunity closed (column `Close Date`) before it was created');
    expect(result.err).toContain('in.csv:4:1 error actuals-row\n  This opportunity is won or lost but has no close date');
    expect(result.err).toContain('in.csv:5:1 error actuals-row\n  This opportunity is won but has no amount');
  });

  it('an open deal’s expected close date is never judged: before its creation, or unreadable, it imports', async () => {
    const root = project();
    const csv = [HEADER, row({}), row({ id: 'B', stage: 'Qualification', created: '3/5/2026', closed: '2/5/2026', amount: '' }), row({ id: 'C', stage: 'Quote', closed: 'next quarter', amount: '' })].join('\n');
    writeFileSync(join(root, 'in.csv'), `${csv}\n`);
    const result = await importIn(root, 'in.csv');
    expect([result.code, result.err]).toEqual([0, '']);
    const counts = readSnapshot(root, '2026-03').data.segments.smb!;
    expect([counts.opportunities, counts.won, counts.lost]).toEqual([3, 1, 0]);
  });

  it('amounts: `1.234,50` with the wrong decimal mark says which one reads it; negative and formula-looking amounts', async () => {
    const csv = [HEADER, row({ amount: '"1.234,50"' }), row({ id: 'B', amount: '-500' }), row({ id: 'C', amount: '"=HYPERLINK(""http://x"",""y"")"' })].join('\n');
    const result = await bad(`${csv}\n`);
    expect(result.err).toContain('`1.234,50` (column `Amount`) is not an amount with the decimal mark `.` (`actuals.import.decimal`). It reads as one with `,`: set `decimal: ","`.');
    expect(result.err).toContain('in.csv:3:1 error actuals-row\n  The amount `-500` (column `Amount`) is negative.');
    expect(result.err).toContain('in.csv:4:1 error actuals-row\n  `=HYPERLINK("http://x","y")` (column `Amount`) is not an amount');
  });

  it('reads `1.234,50` with `decimal: ","`', async () => {
    const root = project(MAPPING.replace('dateFormat: MM/DD/YYYY', 'dateFormat: MM/DD/YYYY\n    decimal: ","'));
    writeFileSync(join(root, 'in.csv'), `${HEADER}\n${row({ amount: '"EUR 1.234,50"' })}\n`);
    const result = await importIn(root, 'in.csv');
    expect(result.code).toBe(0);
    expect(readSnapshot(root, '2026-02').data.segments.smb!.wonAmount).toBe(1234.5);
  });

  it('unknown stage and segment values, with the closest mapping key; a formula-looking value is shown as text', async () => {
    const csv = [HEADER, row({ stage: 'Closed Wonn' }), row({ id: 'B', segment: 'Enterprise' }), row({ id: 'C', segment: '"=HYPERLINK(""http://evil"")"' })].join('\n');
    const result = await bad(`${csv}\n`);
    expect(result.err).toContain('The stage `Closed Wonn` (column `Stage`) is not in `actuals.import.stages`. The closest mapping key is `Closed Won`.');
    expect(result.err).toContain('in.csv:3:1 error actuals-row\n  The segment value `Enterprise` (column `Segment`) is not in `actuals.import.segments`.');
    expect(result.err).toContain('The segment value `=HYPERLINK("http://evil")`');
  });

  it('a stage of another process: a mid-market stage on a small-business row', async () => {
    const result = await bad(`${HEADER}\n${row({ stage: 'Proof' })}\n`);
    expect(result.err).toContain('The stage `Proof` (column `Stage`) maps to `prove`, but segment `smb` is on process `velocity`, which has no such stage.');
  });

  it('a 10 MB line is one row with one message, never echoed whole', async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const result = await bad(`${HEADER}\n${row({ segment: huge })}\n`);
    expect(result.code).toBe(1);
    expect(result.err).toContain('in.csv:2:1 error actuals-row');
    expect(result.err.length).toBeLessThan(2000);
  });

  it('an unclosed quote stops the reading at the line it opens', async () => {
    const result = await bad(`${HEADER}\n${row({})}\n${row({ id: 'B', account: '"Acme' })}\n${row({ id: 'C' })}\n`);
    expect(result.code).toBe(1);
    expect(result.err).toContain('in.csv:3:1 error actuals-row\n  The CSV cannot be read from here: a quoted field opens here and is never closed.');
  });

  it('GBK and UTF-16 files: file-encoding, the encoding named, how to save it again', async () => {
    const gbk = Buffer.concat([Buffer.from(`${HEADER}\n${row({})}\n006B,`), Buffer.from([0xbb, 0xaa, 0xb6, 0xab, 0xbf, 0xcd, 0xbb, 0xa7]), Buffer.from(',Dana,SMB,Closed Won,1000,1/5/2026,2/5/2026\n')]);
    const g = await bad(gbk);
    expect(g.code).toBe(1);
    expect(g.err).toContain('in.csv:3:6 error file-encoding');
    expect(g.err).toContain('it looks like GBK (GB18030)');
    expect(g.err).toContain('iconv -f GB18030 -t UTF-8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n${row({})}\n`, 'utf16le')]);
    const u = await bad(utf16);
    expect(u.code).toBe(1);
    expect(u.err).toContain('in.csv:1:1 error file-encoding\n  This export is UTF-16 (little-endian)');
    expect(u.err).toContain('CSV UTF-8');
  });

  it('at most 20 problems of a code are listed, and the rest counted', async () => {
    const rows = Array.from({ length: 45 }, (_, i) => row({ id: `R${i}`, created: '2026-01-05' }));
    const result = await bad(`${HEADER}\n${rows.join('\n')}\n`);
    expect(result.err.match(/error actuals-row/g)).toHaveLength(20);
    expect(result.err).toContain('(25 more of this kind in this file are not listed.)');
    expect(result.err).toContain('45 problems in the export: nothing was written.');
  });

  it('a history export: a missing column; ids none of which the export has; some rows about other opportunities are counted, not used', async () => {
    const root = project();
    writeFileSync(join(root, 'in.csv'), `${HEADER}\n${row({ id: 'A', stage: 'Closed Lost', amount: '' })}\n${row({ id: 'B' })}\n`);
    writeFileSync(join(root, 'h1.csv'), 'Opportunity,StageName\nA,Quote\n');
    const missing = await importIn(root, 'in.csv', '--history', 'h1.csv');
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('h1.csv:1:1 error actuals-column\n  The header has no column `OpportunityId`')]);
    writeFileSync(join(root, 'h2.csv'), 'OpportunityId,StageName\n0061,Quote\n0062,Quote\n');
    const none = await importIn(root, 'in.csv', '--history', 'h2.csv');
    expect(none.code).toBe(1);
    expect(none.err).toContain('None of the 2 rows of the history file names an opportunity of the export');
    expect(snapshots(root)).toEqual([]);
    writeFileSync(join(root, 'h3.csv'), 'OpportunityId,StageName\nA,Qualification\nA,Quote\nZZ,Quote\n');
    const some = await importIn(root, 'in.csv', '--history', 'h3.csv');
    expect(some.code).toBe(0);
    expect(some.out).toContain('1 rows of the stage history are about opportunities the export does not have');
    expect(readSnapshot(root, '2026-02').data.segments.smb!.reached).toEqual({ qualify: 2, close: 2 });
  });
});

describe('writing', () => {
  it('refuses to overwrite without --force (exit 2); --force replaces the counts and keeps the body; no temporary file is left', async () => {
    const root = project();
    const list = opportunities(50, 5);
    writeFileSync(join(root, 'opps.csv'), salesforceCsv(list));
    expect((await importIn(root, 'opps.csv', '--to', '2026-03-31')).code).toBe(0);
    const file = join(root, 'playbooks/northwind/actuals/2026-03.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n## [\s\S]*$/, '\n## Notes\n\nThe March trade show.\n'));
    const before = readFileSync(file, 'utf8');
    const again = await importIn(root, 'opps.csv', '--to', '2026-03-31');
    expect(again.code).toBe(2);
    expect(again.err).toContain('playbooks/northwind/actuals/2026-03.mdx already exists; nothing was written. Run the import again with --force');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const forced = await importIn(root, 'opps.csv', '--from', '2025-10-01', '--to', '2026-03-31', '--force');
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('Replaced playbooks/northwind/actuals/2026-03.mdx');
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('from: 2025-10-01');
    expect(after).toContain('The March trade show.');
    expect(readdirSync(join(root, 'playbooks/northwind/actuals'))).toEqual(['2026-03.mdx']);
  });

  it('usage mistakes exit 2: another action, a date that is none, a missing file', async () => {
    const root = project();
    const io = captureIo(root);
    expect(await run(['actuals', 'export', 'northwind', 'x.csv'], io)).toBe(2);
    expect(io.err).toContain('the action must be `import`');
    expect((await importIn(root, 'x.csv', '--to', '31/03/2026')).code).toBe(2);
    const missing = await importIn(root, 'nowhere.csv');
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('Could not read nowhere.csv: ENOENT')]);
  });

  it('speaks the playbook\u2019s language', async () => {
    const root = project(MAPPING, 'zh-CN');
    writeFileSync(join(root, 'in.csv'), `${HEADER}\n${[row({}), row({ id: 'B', stage: 'Gewonnen' })].join('\n')}\n`);
    const result = await importIn(root, 'in.csv');
    expect(result.err).toContain('阶段 `Gewonnen`（`Stage` 列）不在 `actuals.import.stages` 中。');
    expect(result.err).toContain('导出文件中有 1 处问题：没有写入任何内容。');
    writeFileSync(join(root, 'in.csv'), `${HEADER}\n${row({})}\n`);
    const ok = await importIn(root, 'in.csv');
    expect(ok.out).toContain('已写入 playbooks/northwind/actuals/2026-02.mdx');
    expect(readFileSync(join(root, 'playbooks/northwind/actuals/2026-02.mdx'), 'utf8')).toContain('title: 截至 2026 年 2 月的实际数据');
  });
});

describe('privacy: nothing of a row reaches the snapshot, the summary or export', () => {
  it('plants a unique string in every column and finds none of them', async () => {
    const root = project(
      MAPPING.replace('segments: { SMB: smb, Mid-Market: mid-market }', 'segments: { SMB: smb, Mid-Market: mid-market, SEGPLANT1: smb }').replace(
        'Closed Lost: lost }',
        'Closed Lost: lost, STAGEPLANT1: qualify }',
      ),
    );
    // The mapped segment and stage values are the playbook's own words: rows may only use those. Every other column
    // carries a planted string, and so do the ids, amounts and dates' neighbours.
    const rows = Array.from({ length: 40 }, (_, i) =>
      [`IDPLANT${i}x`, `"ACCOUNTPLANT${i}, Inc."`, `OWNERPLANT${i}`, i % 2 ? 'SEGPLANT1' : 'SMB', i % 3 ? 'Closed Won' : 'STAGEPLANT1', `${7770000 + i * 13}.37`, '1/5/2026', '2/6/2026'].join(','),
    );
    writeFileSync(join(root, 'opps.csv'), `${HEADER}\n${rows.join('\n')}\n`);
    const result = await importIn(root, 'opps.csv');
    expect(result.code).toBe(0);
    const exported = captureIo(root);
    await run(['export', root], exported);
    const everything = [result.out, result.err, readSnapshot(root, '2026-02').text, exported.out, exported.err].join('\n');
    for (let i = 0; i < 40; i++) {
      for (const planted of [`IDPLANT${i}x`, `ACCOUNTPLANT${i}`, `OWNERPLANT${i}`, `${7770000 + i * 13}.37`]) expect(everything).not.toContain(planted);
    }
  });
});
