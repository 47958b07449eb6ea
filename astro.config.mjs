// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { playbookCheck } from './src/integrations/playbook-check.ts';

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'always',
  output: 'static',
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark plugins; GFM goes through unified() + remark-gfm.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [playbookCheck(), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks every MDX module with "use astro:head-inject"; Rolldown warns that it may not keep the
          // directive, which is harmless here (withastro/astro#18087). Hide exactly that warning, keep the rest.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
