/**
 * The book (`/<pb>/book/`) puts every page of a playbook on one page. Each
 * page's HTML keeps its own ids (`goals`, `page-notes`, `stage-discover`,
 * the body's `user-content-…`), so the same id would appear once per part:
 * this module scopes a part's HTML to the part, without touching the
 * components that wrote it.
 *
 * - Every id inside a part gets the part's id and `--` in front
 *   (`segments-smb--criteria`), and so does every attribute that refers to
 *   ids (`for`, `headers`, `aria-labelledby`…). Ids of the format never hold
 *   `--`, so a scoped id cannot meet a part's own id.
 * - A `#fragment` link follows its id; a link to a page that is in the book
 *   becomes a link to that part (`/sub/demo/segments/smb/` → `#segments-smb`,
 *   `…/processes/solution/#stage-prove` → `#processes-solution--stage-prove`),
 *   so the book, and the PDF printed from it, reads on its own.
 *
 * The input is HTML as Astro and rehype-stringify write it: attribute values
 * in double quotes, `<` in text always escaped. Text, comments and the
 * content of `<script>`/`<style>` are left exactly as they are.
 */

/** Attributes whose value is one id or a space-separated list of ids. */
const ID_REFS = new Set([
  'id',
  'for',
  'headers',
  'list',
  'form',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-flowto',
  'aria-details',
  'aria-errormessage',
  'aria-activedescendant',
]);

/** A tag, a comment, or an element whose content is not markup (kept whole). */
const TOKEN = /<!--[\s\S]*?-->|<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)(\s*\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export interface BookLinks {
  /** A page's address as the pages write it (`/sub/demo/segments/smb/`) → the id of the part that reproduces it. */
  readonly pages: ReadonlyMap<string, string>;
}

/** The scoped form of an id inside part `part`. */
export const scopedId = (part: string, id: string) => `${part}--${id}`;

const LOCAL = 'http://book.invalid';

/**
 * A relative address (`../quick/`, `chart.png`) as the part's own page
 * resolves it, from the site's root: the book is at another address, where
 * it would go elsewhere. Absolute paths, fragments and other sites are as
 * they are.
 */
export function fromPage(href: string, page: string | undefined): string {
  if (!page || href === '' || href.startsWith('#') || href.startsWith('/') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(href)) return href;
  try {
    const url = new URL(href, `${LOCAL}${page}`);
    return url.origin === LOCAL ? `${url.pathname}${url.search}${url.hash}` : href;
  } catch {
    return href;
  }
}

/** Where a link goes in the book: a fragment of this part, another part, or (not in the book) where it went. */
export function bookHref(raw: string, part: string, links: BookLinks, page?: string): string {
  const href = fromPage(raw, page);
  const hash = href.indexOf('#');
  const path = hash < 0 ? href : href.slice(0, hash);
  const fragment = hash < 0 ? '' : href.slice(hash + 1);
  if (path === '') return fragment === '' ? href : `#${scopedId(part, fragment)}`;
  const target = links.pages.get(path);
  if (target === undefined) return href;
  return fragment === '' ? `#${target}` : `#${scopedId(target, fragment)}`;
}

/**
 * A part's HTML with its ids scoped to the part and its links pointing into
 * the book; `page` is the address of the part's own page, which relative
 * links and images are relative to.
 */
export function scopeHtml(html: string, part: string, links: BookLinks, page?: string): string {
  return html.replace(TOKEN, (token, _raw: string | undefined, name: string | undefined, attributes: string | undefined, end: string | undefined) => {
    if (name === undefined || !attributes) return token;
    const scoped = attributes.replace(ATTRIBUTE, (attribute, space: string, key: string, equals?: string, double?: string, single?: string, bare?: string) => {
      const value = double ?? single ?? bare;
      if (value === undefined || equals === undefined) return attribute;
      const lower = key.toLowerCase();
      let next: string;
      if (ID_REFS.has(lower)) {
        next = value
          .split(/[ \t\n\f\r]+/)
          .filter(Boolean)
          .map((id) => scopedId(part, id))
          .join(' ');
      } else if (lower === 'name' && name.toLowerCase() === 'a') {
        next = scopedId(part, value);
      } else if (lower === 'href') {
        next = bookHref(value, part, links, page);
        if (next === value) return attribute;
      } else if (lower === 'src') {
        next = fromPage(value, page);
        if (next === value) return attribute;
      } else return attribute;
      return `${space}${key}${equals}"${next.replace(/"/g, '&quot;')}"`;
    });
    return `<${name}${scoped}${end ?? ''}>`;
  });
}
