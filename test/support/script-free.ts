/**
 * What a built page must never carry from a playbook or a guide, said once for every build the tests read (the
 * fixture sites, the hostile ones, the examples): an inline event handler, or a URL that runs code or a document —
 * `javascript:`, `vbscript:`, `data:text/html` — in a link, a source or a form, however it is spelled (mixed case,
 * control characters and spaces inside, as a browser reads it). Script elements too, except on the pages a build is
 * allowed them (the search pages, which load Pagefind).
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** The attributes a browser follows or loads as a URL, where a `data:` document would open too. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background']);
const CODE_URL = /^(javascript|vbscript):/;
const HTML_DATA = /^data:text\/html/;

export interface ScriptFreeOptions {
  /** Whether the page may have script elements (their hashes are the CSP's business: examples-site.test.ts). */
  scriptsAllowed?: boolean;
}

/** Every way the page could run code that is not the site's own, one line each; none means none. */
export function codeInPage(page: string | HTMLElement, { scriptsAllowed = false }: ScriptFreeOptions = {}): string[] {
  const root = typeof page === 'string' ? parse(page) : page;
  const problems: string[] = [];
  if (!scriptsAllowed) for (const script of root.querySelectorAll('script')) problems.push(`a script element: ${script.toString().slice(0, 80)}`);
  for (const el of root.querySelectorAll('*')) {
    for (const [attribute, value] of Object.entries(el.attributes)) {
      const name = attribute.toLowerCase();
      const tag = el.rawTagName.toLowerCase();
      if (name.startsWith('on')) {
        problems.push(`an inline handler: <${tag} ${name}="${value}">`);
        continue;
      }
      // The URLs the value may hold: a srcset's candidates, SVG's <animate values> (which can set an href), or itself;
      // each as a browser reads it, without the control characters and spaces it ignores, in any case.
      const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : name === 'values' ? value.split(';') : [value];
      // eslint-disable-next-line no-control-regex
      const read = urls.map((url) => url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase());
      // A scheme that runs code, in any attribute; an HTML document where the value is loaded or followed.
      if (read.some((url) => CODE_URL.test(url))) problems.push(`a URL that runs code: <${tag} ${name}="${value}">`);
      else if ((URL_ATTRIBUTES.has(name) || name === 'srcset') && read.some((url) => HTML_DATA.test(url))) problems.push(`a URL that opens a document: <${tag} ${name}="${value}">`);
    }
  }
  return problems;
}
