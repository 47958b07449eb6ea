/**
 * Zod 4 schemas in an author's words: the type, whether a field may be left
 * out, its default and its description, read from `schema._zod.def`.
 */
import { defOf, innerOf, unwrapSchema, type AnySchema, type Check } from '../schema/introspect.ts';
import { ID_PATTERN, MAX_AMOUNT } from '../schema/index.ts';

export type { AnySchema, Def } from '../schema/introspect.ts';
export { defOf, descriptionOf, shapeOf, unwrapSchema } from '../schema/introspect.ts';

const checksOf = (schema: AnySchema): Check[] => (defOf(schema).checks ?? []).map((c) => c._zod.def);

/** Whether an author may leave the field out (optional or defaulted). */
export function isOptional(schema: AnySchema): boolean {
  for (let current: AnySchema | undefined = schema; current; current = innerOf(current)) {
    const { type } = defOf(current);
    if (type === 'optional' || type === 'default' || type === 'prefault') return true;
  }
  return false;
}

/** The default value written as YAML, if the field has one. */
export function defaultOf(schema: AnySchema): string | undefined {
  for (let current: AnySchema | undefined = schema; current; current = innerOf(current)) {
    const def = defOf(current);
    if (def.type === 'default' || def.type === 'prefault') {
      const value = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      return typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Types in words

export type TypeLang = 'en' | 'zh-CN';

/** The words of the types, per language. */
const WORDS = {
  en: {
    patterns: { id: 'id', date: 'date (YYYY-MM-DD)', currency: 'three capital letters', month: 'month (YYYY-MM)' },
    matching: (pattern: string) => `string matching \`${pattern}\``,
    boolean: '`true` or `false`',
    oneOf: (values: string[]) => `one of ${values.join(', ')}`,
    or: ' or ',
    object: 'object',
    map: (key: string, value: string) => `map of ${key} \u2192 ${value}`,
    unknown: 'any value (a number, text, list or map)',
    string: 'string',
    maybeEmpty: 'string (may be empty)',
    share: 'share (0, 1]',
    number: (whole: boolean, bounds: string[]) => `${whole ? 'whole number' : 'number'}${bounds.length ? ` ${bounds.join(' and ')}` : ''}`,
    nouns: { string: 'strings', id: 'ids', object: 'objects' } as Record<string, string>,
    valuesEach: (type: string) => `values, each ${type}`,
    itemsEach: (type: string) => `items, each ${type}`,
    atLeast: (n: number) => `at least ${n}`,
    atMost: (n: number) => `at most ${n}`,
    list: (what: string, size: string) => `list of ${what}${size ? ` (${size})` : ''}`,
    sizeJoin: ', ',
  },
  'zh-CN': {
    patterns: { id: 'id', date: '日期（YYYY-MM-DD）', currency: '三个大写字母', month: '月份（YYYY-MM）' },
    matching: (pattern: string) => `符合 \`${pattern}\` 的文本`,
    boolean: '`true` 或 `false`',
    oneOf: (values: string[]) => `${values.join('、')} 之一`,
    or: ' 或 ',
    object: '对象',
    map: (key: string, value: string) => `映射：${key} \u2192 ${value}`,
    unknown: '任意值（数字、文本、列表或映射）',
    string: '文本',
    maybeEmpty: '文本（可以为空）',
    share: '比例 (0, 1]',
    number: (whole: boolean, bounds: string[]) => `${whole ? '整数' : '数字'}${bounds.length ? `，${bounds.join(' 且 ')}` : ''}`,
    nouns: { 文本: '文本', id: 'id', 对象: '对象' } as Record<string, string>,
    valuesEach: (type: string) => `，每项为 ${type}`,
    itemsEach: (type: string) => `，每项为${type}`,
    atLeast: (n: number) => `至少 ${n} 项`,
    atMost: (n: number) => `至多 ${n} 项`,
    list: (what: string, size: string) => (what.startsWith('，') ? `列表${what}` : `${what}${/[A-Za-z]$/.test(what) ? ' ' : ''}列表`) + (size ? `（${size}）` : ''),
    sizeJoin: '，',
  },
} as const;

const PATTERN_NAMES: Record<string, keyof (typeof WORDS)['en']['patterns']> = {
  [ID_PATTERN.source]: 'id',
  '^\\d{4}-\\d{2}-\\d{2}$': 'date',
  '^[A-Z]{3}$': 'currency',
  '^\\d{4}-(0[1-9]|1[0-2])$': 'month',
};

/** A schema's type as an author reads it: `string`, `number ≥ 0`, `share (0, 1]`, `one of \`a\`, \`b\``; in Chinese `文本`, `数字，≥ 0`. */
export function describeType(schema: AnySchema, lang: TypeLang = 'en'): string {
  const w = WORDS[lang];
  const inner = unwrapSchema(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return describeString(inner, lang);
    case 'number':
      return describeNumber(inner, lang);
    case 'boolean':
      return w.boolean;
    case 'enum':
      return w.oneOf(Object.values(def.entries ?? {}).map((v) => `\`${String(v)}\``));
    case 'literal':
      return (def.values ?? []).map((v) => `\`${String(v)}\``).join(w.or);
    case 'union':
      return (def.options ?? []).map((o) => describeType(o, lang)).join(w.or);
    case 'object':
      return w.object;
    case 'array':
      return describeArray(inner, lang);
    case 'record':
      return w.map(describeType(def.keyType!, lang), describeType(def.valueType!, lang));
    case 'unknown':
      return w.unknown;
    default:
      throw new Error(`The format reference cannot describe a schema of type \`${def.type}\` yet; teach describeType() about it.`);
  }
}

function describeString(schema: AnySchema, lang: TypeLang): string {
  const w = WORDS[lang];
  let nonEmpty = false;
  for (const check of checksOf(schema)) {
    if (check.check === 'string_format' && check.pattern) {
      const name = PATTERN_NAMES[check.pattern.source];
      return name ? w.patterns[name] : w.matching(check.pattern.source);
    }
    if (check.check === 'min_length' && (check.minimum ?? 0) >= 1) nonEmpty = true;
  }
  return nonEmpty ? w.string : w.maybeEmpty;
}

function describeNumber(schema: AnySchema, lang: TypeLang): string {
  let whole = false;
  let lower: { value: number; inclusive: boolean } | undefined;
  let upper: { value: number; inclusive: boolean } | undefined;
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32' || check.format === 'uint32')) whole = true;
    if (check.check === 'greater_than') lower = { value: Number(check.value), inclusive: check.inclusive ?? false };
    if (check.check === 'less_than') upper = { value: Number(check.value), inclusive: check.inclusive ?? false };
  }
  // Every number is bounded by 10^12 (format §2): the reference says so once, not in every row.
  if (upper?.value === MAX_AMOUNT) upper = undefined;
  if (lower?.value === -MAX_AMOUNT) lower = undefined;
  if (!whole && lower?.value === 0 && !lower.inclusive && upper?.value === 1 && upper.inclusive) return WORDS[lang].share;
  const bounds = [
    lower ? `${lower.inclusive ? '\u2265' : '>'} ${lower.value}` : '',
    upper ? `${upper.inclusive ? '\u2264' : '<'} ${upper.value}` : '',
  ].filter(Boolean);
  return WORDS[lang].number(whole, bounds);
}

function describeArray(schema: AnySchema, lang: TypeLang): string {
  const w = WORDS[lang];
  const def = defOf(schema);
  const element = unwrapSchema(def.element!);
  const elementType = describeType(element, lang);
  const isEnum = defOf(element).type === 'enum';
  const what = w.nouns[elementType] ?? (isEnum ? w.valuesEach(elementType) : w.itemsEach(elementType));
  let min = 0;
  let max: number | undefined;
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') min = check.minimum ?? 0;
    if (check.check === 'max_length') max = check.maximum;
  }
  const size = [min > 0 ? w.atLeast(min) : '', max !== undefined ? w.atMost(max) : ''].filter(Boolean).join(w.sizeJoin);
  return w.list(what, size);
}
