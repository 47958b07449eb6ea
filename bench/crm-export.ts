/**
 * A synthetic Salesforce opportunity export for `actuals import` (format
 * §10), shaped as real ones are (content/measuring-the-playbook.mdx, "Export from the CRM"): a
 * report exported as CSV with the fields' labels as headers, every field
 * quoted, UTF-8 with a BOM, CRLF line ends, US dates (MM/DD/YYYY), amounts with
 * a currency code and thousands separators ("USD 56,000.00"), account names
 * with commas and quotes, now and then a multi-line "Next Step". Stages are
 * the CRM's names ("Closed Won", "Closed Lost" and the process's own); the
 * segment is a custom field. Optionally the OpportunityHistory export of the
 * weekly Data Export beside it (API names, ISO timestamps): a row per stage an
 * opportunity entered.
 *
 * Deterministic from a seed. The generator counts what an import must find
 * (per segment: created, won and lost by `to`), so that the bench can check
 * the snapshot the import writes.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRandom, type Random } from './random.ts';

/** A segment as the export sees it: its value in the CRM, its process's stages, its deal size and cycle. */
export interface CrmSegment {
  /** The segment id in the playbook. */
  id: string;
  /** The value of the "Customer Segment" field in the CRM. */
  value: string;
  /** The stages of the segment's process, in order: id, name in the CRM, days. */
  stages: ReadonlyArray<{ id: string; name: string; days: number }>;
  dealSize: number;
  /** Share of the resolved opportunities that are won. */
  winRate: number;
}

export interface ExportSpec {
  rows: number;
  seed: number;
  /** The cohort: every opportunity is created in [from, to] (YYYY-MM-DD). */
  from: string;
  to: string;
  segments: readonly CrmSegment[];
}

/** What the import of the export must count, per segment id. */
export interface ExpectedCounts {
  opportunities: number;
  won: number;
  lost: number;
}

export interface WrittenExport {
  rows: number;
  bytes: number;
  historyRows: number;
  historyBytes: number;
  expected: Record<string, ExpectedCounts>;
}

/** The export's header row: the labels a Salesforce opportunity report carries. */
export const COLUMNS = [
  'Opportunity ID',
  'Opportunity Name',
  'Account Name',
  'Opportunity Owner',
  'Customer Segment',
  'Stage',
  'Amount',
  'Probability (%)',
  'Created Date',
  'Close Date',
  'Type',
  'Next Step',
] as const;

export const HISTORY_COLUMNS = ['OpportunityId', 'StageName', 'Amount', 'CloseDate', 'Probability', 'CreatedDate'] as const;

export const WON = 'Closed Won';
export const LOST = 'Closed Lost';

/** The playbook's `actuals.import` mapping for this export (format §10). */
export function importMapping(segments: readonly CrmSegment[]): Record<string, unknown> {
  const stages: Record<string, string> = {};
  for (const segment of segments) for (const stage of segment.stages) stages[stage.name] = stage.id;
  return {
    columns: { id: 'Opportunity ID', segment: 'Customer Segment', created: 'Created Date', stage: 'Stage', closed: 'Close Date', amount: 'Amount' },
    stages: { ...stages, [WON]: 'won', [LOST]: 'lost' },
    segments: Object.fromEntries(segments.map((s) => [s.value, s.id])),
    dateFormat: 'MM/DD/YYYY',
  };
}

