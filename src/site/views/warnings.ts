/**
 * Warnings as the pages show them (issue 16): a diagnostic's message rendered again from the catalogue in a page
 * MessageContext, whose `ref` marks each entity so that the page names it by its title (a link to its page when the
 * view gives the site), in words a leader reads; the file and line stay, for authors.
 */
import { CODES } from '../../diagnostics/codes.ts';
import { plainContext, type MessageContext } from '../../diagnostics/context.ts';
import { messageOf, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { entitiesOf, type Entity } from '../../model/graph.ts';
import { entityLink, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';

/** A diagnostic as the pages show it. */
export interface Warning {
  code: string;
  /** A short name of the code in the page's language. */
  title: string;
  /** The message in the page's language, entities named by their titles. */
  message: string;
  /**
   * The message in parts: text, `code` parts (field names, stage ids, values) and the entities it names (`link`:
   * their titles, with the href of their pages when the view gave the site).
   */
  parts: { text: string; code: boolean; link?: EntityLink }[];
  /** `playbooks/acme/roles/rep.mdx:5:3`: for authors, shown small. */
  where: string;
}

/** Marks an entity in a message rendered for a page; `warningParts` turns each mark into its title (or a link). */
const REF = { open: '\u0002', separator: '\u001f', close: '\u0003' } as const;
const REF_PATTERN = new RegExp(`${REF.open}([^${REF.separator}]*)${REF.separator}([^${REF.close}]*)${REF.close}|\`([^\`]*)\``, 'g');
const HAN_EDGE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The MessageContext of a page: like the terminal's, but an entity is marked so that the page can name it by its title. */
function pageContext(pb: SitePlaybook): MessageContext {
  return { ...plainContext(pb.lang, pb.graph.index.data.currency), ref: (kind, id) => `${REF.open}${kind}${REF.separator}${id}${REF.close}` };
}

/** An entity a message names, as a link when the site is given (its title and page), else as its title. */
function namedEntity(site: Site | undefined, pb: SitePlaybook, kind: string, id: string): EntityLink {
  if (kind === 'playbook') return { id, label: pb.graph.index.data.title, href: site ? site.paths.playbook(pb.id) : null };
  if (site) return entityLink(site, pb, kind, id);
  const entity = entitiesOf(pb.graph, kind).find((e) => e.id === id) as Entity<{ title: string }> | undefined;
  return { id, label: entity?.data.title ?? id, href: null };
}

/** A message rendered in the page context, split into text, code and entities; Chinese loses the spaces a title in Han does not need. */
function warningParts(site: Site | undefined, pb: SitePlaybook, text: string): Warning['parts'] {
  const parts: Warning['parts'] = [];
  let at = 0;
  for (const m of text.matchAll(REF_PATTERN)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), code: false });
    if (m[3] !== undefined) parts.push({ text: m[3], code: true });
    else {
      const link = namedEntity(site, pb, m[1]!, m[2]!);
      parts.push({ text: link.label, code: false, link });
    }
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), code: false });
  if (pb.lang === 'zh-CN') {
    // 岗位 `presales-engineer` 每年 → 岗位售前工程师每年: a title in Han needs no space beside Han text or full-width punctuation.
    parts.forEach((part, i) => {
      if (!part.link) return;
      const before = parts[i - 1];
      const after = parts[i + 1];
      if (before && !before.code && HAN_EDGE.test(part.text.at(0) ?? '') && / $/.test(before.text) && HAN_EDGE.test(before.text.at(-2) ?? '')) before.text = before.text.slice(0, -1);
      if (after && !after.code && HAN_EDGE.test(part.text.at(-1) ?? '') && /^ /.test(after.text) && HAN_EDGE.test(after.text.at(1) ?? '')) after.text = after.text.slice(1);
    });
  }
  return parts.filter((p) => p.text !== '');
}

/**
 * A diagnostic as a page shows it: its message rendered again in the page's language with the entities named by
 * their titles (links to their pages when `site` is given), the file and line kept for authors.
 */
export function toWarning(pb: SitePlaybook, d: Diagnostic, site?: Site): Warning {
  const text = messageOf(d, pageContext(pb));
  const parts = warningParts(site, pb, text);
  return {
    code: d.code,
    title: CODES[d.code].title[pb.lang],
    message: parts.map((p) => (p.code ? `\`${p.text}\`` : p.text)).join(''),
    parts,
    where: `${d.file}:${d.line}:${d.column}`,
  };
}

/** The warnings of one file of the playbook, as its page shows them. */
export function fileWarnings(pb: SitePlaybook, file: string, site?: Site): Warning[] {
  return pb.diagnostics.filter((d) => d.file === file).map((d) => toWarning(pb, d, site));
}

