import { z } from 'astro/zod';
import { REGISTRY, jsonSchemaFile, type Registry } from './index.ts';

/**
 * JSON Schemas of each kind's frontmatter, generated from the Zod schemas of
 * the registry (as authors write it: defaults are optional), for editor
 * completion and hover help: `playbook.schema.json`, `segment.schema.json`…
 */
export function frontmatterJsonSchemas(registry: Registry = REGISTRY): { kind: string; file: string; schema: object }[] {
  return [registry.playbook, ...registry.entities].map((kind) => ({
    kind: kind.id,
    file: jsonSchemaFile(kind),
    schema: { ...z.toJSONSchema(kind.schema, { io: 'input', unrepresentable: 'any' }), title: `Playbook ${kind.singular} frontmatter` },
  }));
}
