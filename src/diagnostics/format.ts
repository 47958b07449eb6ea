import { countBySeverity, type Diagnostic } from './diagnostic.ts';
import { languageOf, SUMMARY } from './summary.ts';

export const FORMATS = ['pretty', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Codes about a file as a whole, not a place in its frontmatter: no code
 * frame (a file without frontmatter is not a playbook file, and its first
 * lines may be anything).
 */
const FRAMELESS: ReadonlySet<string> = new Set(['frontmatter-missing', 'file-encoding', 'symlink-outside', 'unknown-file', 'missing-playbook', 'unreadable-file']);

export interface PrettyOptions {
  /** The language of the summary when the diagnostics do not settle it (none, or several languages): `--lang`. */
  lang?: 'en' | 'zh-CN';
  /** Reads a file's text (relative path) for the code frame; return undefined when it cannot be read. */
  readSource?: (file: string) => string | undefined;
  color?: boolean;
}

/** One JSON array of diagnostics (format §5). */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify(diagnostics.map(({ file, line, column, severity, code, message }) => ({ file, line, column, severity, code, message })), null, 2)}\n`;
}

/** GitHub workflow annotations: `::error file=…,line=…,col=…,title=…::message`. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.code)}`;
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(d.message)}\n`;
    })
    .join('');
}

function escapeData(text: string): string {
  return escapeControls(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/**
 * Control characters from a file (a YAML-escaped `"\e[2J"` in a value) must
 * never reach a terminal raw: they are shown escaped, `\x1b`, `\u0085`; so
 * are the invisible marks, embeddings, overrides and isolates of bidirectional
 * text (`\u202e`), which would reorder what the terminal shows.
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }).replace(/\n/g, '\\n');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Human output: location, severity, code, message and a short code frame. */
export function formatPretty(diagnostics: readonly Diagnostic[], options: PrettyOptions = {}): string {
  const paint = painter(options.color ?? false);
  const sources = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => {
    if (!sources.has(file)) {
      const text = options.readSource?.(file);
      // Lines as the checker counts them: LF, CRLF or a CR alone (old Mac files) ends one.
      sources.set(file, text === undefined ? undefined : text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
    }
    return sources.get(file);
  };
  const blocks = diagnostics.map((d) => {
    // The header line (place, severity, code) stays in English in every language, like the codes: tools read it.
    const label = d.severity === 'error' ? paint.red('error') : paint.yellow('warning');
    const head = `${paint.bold(escapeControls(`${d.file}:${d.line}:${d.column}`))} ${label} ${paint.dim(d.code)}\n  ${escapeControls(d.message)}`;
    const lines = FRAMELESS.has(d.code) ? undefined : linesOf(d.file);
    return lines ? `${head}\n${codeFrame(lines, d.line, d.column, paint)}` : head;
  });
  const { errors, warnings } = countBySeverity(diagnostics);
  // The summary speaks Chinese when every problem it counts does (a check of zh-CN playbooks only).
  const words = SUMMARY[languageOf(diagnostics, options.lang ?? 'en')];
  const summary = errors + warnings === 0 ? paint.green(words.none) : words.counts(errors, warnings);
  return `${[...blocks, summary].join('\n\n')}\n`;
}

function codeFrame(lines: string[], line: number, column: number, paint: Painter): string {
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? paint.red('>') : ' ';
    out.push(`  ${marker} ${String(n).padStart(width)} | ${escapeControls(lines[n - 1] ?? '')}`);
    if (n === line) out.push(`    ${' '.repeat(width)} | ${caretIndent((lines[n - 1] ?? '').slice(0, Math.max(0, column - 1)))}${paint.red('^')}`);
  }
  return out.join('\n');
}

/**
 * The blanks that put a caret under the character after `before`, as the
 * line is printed: an escaped control character (`\x1b`) takes its escape's
 * width, a tab stays a tab, and a wide character (CJK, full-width forms)
 * takes two columns.
 */
function caretIndent(before: string): string {
  return [...escapeControls(before)].map((c) => (c === '\t' ? '\t' : WIDE.test(c) ? '  ' : ' ')).join('');
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Painter {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

function painter(color: boolean): Painter {
  const wrap = (open: number, close: number) => (s: string) => (color ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), bold: wrap(1, 22), dim: wrap(2, 22) };
}
