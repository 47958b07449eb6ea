/**
 * `actuals import` (format §5, §10), as a function tests call: reads
 * a CRM export (and a stage-history export) with the playbook's
 * `actuals.import`, and returns the snapshot to write — or every problem of
 * the export, at `<file>:<line>`. Nothing is written here, and nothing is
 * written at all unless every row is usable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../kinds/index.ts';
import { checkProject } from '../lint/check-project.ts';
import { isComplete } from '../model/graph.ts';
import { splitFile } from '../model/split-file.ts';
import type { Snapshot } from '../schema/index.ts';
import { aggregate, type Cohort } from './aggregate.ts';
import { readCsv, type CsvProblem } from './csv.ts';
import { HistoryReader } from './history.ts';
import { exportColumns, prepareMapping, resolveHeader, type Mapping } from './mapping.ts';
import { Problems } from './problems.ts';
import { ExportReader, OPEN, type ExportColumns } from './rows.ts';
import { snapshotText, snapshotTitle } from './snapshot-text.ts';
import { dayOfIso, isoOfDay } from './values.ts';

export interface ImportFile {
  /** The file to read. */
  path: string;
  /** How messages name it: the path as given on the command line. */
  name: string;
}

export interface ImportOptions {
  root: string;
  playbook: string;
  export: ImportFile;
  history?: ImportFile;
  /** YYYY-MM-DD; by default the first day an opportunity of the export was created, and the last day it knows of (a creation, a win or a loss). */
  from?: string;
  to?: string;
}

export interface ImportSummary {
  lang: Lang;
  exportName: string;
  rows: number;
  history?: { name: string; rows: number; unmatched: number };
  from: string;
  to: string;
  cohort: Cohort;
  /** Segment id → title, for the table. */
  titles: Record<string, string>;
  /** Whether the export has a stage history (entered columns or a history export); without one every conversion is 100%. */
  stageHistory: boolean;
}

export type ImportResult =
  /** The snapshot and its file (relative to the root), ready to write. */
  | { kind: 'ready'; file: string; text: string; snapshot: Snapshot; summary: ImportSummary; exists: boolean }
  /** Problems of the export, the history or the playbook; nothing to write. */
  | { kind: 'problems'; lang: Lang; diagnostics: Diagnostic[]; total: number }
  /** The playbook has no `actuals.import` (or the period is wrong): a message and nothing else. */
  | { kind: 'refused'; lang: Lang; reason: 'no-mapping' | 'empty-period'; file: string };

/** The snapshot file of a period's end: `playbooks/<pb>/actuals/<YYYY-MM>.mdx`. */
export function snapshotFile(playbook: string, to: string): string {
  return `playbooks/${playbook}/actuals/${to.slice(0, 7)}.mdx`;
}

/** Runs the import up to the snapshot's text. I/O problems (a file that cannot be read) are thrown. */
export async function importActuals(options: ImportOptions): Promise<ImportResult> {
  const checked = checkProject(options.root, { playbook: options.playbook });
  const graph = checked.playbooks.find((p) => p.id === options.playbook);
  const lang: Lang = graph?.lang ?? 'en';
  // Errors of the playbook's files make its segments and processes unknown; a broken snapshot is what an import replaces.
  const errors = checked.diagnostics.filter((d) => d.severity === 'error' && !d.file.startsWith(`playbooks/${options.playbook}/actuals/`));
  if (!graph || !isComplete(graph) || errors.length > 0) return { kind: 'problems', lang, diagnostics: errors, total: errors.length };
  const settings = graph.index.data.actuals?.import;
  if (!settings) return { kind: 'refused', lang, reason: 'no-mapping', file: graph.index.file };
  const mapping = prepareMapping(graph, settings);
  const problems = new Problems();

  const reader = await readExport(options.export, mapping, problems);
  if (!reader) return problemsOf(problems, lang);
  let history: HistoryReader | undefined;
  if (options.history) {
    history = new HistoryReader(mapping, reader.ids, reader.rows, options.history.name, problems);
    const h = history;
    let header = true;
    const read = await readCsv(options.history.path, (fields, line) => {
      if (header) {
        header = false;
        problems.push(h.header(fields));
        return;
      }
      h.row(fields, line);
    });
    if (read.problem) problems.push([csvDiagnostic(read.problem, options.history.name)]);
    else if (header) problems.push([diagnostic('actuals-column', options.history.name, { line: 1, column: 1 }, { problem: 'empty' })]);
    else if (h.rows > 0 && h.unmatched === h.rows) {
      problems.push([diagnostic('actuals-column', options.history.name, { line: 1, column: 1 }, { problem: 'no-match', column: mapping.history.id, rows: h.rows })]);
    }
    history.sha256 = read.sha256;
  }
  if (problems.size > 0) return problemsOf(problems, lang);

  // By default the period runs from the first opportunity created to the last thing the export knows happened: a
  // creation, or a win or loss (an open deal's close date is only expected).
  const rows = reader.rows;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < rows.count; i++) {
    const day = rows.created[i]!;
    if (day < first) first = day;
    const latest = rows.outcome[i] === OPEN ? day : Math.max(day, rows.closed[i]!);
    if (latest > last) last = latest;
  }
  const from = options.from !== undefined ? dayOfIso(options.from)! : first;
  const to = options.to !== undefined ? dayOfIso(options.to)! : last;
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) return { kind: 'refused', lang, reason: 'empty-period', file: options.export.name };

  const stageHistory = mapping.entered.length > 0 || history !== undefined;
  const cohort = aggregate(rows, mapping, from, to);
  const fromIso = isoOfDay(from);
  const toIso = isoOfDay(to);
  const skipped = Object.fromEntries(Object.entries(cohort.skipped).filter(([, n]) => n > 0));
  const snapshot: Snapshot = {
    title: snapshotTitle(toIso, lang),
    period: { from: fromIso, to: toIso },
    source: {
      file: basename(options.export.name),
      rows: reader.dataRows,
      sha256: reader.sha256,
      ...(history && options.history ? { history: { file: basename(options.history.name), rows: history.rows, sha256: history.sha256 } } : {}),
      ...(Object.keys(skipped).length > 0 ? { skipped } : {}),
    },
    segments: cohort.segments,
  };
  const file = snapshotFile(options.playbook, toIso);
  const exists = existsSync(join(options.root, file));
  // A snapshot imported again keeps the author's commentary.
  const body = exists ? bodyOf(join(options.root, file)) : undefined;
  return {
    kind: 'ready',
    file,
    text: snapshotText(snapshot, lang, body),
    snapshot,
    exists,
    summary: {
      lang,
      exportName: options.export.name,
      rows: reader.dataRows,
      ...(history && options.history ? { history: { name: options.history.name, rows: history.rows, unmatched: history.unmatched } } : {}),
      from: fromIso,
      to: toIso,
      cohort,
      titles: Object.fromEntries(graph.segments.map((s) => [s.id, s.data.title])),
      stageHistory,
    },
  };
}

