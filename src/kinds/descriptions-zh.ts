/**
 * The Chinese descriptions of every field of every kind of file, beside the
 * English ones the schemas carry (`.describe()`): what the Chinese format
 * reference shows (src/docs/reference.ts) and what the checker's Chinese
 * messages quote (`invalid-field`). Each kind carries its own
 * (`descriptionsZh` of its definition), keyed by the paths of the reference:
 * `coverage.owner`, `stages[].raci`, `buyingCenter[].function`. A test holds
 * them to the schemas: every field has a description, and none names a field
 * that does not exist. Here: the lookups, and the descriptions of schemas
 * shared by many fields.
 */
import { defOf, innerOf, schemaAt, unwrapSchema, type AnySchema, type Def } from '../schema/introspect.ts';
import { idSchema, monthSchema, motiveSchema } from '../schema/index.ts';
import { findKind, REGISTRY, type Registry } from './index.ts';

/** The Chinese descriptions of every kind of the project's registry, by kind id (each kind's `descriptionsZh`). */
export const FIELD_DESCRIPTIONS_ZH: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.fromEntries(
  [REGISTRY.playbook, ...REGISTRY.entities].map((kind) => [kind.id, kind.descriptionsZh ?? {}]),
);

/**
 * Schemas shared by many fields, whose English description shows where the
 * value is an item of a list (`offerings[1]`, `motives[0]`) rather than a
 * field with a description of its own.
 */
const SHARED_ZH: [AnySchema, string][] = [
  [idSchema, '一个 id，由单个连字符连接的小写字母和数字组成，例如 `mid-market`。'],
  [monthSchema, '月份，格式为 YYYY-MM，例如 `2027-03`。'],
  [motiveSchema, '客群的采购动机，可选 `price-performance`（性价比最好）、`value-realization`（借助服务实现业务成效）或 `partnership`（组织对组织的长期合作关系）。'],
];

/** A data path (`['stages', 2, 'raci', 'ae']`) as the reference writes field paths (`stages[].raci.<id>`), following the schema. */
export function referencePathOf(schema: AnySchema, path: readonly PropertyKey[]): string {
  let out = '';
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    const def: Def | undefined = current ? defOf(unwrapSchema(current)) : undefined;
    if (def?.type === 'array') {
      out += '[]';
      current = def.element;
    } else if (def?.type === 'record') {
      out += '.<id>';
      current = def.valueType;
    } else {
      out += out ? `.${String(segment)}` : String(segment);
      current = def?.type === 'object' ? def.shape?.[String(segment)] : undefined;
    }
  }
  return out;
}

/** The Chinese description of a field of a kind of file, by its reference path; undefined when there is none. */
export function fieldDescriptionZh(kind: string, path: string, registry: Registry = REGISTRY): string | undefined {
  const own = findKind(kind, registry)?.descriptionsZh;
  return own && Object.hasOwn(own, path) ? own[path] : undefined;
}

/**
 * The Chinese description of the value at a data path of a kind's schema, as
 * the checker quotes it: the field's own, else that of the shared schema the
 * value is (an id in a list of ids).
 */
export function descriptionZhAt(kind: string, schema: AnySchema, path: readonly PropertyKey[], registry: Registry = REGISTRY): string | undefined {
  const own = fieldDescriptionZh(kind, referencePathOf(schema, path), registry);
  if (own !== undefined) return own;
  for (let current = schemaAt(schema, path); current; current = innerOf(current)) {
    for (const [shared, text] of SHARED_ZH) if (isDerivedFrom(current, shared)) return text;
  }
  return undefined;
}

/** Whether a schema is the shared one, or a clone of it made by a method that keeps its description (`.regex()`, `.optional()` keeps none). */
function isDerivedFrom(schema: AnySchema, shared: AnySchema): boolean {
  for (let s: AnySchema | undefined = schema; s; s = (s._zod as { parent?: AnySchema }).parent) if (s === shared) return true;
  return false;
}
