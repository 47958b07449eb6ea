/**
 * The engine as an Astro integration: what a team's `astro.config.mjs` uses.
 *
 *     import salesPlaybook, { defineConfig } from 'sales-playbook';
 *     export default defineConfig({
 *       site: process.env.SITE_URL,
 *       base: process.env.BASE_PATH,
 *       integrations: [salesPlaybook({ title: 'Acme sales playbooks', lang: 'en' })],
 *     });
 *
 * It validates its options, injects every page of the site (src/routes/),
 * sets what the pages rely on (trailing slashes, the Content-Security-Policy,
 * stylesheets as files, the Markdown of the docs, MDX and the sitemap),
 * checks the playbooks before a build and on every save in `astro dev`, and
 * indexes the built site for search. The content collections come from
 * `sales-playbook/content` (./content.ts).
 */
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import { benchTurnsOff } from './bench-switches.ts';
import { configModule, customCssModule } from './config-module.ts';
import { resolveOptions, type PlaybookOptions } from './options.ts';
import { includesGuides } from './guides.ts';
import { indexForSearch } from './pagefind.ts';
import { checkBeforeBuild, watchPlaybooks } from './playbook-check.ts';
import { rehypeAccessibleMarkdown } from './rehype-accessible-markdown.ts';
import { rehypeHighlightCode } from './rehype-highlight-code.ts';
import { rehypeSafeUrls } from './rehype-safe-urls.ts';
import { siteRoutes } from './routes.ts';

export type { PlaybookOptions } from './options.ts';
/** Astro's own, so that a site's config needs nothing but the engine (which brings the Astro it was made with). */
export { defineConfig } from 'astro/config';

/** Code colours that meet AA contrast in both schemes; src/styles/prose.css switches to the dark ones. */
const SHIKI = { themes: { light: 'github-light-default', dark: 'github-dark-default' } };

export default function salesPlaybook(options: PlaybookOptions = {}): AstroIntegration {
  let root = '';
  let isDev = false;
  return {
    name: 'sales-playbook',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig, injectRoute }) => {
        const resolved = resolveOptions(options, process.env);
        if (!resolved.ok) {
          const list = resolved.problems.map((p) => `\`${p.option}\` ${p.message}`).join('; ');
          const error = new AstroError(
            `The options of salesPlaybook() in astro.config.mjs are not valid: ${list}.`,
            'For example: salesPlaybook({ title: "Acme sales playbooks", lang: "en", editLink: "https://github.com/acme/playbooks/edit/main/{path}", guides: true }).',
          );
          error.stack = '';
          throw error;
        }
        root = fileURLToPath(config.root);
        // Forward slashes (Vite's form of a path, Windows included).
        const customCss = resolved.options.customCss.map((file) => resolve(root, file).split(sep).join('/'));
        const missing = resolved.options.customCss.filter((_, i) => !isFile(customCss[i]!));
        if (missing.length > 0) {
          const error = new AstroError(
            `The option \`customCss\` of salesPlaybook() in astro.config.mjs names ${missing.map((f) => `\`${f}\``).join(', ')}, which ${missing.length > 1 ? 'are not files' : 'is not a file'} (paths are read from the site's folder, ${root}).`,
            'Write each stylesheet\u2019s path from the site\u2019s folder, as in customCss: ["./src/styles/brand.css"], or create the file.',
          );
          error.stack = '';
          throw error;
        }
        isDev = command === 'dev';
        // Decided here, where the engine's own path is known (the pages are bundled elsewhere by the build).
        const published = { ...resolved.options, guides: includesGuides(root, resolved.options.guides) };
        for (const route of siteRoutes()) injectRoute({ pattern: route.pattern, entrypoint: route.entrypoint, prerender: true });
        const has = (name: string) => config.integrations.some((i) => i.name === name);
        updateConfig({
          trailingSlash: 'always',
          output: 'static',
          build: {
            // Stylesheets as files, never inline <style>: Astro's CSP hashes miss the styles of components used in
            // content collection MDX (the docs' reference tables), which the browser would then block.
            inlineStylesheets: 'never',
            // Pages are written while others render (a build waited on file writes for a fifth of its time).
            concurrency: 4,
          },
          security: {
            // A Content-Security-Policy <meta> on every page: scripts and stylesheets only from the site itself or
            // with the hash Astro computes for its own inline ones; nothing else loads from elsewhere.
            csp: {
              // Set in full: an integration's updateConfig does not fill in the defaults a user's config gets.
              algorithm: 'SHA-256',
              directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
              // Pagefind's search is WebAssembly: in a worker (which this <meta> policy does not reach) or, where a
              // worker cannot start, in the page itself.
              scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
              // Inline `style` attributes only (not <style> elements): Shiki's code colours, GFM table alignment, chart bars.
              styleDirective: { resources: [{ resource: "'self'", kind: 'element' }, { resource: "'unsafe-inline'", kind: 'attribute' }] },
            },
          },
          markdown: {
            // Markdown of the docs in content/ (full MDX; playbook bodies never go through here: our own safe
            // pipeline, src/body/, renders them in the playbook content loader). Astro 7's default processor
            // (Sätteri) ignores remark plugins; GFM goes through unified() + remark-gfm. rehypeAccessibleMarkdown
            // labels task-list checkboxes and makes tables keyboard-scrollable; rehypeSafeUrls drops `javascript:`
            // URLs and inline event handlers. Shiki highlights code blocks first, only in pages that have one.
            processor: unified({
              gfm: false,
              // remark-cjk-friendly: `**重要。**` is bold in the Chinese guides too (CommonMark's emphasis rules and CJK punctuation).
              remarkPlugins: [remarkGfm, remarkCjkFriendly],
              rehypePlugins: [[rehypeHighlightCode, SHIKI], rehypeAccessibleMarkdown, rehypeSafeUrls],
            }),
            syntaxHighlight: false,
          },
          experimental: {
            // Editor help: the Astro VS Code extension completes and checks frontmatter against the collections'
            // schemas (with `astro.content-intellisense` on). `playbook schema` writes them as JSON Schema files.
            contentIntellisense: true,
            // A page is rendered again only when its cache key (src/site/cache-keys.ts: a digest of every input it shows)
            // or its code changed: a warm build after one edit renders that entity's pages and its playbook's book.
            incrementalBuild: true,
          },
          integrations: [
            ...(has('@astrojs/mdx') ? [] : [mdx()]),
            // The search pages are not content; the 404 page is left out by the sitemap itself.
            ...(config.site && !has('@astrojs/sitemap') ? [sitemap({ filter: (page) => !new URL(page).pathname.includes('/search/') })] : []),
          ],
          vite: {
            plugins: [configModule(published), customCssModule(customCss)],
            build: {
              rolldownOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  // Astro marks every MDX module (the docs) with "use astro:head-inject"; Rolldown warns that it may
                  // not keep the directive, which is harmless here (withastro/astro#18087). Hide exactly that warning.
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });
        if (command === 'build') checkBeforeBuild(root, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Astro also starts a server during some builds (e.g. under NODE_ENV=test): watch only in `astro dev`.
        if (isDev) watchPlaybooks(server, root, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!benchTurnsOff('search')) await indexForSearch(dir, logger);
      },
    },
  };
}

/** Whether a path is a file (a folder named `x.css` is not a stylesheet). */
function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
