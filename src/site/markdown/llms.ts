/**
 * `/llms.txt` (the llms.txt proposal, llmstxt.org): an index of the site for
 * assistants — a title, a one-line summary in a quote, a few words on how
 * the site is laid out, then a section of links with a line each: the
 * playbooks (to the whole of each in Markdown, its book's twin) and the
 * docs. In the site's language, that of its own pages.
 */
import type { RootContent } from 'mdast';
import { LANGS, ui } from '../../i18n/index.ts';
import type { Site } from '../site.ts';
import { orderDocs, type DocEntry } from '../views/docs.ts';
import { heading, link, list, paragraph, stringify, text, withCode } from './mdast.ts';

/** An address of the site as llms.txt gives it: absolute when the site's URL is known, else from the root. */
function absolute(site: Site, path: string): string {
  return site.siteUrl ? new URL(path, site.siteUrl).href : path;
}

/** A description on one line (a summary may have line breaks). */
const oneLine = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

export function llmsTxt(site: Site, docs: readonly DocEntry[]): string {
  const t = ui(site.lang);
  const line = (label: string, href: string, description: string | undefined) => [
    link(label, absolute(site, href)),
    ...(oneLine(description) ? [text(`: ${oneLine(description)}`)] : []),
  ];
  const children: RootContent[] = [
    heading(1, site.title(site.lang)),
    { type: 'blockquote', children: [paragraph(t.siteDescription)] },
    paragraph(t.book.llms.intro),
    paragraph(withCode(t.book.llms.markdown)),
    heading(2, t.book.llms.playbooks),
    site.playbooks.length === 0
      ? paragraph(t.none)
      : list(site.playbooks.map((pb) => line(pb.graph.index.data.title, site.paths.markdown(site.paths.book(pb.id)), pb.graph.index.data.summary))),
    heading(2, t.book.llms.docs),
    // Every guide, in the order of the docs' navigation, language by language (the site's first).
    docs.length === 0
      ? paragraph(t.none)
      : list([site.lang, ...LANGS.filter((l) => l !== site.lang)].flatMap((lang) => orderDocs(docs.filter((d) => d.lang === lang))).map((d) => line(d.title, site.paths.docs(d.slug, d.lang), d.description))),
  ];
  return stringify({ type: 'root', children });
}
