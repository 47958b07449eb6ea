/**
 * What a site's `src/content.config.ts` needs (`sales-playbook/content`):
 *
 *     import { playbookCollections } from 'sales-playbook/content';
 *     export const collections = playbookCollections();
 *
 * One collection per kind of the registry, filled by our own loader from the
 * same check as the CLI, with bodies rendered by our safe pipeline
 * (src/body/) — never compiled as MDX. Entry ids: `acme` for a playbook,
 * `acme/segments/smb` for an entity. `docs` holds the site's own pages in
 * content/ (full MDX, the maintainers' own); `guides` the engine's guides when
 * the integration's `guides` option is on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import options from 'virtual:sales-playbook/config';
import { REGISTRY } from '../kinds/index.ts';
import { ENGINE_ROOT, GUIDES } from './guides.ts';
import { playbookLoader } from './playbook-loader.ts';

const docsSchema = z
  .object({
    title: z.string().min(1).describe('Title of the page.'),
    description: z.string().min(1).describe('One sentence: what the page is about.'),
    order: z.number().default(100).describe('Position in the docs navigation, smallest first.'),
  })
  .strict();

/** Pages in a content/ folder: every `.mdx`, but drafts and partials (`_name`). */
const PAGES = ['**/[!_]*.mdx', '!**/_*/**'];

/**
 * The engine's guides, in English and Chinese, when the site includes them; none when the site's root is the
 * engine's own (its content/ holds them already, in `docs`).
 */
function guidesLoader(): Loader {
  const inner = glob({ base: join(ENGINE_ROOT, 'content'), pattern: GUIDES.flatMap((slug) => [`${slug}.mdx`, `zh-cn/${slug}.mdx`]) });
  return {
    name: 'playbook-guides',
    load: async (context) => {
      if (!options.guides) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}

/** The site's own pages in content/ (none when the folder does not exist). */
function docsLoader(): Loader {
  const inner = glob({ base: './content', pattern: PAGES });
  return {
    name: 'playbook-docs',
    load: async (context) => {
      if (!existsSync(fileURLToPath(new URL('./content/', context.config.root)))) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}

/** Every collection of a playbook site. */
export function playbookCollections() {
  return {
    ...Object.fromEntries(
      [REGISTRY.playbook, ...REGISTRY.entities].map((kind) => [kind.id, defineCollection({ loader: playbookLoader(kind.id), schema: kind.schema })]),
    ),
    docs: defineCollection({ loader: docsLoader(), schema: docsSchema }),
    guides: defineCollection({ loader: guidesLoader(), schema: docsSchema }),
  };
}
