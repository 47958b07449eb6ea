import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLUMNS, HISTORY_COLUMNS, importMapping, LOST, salesforceId, WON, writeSalesforceExport, type CrmSegment, type ExportSpec } from '../../bench/crm-export.ts';

const dir = mkdtempSync(join(tmpdir(), 'playbook-bench-crm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SEGMENTS: CrmSegment[] = [
  {
    id: 'smb',
    value: 'Growing manufacturers',
    stages: [
      { id: 'qualify', name: 'Qualify', days: 10 },
      { id: 'quote', name: 'Demo and quote', days: 15 },
      { id: 'close', name: 'Close', days: 5 },
    ],
    dealSize: 24_000,
    winRate: 0.3,
  },
  {
    id: 'enterprise',
    value: 'Enterprise distributors, EMEA',
    stages: [
      { id: 'discover', name: 'Discovery', days: 30 },
      { id: 'validate', name: 'Solution validation', days: 40 },
      { id: 'propose', name: 'Business case and proposal', days: 30 },
      { id: 'negotiate', name: 'Negotiate and close', days: 20 },
    ],
    dealSize: 180_000,
    winRate: 0.2,
  },
];
const SPEC: ExportSpec = { rows: 3000, seed: 11, from: '2025-01-01', to: '2025-12-31', segments: SEGMENTS };

/** RFC 4180 records (quoted fields with commas, doubled quotes and line breaks; CRLF), for checking the generator's output. */
function records(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (value += '"'), i++;
      else if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(value), (value = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(value), rows.push(row), (row = []), (value = ''), i++;
    else value += c;
  }
  if (value || row.length) throw new Error('The file does not end with CRLF.');
  return rows;
}

const usDay = (date: string) => {
  const [m, d, y] = date.split('/');
  return `${y}-${m}-${d}`;
};

const file = join(dir, 'opportunities.csv');
const history = join(dir, 'history.csv');
const written = writeSalesforceExport(file, SPEC, history);
const text = readFileSync(file, 'utf8');
const [header, ...rows] = records(text.slice(1));

describe('the Salesforce-shaped export of the bench', () => {
  it('is a report export: BOM, the labels as headers, every field quoted, CRLF, one record per opportunity', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(header).toEqual([...COLUMNS]);
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(COLUMNS.map((c) => `"${c}"`).join(','));
    expect(rows).toHaveLength(SPEC.rows);
    expect(written.rows).toBe(SPEC.rows);
    expect(written.bytes).toBe(Buffer.byteLength(text));
    expect(rows.every((r) => r.length === COLUMNS.length)).toBe(true);
    const ids = rows.map((r) => r[0]!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^006[0-9A-Za-z]{15}$/.test(id))).toBe(true);
  });

  it('carries what real exports do: US dates, amounts with a currency code and separators, commas, quotes and line breaks inside fields', () => {
    const at = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name);
    expect(rows.every((r) => /^\d{2}\/\d{2}\/\d{4}$/.test(r[at('Created Date')]!) && /^\d{2}\/\d{2}\/\d{4}$/.test(r[at('Close Date')]!))).toBe(true);
    expect(rows.every((r) => /^USD \d{1,3}(,\d{3})*\.\d{2}$/.test(r[at('Amount')]!))).toBe(true);
    expect(rows.some((r) => r[at('Account Name')]!.includes(','))).toBe(true);
    expect(rows.some((r) => r[at('Account Name')]!.includes('"'))).toBe(true);
    expect(rows.some((r) => r[at('Next Step')]!.includes('\n'))).toBe(true);
    expect(rows.some((r) => Number(r[at('Amount')]!.replace(/[^\d.]/g, '')) >= 1000)).toBe(true);
  });

  it('counts per segment what an import must find: created in the period, won and lost by its end', () => {
    const at = (name: (typeof COLUMNS)[number]) => COLUMNS.indexOf(name);
    const mapping = importMapping(SEGMENTS) as { stages: Record<string, string>; segments: Record<string, string> };
    const counted: Record<string, { opportunities: number; won: number; lost: number }> = {};
    for (const r of rows) {
      const segment = mapping.segments[r[at('Customer Segment')]!]!;
      expect(segment).toBeDefined();
      const stage = mapping.stages[r[at('Stage')]!];
      expect(stage).toBeDefined();
      const created = usDay(r[at('Created Date')]!);
      const closed = usDay(r[at('Close Date')]!);
      expect(created >= SPEC.from && created <= SPEC.to).toBe(true);
      expect(closed >= created).toBe(true);
      const c = (counted[segment] ??= { opportunities: 0, won: 0, lost: 0 });
      c.opportunities++;
      if (stage === 'won' && closed <= SPEC.to) c.won++;
      if (stage === 'lost' && closed <= SPEC.to) c.lost++;
    }
    expect(written.expected).toEqual(counted);
    for (const c of Object.values(counted)) {
      expect(c.won).toBeGreaterThan(0);
      expect(c.lost).toBeGreaterThan(0);
      expect(c.opportunities).toBeGreaterThan(c.won + c.lost);
    }
  });

  it('maps every stage of the CRM to a stage of the process, won or lost', () => {
    const mapping = importMapping(SEGMENTS) as { columns: Record<string, string>; stages: Record<string, string>; dateFormat: string };
    expect(mapping.stages[WON]).toBe('won');
    expect(mapping.stages[LOST]).toBe('lost');
    expect(mapping.stages['Solution validation']).toBe('validate');
    expect(Object.values(mapping.columns).every((column) => (COLUMNS as readonly string[]).includes(column))).toBe(true);
    expect(mapping.dateFormat).toBe('MM/DD/YYYY');
  });

  it('writes an OpportunityHistory whose rows name opportunities of the export and stages of the mapping', () => {
    const historyText = readFileSync(history, 'utf8');
    const [head, ...changes] = records(historyText.slice(1));
    expect(head).toEqual([...HISTORY_COLUMNS]);
    expect(changes).toHaveLength(written.historyRows);
    expect(changes.length).toBeGreaterThan(rows.length);
    const ids = new Set(rows.map((r) => r[0]));
    const stages = importMapping(SEGMENTS).stages as Record<string, string>;
    expect(changes.every((c) => ids.has(c[0]) && c[1]! in stages)).toBe(true);
    expect(changes.every((c) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$/.test(c[5]!))).toBe(true);
  });

  it('writes the same bytes from the same seed, and ids that differ by counter', () => {
    const again = join(dir, 'again.csv');
    writeSalesforceExport(again, SPEC);
    const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(hash(again)).toBe(hash(file));
    expect(salesforceId('006', 1)).not.toBe(salesforceId('006', 2));
    expect(salesforceId('006', 62 ** 6 - 1)).toHaveLength(18);
  });
});
