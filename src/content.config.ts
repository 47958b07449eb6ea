import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { REGISTRY } from './kinds/index.ts';
import { playbookSchema } from './schema/index.ts';

/**
 * The content collections, one per kind of file of the registry, backed by
 * the same schemas as the CLI. Entry ids are paths without `.mdx`: `acme` for
 * a playbook, `acme/segments/smb` for an entity. Files and folders starting
 * with `_` are ignored.
 */
const IGNORE = '!**/_*/**';

const entityId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '').replace(/\/index$/, '');

// Astro's frontmatter parser reads YAML dates as Date objects; the format keeps them as YYYY-MM-DD strings.
const astroPlaybookSchema = playbookSchema.extend({
  updated: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), playbookSchema.shape.updated),
});

export const collections = {
  [REGISTRY.playbook.id]: defineCollection({
    loader: glob({ base: './playbooks', pattern: ['*/index.mdx', IGNORE], generateId: entityId }),
    schema: astroPlaybookSchema,
  }),
  ...Object.fromEntries(
    REGISTRY.entities.map((kind) => [
      kind.id,
      defineCollection({ loader: glob({ base: './playbooks', pattern: [`*/${kind.id}/[!_]*.mdx`, IGNORE], generateId: entityId }), schema: kind.schema }),
    ]),
  ),
  docs: defineCollection({
    loader: glob({ base: './content', pattern: ['**/[!_]*.mdx', IGNORE] }),
    schema: z
      .object({
        title: z.string().min(1).describe('Title of the page.'),
        description: z.string().min(1).describe('One sentence: what the page is about.'),
        order: z.number().default(100).describe('Position in the docs navigation, smallest first.'),
      })
      .strict(),
  }),
};
