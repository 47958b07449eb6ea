/**
 * The playbook's `actuals.import` (format §10) made ready to read an
 * export with: lookups from CRM values to segments and stages, each mapped
 * segment with its process's stages, and the export's header resolved to
 * column positions (`actuals-column` for a mapped column that is missing or
 * appears twice).
 */
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { closest } from '../format/text.ts';
import { byId, type CompletePlaybook } from '../model/graph.ts';
import { DEFAULT_HISTORY_COLUMNS, type DateFormat, type ImportMapping } from '../schema/index.ts';

/** What a CRM stage value means. */
export type StageTarget = { kind: 'won' } | { kind: 'lost' } | { kind: 'stage'; id: string };

export interface MappedSegment {
  id: string;
  process: string;
  /** The stage ids of its process, in order. */
  stages: readonly string[];
}

export interface Mapping {
  /** CRM segment value (trimmed) → index into `segments`. */
  segmentByValue: ReadonlyMap<string, number>;
  /** Every segment the mapping names, in the playbook's order. */
  segments: readonly MappedSegment[];
  /** CRM stage value (trimmed) → what it means. */
  stageByValue: ReadonlyMap<string, StageTarget>;
  /** The mapping's keys, for "the closest key" in messages. */
  segmentKeys: readonly string[];
  stageKeys: readonly string[];
  columns: ImportMapping['columns'];
  /** `entered` as a list: stage id → header. */
  entered: readonly { stage: string; column: string }[];
  history: { id: string; stage: string };
  dateFormat: DateFormat;
  decimal: '.' | ',';
}

/** The mapping of a checked playbook (its segments and processes exist: `check` reports the others). */
export function prepareMapping(playbook: CompletePlaybook, mapping: ImportMapping): Mapping {
  const wanted = new Set(Object.values(mapping.segments));
  const segments: MappedSegment[] = [];
  for (const segment of playbook.segments) {
    if (!wanted.has(segment.id)) continue;
    const process = byId(playbook.processes, segment.data.process);
    segments.push({ id: segment.id, process: segment.data.process, stages: process?.data.stages.map((s) => s.id) ?? [] });
  }
  const index = new Map(segments.map((s, i) => [s.id, i]));
  const segmentByValue = new Map<string, number>();
  for (const [value, id] of Object.entries(mapping.segments)) {
    const i = index.get(id);
    if (i !== undefined) segmentByValue.set(value.trim(), i);
  }
  const stageByValue = new Map<string, StageTarget>();
  for (const [value, target] of Object.entries(mapping.stages)) {
    stageByValue.set(value.trim(), target === 'won' ? { kind: 'won' } : target === 'lost' ? { kind: 'lost' } : { kind: 'stage', id: target });
  }
  return {
    segmentByValue,
    segments,
    stageByValue,
    segmentKeys: Object.keys(mapping.segments),
    stageKeys: Object.keys(mapping.stages),
    columns: mapping.columns,
    entered: Object.entries(mapping.entered ?? {}).map(([stage, column]) => ({ stage, column })),
    history: mapping.history ?? { ...DEFAULT_HISTORY_COLUMNS },
    dateFormat: mapping.dateFormat,
    decimal: mapping.decimal,
  };
}

/** A column the mapping reads, by the mapping key that names it (`columns.amount`, `entered.discover`, `history.id`). */
export interface WantedColumn {
  field: string;
  header: string;
}

/**
 * The positions of the wanted columns in a header (names compared after trimming); `actuals-column` at line 1 of
 * the file for each one that is missing, or that the header has more than once.
 */
export function resolveHeader(header: readonly string[], wanted: readonly WantedColumn[], file: string): { positions: Map<string, number>; problems: Diagnostic[] } {
  const names = header.map((h) => h.trim());
  const positions = new Map<string, number>();
  const problems: Diagnostic[] = [];
  const at = { line: 1, column: 1 };
  for (const { field, header: name } of wanted) {
    const found = names.flatMap((n, i) => (n === name.trim() ? [i] : []));
    if (found.length === 1) positions.set(field, found[0]!);
    else if (found.length > 1) problems.push(diagnostic('actuals-column', file, at, { problem: 'duplicate', column: name, field, positions: found.map((i) => i + 1) }));
    else problems.push(diagnostic('actuals-column', file, at, { problem: 'missing', column: name, field, suggestion: closest(name, names.filter((n) => n.length <= 200)) }));
  }
  return { positions, problems };
}

/** The columns of the export the mapping reads. */
export function exportColumns(mapping: Mapping): WantedColumn[] {
  const { columns } = mapping;
  return [
    { field: 'columns.id', header: columns.id },
    { field: 'columns.segment', header: columns.segment },
    { field: 'columns.created', header: columns.created },
    { field: 'columns.stage', header: columns.stage },
    ...(columns.closed !== undefined ? [{ field: 'columns.closed', header: columns.closed }] : []),
    ...(columns.amount !== undefined ? [{ field: 'columns.amount', header: columns.amount }] : []),
    ...mapping.entered.map((e) => ({ field: `entered.${e.stage}`, header: e.column })),
  ];
}
