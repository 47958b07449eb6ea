import { z } from 'astro/zod';
import { SCHEMAS, type FileKind } from './index.ts';

/** File names of the generated JSON Schemas, one per kind of playbook file. */
export const JSON_SCHEMA_FILES: Record<FileKind, string> = {
  playbook: 'playbook.schema.json',
  segments: 'segment.schema.json',
  offerings: 'offering.schema.json',
  processes: 'process.schema.json',
  roles: 'role.schema.json',
};

/**
 * JSON Schemas of each kind's frontmatter, generated from the Zod schemas (as
 * authors write it: defaults are optional), for editor completion and hover help.
 */
export function frontmatterJsonSchemas(): Record<FileKind, object> {
  const out = {} as Record<FileKind, object>;
  for (const kind of Object.keys(SCHEMAS) as FileKind[]) {
    out[kind] = {
      ...z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' }),
      title: `Playbook ${JSON_SCHEMA_FILES[kind].replace('.schema.json', '')} frontmatter`,
    };
  }
  return out;
}
