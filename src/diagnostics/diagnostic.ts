import { CODES, type Code, type ParamsOf, type Severity } from './codes.ts';
import { spaceCjkLatin } from '../format/cjk.ts';
import { plainContext, type Lang, type MessageContext } from './context.ts';

/**
 * One problem in one file (format.md §3). `line` and `column` are 1-based.
 * It carries the data of its message (`params`); `message` is rendered from
 * the catalogue in the language of the file's playbook (see `renderMessages`).
 */
export interface Diagnostic<C extends Code = Code> {
  /** Path relative to the project root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: C;
  message: string;
  params: ParamsOf<C>;
  /** How many more diagnostics of this code in this file were left out after this one (see `checkProject`). */
  omitted?: number;
  /** The language `message` is in (that of the file's playbook, or `--lang`); English until rendered. */
  lang?: Lang;
}

/** Every diagnostic of any code, with its params typed by its code. */
export type AnyDiagnostic = { [C in Code]: Diagnostic<C> }[Code];

export interface Position {
  line: number;
  column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

/** At most this many diagnostics of one code in one file are listed; the last says how many more there are. */
export const MAX_PER_CODE = 20;

/** A diagnostic with its data; its message is rendered (in English until `renderMessages` gives it its language). */
export function diagnostic<C extends Code>(code: C, file: string, at: Position, params: ParamsOf<C>): Diagnostic<C> {
  const d: Diagnostic<C> = { file, line: at.line, column: at.column, severity: CODES[code].severity, code, message: '', params };
  d.message = messageOf(d, plainContext('en'));
  return d;
}

/** A diagnostic's message in a context (language, number formats, how ids are shown). */
export function messageOf(d: Diagnostic, c: MessageContext): string {
  const render = CODES[d.code].message[c.lang] as (params: unknown, c: MessageContext) => string;
  const text = render(d.params, c);
  if (c.lang === 'zh-CN') return spaceCjkLatin(d.omitted ? `${text}（此文件中另有 ${c.fmt.count(d.omitted)} 条同类问题未列出。）` : text);
  return d.omitted ? `${text} (${c.fmt.count(d.omitted)} more of this kind in this file are not listed.)` : text;
}

/** Gives every diagnostic its message in the context `contextOf` picks for its file (its playbook's language). */
export function renderMessages(diagnostics: readonly Diagnostic[], contextOf: (file: string) => MessageContext): Diagnostic[] {
  return diagnostics.map((d) => {
    const context = contextOf(d.file);
    return { ...d, message: messageOf(d, context), lang: context.lang };
  });
}

export type { Lang };

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
