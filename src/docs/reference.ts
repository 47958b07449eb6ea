/**
 * The reference tables of the docs, generated from the schemas and the code
 * catalogue so that they can never drift from what `check` enforces. Plain
 * TypeScript: the docs components render what these functions return, and the
 * tests walk the same schemas to prove that every field and code is covered.
 */
import { CODES, type Code, type Severity } from '../diagnostics/codes.ts';
import type { Lang } from '../diagnostics/context.ts';
import { REGISTRY, type KindDefinition, type Registry } from '../kinds/index.ts';
import { fieldDescriptionZh } from '../kinds/descriptions-zh.ts';
import { ui } from '../i18n/index.ts';
import { DIAGNOSTIC_EXAMPLES } from './diagnostic-examples.ts';
import { EXAMPLE_CHANGES_ZH } from './diagnostic-examples-zh.ts';
import type { DiagnosticExample } from './example-playbook.ts';
import { defaultOf, defOf, describeType, descriptionOf, isOptional, shapeOf, unwrapSchema, type AnySchema } from './field-types.ts';
import { runExample, type ExampleResult } from './run-example.ts';

/** A kind's singular name (`segment`), or `stage` for the items of a process's `stages`. */
export type EntityName = string;

/** One field of one kind of file, as the format reference shows it. */
export interface FieldRow {
  entity: EntityName;
  /** Where the field sits: `title`, `coverage.owner`, `stages[].raci`, `buyingCenter[].function`. */
  path: string;
  /** The type in words: `string`, `whole number ≥ 0`, `share (0, 1]`, `list of ids (at least 1)`. */
  type: string;
  /** Whether the field must be written (inside its parent, for nested fields). */
  required: boolean;
  /** The value used when the field is left out, as written in YAML; undefined when there is none. */
  default?: string;
  description: string;
  /** The kind whose ids the field holds, when it is a reference (`processes`), from the registry. */
  refersTo?: string;
}

export interface EntityReference {
  entity: EntityName;
  /** Heading of the table. */
  title: string;
  /** Where the fields are written, with paths in backticks. */
  file: string;
  rows: FieldRow[];
}

/** The schemas behind each table, from the registry; stages are the items of a process's `stages`. Titles in a language. */
export function entitySchemas(
  registry: Registry = REGISTRY,
  lang: Lang = 'en',
): { entity: EntityName; title: string; file: string; schema: AnySchema; kind: KindDefinition }[] {
  return [registry.playbook, ...registry.entities].map((kind) => {
    const name = kind.names[lang].one;
    return {
      entity: kind.singular,
      title: name.charAt(0).toUpperCase() + name.slice(1),
      file: kind === registry.playbook ? '`playbooks/<playbook>/index.mdx`' : `\`playbooks/<playbook>/${kind.id}/<id>.mdx\``,
      schema: kind.schema,
      kind,
    };
  });
}

const STAGE_PREFIX = 'stages[].';

/** A reference spec's path as the reference writes field paths: `stages[].raci`, `offerings`. */
function referencePath(path: readonly string[]): string {
  return path
    .filter((p) => p !== '{}')
    .join('.')
    .replace(/\.\*/g, '[]');
}

/**
 * Every field of every kind of file, one table per entity (the process's
 * stages get their own), in a language: in Chinese, with the types in
 * Chinese and the descriptions of src/kinds/descriptions-zh.ts.
 */
export function fieldReference(registry: Registry = REGISTRY, lang: Lang = 'en'): EntityReference[] {
  const out: EntityReference[] = [];
  for (const { entity, title, file, schema, kind } of entitySchemas(registry, lang)) {
    const refs = new Map(kind.references.map((r) => [referencePath(r.path).replace(/\[\]$/, ''), r.to]));
    const rows = walkObject(schema, '', entity, lang === 'en' ? undefined : { lang, kind: kind.id, registry }).map((row) =>
      refs.has(row.path) ? { ...row, refersTo: refs.get(row.path) } : row,
    );
    if (entity !== 'process') {
      out.push({ entity, title, file, rows });
      continue;
    }
    out.push({ entity, title, file, rows: rows.filter((r) => !r.path.startsWith(STAGE_PREFIX)) });
    out.push({
      entity: 'stage',
      title: lang === 'en' ? 'Stage' : ui(lang).stage,
      file: ui(lang).locale.reference.stageFile(file),
      rows: rows.filter((r) => r.path.startsWith(STAGE_PREFIX)).map((r) => ({ ...r, entity: 'stage' })),
    });
  }
  return out;
}

