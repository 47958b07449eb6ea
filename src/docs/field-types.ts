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

const PATTERN_NAMES: Record<string, string> = {
  [ID_PATTERN.source]: 'id',
  '^\\d{4}-\\d{2}-\\d{2}$': 'date (YYYY-MM-DD)',
  '^[A-Z]{3}$': 'three capital letters',
  '^\\d{4}-(0[1-9]|1[0-2])$': 'month (YYYY-MM)',
};

/** A schema's type as an author reads it: `string`, `number ≥ 0`, `share (0, 1]`, `one of \`a\`, \`b\``. */
export function describeType(schema: AnySchema): string {
  const inner = unwrapSchema(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return describeString(inner);
    case 'number':
      return describeNumber(inner);
    case 'boolean':
      return '`true` or `false`';
    case 'enum':
      return `one of ${Object.values(def.entries ?? {})
        .map((v) => `\`${String(v)}\``)
        .join(', ')}`;
    case 'literal':
      return (def.values ?? []).map((v) => `\`${String(v)}\``).join(' or ');
    case 'union':
      return (def.options ?? []).map(describeType).join(' or ');
    case 'object':
      return 'object';
    case 'array':
      return describeArray(inner);
    case 'record':
      return `map of ${describeType(def.keyType!)} \u2192 ${describeType(def.valueType!)}`;
    case 'unknown':
      return 'any value (a number, text, list or map)';
    default:
      throw new Error(`The format reference cannot describe a schema of type \`${def.type}\` yet; teach describeType() about it.`);
  }
}

function describeString(schema: AnySchema): string {
  let nonEmpty = false;
  for (const check of checksOf(schema)) {
    if (check.check === 'string_format' && check.pattern) {
      return PATTERN_NAMES[check.pattern.source] ?? `string matching \`${check.pattern.source}\``;
    }
    if (check.check === 'min_length' && (check.minimum ?? 0) >= 1) nonEmpty = true;
  }
  return nonEmpty ? 'string' : 'string (may be empty)';
}

function describeNumber(schema: AnySchema): string {
  let whole = false;
  let lower: { value: number; inclusive: boolean } | undefined;
  let upper: { value: number; inclusive: boolean } | undefined;
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && (check.format === 'safeint' || check.format === 'int32' || check.format === 'uint32')) whole = true;
    if (check.check === 'greater_than') lower = { value: Number(check.value), inclusive: check.inclusive ?? false };
    if (check.check === 'less_than') upper = { value: Number(check.value), inclusive: check.inclusive ?? false };
  }
  // Every number is bounded by 10^12 (format.md §2): the reference says so once, not in every row.
  if (upper?.value === MAX_AMOUNT) upper = undefined;
  if (lower?.value === -MAX_AMOUNT) lower = undefined;
  if (!whole && lower?.value === 0 && !lower.inclusive && upper?.value === 1 && upper.inclusive) return 'share (0, 1]';
  const bounds = [
    lower ? `${lower.inclusive ? '\u2265' : '>'} ${lower.value}` : '',
    upper ? `${upper.inclusive ? '\u2264' : '<'} ${upper.value}` : '',
  ].filter(Boolean);
  return `${whole ? 'whole number' : 'number'}${bounds.length ? ` ${bounds.join(' and ')}` : ''}`;
}

function describeArray(schema: AnySchema): string {
  const def = defOf(schema);
  const element = unwrapSchema(def.element!);
  const elementType = describeType(element);
  const nouns: Record<string, string> = { string: 'strings', id: 'ids', object: 'objects' };
  const what = nouns[elementType] ?? (elementType.startsWith('one of ') ? `values, each ${elementType}` : `items, each ${elementType}`);
  let min = 0;
  let max: number | undefined;
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length') min = check.minimum ?? 0;
    if (check.check === 'max_length') max = check.maximum;
  }
  const size = [min > 0 ? `at least ${min}` : '', max !== undefined ? `at most ${max}` : ''].filter(Boolean).join(', ');
  return `list of ${what}${size ? ` (${size})` : ''}`;
}
