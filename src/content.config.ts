import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { playbookLoader } from './integrations/playbook-loader.ts';
import { REGISTRY } from './kinds/index.ts';

/**
 * The content collections. Playbook files: one collection per kind of the
 * registry, filled by our own loader from the same check as the CLI, with
 * bodies rendered by our safe pipeline (src/body/) — never compiled as MDX.
 * Entry ids: `acme` for a playbook, `acme/segments/smb` for an entity. The
 * docs in content/ are the maintainers' own pages: full MDX, through
 * @astrojs/mdx.
 */
export const collections = {
  ...Object.fromEntries(
    [REGISTRY.playbook, ...REGISTRY.entities].map((kind) => [kind.id, defineCollection({ loader: playbookLoader(kind.id), schema: kind.schema })]),
  ),
  docs: defineCollection({
    loader: glob({ base: './content', pattern: ['**/[!_]*.mdx', '!**/_*/**'] }),
    schema: z
      .object({
        title: z.string().min(1).describe('Title of the page.'),
        description: z.string().min(1).describe('One sentence: what the page is about.'),
        order: z.number().default(100).describe('Position in the docs navigation, smallest first.'),
      })
      .strict(),
  }),
};
