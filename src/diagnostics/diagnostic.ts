import { CODES, type Code, type ParamsOf, type Severity } from './codes.ts';
import { spaceCjkLatinOutsideQuotes } from '../format/cjk.ts';
import { plainContext, type Lang, type MessageContext } from './context.ts';

/**
 * A safe replacement in a file (ESLint's `fix`): `length` UTF-16 code units
 * from `line`:`column` (1-based) are replaced by `text`. Only what the
 * author certainly meant gets one (`check --fix` applies it); it never spans
 * lines.
 */
export interface TextEdit {
  line: number;
  column: number;
  length: number;
  text: string;
}

/**
 * One problem in one file (format §3). `line` and `column` are 1-based.
 * It carries the data of its message (`params`); `message` is rendered from
 * the catalogue once, in the language of the file's playbook (see
 * `renderMessages`): read before that, it is rendered in English.
 */
export interface Diagnostic<C extends Code = Code> {
  /** Path relative to the project root, with `/` separators. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  code: C;
  /** What happened, why, and what to do: the catalogue's message and hint, together. */
  message: string;
  params: ParamsOf<C>;
  /** What to do, alone (the end of `message`); set when the message is rendered. */
  hint?: string;
  /** How many more diagnostics of this code in this file were left out after this one (see `checkProject`). */
  omitted?: number;
  /** How many diagnostics that only follow from this one (in other files, or the bodies) were held back (see `checkProject`). */
  followers?: number;
  /**
   * The files whose errors this diagnostic may only follow from (a `<Metric>` naming a role whose file is invalid):
   * while one of them has an error, the diagnostic is held back and counted on that error.
   */
  dependsOn?: readonly string[];
  /** The safe replacements that fix it, if there are (`check --fix`): one in most cases, one per line for tabs. */
  edits?: readonly TextEdit[];
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

/**
 * A diagnostic with its data. Its message is not rendered here: the check
 * renders it once, in the language of the file's playbook; read before that
 * (a test, a tool that skips the check), it is rendered in English then.
 */
export function diagnostic<C extends Code>(code: C, file: string, at: Position, params: ParamsOf<C>, extra: Pick<Diagnostic, 'dependsOn' | 'edits'> = {}): Diagnostic<C> {
  const d = { file, line: at.line, column: at.column, severity: CODES[code].severity, code, params } as Diagnostic<C>;
  if (extra.dependsOn && extra.dependsOn.length > 0) d.dependsOn = extra.dependsOn;
  if (extra.edits && extra.edits.length > 0) d.edits = extra.edits;
  let text: string | undefined;
  Object.defineProperty(d, 'message', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= messageOf(d, plainContext('en'))),
    set: (value: string) => {
      text = value;
    },
  });
  return d;
}

/** A diagnostic's message and hint, apart, in a context (language, number formats, how ids are shown). */
export function messageParts(d: Diagnostic, c: MessageContext): { message: string; hint: string } {
  const spec = CODES[d.code] as { message: Record<Lang, (p: unknown, c: MessageContext) => string>; hint?: Record<Lang, (p: unknown, c: MessageContext) => string>; fix: Record<Lang, string> };
  const message = spec.message[c.lang](d.params, c);
  const hint = spec.hint ? spec.hint[c.lang](d.params, c) : spec.fix[c.lang];
  return c.lang === 'zh-CN' ? { message: spaceCjkLatinOutsideQuotes(message), hint: spaceCjkLatinOutsideQuotes(hint) } : { message, hint };
}

/** A diagnostic's whole message in a context: what happened and why, what to do, and what the check left out or held back. */
export function messageOf(d: Diagnostic, c: MessageContext): string {
  return whole(d, messageParts(d, c), c);
}

/** The message and hint together, with what the check left out or held back. */
function whole(d: Diagnostic, { message, hint }: { message: string; hint: string }, c: MessageContext): string {
  const zh = c.lang === 'zh-CN';
  const parts = [message, hint];
  if (d.omitted) parts.push(zh ? `（此文件中另有 ${c.fmt.count(d.omitted)} 条同类问题未列出。）` : `(${c.fmt.count(d.omitted)} more of this kind in this file are not listed.)`);
  if (d.followers) {
    const n = c.fmt.count(d.followers);
    parts.push(
      zh
        ? spaceCjkLatinOutsideQuotes(`由此还引出另外 ${n} 个问题，改正之后会一并检查。`)
        : `${n} more ${d.followers === 1 ? 'problem follows' : 'problems follow'} from this one and will be checked once it is fixed.`,
    );
  }
  return parts.filter((p) => p !== '').join(zh ? '' : ' ');
}

/** A copy of a diagnostic with its message (read without rendering the one it had). */
function copyWith(d: Diagnostic, fields: Partial<Diagnostic>): Diagnostic {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(d)) if (key !== 'message') out[key] = (d as unknown as Record<string, unknown>)[key];
  return Object.assign(out, fields) as unknown as Diagnostic;
}

/** Gives every diagnostic its message and hint, rendered once, in the context `contextOf` picks for its file (its playbook's language). */
export function renderMessages(diagnostics: readonly Diagnostic[], contextOf: (file: string) => MessageContext): Diagnostic[] {
  return diagnostics.map((d) => {
    const context = contextOf(d.file);
    const parts = messageParts(d, context);
    return copyWith(d, { message: whole(d, parts, context), hint: parts.hint, lang: context.lang });
  });
}

/** A copy of a diagnostic with other fields (`omitted`, `followers`), its message still to be rendered. */
export function withFields<D extends Diagnostic>(d: D, fields: Partial<Diagnostic>): D {
  const copy = diagnostic(d.code, d.file, d, d.params as never);
  const rest = copyWith(d, fields) as unknown as Record<string, unknown>;
  delete rest.message;
  return Object.assign(copy, rest) as unknown as D;
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
