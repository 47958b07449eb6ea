/**
 * Synthetic CRM exports (format v1.2 §10; the exports content/measuring-the-playbook.mdx describes):
 * seeded opportunities that move through a segment's stages at given true
 * rates, written the way Salesforce (Opportunity report + OpportunityHistory)
 * and HubSpot (deals with "Date entered …" columns) export them. Used by
 * scripts/make-crm-exports.ts for the examples and by bench/actuals-import.ts
 * for a million-row export. Every name in them is made up.
 */
import { createWriteStream } from 'node:fs';

/** A deterministic stream of numbers in [0, 1) (an LCG: the same seed, the same export, on every machine). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** What is really true of one segment in the CRM. */
export interface SegmentTruth {
  /** The CRM's value for the segment (a Salesforce `Type`, a HubSpot pipeline). */
  value: string;
  /** Share of the opportunities created. */
  weight: number;
  /** The CRM's stage names, in the order of the process. */
  stages: readonly string[];
  /** Per stage: the share of those that reach it that go on (the last: that close won). */
  conversions: readonly number[];
  /** Mean won amount, and its spread (a share of the mean). */
  dealSize: number;
  dealSpread: number;
  /** Mean days from created to won. */
  cycleDays: number;
}

export interface ExportSpec {
  seed: number;
  /** First day opportunities are created (UTC). */
  from: string;
  /** The day of the export: later closes are still open, and their stage is where they stand on this day. */
  exportDay: string;
  opportunities: number;
  segments: readonly SegmentTruth[];
  /** Optional spikes: extra weight for opportunities created in these months (`YYYY-MM` → multiplier). */
  spikes?: Readonly<Record<string, number>>;
}

export interface Opportunity {
  index: number;
  segment: SegmentTruth;
  created: number;
  /** The day each stage was entered (index = stage), as far as it got by the export day. */
  entered: number[];
  outcome: 'won' | 'lost' | 'open';
  closed: number | null;
  amount: number;
}

const DAY = 86_400_000;
export const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
export const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const usDate = (day: number) => {
  const d = new Date(day * DAY);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
};

/** The opportunities of an export, one at a time. */
export function* opportunities(spec: ExportSpec): Generator<Opportunity> {
  const next = random(spec.seed);
  const first = dayOf(spec.from);
  const exportDay = dayOf(spec.exportDay);
  const span = exportDay - first;
  const totalWeight = spec.segments.reduce((s, seg) => s + seg.weight, 0);
  // Creation days follow the spikes: draw a day, keep it with probability weight / max weight.
  const spikes = spec.spikes ?? {};
  const maxSpike = Math.max(1, ...Object.values(spikes));
  const createdDay = () => {
    for (;;) {
      const day = first + Math.floor(next() * span);
      const w = spikes[isoOf(day).slice(0, 7)] ?? 1;
      if (next() * maxSpike < w) return day;
    }
  };
  for (let index = 0; index < spec.opportunities; index++) {
    let pick = next() * totalWeight;
    const segment = spec.segments.find((s) => (pick -= s.weight) < 0) ?? spec.segments[spec.segments.length - 1]!;
    const created = createdDay();
    const n = segment.stages.length;
    // Each stage takes a share of the cycle, with some noise; a lost deal leaves during the stage it stops in.
    const stageDays = () => Math.max(1, Math.round((segment.cycleDays / n) * (0.5 + next())));
    const entered = [created];
    let day = created;
    let outcome: 'won' | 'lost' = 'won';
    let closed = created;
    for (let k = 0; k < n; k++) {
      const duration = stageDays();
      if (next() >= segment.conversions[k]!) {
        outcome = 'lost';
        closed = day + Math.max(1, Math.round(duration * next()));
        break;
      }
      day += duration;
      if (k < n - 1) entered.push(day);
      closed = day;
    }
    // As it stood on the export day: a deal that closes later is open, at the last stage it had entered by then.
    const open = closed > exportDay;
    const seen = entered.filter((d) => d <= exportDay);
    const amount = Math.max(100, Math.round(segment.dealSize * (1 + segment.dealSpread * (next() + next() + next() - 1.5)) / 100) * 100);
    yield { index, segment, created, entered: seen, outcome: open ? 'open' : outcome, closed: open ? null : closed, amount };
  }
}

