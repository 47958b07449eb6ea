import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isReservedId, RESERVED_IDS } from '../../src/model/reserved.ts';
import { isValidId } from '../../src/schema/index.ts';
import { LANGS } from '../../src/i18n/index.ts';
import { langSegment } from '../../src/site/paths.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('RESERVED_IDS', () => {
  it('holds every top-level address of the site that a playbook id could take', () => {
    // src/routes/: folders and pages other than the playbook and language routes and the home page (`404.astro` is /404.html).
    const pages = readdirSync(`${ROOT}src/routes`)
      .filter((name) => !name.startsWith('[') && !/^index\.(astro|ts)$/.test(name))
      .map((name) => name.replace(/\.(astro|ts|md|mdx)$/, ''));
    // public/: files and folders served as they are; only names that are valid ids can collide with a playbook.
    const publicNames = readdirSync(`${ROOT}public`).filter(isValidId);
    // What the build adds: Pagefind's index.
    // Only names that are valid ids can collide with a playbook (`llms.txt` cannot).
    // The folder of each language's pages (`[lang]/`).
    const langs = LANGS.map(langSegment);
    const taken = [...new Set([...pages.filter(isValidId), ...publicNames, 'pagefind', ...langs])].sort();
    expect(pages).toEqual(expect.arrayContaining(['404', 'docs', 'search']));
    for (const id of taken) expect(RESERVED_IDS, id).toContain(id);
  });

  it('are ids that a playbook folder could have, and isReservedId knows exactly them', () => {
    for (const id of RESERVED_IDS) {
      expect(isValidId(id), id).toBe(true);
      expect(isReservedId(id)).toBe(true);
    }
    expect(isReservedId('acme')).toBe(false);
    expect(isReservedId('Docs')).toBe(false);
  });
});
