/**
 * `actuals import` counted again from the rows (format v1.2 §10, "Import
 * from a CRM export"), as an outside tester would: seeded synthetic exports
 * of the three shapes — Salesforce's Opportunity report with OpportunityHistory,
 * HubSpot's deals with `Date entered "…"` columns, and a plain export with the
 * current stage only — are imported through the CLI into a copy of a fixture,
 * and the snapshot's counts are compared with counts made here from the same
 * rows by §10's rules, sharing no code with src/import/:
 * - the cohort is the opportunities created in [from, to];
 * - a row is won or lost when its stage maps to `won` or `lost` and it closed on
 *   or before `to`; otherwise it is open;
 * - a lost one's furthest stage is the furthest of its dated `entered` columns,
 *   its stages in the history file and its current stage when that maps to a
 *   stage id; a lost one with none counts in `lost`, in no `reached`, and in
 *   `source.skipped.lostWithoutStage`;
 * - a won one reached every stage.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.ts';
import { captureIo, fixture } from '../support/helpers.ts';

type Segment = 'SMB' | 'Mid-Market';

/** The CRM's stage names of each segment's process, in order, and the stage ids they map to. */
const CRM_STAGES: Record<Segment, readonly string[]> = { SMB: ['Qualification', 'Quote'], 'Mid-Market': ['Discovery', 'Proof', 'Negotiation'] };
const STAGE_IDS: Record<Segment, readonly string[]> = { SMB: ['qualify', 'close'], 'Mid-Market': ['discover', 'prove', 'close'] };
const SEGMENT_IDS: Record<Segment, string> = { SMB: 'smb', 'Mid-Market': 'mid-market' };

const FROM = '2025-09-01';
const TO = '2026-05-31';
const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const usDate = (day: number) => {
  const d = new Date(day * DAY);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
};

interface Opportunity {
  id: string;
  segment: Segment;
  created: number;
  /** What the CRM says now; a won or lost one that closed after `to` is still open on `to`. */
  outcome: 'won' | 'lost' | 'open';
  /** The close date (expected, for an open one), or null. */
  closed: number | null;
  amount: number;
  /** Indices of the process's stages the opportunity entered, in the order it entered them (skips and steps back included). */
  entered: number[];
}

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/** Opportunities created from two months before FROM to two months after TO, some closing after TO. */
function opportunities(count: number, seed: number): Opportunity[] {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const start = dayOf(FROM) - 60;
  const span = dayOf(TO) + 60 - start;
  return Array.from({ length: count }, (_, i) => {
    const segment: Segment = next() < 0.55 ? 'SMB' : 'Mid-Market';
    const n = CRM_STAGES[segment].length;
    const r = next();
    const outcome = r < 0.3 ? 'won' : r < 0.75 ? 'lost' : 'open';
    // How far it got: a won one went through every stage (its record may still skip some); a lost one may have
    // no stage on record at all (-1).
    const furthest = outcome === 'won' ? n - 1 : pick(n + 1) - 1;
    const entered: number[] = [];
    for (let k = 0; k <= furthest; k++) if (k === furthest || next() < 0.8) entered.push(k);
    // Now and then a step back to an earlier stage after the furthest one.
    if (entered.length > 1 && next() < 0.15) entered.push(entered[0]!);
    const created = start + pick(span);
    const closed = outcome === 'open' ? (next() < 0.5 ? null : created + pick(90)) : created + pick(150);
    return { id: `006${String(seed).padStart(3, '0')}${String(i).padStart(9, '0')}`, segment, created, outcome, closed, amount: 500 + pick(180_000) / 2 + pick(100) / 100, entered };
  });
}

