/**
 * Link checking over a build folder, as a static host will serve it: every
 * internal URL in the HTML (href, src, srcset, action), the stylesheets
 * (`url(…)`) and the XML (sitemap, feeds) must name a file of the build —
 * a folder meaning its index.html — under the base path, and every
 * `#fragment` of a page must name an element of that page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file of a build, as paths relative to it with `/` separators, sorted. */
export function buildFiles(dir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return walk(dir)
    .map((file) => relative(dir, file).split('\\').join('/'))
    .sort();
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster'];

/** The URLs a page refers to, as written (entities decoded). */
function pageUrls(doc: HTMLElement): string[] {
  const urls: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== undefined) urls.push(value);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  }
  return urls;
}

/**
 * The problems with the internal links of a build served at `siteUrl` +
 * `base` (e.g. `https://example.com` + `/sales/`); an empty list when every
 * one resolves. Links to other sites are not followed.
 */
export function findBrokenLinks(dir: string, base: string, siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  const files = new Set(buildFiles(dir));
  const ids = new Map<string, Set<string>>();
  const docs = new Map<string, HTMLElement>();
  const dom = (file: string) => {
    let doc = docs.get(file);
    if (!doc) docs.set(file, (doc = parse(readFileSync(join(dir, file), 'utf8'))));
    return doc;
  };
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const doc = dom(file);
      set = new Set([...doc.querySelectorAll('[id]').map((el) => el.id), ...doc.querySelectorAll('a[name]').map((el) => el.getAttribute('name')!)]);
      ids.set(file, set);
    }
    return set;
  };

  const problems: string[] = [];
  const check = (from: string, raw: string) => {
    if (/^(mailto|tel|data):/i.test(raw)) return;
    const here = new URL(from.replace(/(^|\/)index\.html$/, '$1'), `${origin}${base}`);
    let url: URL;
    try {
      url = new URL(raw, here);
    } catch {
      problems.push(`${from}: ${raw} is not a URL`);
      return;
    }
    if (url.origin !== origin) {
      if (!/^https?:$/.test(url.protocol)) problems.push(`${from}: ${raw} is neither a web address nor a link within the site`);
      return;
    }
    if (!url.pathname.startsWith(base)) {
      problems.push(`${from}: ${raw} is outside the base path ${base}`);
      return;
    }
    let target = decodeURIComponent(url.pathname.slice(base.length));
    if (target === '' || target.endsWith('/')) target += 'index.html';
    if (!files.has(target)) {
      problems.push(`${from}: ${raw} → ${target} is not in the build`);
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) problems.push(`${from}: ${raw} → no element #${fragment} in ${target}`);
  };

  for (const file of files) {
    if (file.endsWith('.html')) for (const url of pageUrls(dom(file))) check(file, url);
    else if (file.endsWith('.css')) {
      for (const [, url] of readFileSync(join(dir, file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) check(file, url!);
    } else if (file.endsWith('.xml')) {
      const xml = readFileSync(join(dir, file), 'utf8');
      for (const match of xml.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>|\shref="([^"]+)"/g)) check(file, (match[1] ?? match[2]!).replace(/&amp;/g, '&'));
    }
  }
  return problems;
}
