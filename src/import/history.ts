/**
 * A stage-history export (`--history`, format §10): Salesforce's
 * OpportunityHistory by default, one row per change of an opportunity. It
 * adds the stages each opportunity of the export went through to what its
 * row says: a lost opportunity's furthest stage is the furthest of them.
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { closest } from '../format/text.ts';
import type { Mapping } from './mapping.ts';
import type { Problems } from './problems.ts';
import { shown, type Rows } from './rows.ts';

export interface HistoryResult {
  /** Data rows of the history file. */
  rows: number;
  /** Rows about an opportunity the export does not have (or has only as an unusable row). */
  unmatched: number;
}

/** Reads the history's rows into the furthest stage of each row of the export. */
export class HistoryReader {
  rows = 0;
  unmatched = 0;
  /** SHA-256 of the file, once read. */
  sha256 = '';
  private readonly mapping: Mapping;
  private readonly ids: ReadonlyMap<string, number>;
  private readonly data: Rows;
  private readonly file: string;
  private readonly problems: Problems;
  private id = -1;
  private stage = -1;
  private width = 0;

  constructor(mapping: Mapping, ids: ReadonlyMap<string, number>, rows: Rows, file: string, problems: Problems) {
    this.mapping = mapping;
    this.ids = ids;
    this.data = rows;
    this.file = file;
    this.problems = problems;
  }

  /** Reads the header: the problems of its columns (none when both are there). */
  header(fields: readonly string[]): Diagnostic[] {
    const names = fields.map((f) => f.trim());
    this.width = fields.length;
    const out: Diagnostic[] = [];
    for (const [field, name] of [
      ['history.id', this.mapping.history.id],
      ['history.stage', this.mapping.history.stage],
    ] as const) {
      const found = names.flatMap((n, i) => (n === name ? [i] : []));
      if (found.length === 1) {
        if (field === 'history.id') this.id = found[0]!;
        else this.stage = found[0]!;
      } else if (found.length > 1) {
        out.push(diagnostic('actuals-column', this.file, { line: 1, column: 1 }, { problem: 'duplicate', column: name, field, positions: found.map((i) => i + 1) }));
      } else {
        out.push(diagnostic('actuals-column', this.file, { line: 1, column: 1 }, { problem: 'missing', column: name, field, suggestion: closest(name, names.filter((n) => n.length <= 200)) }));
      }
    }
    return out;
  }

  row(fields: string[], line: number): void {
    this.rows++;
    if (this.id < 0 || this.stage < 0) return;
    if (fields.length !== this.width) {
      this.problems.add('actuals-row', this.file, line, { problem: 'ragged', fields: fields.length, header: this.width });
      return;
    }
    const index = this.ids.get(fields[this.id]!.trim());
    const stageValue = fields[this.stage]!.trim();
    const target = this.mapping.stageByValue.get(stageValue);
    if (target === undefined) {
      this.problems.add('actuals-row', this.file, line, {
        problem: 'stage',
        column: this.mapping.history.stage,
        value: shown(stageValue),
        suggestion: stageValue.length <= 200 ? closest(stageValue, this.mapping.stageKeys) : undefined,
      });
      return;
    }
    if (index === undefined || index < 0) {
      this.unmatched++;
      return;
    }
    if (target.kind !== 'stage') return;
    const segment = this.mapping.segments[this.data.segment[index]!]!;
    const k = segment.stages.indexOf(target.id);
    if (k < 0) {
      this.problems.add('actuals-row', this.file, line, { problem: 'stage-not-in-process', column: this.mapping.history.stage, value: shown(stageValue), stage: target.id, segment: segment.id, process: segment.process });
      return;
    }
    if (k > this.data.furthest[index]!) this.data.furthest[index] = k;
  }
}
