/**
 * YAML as people type it (issue: authors who are not engineers): a Chinese
 * keyboard types `：` for `:`, `，` for `,`, `“”` for `"` and `【】` for
 * `[]`, and an editor may indent with a tab. YAML reads none of them as
 * structure, so one such colon used to give a cascade of syntax errors that
 * never named it. This module finds them at their exact column, in the places
 * where YAML needs structure (a key's separator, a flow list's brackets and
 * commas, a quoted value, the indentation), and writes the text as it was
 * meant, so that the checker can say what to replace and report the file's
 * other problems as if it were fixed.
 *
 * Each finding is `sure` or not: sure ones are structure wherever they stand
 * (a tab in the indentation, `key：value` with a field name for key, `【…】`
 * around a whole value); the others (`“…”` around a value, `，` between
 * Chinese words in a flow list, a Chinese key) may be text, and are only
 * taken when the YAML does not parse as it is.
 */
import type { TypedMark } from '../diagnostics/messages/frontmatter.ts';

export interface TypedFinding {
  typed: TypedMark;
  /** 0-based line in the YAML text. */
  line: number;
  /** 0-based column (UTF-16 code units) of the first character replaced. */
  column: number;
  /** 0-based column of the mark itself, when it is not where the replacement starts (a tab after spaces). */
  at?: number;
  /** How many characters are replaced. */
  length: number;
  /** What is there (for the message: `：`, `【a，b】`, a tab). */
  found: string;
  /** What YAML needs there. */
  replacement: string;
  sure: boolean;
}

