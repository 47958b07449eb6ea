/**
 * The safe replacements of values (`check --fix`, ESLint's `fix` as the
 * model): a number typed with a unit, a sign or separators (`150万` →
 * `1500000`, `60%` → `0.6` where a share is expected), and a name where an
 * id is expected when it names one entity of the right kind for certain (its
 * title, `财务总监` → `cfo`, or its id once written as an id). Each is a
 * replacement of the value's text at its position, made only when that text
 * is exactly the value the checker read.
 */
import type { Diagnostic, TextEdit } from '../diagnostics/diagnostic.ts';
import type { InvalidFieldParams } from '../diagnostics/messages/invalid-field.ts';
import { closest } from '../format/text.ts';
import { suggestId } from './validate.ts';

/** An entity's id and title, read from its file whether or not the file is valid. */
export interface Titled {
  id: string;
  title: string;
}

const normal = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/**
 * Gives the `invalid-field` diagnostics of a playbook whose value names an
 * entity by something other than its id a suggestion: the id of the entity of
 * that kind titled so, else the value made an id when such an entity exists,
 * else the closest existing id.
 */
export function suggestIds(diagnostics: readonly Diagnostic[], titles: ReadonlyMap<string, readonly Titled[]>, known: (kind: string) => ReadonlySet<string>): void {
  for (const d of diagnostics) {
    if (d.code !== 'invalid-field') continue;
    const p = d.params as InvalidFieldParams;
    if ((p.problem !== 'format' || p.format !== 'id') && p.problem !== 'key') continue;
    if (!p.refersTo) continue;
    const name = p.problem === 'key' ? p.key : p.got.type === 'string' ? p.got.text : undefined;
    if (name === undefined) continue;
    const ids = known(p.refersTo);
    const titled = (titles.get(p.refersTo) ?? []).filter((t) => normal(t.title) === normal(name) && ids.has(t.id));
    if (titled.length === 1) {
      Object.assign(p, { suggestion: titled[0]!.id, source: 'title' });
      continue;
    }
    const made = suggestId(name);
    if (made && !ids.has(made)) {
      const near = closest(made, [...ids]);
      if (near) Object.assign(p, { suggestion: near, source: 'name' });
    }
  }
}

/** The replacement that fixes a diagnostic's value, when there is a safe one; `lines` are the file's lines. */
export function valueEdits(d: Diagnostic, lines: readonly string[], known: (kind: string) => ReadonlySet<string>): TextEdit[] | undefined {
  if (d.code !== 'invalid-field') return undefined;
  const p = d.params as InvalidFieldParams;
  let from: string | undefined;
  let to: string | undefined;
  let key = false;
  if (p.problem === 'type' && p.replacement !== undefined && p.got.type === 'string') {
    from = p.got.text;
    to = p.replacement;
  } else if (p.problem === 'format' && p.format === 'id' && p.suggestion && p.refersTo && known(p.refersTo).has(p.suggestion) && p.got.type === 'string') {
    from = p.got.text;
    to = p.suggestion;
  } else if (p.problem === 'key' && p.suggestion && p.refersTo && known(p.refersTo).has(p.suggestion)) {
    from = p.key;
    to = p.suggestion;
    key = true;
  }
  if (from === undefined || to === undefined) return undefined;
  const text = lines[d.line - 1];
  if (text === undefined) return undefined;
  const token = tokenAt(text, d.column - 1, key);
  if (!token || token.value !== from) return undefined;
  return [{ line: d.line, column: d.column, length: token.length, text: to }];
}

/** The scalar written at a column: its length in the text and its value, for plain and simply quoted scalars. */
export function tokenAt(text: string, column: number, key: boolean): { length: number; value: string } | undefined {
  const rest = text.slice(column);
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    const inner = end > 0 ? rest.slice(1, end) : '';
    // Escapes (`\"`, `''`) would make the text differ from the value: left alone.
    if (end < 0 || inner.includes('\\') || inner.includes(quote)) return undefined;
    return { length: end + 1, value: inner };
  }
  const flow = inFlow(text, column);
  const stop = key ? /:(?=\s|$)/ : flow ? /[,\]}]|\s#/ : /\s#/;
  const match = stop.exec(rest);
  const raw = (match ? rest.slice(0, match.index) : rest).trimEnd();
  return raw === '' ? undefined : { length: raw.length, value: raw };
}

/** Whether a column is inside a flow collection (`[…]`, `{…}`) of its line. */
function inFlow(text: string, column: number): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < column && i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}
