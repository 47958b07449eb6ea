/**
 * What a diagnostic's message is rendered with: the language, the number
 * formatter of the playbook, and how ids and code-like text are shown. The
 * terminal, JSON and GitHub outputs show ids in backticks; a page may show an
 * entity's title instead (`ref`).
 */
import { formatter, numberAsWritten, type Formatter, type Lang } from '../format/numbers.ts';
import { REGISTRY, findKind, type Registry } from '../kinds/index.ts';

export type { Lang } from '../format/numbers.ts';

export interface MessageContext {
  lang: Lang;
  fmt: Formatter;
  /** An entity named in a message: `` `inside-sales` `` in the terminal; a page may give its title. */
  ref(kind: string, id: string): string;
  /** Code-like text: field names, paths, values, commands. */
  code(text: string): string;
  /** A kind's name in the message's language, from the registry the check ran with: `segment`, `目标客群`. */
  kind(id: string, count?: 'one' | 'many'): string;
  /** A kind's singular as the CLI takes it (`new segment`). */
  singular(id: string): string;
}

const tick = (text: string) => `\`${text}\``;

/** The context of the terminal, JSON and GitHub outputs: ids and code in backticks. */
export function plainContext(lang: Lang, currency = 'USD', registry: Registry = REGISTRY): MessageContext {
  return {
    lang,
    fmt: formatter(lang, currency),
    ref: (_kind, id) => tick(id),
    code: tick,
    kind: (id, count = 'one') => findKind(id, registry)?.names[lang][count] ?? id,
    singular: (id) => findKind(id, registry)?.singular ?? id,
  };
}

/** A value from a file, summarised for a message (never the whole of a long text or a structure). */
export type ValueSummary =
  | { type: 'missing' | 'null' | 'list' | 'map' }
  | { type: 'string'; text: string }
  | { type: 'number' | 'boolean'; text: string };

export function summarize(value: unknown): ValueSummary {
  if (value === undefined) return { type: 'missing' };
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'list' };
  if (typeof value === 'object') return { type: 'map' };
  if (typeof value === 'string') return { type: 'string', text: value.length > 40 ? `${value.slice(0, 39)}…` : value };
  return { type: typeof value === 'boolean' ? 'boolean' : 'number', text: String(value) };
}

/** A summarised value in words: `"abc"`, `a list`, `missing` / `“abc”`, `列表`, `空值`. */
export function describeSummary(value: ValueSummary, lang: Lang): string {
  const zh = lang === 'zh-CN';
  switch (value.type) {
    case 'missing':
      return zh ? '缺失' : 'missing';
    case 'null':
      return zh ? '空值' : 'empty';
    case 'list':
      return zh ? '一个列表' : 'a list';
    case 'map':
      return zh ? '一组字段' : 'a map of fields';
    case 'string':
      return zh ? `“${value.text}”` : `"${value.text}"`;
    case 'number':
      return numberAsWritten(value.text, lang);
    default:
      return value.text;
  }
}
