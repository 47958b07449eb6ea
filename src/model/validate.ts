import type { z } from 'astro/zod';
import { summarize } from '../diagnostics/context.ts';
import { diagnostic, MAX_PER_CODE, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { FieldProblem } from '../diagnostics/messages/fields.ts';
import type { Frontmatter } from './frontmatter.ts';
import { defOf, descriptionOf, schemaAt, shapeOf, unwrapSchema, type AnySchema } from '../schema/introspect.ts';
import { closest, formatPath } from '../format/text.ts';
import { descriptionZhAt } from '../kinds/descriptions-zh.ts';

type Issue = z.core.$ZodIssue;

/** The messages of the schemas' own checks (src/schema/), as the rule they stand for. */
const RULES: Record<string, 'min-above-max' | 'one-criterion' | 'to-or-add' | 'from-after-to' | 'one-segment'> = {
  'must not be greater than `max`': 'min-above-max',
  'needs at least one criterion: `industries`, `regions`, `employees` or `revenue`': 'one-criterion',
  'needs exactly one of `to` and `add`': 'to-or-add',
  'must not be after `to`': 'from-after-to',
  'needs at least one segment': 'one-segment',
};

const FORMATS: Record<string, 'id' | 'date' | 'real-date' | 'month' | 'currency' | 'sha256'> = {
  'not a valid id': 'id',
  'not a SHA-256 digest': 'sha256',
  'not a date': 'date',
  'must be a real calendar date': 'real-date',
  'not a month': 'month',
  'not a currency code': 'currency',
};

/**
 * Validates frontmatter data against a schema and turns every Zod issue into a
 * diagnostic at the exact line and column of the offending key or value.
 * `kind` is the registry id of the file's kind (`segments`, `playbook`…).
 */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  fm: Frontmatter,
  file: string,
  kind: string,
): { data: z.output<S> | null; diagnostics: Diagnostic[] } {
  const input = fm.data ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      data: null,
      diagnostics: [diagnostic('invalid-field', file, fm.locate([]), { kind, field: '(frontmatter)', problem: 'not-a-map', got: summarize(input) })],
    };
  }
  // Zod builds a record's output by assignment, so a `__proto__` key would vanish without a word: it is an error at its line.
  const prototypeKeys = prototypeKeyPaths(input, schema).map((path) =>
    diagnostic('invalid-field', file, fm.locate(path, 'key'), { kind, field: formatPath(path), problem: 'key', key: '__proto__', parent: formatPath(path.slice(0, -1)) }),
  );
  const result = schema.safeParse(input);
  if (result.success && prototypeKeys.length === 0) return { data: result.data, diagnostics: [] };
  const diagnostics = result.success ? [] : result.error.issues.flatMap((issue) => issueToDiagnostics(issue, schema, fm, file, kind, input));
  return { data: null, diagnostics: [...prototypeKeys, ...diagnostics] };
}

/** Paths of the `__proto__` keys of the maps (records) in the data; those of objects are unknown fields already. */
function prototypeKeyPaths(input: unknown, schema: AnySchema): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[input, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push([item, [...path, i]]));
      continue;
    }
    if (Object.hasOwn(node, '__proto__') && isRecord(schemaAt(schema, path))) out.push([...path, '__proto__']);
    for (const key of Object.keys(node)) if (key !== '__proto__') stack.push([(node as Record<string, unknown>)[key], [...path, key]]);
  }
  return out.reverse();
}

function isRecord(schema: AnySchema | undefined): boolean {
  return schema !== undefined && defOf(unwrapSchema(schema)).type === 'record';
}

function issueToDiagnostics(issue: Issue, schema: AnySchema, fm: Frontmatter, file: string, kind: string, input: unknown): Diagnostic[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(shapeOf(schemaAt(schema, path)) ?? {});
    // A pasted spreadsheet can bring thousands of unknown keys: only the listed ones are located.
    const listed = issue.keys.slice(0, MAX_PER_CODE);
    return listed.map((key, i) => {
      const suggestion = closest(key, known);
      const d = diagnostic('unknown-field', file, fm.locate([...path, key], 'key'), {
        kind,
        field: formatPath([...path, key]),
        suggestion: suggestion === undefined ? undefined : formatPath([...path, suggestion]),
        known,
      });
      return i === listed.length - 1 && issue.keys.length > listed.length ? { ...d, omitted: issue.keys.length - listed.length } : d;
    });
  }
  const value = valueAt(input, path);
  const field = formatPath(path);
  const description = descriptionOf(schemaAt(schema, path));
  const base = { kind, field, description, descriptionZh: descriptionZhAt(kind, schema, path) };
  const isStageId = path.length === 3 && path[0] === 'stages' && path[2] === 'id';
  if (isStageId && issue.code === 'invalid_format' && typeof value === 'string') {
    return [diagnostic('invalid-id', file, fm.locate(path), { what: 'stage', id: value, suggestion: suggestId(value) })];
  }
  if (issue.code === 'invalid_key') {
    return [diagnostic('invalid-field', file, fm.locate(path, 'key'), { ...base, problem: 'key', key: String(path[path.length - 1]), parent: formatPath(path.slice(0, -1)) })];
  }
  return [diagnostic('invalid-field', file, fm.locate(path), { ...base, ...problem(issue, value) })];
}

/** What is wrong, as data (the catalogue writes it in words). */
function problem(issue: Issue, value: unknown): FieldProblem {
  const got = summarize(value);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { problem: 'missing' };
      return { problem: 'type', expected: issue.expected, got };
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'too-few', minimum: Number(issue.minimum) };
      if (issue.origin === 'string') return { problem: 'empty' };
      return { problem: 'too-small', minimum: Number(issue.minimum), inclusive: issue.inclusive ?? false, got };
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'too-many', maximum: Number(issue.maximum) };
      return { problem: 'too-big', maximum: Number(issue.maximum), inclusive: issue.inclusive ?? false, got };
    case 'invalid_value':
      return { problem: 'enum', values: issue.values.map(String), got };
    case 'invalid_format':
      return { problem: 'format', format: FORMATS[issue.message] ?? 'other', got };
    default: {
      const rule = RULES[issue.message];
      if (rule) return { problem: 'rule', rule, text: issue.message };
      if (FORMATS[issue.message]) return { problem: 'format', format: FORMATS[issue.message]!, got };
      return { problem: 'rule', rule: 'other', text: issue.message };
    }
  }
}

/** A valid id close to a name, if one can be made: `Sales_Rep` → `sales-rep`, `grówth` → `growth`. */
export function suggestId(name: string): string | undefined {
  const suggestion = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return suggestion && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(suggestion) && suggestion !== name ? suggestion : undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
