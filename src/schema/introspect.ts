/**
 * Reading Zod 4 schemas (`schema._zod.def`): the one walker behind the
 * checker's messages (src/model/validate.ts) and the generated format
 * reference (src/docs/).
 */
import type { z } from 'astro/zod';

export type AnySchema = z.core.$ZodType;

/** One check of a schema (`min`, `max`, a regex…), as Zod 4 stores it. */
export interface Check {
  check: string;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}

/** The parts of a schema definition this project reads. */
export interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  keyType?: AnySchema;
  valueType?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: AnySchema[];
  defaultValue?: unknown;
  checks?: Array<{ _zod: { def: Check } }>;
}

export const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;

/** The schema one wrapper (optional, default, nullable, readonly, pipe) down, if it is a wrapper. */
export function innerOf(schema: AnySchema): AnySchema | undefined {
  const def = defOf(schema);
  return def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
}

/** The schema under all its wrappers. */
export function unwrapSchema(schema: AnySchema): AnySchema {
  let current = schema;
  for (let next = innerOf(current); next; next = innerOf(current)) current = next;
  return current;
}

/** The fields of an object schema (through wrappers), or undefined when it is not an object. */
export function shapeOf(schema: AnySchema | undefined): Record<string, AnySchema> | undefined {
  if (!schema) return undefined;
  const def = defOf(unwrapSchema(schema));
  return def.type === 'object' ? def.shape : undefined;
}

/** The first description found on the schema or any wrapper inside it. */
export function descriptionOf(schema: AnySchema | undefined): string | undefined {
  for (let current = schema; current; current = innerOf(current)) {
    const description = (current as { description?: string }).description;
    if (description) return description;
  }
  return undefined;
}

/** The schema that validates the value at a data path (`['stages', 2, 'raci', 'ae']`), if the path is known. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(unwrapSchema(current));
    if (def.type === 'object') current = def.shape?.[String(segment)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return undefined;
  }
  return current;
}
