import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
// Imported with the config, not in the hook: a site's config (this package's TypeScript) is loaded by Vite's module
// runner, which Astro has closed by the time the build is done.
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built site with Pagefind once Astro has written it. Pagefind
 * reads each page's `<html lang>` and writes one index per language (the
 * Chinese one segmented into words); pages are indexed only inside
 * `data-pagefind-body`, with filters from `data-pagefind-filter`. The index
 * lands in `<outDir>/pagefind/`, where the search pages load it on demand.
 */
export async function indexForSearch(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const outDir = fileURLToPath(dir);
  try {
    const created = await createIndex({});
    if (!created.index) throw new Error(created.errors.join('\n'));
    const added = await created.index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await created.index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    logger.info(`Indexed ${added.page_count} pages for search.`);
  } catch (error) {
    throw new Error(
      `Pagefind could not index the site in ${outDir}: ${error instanceof Error ? error.message : String(error)}. Check that the \`pagefind\` package is installed with its binary for this platform (npm ci installs it).`,
      { cause: error },
    );
  } finally {
    await close();
  }
}