/** Made-up account and owner names: every row has some, as real exports do (they must never reach a snapshot). */
const ACCOUNT_WORDS = ['Acme', 'Borealis', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Ionic', 'Juniper', 'Keystone', 'Lumen'];
const OWNERS = ['Dana Whitfield', 'Sam Ortiz', 'Priya Nair', 'Chris Baker', 'Jo Kim'];

const csv = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** Salesforce: an Opportunity report with labels, US dates and amounts with a currency code. */
export const SALESFORCE_HEADER = ['Opportunity ID', 'Opportunity Name', 'Account Name', 'Opportunity Owner', 'Customer Segment', 'Stage', 'Amount', 'Probability (%)', 'Created Date', 'Close Date', 'Lead Source'];

export function salesforceId(o: Opportunity): string {
  // 18 characters, as Salesforce exports them (the 15-character form differs only by its case-safe suffix).
  return `0065g0${String(o.index).padStart(9, '0')}AAA`;
}

export function salesforceRow(o: Opportunity, currency: string): string {
  const last = o.segment.stages[o.entered.length - 1]!;
  const stage = o.outcome === 'won' ? 'Closed Won' : o.outcome === 'lost' ? 'Closed Lost' : last;
  const account = `${ACCOUNT_WORDS[o.index % ACCOUNT_WORDS.length]} ${ACCOUNT_WORDS[(o.index >> 4) % ACCOUNT_WORDS.length]} ${o.index % 997}, Inc.`;
  // An open deal's close date is the one expected: a few weeks after the export.
  const close = o.closed ?? o.created + o.segment.cycleDays + 30;
  const probability = o.outcome === 'won' ? 100 : o.outcome === 'lost' ? 0 : Math.round((100 * o.entered.length) / (o.segment.stages.length + 1));
  return [
    salesforceId(o),
    csv(`${account} - ${o.segment.value}`),
    csv(account),
    OWNERS[o.index % OWNERS.length]!,
    o.segment.value,
    stage,
    o.outcome === 'won' ? csv(`${currency} ${o.amount.toLocaleString('en-US')}.00`) : '',
    String(probability),
    usDate(o.created),
    usDate(close),
    ['Web', 'Partner', 'Event', 'Outbound'][o.index % 4]!,
  ].join(',');
}

/** Salesforce's OpportunityHistory: a row for every stage entered, and one for the close. */
export const HISTORY_HEADER = ['OpportunityId', 'StageName', 'Amount', 'CloseDate', 'Probability', 'CreatedDate'];

export function historyRows(o: Opportunity): string[] {
  const rows = o.entered.map((day, k) => [salesforceId(o), o.segment.stages[k]!, '', '', '', `${isoOf(day)}T09:00:00.000Z`].join(','));
  if (o.outcome !== 'open') rows.push([salesforceId(o), o.outcome === 'won' ? 'Closed Won' : 'Closed Lost', o.outcome === 'won' ? String(o.amount) : '', isoOf(o.closed!), o.outcome === 'won' ? '100' : '0', `${isoOf(o.closed!)}T17:00:00.000Z`].join(','));
  return rows;
}

/** How a HubSpot portal labels its export: the columns, the closed stages, the "Date entered" columns. */
export interface HubSpotLabels {
  columns: readonly [id: string, name: string, pipeline: string, stage: string, amount: string, created: string, closed: string, owner: string];
  won: string;
  lost: string;
  /** The header of a stage's "Date entered" column: `Date entered "Discovery (Sales Pipeline)"`. */
  entered: (stage: string, pipeline: string) => string;
  /** The pipeline each segment is sold in. */
  pipeline: (segment: SegmentTruth) => string;
}

export const HUBSPOT_EN: HubSpotLabels = {
  columns: ['Record ID', 'Deal Name', 'Pipeline', 'Deal Stage', 'Amount', 'Create Date', 'Close Date', 'Deal owner'],
  won: 'Closed won',
  lost: 'Closed lost',
  entered: (stage, pipeline) => `Date entered "${stage} (${pipeline})"`,
  pipeline: (segment) => segment.value,
};

/** HubSpot: deals with labels, dates with a time, and a "Date entered …" column per stage of every pipeline. */
export function hubspotHeader(segments: readonly SegmentTruth[], labels: HubSpotLabels): string[] {
  return [...labels.columns, ...segments.flatMap((seg) => seg.stages.map((stage) => csv(labels.entered(stage, labels.pipeline(seg)))))];
}

export function hubspotRow(o: Opportunity, segments: readonly SegmentTruth[], labels: HubSpotLabels): string {
  const time = (day: number) => `${isoOf(day)} ${String(9 + (o.index % 8)).padStart(2, '0')}:${String((o.index * 7) % 60).padStart(2, '0')}`;
  const stage = o.outcome === 'won' ? labels.won : o.outcome === 'lost' ? labels.lost : o.segment.stages[o.entered.length - 1]!;
  // A deal has dates only in the columns of its own pipeline, and only for the stages it entered.
  const entered = segments.flatMap((seg) => seg.stages.map((_, k) => (seg === o.segment && k < o.entered.length ? time(o.entered[k]!) : '')));
  return [
    String(9_000_000_000 + o.index),
    csv(`${ACCOUNT_WORDS[o.index % ACCOUNT_WORDS.length]}${o.index % 991} ${o.segment.value}`),
    csv(labels.pipeline(o.segment)),
    csv(stage),
    o.outcome === 'won' ? String(o.amount) : '',
    time(o.created),
    o.closed === null ? '' : time(o.closed),
    OWNERS[o.index % OWNERS.length]!,
    ...entered,
  ].join(',');
}

/** Writes lines to a file in large pieces; resolves when it is on disk. */
export async function writeLines(path: string, lines: Iterable<string>, bom = false): Promise<number> {
  const out = createWriteStream(path);
  let buffer = bom ? '\uFEFF' : '';
  let count = 0;
  for (const line of lines) {
    buffer += `${line}\r\n`;
    count++;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
  return count;
}