function problemsOf(problems: Problems, lang: Lang): ImportResult {
  return { kind: 'problems', lang, diagnostics: problems.list(), total: problems.total };
}

/** Reads the export: its header against the mapping, then every row. Null when the file itself cannot be read as CSV. */
async function readExport(file: ImportFile, mapping: Mapping, problems: Problems): Promise<(ExportReader & { sha256: string }) | null> {
  let reader: (ExportReader & { sha256: string }) | undefined;
  let headerFailed = false;
  const read = await readCsv(file.path, (fields, line) => {
    if (headerFailed) return;
    if (!reader) {
      const { positions, problems: header } = resolveHeader(fields, exportColumns(mapping), file.name);
      if (header.length > 0) {
        problems.push(header);
        headerFailed = true;
        return;
      }
      reader = Object.assign(new ExportReader(mapping, columnsOf(positions, mapping), fields.length, file.name, problems), { sha256: '' });
      return;
    }
    reader.row(fields, line);
  });
  if (read.problem) {
    problems.push([csvDiagnostic(read.problem, file.name)]);
    return null;
  }
  if (headerFailed) return null;
  if (!reader) {
    problems.push([diagnostic('actuals-column', file.name, { line: 1, column: 1 }, { problem: 'empty' })]);
    return null;
  }
  if (reader.dataRows === 0) {
    problems.add('actuals-row', file.name, 2, { problem: 'no-rows' });
    return null;
  }
  reader.sha256 = read.sha256;
  return reader;
}

function columnsOf(positions: ReadonlyMap<string, number>, mapping: Mapping): ExportColumns {
  return {
    id: positions.get('columns.id')!,
    segment: positions.get('columns.segment')!,
    created: positions.get('columns.created')!,
    stage: positions.get('columns.stage')!,
    closed: positions.get('columns.closed'),
    amount: positions.get('columns.amount'),
    entered: mapping.entered.map((e) => ({ position: positions.get(`entered.${e.stage}`)!, indexBySegment: mapping.segments.map((s) => s.stages.indexOf(e.stage)) })),
  };
}

/** A file that is not CSV or not UTF-8, as a diagnostic of the file. */
function csvDiagnostic(problem: CsvProblem, file: string): Diagnostic {
  if (problem.kind === 'encoding') {
    return diagnostic('file-encoding', file, { line: problem.line, column: problem.column }, { encoding: problem.encoding, ...(problem.byte ? { byte: problem.byte } : {}), csv: { guess: problem.guess } });
  }
  return diagnostic('actuals-row', file, { line: problem.line, column: 1 }, { problem: 'parse', reason: problem.reason });
}

/** The body of an existing snapshot file, to keep it; undefined when it cannot be read. */
function bodyOf(path: string): string | undefined {
  try {
    const split = splitFile(readFileSync(path, 'utf8'));
    return split.yaml === null ? undefined : split.body;
  } catch {
    return undefined;
  }
}