/** The names a key of the format can have (fields and ids are ASCII). */
const FIELD_KEY = /^[A-Za-z_$][\w$-]*$/;
/** A line that is a plain `key:` of a block map (after indentation and list dashes). */
const MAP_LINE = /^[ \t]*(?:-[ \t]+)*(?:[^\s:#'"\-[{][^:#]*?|"[^"]*"|'[^']*'):(?:[ \t]|$)/;
/** A key's value starts a block scalar (`|`, `>-`…): the lines indented under it are text. */
const BLOCK_SCALAR = /:[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$|^[ \t]*-[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/;
const HAN = /\p{Script=Han}/u;

/** Every typed mark of a YAML text, in order. */
export function findTypedMarks(yaml: string): TypedFinding[] {
  if (!/[：，“”【】\t]/.test(yaml)) return [];
  const lines = yaml.split('\n');
  const unit = indentUnit(lines);
  const out: TypedFinding[] = [];
  let scalarIndent = -1;
  lines.forEach((text, line) => {
    const indent = /^[ \t]*/.exec(text)![0];
    // Inside a block scalar: text, whatever it holds.
    if (scalarIndent >= 0) {
      if (text.trim() === '' || width(indent, unit) > scalarIndent) return;
      scalarIndent = -1;
    }
    if (text.trim() === '' || text.trimStart().startsWith('#')) return;
    if (indent.includes('\t')) {
      out.push({ typed: 'tab', line, column: 0, at: indent.indexOf('\t'), length: indent.length, found: '\t', replacement: ' '.repeat(width(indent, unit)), sure: true });
    }
    const code = withoutComment(text);
    lineMarks(code, line, indent.length, lines, out);
    if (BLOCK_SCALAR.test(code)) scalarIndent = width(indent, unit);
  });
  return out;
}

/** The smallest indentation step of the text's space-indented lines (2 when it has none). */
function indentUnit(lines: readonly string[]): number {
  let unit = Infinity;
  for (const text of lines) {
    const spaces = /^ +(?=\S)/.exec(text)?.[0].length;
    if (spaces && !text.startsWith('\t')) unit = Math.min(unit, spaces);
  }
  return Number.isFinite(unit) ? unit : 2;
}

/** The width of an indentation, a tab counting one step. */
function width(indent: string, unit: number): number {
  let n = 0;
  for (const ch of indent) n += ch === '\t' ? unit : 1;
  return n;
}

/** A line without its comment (a `#` after a space, outside quotes). */
function withoutComment(text: string): string {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if ((ch === '"' || ch === "'") && (i === 0 || /[\s:,[{-]/.test(text[i - 1]!))) {
      quote = ch;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      return text.slice(0, i).trimEnd();
    }
  }
  return text.trimEnd();
}

/** The marks of one line (its comment removed): a key's colon, a value's brackets, commas or quotes. */
function lineMarks(code: string, line: number, indent: number, lines: readonly string[], out: TypedFinding[]): void {
  // After the indentation and any list dashes: `key：value`, `key: value`, or a list item's value.
  const dashes = /^(?:-[ \t]+)*/.exec(code.slice(indent))![0];
  const start = indent + dashes.length;
  const rest = code.slice(start);
  const ascii = /^(?:[^\s:#'"[{][^:：]*?|"[^"]*"|'[^']*'):(?=[ \t]|$)/.exec(rest);
  let valueAt = start;
  if (ascii) {
    valueAt = start + ascii[0].length;
  } else {
    const full = rest.indexOf('：');
    const key = full > 0 ? rest.slice(0, full) : '';
    if (key && !/[\s"'[\]{}#,，]/.test(key)) {
      const sure = FIELD_KEY.test(key);
      if (sure || inMap(lines, line, indent)) {
        // `： ` needs only its colon replaced; `：` and an ideographic space both; a bare `：` becomes `: `.
        const next = rest[full + 1];
        const replaced = next === ' ' ? { length: 1, replacement: ':' } : next === '\u3000' ? { length: 2, replacement: ': ' } : { length: 1, replacement: ': ' };
        out.push({ typed: 'colon', line, column: start + full, ...replaced, found: code.slice(start + full, start + full + replaced.length), sure });
        valueAt = start + full + 1;
      }
    }
  }
  const value = code.slice(valueAt).replace(/^[ \t\u3000]+/, '');
  const at = code.length - value.length;
  if (value === '') return;
  valueMarks(value, line, at, out);
}

/** Whether a line sits among the lines of a block map (a sibling at its indentation is a `key:` line). */
function inMap(lines: readonly string[], line: number, indent: number): boolean {
  for (const step of [-1, 1]) {
    for (let i = line + step; i >= 0 && i < lines.length; i += step) {
      const text = lines[i]!;
      if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
      const own = /^[ \t]*/.exec(text)![0].length;
      if (own < indent) break;
      if (own > indent) continue;
      if (MAP_LINE.test(text)) return true;
      break;
    }
  }
  return false;
}

/** The marks of a value: `【…】` around it, `“…”` around it, `，` between the items of a flow list or map. */
function valueMarks(value: string, line: number, at: number, out: TypedFinding[]): void {
  if (value.startsWith('【') && value.endsWith('】') && value.length >= 2) {
    const inner = value.slice(1, -1);
    const items = inner.replace(/[ \t]*，[ \t]*/g, ', ');
    out.push({ typed: 'bracket', line, column: at, length: value.length, found: value, replacement: `[${items}]`, sure: true });
    return;
  }
  if (value.startsWith('“') && value.endsWith('”') && value.length >= 2 && !value.slice(1, -1).includes('"')) {
    out.push({ typed: 'quote', line, column: at, length: value.length, found: value, replacement: `"${value.slice(1, -1)}"`, sure: false });
    return;
  }
  if ((value.startsWith('[') && value.endsWith(']')) || (value.startsWith('{') && value.endsWith('}'))) {
    const inner = value.slice(1, -1);
    // An ASCII comma between the items says the full-width ones are text.
    if (inner.includes(',') || !inner.includes('，')) return;
    // All the commas of one list are one mistake: one finding from the first to the last.
    const first = inner.indexOf('，');
    const last = inner.lastIndexOf('，');
    let sure = true;
    for (let i = first; i <= last; i++) {
      if (inner[i] !== '，') continue;
      if (HAN.test(inner.slice(0, i).trimEnd().slice(-1)) || HAN.test(inner.slice(i + 1).trimStart().charAt(0))) sure = false;
    }
    const span = inner.slice(first, last + 1);
    out.push({ typed: 'comma', line, column: at + 1 + first, length: span.length, found: '，', replacement: span.replace(/[ \t]*，[ \t]*/g, ', '), sure });
  }
}

/** A text with findings applied, and where a position in it was in the original. */
export interface Repaired {
  text: string;
  /** The original 0-based column of a 0-based column of the repaired text on a line. */
  originalColumn(line: number, column: number): number;
}

/** Applies findings (which never overlap) to a YAML text. */
export function repairYaml(yaml: string, findings: readonly TypedFinding[]): Repaired {
  const lines = yaml.split('\n');
  const byLine = new Map<number, TypedFinding[]>();
  for (const f of findings) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  const shifts = new Map<number, { from: number; delta: number }[]>();
  for (const [line, list] of byLine) {
    const sorted = [...list].sort((a, b) => b.column - a.column);
    let text = lines[line]!;
    for (const f of sorted) text = text.slice(0, f.column) + f.replacement + text.slice(f.column + f.length);
    lines[line] = text;
    // In repaired columns, in order: each finding shifts what follows it.
    let offset = 0;
    const list2: { from: number; delta: number }[] = [];
    for (const f of [...sorted].reverse()) {
      list2.push({ from: f.column + offset + f.replacement.length, delta: f.replacement.length - f.length });
      offset += f.replacement.length - f.length;
    }
    shifts.set(line, list2);
  }
  return {
    text: lines.join('\n'),
    originalColumn(line, column) {
      let original = column;
      for (const s of shifts.get(line) ?? []) if (column >= s.from) original -= s.delta;
      return Math.max(0, original);
    },
  };
}

/** The line as it must be written, for the message: trimmed, and shortened when long. */
export function fixedLine(yaml: string, findings: readonly TypedFinding[], line: number): string | undefined {
  const text = repairYaml(yaml.split('\n')[line] ?? '', findings.filter((f) => f.line === line).map((f) => ({ ...f, line: 0 }))).text.trim();
  return text.length <= 60 ? text : undefined;
}
