import type { z } from 'astro/zod';
import { summarize, type ValueSummary } from '../diagnostics/context.ts';
import { diagnostic, MAX_PER_CODE, withFields, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { StageOfField } from '../diagnostics/messages/fields.ts';
import type { FieldProblem } from '../diagnostics/messages/invalid-field.ts';
import type { ReferenceSpec } from '../kinds/define.ts';
import type { Frontmatter } from './frontmatter.ts';
import { CURRENCY_PATTERN, DATE_PATTERN, ID_PATTERN, MAX_AMOUNT, MONTH_PATTERN, SHA256_PATTERN } from '../schema/index.ts';
import { defOf, descriptionOf, schemaAt, shapeOf, unwrapSchema, type AnySchema } from '../schema/introspect.ts';
import { closest, formatPath } from '../format/text.ts';
import { descriptionZhAt } from '../kinds/descriptions-zh.ts';
import { numberText, typedNumber } from './typed-values.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** The rules of the schemas' own checks (src/schema/), by the `params.rule` their refinements carry. */
const RULES = new Set(['min-above-max', 'one-criterion', 'to-or-add', 'from-after-to', 'one-segment']);

/** The string formats, by the pattern Zod reports for a failed regex check. */
const FORMATS: ReadonlyMap<string, 'id' | 'date' | 'month' | 'currency' | 'sha256'> = new Map([
  [String(ID_PATTERN), 'id'],
  [String(DATE_PATTERN), 'date'],
  [String(MONTH_PATTERN), 'month'],
  [String(CURRENCY_PATTERN), 'currency'],
  [String(SHA256_PATTERN), 'sha256'],
]);

export interface ValidateOptions {
  /** The fields of the kind that name other entities: an invalid id there says which kind it should name. */
  references?: readonly ReferenceSpec[];
}

/**
 * Validates frontmatter data against a schema and turns every Zod issue into a
 * diagnostic at the exact line and column of the offending key or value.
 * `kind` is the registry id of the file's kind (`segments`, `playbook`…).
 * Issues are told apart by Zod's own data (their `code`, `format`, `pattern`
 * and the `params` of our refinements), never by their message.
 */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  fm: Frontmatter,
  file: string,
  kind: string,
  options: ValidateOptions = {},
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
  const context: IssueContext = { schema, fm, file, kind, input, references: options.references ?? [], suggested: new Set() };
  const diagnostics = result.success ? [] : result.error.issues.flatMap((issue) => issueToDiagnostics(issue, context));
  // One mistake, one message: a misspelt key (`dayz`) is an unknown field that says "did you mean `days`?", not that too
  // and a missing `days`.
  const kept = diagnostics.filter((d) => !(d.code === 'invalid-field' && (d.params as { problem: string }).problem === 'missing' && context.suggested.has((d.params as { field: string }).field)));
  return { data: null, diagnostics: [...prototypeKeys, ...kept] };
}

