/**
 * The rows of a CRM export, checked and kept in a compact form: per row the
 * segment, the created and closed days, the outcome, the furthest stage it is
 * known to have reached and the amount — typed arrays, never the row's text.
 * The opportunity id is kept only as the key of a map, for duplicates and for
 * the history export to find its row. Every unusable row is an `actuals-row`
 * at its line (format §10).
 */
import { summarize } from '../diagnostics/context.ts';
import type { RowParams } from '../diagnostics/messages/actuals-import.ts';
import { closest } from '../format/text.ts';
import type { Mapping } from './mapping.ts';
import type { Problems } from './problems.ts';
import { parseAmount, parseDay } from './values.ts';

export const OPEN = 0;
export const WON = 1;
export const LOST = 2;
/** No closed date (an open opportunity without an expected close date). */
export const NO_DAY = -2147483648;

/** A value from a row as a message shows it: shortened, and never looked at further when it is huge. */
export const shown = (value: string): string => {
  const summary = summarize(value);
  return summary.type === 'string' ? summary.text : '';
};

/** The closest mapping key, for a value short enough to compare (a 10 MB field is no typo). */
const near = (value: string, keys: readonly string[]) => (value.length <= 200 ? closest(value, keys) : undefined);

/** Growable typed columns, one entry per usable row. */
export class Rows {
  count = 0;
  segment = new Uint16Array(1024);
  created = new Int32Array(1024);
  closed = new Int32Array(1024);
  outcome = new Uint8Array(1024);
  furthest = new Int16Array(1024);
  amount = new Float64Array(1024);
  /** The line the row starts on. */
  line = new Int32Array(1024);

  add(segment: number, created: number, closed: number, outcome: number, furthest: number, amount: number, line: number): number {
    if (this.count === this.segment.length) this.grow();
    const i = this.count++;
    this.segment[i] = segment;
    this.created[i] = created;
    this.closed[i] = closed;
    this.outcome[i] = outcome;
    this.furthest[i] = furthest;
    this.amount[i] = amount;
    this.line[i] = line;
    return i;
  }

  private grow(): void {
    const size = this.segment.length * 2;
    const bigger = <T extends Uint16Array | Int32Array | Uint8Array | Int16Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.segment = bigger(this.segment);
    this.created = bigger(this.created);
    this.closed = bigger(this.closed);
    this.outcome = bigger(this.outcome);
    this.furthest = bigger(this.furthest);
    this.amount = bigger(this.amount);
    this.line = bigger(this.line);
  }
}

/** Column positions of the export, by mapping key. */
export interface ExportColumns {
  id: number;
  segment: number;
  created: number;
  stage: number;
  closed: number | undefined;
  amount: number | undefined;
  /** Per `entered` column: its position, and the stage's index in each mapped segment's process (−1 when it has no such stage). */
  entered: { position: number; indexBySegment: number[] }[];
}

/** Reads the data rows of an export into `Rows`, reporting the ones that cannot be used. */
export class ExportReader {
  readonly rows = new Rows();
  /** Opportunity id → its row index (a usable row), or minus the line it is on (a row with problems): one map for both. */
  readonly ids = new Map<string, number>();
  dataRows = 0;
  private readonly mapping: Mapping;
  private readonly columns: ExportColumns;
  private readonly width: number;
  private readonly file: string;
  private readonly problems: Problems;

  constructor(mapping: Mapping, columns: ExportColumns, width: number, file: string, problems: Problems) {
    this.mapping = mapping;
    this.columns = columns;
    this.width = width;
    this.file = file;
    this.problems = problems;
  }

  private report(line: number, params: RowParams): void {
    this.problems.add('actuals-row', this.file, line, params);
  }