/** The counts of §10 from the opportunities, with `furthestOfLost` giving a lost one's furthest stage (-1: none). */
function expected(list: readonly Opportunity[], from: string, to: string, furthestOfLost: (o: Opportunity) => number) {
  const [first, last] = [dayOf(from), dayOf(to)];
  const skipped = { createdBefore: 0, createdAfter: 0, lostWithoutStage: 0 };
  const segments: Record<string, { opportunities: number; won: number; lost: number; wonAmount: number; cycleDays: number | undefined; reached: Record<string, number> }> = {};
  const cycle: Record<string, number> = {};
  for (const segment of ['SMB', 'Mid-Market'] as const) {
    segments[SEGMENT_IDS[segment]] = { opportunities: 0, won: 0, lost: 0, wonAmount: 0, cycleDays: undefined, reached: Object.fromEntries(STAGE_IDS[segment].map((s) => [s, 0])) };
    cycle[SEGMENT_IDS[segment]] = 0;
  }
  for (const o of list) {
    if (o.created < first) {
      skipped.createdBefore++;
      continue;
    }
    if (o.created > last) {
      skipped.createdAfter++;
      continue;
    }
    const counts = segments[SEGMENT_IDS[o.segment]]!;
    const ids = STAGE_IDS[o.segment];
    counts.opportunities++;
    if (o.outcome === 'open' || o.closed! > last) continue;
    if (o.outcome === 'won') {
      counts.won++;
      counts.wonAmount += o.amount;
      cycle[SEGMENT_IDS[o.segment]]! += o.closed! - o.created;
      for (const id of ids) counts.reached[id]!++;
    } else {
      counts.lost++;
      const furthest = furthestOfLost(o);
      if (furthest < 0) skipped.lostWithoutStage++;
      for (let k = 0; k <= furthest; k++) counts.reached[ids[k]!]!++;
    }
  }
  for (const [id, counts] of Object.entries(segments)) if (counts.won > 0) counts.cycleDays = cycle[id]! / counts.won;
  return { segments, skipped, cohort: list.length - skipped.createdBefore - skipped.createdAfter };
}

/** The furthest stage among the ones entered (a step back does not undo the furthest). */
const furthestEntered = (o: Opportunity) => (o.entered.length === 0 ? -1 : Math.max(...o.entered));

/** The CRM stage an opportunity shows now. */
const currentStage = (o: Opportunity) => (o.outcome === 'won' ? 'Closed Won' : o.outcome === 'lost' ? 'Closed Lost' : CRM_STAGES[o.segment][o.entered.length > 0 ? o.entered[o.entered.length - 1]! : 0]!);