interface IssueContext {
  schema: AnySchema;
  fm: Frontmatter;
  file: string;
  kind: string;
  input: unknown;
  references: readonly ReferenceSpec[];
  /** The fields an unknown key was taken for (`stages[1].days` for `dayz`). */
  suggested: Set<string>;
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

function issueToDiagnostics(issue: Issue, ctx: IssueContext): Diagnostic[] {
  const { schema, fm, file, kind, input } = ctx;
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(shapeOf(schemaAt(schema, path)) ?? {});
    // A pasted spreadsheet can bring thousands of unknown keys: only the listed ones are located.
    const listed = issue.keys.slice(0, MAX_PER_CODE);
    return listed.map((key, i) => {
      const suggestion = closest(key, known);
      if (suggestion !== undefined) ctx.suggested.add(formatPath([...path, suggestion]));
      const { stage } = stageOf(input, [...path, key]);
      const d = diagnostic('unknown-field', file, fm.locate([...path, key], 'key'), {
        kind,
        field: formatPath([...path, key]),
        ...(stage ? { stage } : {}),
        // Inside a stage, the field as the stage has it (`conversion`), never by the stage's place (`stages[1].conversion`).
        suggestion: suggestion === undefined ? undefined : formatPath([...(stage ? path.slice(2) : path), suggestion]),
        known,
      });
      return i === listed.length - 1 && issue.keys.length > listed.length ? withFields(d, { omitted: issue.keys.length - listed.length }) : d;
    });
  }
  const value = valueAt(input, path);
  const field = formatPath(path);
  const description = descriptionOf(schemaAt(schema, path));
  const base = { kind, field, ...stageOf(input, path), description, descriptionZh: descriptionZhAt(kind, schema, path) };
  const isStageId = path.length === 3 && path[0] === 'stages' && path[2] === 'id';
  if (isStageId && issue.code === 'invalid_format' && typeof value === 'string') {
    return [diagnostic('invalid-id', file, fm.locate(path), { what: 'stage', id: value, suggestion: suggestId(value) })];
  }
  if (issue.code === 'invalid_key') {
    const key = String(path[path.length - 1]);
    const parentPath = path.slice(0, -1);
    const stage = stageOf(input, parentPath).stage;
    return [
      diagnostic('invalid-field', file, fm.locate(path, 'key'), {
        ...base,
        ...(stage ? { stage } : {}),
        problem: 'key',
        key,
        parent: formatPath(parentPath),
        suggestion: suggestId(key),
        refersTo: referenceAt(ctx.references, path),
      }),
    ];
  }
  return [diagnostic('invalid-field', file, fm.locate(path), { ...base, ...problem(issue, value, ctx, path) })];
}

/** What is wrong, as data (the catalogue writes it in words). */
function problem(issue: Issue, value: unknown, ctx: IssueContext, path: Path): FieldProblem {
  const got = summarize(value);
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { problem: 'missing' };
      // A number too large for a number (`1e400`: YAML reads it as text, or as infinity) is too big, not "not a number".
      const overflow = issue.expected === 'number' || issue.expected === 'int' ? overflowOf(value) : 0;
      if (overflow !== 0) {
        const bounds = boundsOf(schemaAt(ctx.schema, path));
        const shown: ValueSummary = { type: 'number', text: typeof value === 'string' ? value.trim() : String(value) };
        return overflow > 0
          ? { problem: 'too-big', maximum: bounds.max?.value ?? MAX_AMOUNT, inclusive: bounds.max?.inclusive ?? true, got: shown }
          : { problem: 'too-small', minimum: bounds.min?.value ?? -MAX_AMOUNT, inclusive: bounds.min?.inclusive ?? true, got: shown };
      }
      // A number typed as people type it (`150万`, `60%` for a share): the replacement is exact.
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string') {
        const typed = typedNumber(value, { share: isShare(schemaAt(ctx.schema, path)) });
        if (typed && (issue.expected === 'number' || Number.isInteger(typed.value))) {
          return { problem: 'type', expected: issue.expected, got, replacement: numberText(typed.value), form: typed.form };
        }
      }
      return { problem: 'type', expected: issue.expected, got };
    }
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'too-few', minimum: Number(issue.minimum) };
      if (issue.origin === 'string') return { problem: 'empty' };
      return { problem: 'too-small', minimum: Number(issue.minimum), inclusive: issue.inclusive ?? false, got };
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return { problem: 'too-many', maximum: Number(issue.maximum) };
      // A share written as a whole percentage (`60`): the message says what it would be; a guess, so never a fix.
      if (Number(issue.maximum) === 1 && Number.isInteger(value) && (value as number) > 1 && (value as number) <= 100 && isShare(schemaAt(ctx.schema, path))) {
        return { problem: 'too-big', maximum: 1, inclusive: issue.inclusive ?? false, got, percent: numberText((value as number) / 100) };
      }
      return { problem: 'too-big', maximum: Number(issue.maximum), inclusive: issue.inclusive ?? false, got };
    case 'invalid_value':
      return { problem: 'enum', values: issue.values.map(String), got };
    case 'invalid_format': {
      const format = issue.format === 'regex' && issue.pattern !== undefined ? (FORMATS.get(issue.pattern) ?? 'other') : 'other';
      if (format !== 'id' || typeof value !== 'string') return { problem: 'format', format, got };
      const suggestion = suggestId(value);
      return { problem: 'format', format, got, ...(suggestion ? { suggestion, source: 'name' as const } : {}), refersTo: referenceAt(ctx.references, path) };
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { rule?: string; format?: string };
      if (params.format === 'real-date') return { problem: 'format', format: 'real-date', got };
      if (params.rule && RULES.has(params.rule)) return { problem: 'rule', rule: params.rule as 'min-above-max' | 'one-criterion' | 'to-or-add' | 'from-after-to' | 'one-segment' };
      return { problem: 'rule', rule: 'other', text: issue.message };
    }
    default:
      return { problem: 'rule', rule: 'other', text: issue.message };
  }
}