/** All rows of all tables. */
export function fieldRows(lang: Lang = 'en'): FieldRow[] {
  return fieldReference(REGISTRY, lang).flatMap((e) => e.rows);
}

/** The language of a table other than English, and the kind whose translated descriptions it shows. */
interface Translation {
  lang: Exclude<Lang, 'en'>;
  kind: string;
  registry: Registry;
}

/** Rows for every field of an object schema and, recursively, of the objects inside it. */
function walkObject(schema: AnySchema, prefix: string, entity: EntityName, translation?: Translation): FieldRow[] {
  const shape = shapeOf(schema);
  if (!shape) throw new Error(`The ${entity} schema at \`${prefix || '(root)'}\` is not an object.`);
  const rows: FieldRow[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const path = `${prefix}${key}`;
    const english = descriptionOf(field);
    if (!english) throw new Error(`Field \`${path}\` of the ${entity} schema has no .describe(): the format reference needs one.`);
    const description = translation ? fieldDescriptionZh(translation.kind, path, translation.registry) : english;
    if (!description) throw new Error(`Field \`${path}\` of the ${entity} schema has no Chinese description (\`descriptionsZh\` of its kind, src/kinds/).`);
    const fallback = defaultOf(field);
    rows.push({
      entity,
      path,
      type: describeType(field, translation?.lang ?? 'en'),
      required: !isOptional(field),
      ...(fallback === undefined ? {} : { default: fallback }),
      description,
    });
    rows.push(...walkChildren(field, path, entity, translation));
  }
  return rows;
}

/** Rows for the fields inside a field: of an object, of a list's objects, of a map's objects. */
function walkChildren(field: AnySchema, path: string, entity: EntityName, translation?: Translation): FieldRow[] {
  const inner = unwrapSchema(field);
  const def = defOf(inner);
  if (def.type === 'object') return walkObject(inner, `${path}.`, entity, translation);
  if (def.type === 'array' && def.element && shapeOf(def.element)) return walkObject(def.element, `${path}[].`, entity, translation);
  if (def.type === 'record' && def.valueType && shapeOf(def.valueType)) return walkObject(def.valueType, `${path}.<id>.`, entity, translation);
  return [];
}

// ---------------------------------------------------------------------------
// Diagnostics

export interface DiagnosticRow {
  code: Code;
  severity: Severity;
  /** A short name of the code. */
  title: string;
  when: string;
  fix: string;
  /** The worked example and what the checker reports for it, run when the reference is built. */
  example: (DiagnosticExample & ExampleResult) | undefined;
}

/** Every code of the catalogue, errors first (catalogue order within each), with its checked example, in a language (the example's message too). */
export function diagnosticReference(lang: Lang = 'en'): DiagnosticRow[] {
  const rows = (Object.keys(CODES) as Code[]).map((code) => {
    const example = DIAGNOSTIC_EXAMPLES.find((e) => e.code === code);
    return {
      code,
      severity: CODES[code].severity,
      title: CODES[code].title[lang],
      when: CODES[code].when[lang],
      fix: CODES[code].fix[lang],
      example: example && { ...example, change: lang === 'en' ? example.change : (EXAMPLE_CHANGES_ZH[code] ?? example.change), ...runExample(example, lang) },
    };
  });
  return [...rows.filter((r) => r.severity === 'error'), ...rows.filter((r) => r.severity === 'warning')];
}

// ---------------------------------------------------------------------------
// Text

export interface TextPart {
  code: boolean;
  text: string;
}

/** Splits text with `backtick` spans into plain and code parts, so components can render inline code. */
export function inlineCode(text: string): TextPart[] {
  const parts: TextPart[] = [];
  text.split('`').forEach((piece, i) => {
    if (piece) parts.push({ code: i % 2 === 1, text: piece });
  });
  return parts;
}

/** A stable anchor for a heading or row: `stages[].raci` → `stage-raci`. */
export function anchorFor(...words: string[]): string {
  return words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