/** A field as RFC 4180 writes it when it must: quoted, with its quotes doubled. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Salesforce's Opportunities report: labels for headers, US dates, amounts like "USD 56,000.00", a BOM and CRLF; account names with commas, quotes and line breaks. */
function salesforceCsv(list: readonly Opportunity[]): string {
  const header = 'Opportunity ID,Account Name,Owner,Segment,Stage,Amount,Created Date,Close Date';
  const rows = list.map((o, i) => {
    const account = i % 7 === 0 ? quoted(`Acme ${i}, Inc.\nPlant "North"`) : quoted(`Account ${i}, LLC`);
    const amount = o.outcome === 'open' && i % 2 === 0 ? '' : quoted(`USD ${o.amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    return [o.id, account, 'Dana Owner', o.segment, currentStage(o), amount, usDate(o.created), o.closed === null ? '' : usDate(o.closed)].join(',');
  });
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

/** OpportunityHistory: a row per stage entered (and per close), plus rows about opportunities the report left out. */
function historyCsv(list: readonly Opportunity[]): string {
  const rows = list.flatMap((o) => [
    ...o.entered.map((k) => [o.id, CRM_STAGES[o.segment][k]!, usDate(o.created)]),
    ...(o.outcome === 'open' ? [] : [[o.id, currentStage(o), usDate(o.closed!)]]),
  ]);
  const others = [
    ['006OTHER00001', 'Proof', '1/2/2026'],
    ['006OTHER00001', 'Closed Lost', '2/2/2026'],
  ];
  return `${['OpportunityId,StageName,Amount,CreatedDate', ...[...rows, ...others].map((r) => [r[0], r[1], '', r[2]].join(','))].join('\r\n')}\r\n`;
}

/** The stage ids with a HubSpot "Date entered" column each (one pipeline holds both processes' stages). */
const ENTERED: Record<string, string> = { qualify: 'Qualification', discover: 'Discovery', prove: 'Proof', close: 'Close' };
const enteredHeader = (stage: string) => `Date entered "${ENTERED[stage]} (Sales Pipeline)"`;

/** HubSpot's deal export: dates with a time, a `Date entered "…"` column per stage (its header quoted with doubled quotes), blank for a stage the deal skipped. */
function hubspotCsv(list: readonly Opportunity[]): string {
  const stages = Object.keys(ENTERED);
  const header = ['Record ID', 'Deal Name', 'Pipeline', 'Deal Stage', 'Amount', 'Create Date', 'Close Date', ...stages.map((s) => quoted(enteredHeader(s)))].join(',');
  const at = (day: number) => `${isoOf(day)} 14:22`;
  const rows = list.map((o) => {
    const ids = STAGE_IDS[o.segment];
    const dates = stages.map((s) => {
      const k = ids.indexOf(s);
      return k >= 0 && o.entered.includes(k) ? at(o.created + k) : '';
    });
    return [o.id, quoted(`Deal ${o.id}, renewal`), o.segment, currentStage(o), o.outcome === 'won' ? o.amount.toFixed(2) : '', at(o.created), o.closed === null ? '' : at(o.closed), ...dates].join(',');
  });
  return `${[header, ...rows].join('\n')}\n`;
}

const SALESFORCE = `actuals:
  import:
    columns: { id: Opportunity ID, segment: Segment, created: Created Date, stage: Stage, closed: Close Date, amount: Amount }
    stages: { Qualification: qualify, Quote: close, Discovery: discover, Proof: prove, Negotiation: close, Closed Won: won, Closed Lost: lost }
    segments: { SMB: smb, Mid-Market: mid-market }
    dateFormat: MM/DD/YYYY
`;

const HUBSPOT = `actuals:
  import:
    columns: { id: Record ID, segment: Pipeline, created: Create Date, stage: Deal Stage, closed: Close Date, amount: Amount }
    stages: { Qualification: qualify, Quote: close, Discovery: discover, Proof: prove, Negotiation: close, Closed Won: won, Closed Lost: lost }
    segments: { SMB: smb, Mid-Market: mid-market }
    entered:
${Object.keys(ENTERED)
  .map((s) => `      ${s}: '${enteredHeader(s)}'`)
  .join('\n')}
`;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project with the actuals fixture's playbook, its snapshots removed and `mapping` added to index.mdx. */
function project(mapping: string): string {
  const root = mkdtempSync(join(tmpdir(), 'playbook-import-counts-'));
  roots.push(root);
  cpSync(fixture('actuals'), root, { recursive: true });
  rmSync(join(root, 'playbooks/northwind/actuals'), { recursive: true });
  const index = join(root, 'playbooks/northwind/index.mdx');
  writeFileSync(index, readFileSync(index, 'utf8').replace('goals:', `${mapping}goals:`));
  return root;
}

/** Runs `actuals import` through the CLI; returns the snapshot it wrote, read with `yaml`. */
async function importSnapshot(root: string, ...args: string[]) {
  const io = captureIo(root);
  const code = await run(['actuals', 'import', 'northwind', ...args, '--from', FROM, '--to', TO, '--root', root], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  const text = readFileSync(join(root, `playbooks/northwind/actuals/${TO.slice(0, 7)}.mdx`), 'utf8');
  return { out: io.out, data: parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Record<string, any> };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The snapshot's counts against the ones made here. */
function sameCounts(got: Record<string, any>, want: ReturnType<typeof expected>): void {
  expect(Object.keys(got.segments).sort()).toEqual(Object.keys(want.segments).sort());
  for (const [id, w] of Object.entries(want.segments)) {
    const g = got.segments[id];
    expect({ id, opportunities: g.opportunities, won: g.won, lost: g.lost, reached: g.reached }).toEqual({ id, opportunities: w.opportunities, won: w.won, lost: w.lost, reached: w.reached });
    expect(Math.abs(g.wonAmount - w.wonAmount), `${id}.wonAmount`).toBeLessThan(1e-6);
    // cycleDays is the mean over the won; the snapshot writes it to a tenth of a day.
    if (w.cycleDays === undefined) expect(g.cycleDays).toBeUndefined();
    else expect(Math.abs(g.cycleDays - w.cycleDays), `${id}.cycleDays`).toBeLessThanOrEqual(0.05 + 1e-9);
  }
  const skipped = (got.source.skipped ?? {}) as Record<string, number>;
  expect({ createdBefore: skipped.createdBefore ?? 0, createdAfter: skipped.createdAfter ?? 0, lostWithoutStage: skipped.lostWithoutStage ?? 0 }).toEqual(want.skipped);
  expect(got.period).toEqual({ from: FROM, to: TO });
}

describe('actuals import, counted again from the rows', () => {
  it('Salesforce with OpportunityHistory: furthest stage of a lost one from its history', async () => {
    const root = project(SALESFORCE);
    const list = opportunities(700, 17);
    writeFileSync(join(root, 'opportunities.csv'), salesforceCsv(list));
    writeFileSync(join(root, 'history.csv'), historyCsv(list));
    const { data } = await importSnapshot(root, 'opportunities.csv', '--history', 'history.csv');
    const want = expected(list, FROM, TO, furthestEntered);
    // The sample exercises every rule: rows outside the period, closes after `to`, lost ones with and without a stage.
    expect(want.skipped.createdBefore * want.skipped.createdAfter * want.skipped.lostWithoutStage).toBeGreaterThan(0);
    expect(list.some((o) => o.outcome !== 'open' && o.created <= dayOf(TO) && o.closed! > dayOf(TO))).toBe(true);
    sameCounts(data, want);
    const historyRows = historyCsv(list).trim().split('\r\n').length - 1;
    expect(data.source).toMatchObject({
      file: 'opportunities.csv',
      rows: list.length,
      sha256: sha256(join(root, 'opportunities.csv')),
      history: { file: 'history.csv', rows: historyRows, sha256: sha256(join(root, 'history.csv')) },
    });
  });

  it('HubSpot with "Date entered" columns: furthest stage of a lost one from the dated columns, skipped stages blank', async () => {
    const root = project(HUBSPOT);
    const list = opportunities(600, 29);
    writeFileSync(join(root, 'deals.csv'), hubspotCsv(list));
    const { data } = await importSnapshot(root, 'deals.csv');
    const want = expected(list, FROM, TO, furthestEntered);
    expect(want.skipped.lostWithoutStage).toBeGreaterThan(0);
    sameCounts(data, want);
    expect(data.source).toMatchObject({ file: 'deals.csv', rows: list.length, sha256: sha256(join(root, 'deals.csv')) });
  });

  it('a plain export (the current stage only): a lost one has no furthest stage, a won one reached every stage, so every conversion is 100% and drifts', async () => {
    const root = project(SALESFORCE);
    const list = opportunities(700, 43);
    writeFileSync(join(root, 'opportunities.csv'), salesforceCsv(list));
    const { data, out } = await importSnapshot(root, 'opportunities.csv');
    // The current stage of a lost one is `Closed Lost`, which maps to `lost`: none of them has a furthest stage.
    const want = expected(list, FROM, TO, () => -1);
    for (const counts of Object.values(want.segments)) expect(Object.values(counts.reached)).toEqual(Object.keys(counts.reached).map(() => counts.won));
    sameCounts(data, want);
    expect(want.skipped.lostWithoutStage).toBe(Object.values(want.segments).reduce((a, c) => a + c.lost, 0));
    expect(data.source).toMatchObject({ file: 'opportunities.csv', rows: list.length, sha256: sha256(join(root, 'opportunities.csv')) });
    expect(data.source.history).toBeUndefined();
    expect(out).toContain('every stage conversion comes out at 100%');
    // The snapshot passes check, and each assumed conversion below 1 on a sample of at least minSample (30) drifts.
    const io = captureIo(root);
    await run(['check', root, '--format', 'json'], io);
    const diagnostics = JSON.parse(io.out) as { severity: string; code: string; file: string; line: number }[];
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const drifted = diagnostics.filter((d) => d.code === 'actuals-drift' && d.file.includes('/processes/')).map((d) => `${d.file}:${d.line}`);
    const conversionLines = (process: string) =>
      readFileSync(join(root, `playbooks/northwind/processes/${process}.mdx`), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/^\s+conversion:/.test(line) ? [`playbooks/northwind/processes/${process}.mdx:${i + 1}`] : []));
    for (const [segment, process] of [
      ['smb', 'velocity'],
      ['mid-market', 'consultative'],
    ] as const) {
      expect(want.segments[segment]!.won).toBeGreaterThanOrEqual(30);
      for (const line of conversionLines(process)) expect(drifted).toContain(line);
    }
  });
});