const FIRST = ['James', 'Maria', 'Wei', 'Priya', 'Lukas', 'Sofia', 'Kenji', 'Amara', 'Olivia', 'Mateo', 'Hannah', 'Ravi', 'Chloé', 'Jonas', 'Fatima', 'Noah'];
const LAST = ['Smith', 'García', 'Zhang', 'Patel', 'Müller', 'Rossi', 'Tanaka', 'Okafor', 'Johnson', 'Silva', 'Schmidt', 'Kumar', 'Dubois', 'Berg', 'Haddad', 'Brown'];
const COMPANY = ['Contoso', 'Northwind', 'Fabrikam', 'Tailspin', 'Wingtip', 'Litware', 'Proseware', 'Woodgrove', 'Alpine', 'Coho', 'Lucerne', 'Margie', 'Adatum', 'Fourth Coffee', 'Trey', 'Humongous'];
const SUFFIX = ['Inc.', 'Ltd.', 'GmbH', 'Group', 'Holdings', 'Industries', 'AG', 'S.A.', 'Corp.', 'LLC'];
const PRODUCT = ['Essentials', 'Enterprise', 'Connect', 'Quickstart', 'Premier Success', 'Managed Operations', 'Energy Audit', 'Training'];
const TYPES = ['New Customer', 'Existing Customer - Upgrade', 'Existing Customer - Renewal'];
const STEPS = ['Send proposal', 'Call the CFO', 'Demo for the plant team', 'Legal review, then signature', 'Schedule workshop\nwith operations'];

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const pad = (n: number) => String(n).padStart(2, '0');
const usDates = new Map<number, string>();
/** MM/DD/YYYY of a UTC day (ms), cached: a million rows have a few hundred distinct days. */
function usDate(ms: number): string {
  let text = usDates.get(ms);
  if (text === undefined) {
    const d = new Date(ms);
    text = `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
    usDates.set(ms, text);
  }
  return text;
}
/** Salesforce's API timestamp (Data Export), at a time of day from the id. */
function apiTime(ms: number, seconds: number): string {
  return new Date(ms + (seconds % 86_400) * 1000).toISOString().replace('Z', '+0000');
}
/** "USD 56,000.00" (Intl is too slow for a million rows). */
function money(n: number): string {
  const cents = Math.round(n * 100);
  const whole = String(Math.floor(cents / 100));
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) grouped = `${end > 3 ? ',' : ''}${whole.slice(Math.max(0, end - 3), end)}${grouped}`;
  return `USD ${grouped}.${pad(cents % 100)}`;
}
/** A CSV field as Salesforce writes it: always quoted, quotes doubled. */
const field = (value: string) => `"${value.includes('"') ? value.replaceAll('"', '""') : value}"`;
const line = (values: readonly string[]) => `${values.map(field).join(',')}\r\n`;

/**
 * An 18-character Salesforce id from a counter: the key prefix (`006` for an
 * opportunity), a pod and zeros, six base-62 digits, and three suffix letters
 * (in Salesforce a checksum of the case; here from the digits).
 */
export function salesforceId(prefix: string, n: number): string {
  const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  const suffix = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
  let body = '';
  for (let v = n, i = 0; i < 6; i++, v = Math.floor(v / 62)) body = digits[v % 62]! + body;
  const check = [0, 1, 2].map((k) => suffix[(n >>> (k * 5)) & 31]).join('');
  return `${prefix}5g0000${body}${check}`;
}

function accountName(random: Random): string {
  const name = `${random.pick(COMPANY)} ${random.pick(SUFFIX)}`;
  // Some account names carry a comma or quotes, as real ones do.
  if (random.chance(0.05)) return `${random.pick(COMPANY)}, ${random.pick(SUFFIX)}`;
  if (random.chance(0.01)) return `"${random.pick(COMPANY)}" ${random.pick(SUFFIX)}`;
  return name;
}

/**
 * Writes the export to `file` (and the history to `historyFile` when given),
 * in chunks so that a million rows need little memory.
 */
export function writeSalesforceExport(file: string, spec: ExportSpec, historyFile?: string): WrittenExport {
  if (spec.segments.length === 0) throw new Error('An export needs at least one segment.');
  const random = createRandom(spec.seed);
  const from = dayOf(spec.from);
  const to = dayOf(spec.to);
  const span = Math.floor((to - from) / DAY) + 1;
  const owners = Array.from({ length: 120 }, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`);
  const expected: Record<string, ExpectedCounts> = Object.fromEntries(spec.segments.map((s) => [s.id, { opportunities: 0, won: 0, lost: 0 }]));
  const out = openSync(file, 'w');
  const history = historyFile ? openSync(historyFile, 'w') : null;
  const written: WrittenExport = { rows: 0, bytes: 0, historyRows: 0, historyBytes: 0, expected };
  let chunk = `\uFEFF${line(COLUMNS)}`;
  let historyChunk = history ? `\uFEFF${line(HISTORY_COLUMNS)}` : '';
  const flush = (force: boolean) => {
    if (chunk.length > 1 << 20 || force) {
      written.bytes += writeSync(out, chunk);
      chunk = '';
    }
    if (history && (historyChunk.length > 1 << 20 || force)) {
      written.historyBytes += writeSync(history, historyChunk);
      historyChunk = '';
    }
  };
  try {
    for (let i = 0; i < spec.rows; i++) {
      const segment = spec.segments[random.int(0, spec.segments.length - 1)]!;
      const stages = segment.stages;
      const created = from + random.int(0, span - 1) * DAY;
      const cycleDays = Math.max(3, Math.round(stages.reduce((sum, s) => sum + s.days, 0) * (0.4 + random.next() * 1.4)));
      const closeDay = created + cycleDays * DAY;
      const resolved = closeDay <= to;
      const won = resolved && random.chance(segment.winRate);
      // The furthest stage reached: every stage for a won one, any for a lost or open one (early ones more often).
      const furthest = won ? stages.length - 1 : Math.min(stages.length - 1, Math.floor(random.next() ** 1.6 * stages.length));
      const stage = won ? WON : resolved ? LOST : stages[furthest]!.name;
      const amount = Math.round(segment.dealSize * (0.35 + random.next() * 1.6) * 100) / 100;
      const probability = won ? 100 : resolved ? 0 : Math.round(((furthest + 1) / (stages.length + 1)) * 90);
      const id = salesforceId('006', i);
      const account = accountName(random);
      const count = expected[segment.id]!;
      count.opportunities++;
      if (won) count.won++;
      else if (resolved) count.lost++;
      chunk += line([
        id,
        `${account.slice(0, account.search(/[ ,]/) >>> 0).replaceAll('"', '')} - ${random.pick(PRODUCT)}`,
        account,
        random.pick(owners),
        segment.value,
        stage,
        money(amount),
        String(probability),
        usDate(created),
        usDate(closeDay),
        random.pick(TYPES),
        resolved || !random.chance(0.2) ? '' : random.pick(STEPS),
      ]);
      written.rows++;
      if (history) {
        // A row each time the stage changed: the stages up to the furthest, then the closing one.
        const perStage = Math.max(1, Math.floor(cycleDays / (furthest + 2)));
        for (let k = 0; k <= furthest; k++) {
          historyChunk += line([id, stages[k]!.name, amount.toFixed(2), new Date(closeDay).toISOString().slice(0, 10), String(Math.round(((k + 1) / (stages.length + 1)) * 90)), apiTime(created + k * perStage * DAY, i)]);
          written.historyRows++;
        }
        if (resolved) {
          historyChunk += line([id, stage, amount.toFixed(2), new Date(closeDay).toISOString().slice(0, 10), won ? '100' : '0', apiTime(closeDay, i)]);
          written.historyRows++;
        }
      }
      flush(false);
    }
    flush(true);
  } finally {
    closeSync(out);
    if (history) closeSync(history);
  }
  return written;
}