  /** One data row (the hot path of a million-row import: no closures, no regular expressions but the dates'). */
  row(fields: string[], line: number): void {
    this.dataRows++;
    const { mapping, columns: c } = this;
    const names = mapping.columns;
    if (fields.length !== this.width) {
      this.report(line, { problem: 'ragged', fields: fields.length, header: this.width });
      return;
    }
    let usable = true;

    const id = fields[c.id]!.trim();
    const seen = id === '' ? undefined : this.ids.get(id);
    if (id === '') usable = this.fail(line, { problem: 'no-id', column: names.id });
    else if (seen !== undefined) usable = this.fail(line, { problem: 'duplicate-id', column: names.id, firstLine: seen >= 0 ? this.rows.line[seen]! : -seen });

    const segmentValue = fields[c.segment]!.trim();
    const segment = mapping.segmentByValue.get(segmentValue);
    if (segment === undefined) usable = this.fail(line, { problem: 'segment', column: names.segment, value: shown(segmentValue), suggestion: near(segmentValue, mapping.segmentKeys) });

    const stageValue = fields[c.stage]!.trim();
    const target = mapping.stageByValue.get(stageValue);
    let current = -1;
    if (target === undefined) usable = this.fail(line, { problem: 'stage', column: names.stage, value: shown(stageValue), suggestion: near(stageValue, mapping.stageKeys) });
    else if (target.kind === 'stage' && segment !== undefined) {
      const mapped = mapping.segments[segment]!;
      current = mapped.stages.indexOf(target.id);
      if (current < 0) usable = this.fail(line, { problem: 'stage-not-in-process', column: names.stage, value: shown(stageValue), stage: target.id, segment: mapped.id, process: mapped.process });
    }
    const outcome = target === undefined ? OPEN : target.kind === 'won' ? WON : target.kind === 'lost' ? LOST : OPEN;

    const createdText = fields[c.created]!;
    const created = parseDay(createdText, mapping.dateFormat);
    if (created === null) usable = this.fail(line, { problem: 'date', column: names.created, value: shown(createdText), expected: mapping.dateFormat });

    // An open deal's close date is only the expected one (HubSpot and Salesforce keep it in the same column): it is never
    // used, so a rep's guess that is unreadable or before the creation does not stop the import.
    const closedText = c.closed === undefined || outcome === OPEN ? '' : fields[c.closed]!.trim();
    let closed = NO_DAY;
    if (closedText !== '') {
      const day = parseDay(closedText, mapping.dateFormat);
      if (day === null) usable = this.fail(line, { problem: 'date', column: names.closed, value: shown(closedText), expected: mapping.dateFormat });
      else closed = day;
    } else if (outcome !== OPEN) {
      usable = this.fail(line, c.closed === undefined ? { problem: 'no-closed' } : { problem: 'no-closed', column: names.closed });
    }
    if (created !== null && closed !== NO_DAY && closed < created) usable = this.fail(line, { problem: 'closed-before-created', column: names.closed });

    let amount = 0;
    if (outcome === WON) {
      const amountText = c.amount === undefined ? '' : fields[c.amount]!.trim();
      if (amountText === '') usable = this.fail(line, c.amount === undefined ? { problem: 'no-amount' } : { problem: 'no-amount', column: names.amount });
      else {
        const read = parseAmount(amountText, mapping.decimal);
        if (read.ok) amount = read.value;
        else if (read.negative) usable = this.fail(line, { problem: 'negative', column: names.amount, value: shown(amountText) });
        else usable = this.fail(line, { problem: 'amount', column: names.amount, value: shown(amountText), expected: mapping.decimal, ...(read.other ? { suggestion: read.other } : {}) });
      }
    }

    // The furthest stage it is known to have entered: its dated `entered` columns and its current stage.
    let furthest = current;
    for (let e = 0; e < c.entered.length; e++) {
      const entered = c.entered[e]!;
      const text = fields[entered.position]!;
      if (text === '' || text.trim() === '') continue;
      if (parseDay(text, mapping.dateFormat) === null) {
        usable = this.fail(line, { problem: 'date', column: mapping.entered[e]!.column, value: shown(text.trim()), expected: mapping.dateFormat });
        continue;
      }
      const k = segment === undefined ? -1 : entered.indexBySegment[segment]!;
      if (k > furthest) furthest = k;
    }

    if (id === '' || seen !== undefined) return;
    this.ids.set(id, usable ? this.rows.add(segment!, created!, closed, outcome, furthest, amount, line) : -line);
  }

  /** Reports a problem of a row; false, for `usable`. */
  private fail(line: number, params: RowParams): false {
    this.report(line, params);
    return false;
  }
}
