/**
 * The Chinese field descriptions (src/kinds/descriptions-zh.ts) against the
 * schemas of the registry: one for every field, none for a field that does
 * not exist, and one wherever the checker can quote an English description.
 */
import { describe, expect, it } from 'vitest';
import { descriptionZhAt, FIELD_DESCRIPTIONS_ZH, referencePathOf } from '../../src/kinds/descriptions-zh.ts';
import { REGISTRY } from '../../src/kinds/index.ts';
import { fieldReference } from '../../src/docs/reference.ts';
import { checkFiles } from '../../src/docs/run-example.ts';
import { defOf, descriptionOf, unwrapSchema, type AnySchema } from '../../src/schema/introspect.ts';
import { processSchema } from '../../src/schema/index.ts';

const KINDS = [REGISTRY.playbook, ...REGISTRY.entities];

/** Every place a value can sit in a schema (fields, items of lists, values of maps), as a data path with sample indexes and keys. */
function positions(schema: AnySchema, path: (string | number)[] = []): (string | number)[][] {
  const def = defOf(unwrapSchema(schema));
  if (def.type === 'object') return Object.entries(def.shape ?? {}).flatMap(([key, field]) => [[...path, key], ...positions(field, [...path, key])]);
  if (def.type === 'array' && def.element) return [[...path, 0], ...positions(def.element, [...path, 0])];
  if (def.type === 'record' && def.valueType) return [[...path, 'some-role'], ...positions(def.valueType, [...path, 'some-role'])];
  return [];
}

describe('Chinese field descriptions', () => {
  it('describe every field of every kind of file, and nothing else', () => {
    for (const kind of KINDS) {
      const rows = fieldReference(REGISTRY).filter((t) => t.entity === kind.singular || (kind.id === 'processes' && t.entity === 'stage'));
      const paths = rows.flatMap((t) => t.rows.map((r) => r.path)).sort();
      expect(Object.keys(FIELD_DESCRIPTIONS_ZH[kind.id] ?? {}).sort(), kind.id).toEqual(paths);
    }
    expect(Object.keys(FIELD_DESCRIPTIONS_ZH).sort()).toEqual(KINDS.map((k) => k.id).sort());
  });

  it('are Chinese, with full-width punctuation after Chinese characters', () => {
    for (const [kind, fields] of Object.entries(FIELD_DESCRIPTIONS_ZH)) {
      for (const [path, text] of Object.entries(fields)) {
        expect(text, `${kind} ${path}`).toMatch(/\p{Script=Han}/u);
        expect(text, `${kind} ${path}`).toMatch(/。$/);
        expect(text.replace(/`[^`]*`/g, ''), `${kind} ${path}`).not.toMatch(/\p{Script=Han}[,;:()?!]|"/u);
      }
    }
  });

  it('exist wherever the checker can quote an English description', () => {
    for (const kind of KINDS) {
      for (const path of positions(kind.schema)) {
        let at: AnySchema | undefined = kind.schema;
        for (const segment of path) {
          const def = defOf(unwrapSchema(at!));
          at = def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : def.valueType;
        }
        if (descriptionOf(at)) expect(descriptionZhAt(kind.id, kind.schema, path), `${kind.id} ${path.join('.')}`).toBeDefined();
      }
    }
  });

  it('are found by the data path of a value, as the reference writes it', () => {
    expect(referencePathOf(processSchema, ['stages', 2, 'raci', 'ae'])).toBe('stages[].raci.<id>');
    expect(descriptionZhAt('processes', processSchema, ['stages', 2, 'conversion'])).toBe(FIELD_DESCRIPTIONS_ZH.processes!['stages[].conversion']);
    expect(descriptionZhAt('segments', REGISTRY.entities[0]!.schema, ['offerings', 1])).toMatch(/^一个 id/);
  });

  it('are what the checker’s Chinese messages quote', () => {
    const files = {
      'playbooks/hy/index.mdx': '---\ntitle: 华远\nsummary: 一段话。\nlang: zh-CN\ngoals:\n  coverage: 0.9\n  winRate: 0.3\n---\n',
      'playbooks/hy/roles/kam.mdx': '---\ntitle: 客户经理\nsummary: 一段话。\nfunction: sales\nheadcount: 两个\n---\n',
    };
    const found = checkFiles(files).find((d) => d.code === 'invalid-field')!;
    expect(found.message).toContain('这个岗位的人数；多个岗位共用的人可以写小数');
    expect(found.message).not.toMatch(/People in the role/);
  });
});
