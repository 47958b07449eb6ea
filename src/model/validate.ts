import type { z } from 'astro/zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Frontmatter } from './frontmatter.ts';
import { descriptionOf, schemaAt, shapeOf, type AnySchema } from '../schema/introspect.ts';
import { closest, describeValue, formatPath } from './text.ts';

type Issue = z.core.$ZodIssue;

/**
 * Validates frontmatter data against a schema and turns every Zod issue into a
 * diagnostic at the exact line and column of the offending key or value.
 */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  fm: Frontmatter,
  file: string,
  what: string,
): { data: z.output<S> | null; diagnostics: Diagnostic[] } {
  const input = fm.data ?? {};
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      data: null,
      diagnostics: [
        diagnostic(
          'invalid-field',
          file,
          fm.locate([]),
          `The frontmatter of this ${what} is ${describeValue(input)}, not a list of fields. Write one \`field: value\` per line between the \`---\` lines.`,
        ),
      ],
    };
  }
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.flatMap((issue) => issueToDiagnostics(issue, schema, fm, file, what, input));
  return { data: null, diagnostics };
}

function issueToDiagnostics(
  issue: Issue,
  schema: AnySchema,
  fm: Frontmatter,
  file: string,
  what: string,
  input: unknown,
): Diagnostic[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys(shapeOf(schemaAt(schema, path)) ?? {});
    return issue.keys.map((key) => {
      const field = formatPath([...path, key]);
      const suggestion = closest(key, known);
      const hint = suggestion
        ? `Did you mean \`${formatPath([...path, suggestion])}\`?`
        : `Known fields here: ${known.map((k) => `\`${k}\``).join(', ')}.`;
      return diagnostic(
        'unknown-field',
        file,
        fm.locate([...path, key], 'key'),
        `Unknown field \`${field}\` in this ${what}. Unknown fields are errors so that typos never pass silently. ${hint}`,
      );
    });
  }
  const value = valueAt(input, path);
  const field = formatPath(path);
  const description = descriptionOf(schemaAt(schema, path));
  const why = description ? ` (${field}: ${stripPeriod(description)}.)` : '';

  if (value === undefined && issue.code === 'invalid_type') {
    return [
      diagnostic(
        'invalid-field',
        file,
        fm.locate(path),
        `Missing field \`${field}\` in this ${what}. ${description ? `Add it: ${stripPeriod(description)}.` : 'Add it.'}`,
      ),
    ];
  }
  const isStageId = path.length === 3 && path[0] === 'stages' && path[2] === 'id';
  if (isStageId && issue.code === 'invalid_format') {
    return [
      diagnostic(
        'invalid-id',
        file,
        fm.locate(path),
        `Stage id ${describeValue(value)} is not a valid id. Use lowercase letters and digits in words joined by single hyphens, e.g. \`first-call\`.`,
      ),
    ];
  }
  if (issue.code === 'invalid_key') {
    const key = String(path[path.length - 1]);
    return [
      diagnostic(
        'invalid-field',
        file,
        fm.locate(path, 'key'),
        `\`${key}\` in \`${formatPath(path.slice(0, -1))}\` is not a valid role id. Use the file name of a role under roles/ (lowercase words joined by hyphens).`,
      ),
    ];
  }
  return [diagnostic('invalid-field', file, fm.locate(path), `${problem(issue, field, value)}${why}`)];
}

/** What is wrong, in words an author understands. */
function problem(issue: Issue, field: string, value: unknown): string {
  const got = `, not ${describeValue(value)}`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'int' ? 'a whole number' : article(issue.expected);
      return `\`${field}\` must be ${expected}${got}.`;
    }
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set')
        return `\`${field}\` needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}.`;
      if (issue.origin === 'string') return `\`${field}\` must not be empty.`;
      return `\`${field}\` must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}${got}.`;
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return `\`${field}\` may have at most ${String(issue.maximum)} items.`;
      return `\`${field}\` must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}${got}.`;
    case 'invalid_value':
      return `\`${field}\` must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}${got}.`;
    case 'invalid_format':
      if (issue.message === 'not a valid id')
        return `\`${field}\` must be an id (lowercase letters and digits in words joined by single hyphens, e.g. \`mid-market\`)${got}.`;
      if (issue.message === 'not a date') return `\`${field}\` must be a date written YYYY-MM-DD${got}.`;
      if (issue.message === 'not a currency code')
        return `\`${field}\` must be a three-letter ISO 4217 code in capitals, e.g. \`USD\`${got}.`;
      return `\`${field}\` has the wrong format${got}.`;
    default:
      return `\`${field}\` ${issue.message}.`;
  }
}

function article(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun === 'object' ? 'map of fields' : noun === 'array' ? 'list' : noun}`;
}

function stripPeriod(text: string): string {
  return text.replace(/\.\s*$/, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
