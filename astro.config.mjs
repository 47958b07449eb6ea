// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { playbookCheck } from './src/integrations/playbook-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { rehypeAccessibleMarkdown } from './src/integrations/rehype-accessible-markdown.ts';
import { rehypeSafeUrls } from './src/integrations/rehype-safe-urls.ts';
import { rehypeHighlightCode } from './src/integrations/rehype-highlight-code.ts';

// Environment (all optional):
// - BASE_PATH: the path the site is served under, e.g. `/playbooks/`; default `/`.
// - SITE_URL: the site's absolute URL, e.g. `https://example.com`. It turns on canonical links and the sitemap
//   (sitemap-index.xml); without it there is no sitemap, because a sitemap needs absolute URLs.
// - EDIT_URL_BASE: where "Edit this page" links point, e.g. `https://github.com/acme/playbooks/edit/main`
//   (read by src/site/current.ts); no edit links when unset.
const base = process.env.BASE_PATH || '/';
const site = process.env.SITE_URL || undefined;
// Code colours that meet AA contrast in both schemes; src/styles/prose.css switches to the dark ones.
const shikiConfig = { themes: { light: 'github-light-default', dark: 'github-dark-default' } };

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  output: 'static',
  build: {
    // Stylesheets as files, never inline <style>: Astro's CSP hashes miss the styles of components used in content
    // collection MDX (the docs' reference tables), which the browser would then block.
    inlineStylesheets: 'never',
  },
  security: {
    // A Content-Security-Policy <meta> on every page: scripts and stylesheets only from the site itself or with the
    // hash Astro computes for its own inline ones; nothing else loads from elsewhere.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Pagefind's search is WebAssembly: in a worker (which this <meta> policy does not reach) or, where a worker
      // cannot start, in the page itself.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Inline `style` attributes only (not <style> elements): Shiki's code colours, GFM table alignment, chart bars.
      styleDirective: { resources: [{ resource: "'self'", kind: 'element' }, { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    // Markdown for the docs in content/ (full MDX through @astrojs/mdx; playbook bodies never go through here: they are
    // rendered by our own safe pipeline, src/body/, in the playbook content loader).
    // Astro 7's default processor (Sätteri) ignores remark plugins; GFM goes through unified() + remark-gfm.
    // rehypeAccessibleMarkdown labels task-list checkboxes and makes tables keyboard-scrollable; rehypeSafeUrls drops
    // `javascript:` (and other script-running) URLs and inline event handlers.
    // Shiki highlights code blocks as the first rehype plugin, where `syntaxHighlight: 'shiki'` would put it, and only in
    // pages that have one (src/integrations/rehype-highlight-code.ts). It is listed here because Astro warns about
    // Shiki whenever a CSP is on; its colours are inline `style` attributes, which the CSP below allows (style-src-attr).
    processor: unified({
      gfm: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeHighlightCode, shikiConfig], rehypeAccessibleMarkdown, rehypeSafeUrls],
    }),
    syntaxHighlight: false,
  },
  experimental: {
    // Editor help: the Astro VS Code extension completes and checks frontmatter against the collections' schemas
    // (with `astro.content-intellisense` on, as in .vscode/settings.json). `npm run playbook -- schema` writes the
    // same schemas as JSON Schema files for other editors.
    contentIntellisense: true,
  },
  integrations: [
    playbookCheck(),
    mdx(),
    // The search pages are not content; the 404 page is left out by the sitemap itself.
    ...(site ? [sitemap({ filter: (page) => !new URL(page).pathname.includes('/search/') })] : []),
    pagefind(),
  ],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks every MDX module (the docs in content/) with "use astro:head-inject"; Rolldown warns that it may not keep the
          // directive, which is harmless here (withastro/astro#18087). Hide exactly that warning, keep the rest.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