/** +1 or −1 for a number beyond any number (infinity, or a numeral such as `1e400` that only reaches it); 0 otherwise. */
function overflowOf(value: unknown): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && NUMERAL.test(value.trim()) ? Number(value.trim()) : NaN;
  return number === Infinity ? 1 : number === -Infinity ? -1 : 0;
}

/** A decimal numeral as YAML writes one, with an exponent. */
const NUMERAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** The bounds a number schema checks (`min`, `max`, `gt`…). */
function boundsOf(schema: AnySchema | undefined): { min?: { value: number; inclusive: boolean }; max?: { value: number; inclusive: boolean } } {
  const out: { min?: { value: number; inclusive: boolean }; max?: { value: number; inclusive: boolean } } = {};
  if (!schema) return out;
  for (const check of defOf(unwrapSchema(schema)).checks ?? []) {
    const def = check._zod.def as { check: string; value?: unknown; inclusive?: boolean };
    if (def.check === 'less_than') out.max = { value: Number(def.value), inclusive: def.inclusive ?? false };
    if (def.check === 'greater_than') out.min = { value: Number(def.value), inclusive: def.inclusive ?? false };
  }
  return out;
}

/** Whether a number schema is a share: at most 1 (format §2, `share`). */
function isShare(schema: AnySchema | undefined): boolean {
  if (!schema) return false;
  const def = defOf(unwrapSchema(schema));
  return def.type === 'number' && (def.checks ?? []).some((c) => c._zod.def.check === 'less_than' && Number(c._zod.def.value) <= 1);
}

/** The kind a field's ids name, if the field is a reference: `roles` for `stages[0].raci.<key>`. */
function referenceAt(references: readonly ReferenceSpec[], path: Path): string | undefined {
  const matches = (spec: ReferenceSpec) =>
    spec.path.length === path.length &&
    spec.path.every((step, i) => (step === '*' ? typeof path[i] === 'number' : step === '{}' ? typeof path[i] === 'string' : step === path[i]));
  return references.find(matches)?.to;
}

/** The stage a path is inside (`stages[1].conversion` → the second stage, by its id and title), if it is inside one. */
function stageOf(input: unknown, path: Path): { stage?: StageOfField } {
  if (path[0] !== 'stages' || typeof path[1] !== 'number') return {};
  const stage = valueAt(input, path.slice(0, 2));
  const read = (key: string) => {
    const v = stage !== null && typeof stage === 'object' ? (stage as Record<string, unknown>)[key] : undefined;
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const id = read('id');
  const title = read('title');
  const rest = path.slice(2);
  return { stage: { index: path[1], ...(id ? { id } : {}), ...(title ? { title } : {}), field: rest.length ? formatPath(rest) : '' } };
}

/** A valid id close to a name, if one can be made: `Sales_Rep` → `sales-rep`, `grówth` → `growth`, `Regional Sales` → `regional-sales`. */
export function suggestId(name: string): string | undefined {
  const latin = name.normalize('NFKD').replace(/\p{M}+/gu, '');
  // Letters of another script (`华东`, `Ventes 华东`) have no id to become here: dropping them would name something else.
  if (/[^\P{L}A-Za-z]/u.test(latin)) return undefined;
  const suggestion = latin
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
