/**
 * Warnings as the pages show them (issues 16, 24): a diagnostic's message rendered again from the catalogue in a page
 * MessageContext, whose `ref` marks each entity so that the page names it by its title (a link to its page when the
 * view gives the site), in words a leader reads; where it is, in words too (the entity, the stage, the field), linked
 * to the entity's page or, on that page, to where the file is edited. The code and the file position only go in a
 * tooltip, for authors and engineers.
 */
import { CODES } from '../../diagnostics/codes.ts';
import { plainContext, type MessageContext } from '../../diagnostics/context.ts';
import { messageOf, type Diagnostic } from '../../diagnostics/diagnostic.ts';
import { formatPath } from '../../format/text.ts';
import { ENTITY_KIND_IDS, findKind } from '../../kinds/index.ts';
import type { DataPath } from '../../model/frontmatter.ts';
import { entitiesOf, type Entity } from '../../model/graph.ts';
import { editUrl } from '../paths.ts';
import { entityLink, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { stageAnchor } from './shared.ts';

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
  /** Where it is, in words: `segment Mid-market, field \`dealSize\``, with the field as a `code` part. */
  place: { parts: { text: string; code: boolean }[]; href: string | null };
  /** `playbooks/acme/roles/rep.mdx:5:3`: for authors, in the tooltip of the place (never shown as text). */
  where: string;
  /** The tooltip of the place: the code and `where`. */
  source: string;
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
export function toWarning(pb: SitePlaybook, d: Diagnostic, site?: Site, ownPage = false): Warning {
  const text = messageOf(d, pageContext(pb));
  const parts = warningParts(site, pb, text);
  const where = `${d.file}:${d.line}:${d.column}`;
  return {
    code: d.code,
    title: CODES[d.code].title[pb.lang],
    message: parts.map((p) => (p.code ? `\`${p.text}\`` : p.text)).join(''),
    parts,
    place: placeOf(pb, d, site, ownPage),
    where,
    source: pb.t.place.source(d.code, where),
  };
}

/** The warnings of one file of the playbook, as its own page shows them. */
export function fileWarnings(pb: SitePlaybook, file: string, site?: Site): Warning[] {
  return pb.diagnostics.filter((d) => d.file === file).map((d) => toWarning(pb, d, site, true));
}

/** Marks the field in a place's words, to be split off as a `code` part. */
const FIELD = '\u0001';

/**
 * Where a diagnostic is, in words: the entity of its file (its kind and title), the stage and the field at its line
 * and column, or the text when it is in the body. Linked to the entity's page (a stage's section), or on the entity's
 * own page to where the file is edited, when the site has an edit link.
 */
function placeOf(pb: SitePlaybook, d: Diagnostic, site: Site | undefined, ownPage: boolean): Warning['place'] {
  const { t, lang } = pb;
  const found = entityOfFile(pb, d.file);
  const kind = found?.kind ?? d.file.slice(pb.graph.dir.length + 1).split('/')[0] ?? '';
  const id = found?.entity.id ?? d.file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  const kindName = findKind(kind, site?.registry)?.names[lang].one ?? kind;
  const title = kind === 'playbook' ? pb.graph.index.data.title : String((found?.entity.data as { title?: unknown } | undefined)?.title ?? id);
  let words = t.place.entity(kindName, title);
  let anchor = '';
  if (found) {
    const { entity } = found;
    if (entity.bodyLine !== undefined && d.line >= entity.bodyLine) words = t.place.text(words);
    else {
      const path = pathAt(entity, d);
      let rest: DataPath = path;
      if (kind === 'processes' && path[0] === 'stages' && typeof path[1] === 'number') {
        const stage = (entity.data as { stages?: { id: string; title: string }[] }).stages?.[path[1]];
        if (stage) {
          words = t.place.stage(words, stage.title);
          anchor = `#${stageAnchor(stage.id)}`;
          rest = path.slice(2);
        }
      }
      if (rest.length > 0) words = t.place.field(words, FIELD);
      const [before = '', after = ''] = words.split(FIELD);
      const parts = [{ text: before, code: false }, ...(rest.length > 0 ? [{ text: formatPath(rest), code: true }, { text: after, code: false }] : [])];
      return { parts: parts.filter((p) => p.text !== ''), href: placeHref(pb, site, kind, id, d.file, ownPage, anchor) };
    }
  }
  return { parts: [{ text: words, code: false }], href: placeHref(pb, site, kind, id, d.file, ownPage, anchor) };
}

/** The entity page of the place (a stage's section), or on that page the edit link of its file (none without one). */
function placeHref(pb: SitePlaybook, site: Site | undefined, kind: string, id: string, file: string, ownPage: boolean, anchor: string): string | null {
  if (!site) return null;
  if (ownPage) return anchor || editUrl(site.editUrlBase, file);
  if (kind === 'playbook') return site.paths.playbook(pb.id);
  const href = entityLink(site, pb, kind, id).href;
  return href && `${href}${anchor}`;
}

/** The entity a file of the playbook holds, with its kind (`playbook` for index.mdx). */
function entityOfFile(pb: SitePlaybook, file: string): { kind: string; entity: Entity<unknown> } | undefined {
  if (pb.graph.index.file === file) return { kind: 'playbook', entity: pb.graph.index };
  for (const kind of ENTITY_KIND_IDS) {
    const entity = entitiesOf(pb.graph, kind).find((e) => e.file === file);
    if (entity) return { kind, entity };
  }
  return undefined;
}

/**
 * The field a diagnostic's line and column point at: the deepest path of the file's data whose value or key starts
 * there; else the deepest whose key is on that line; empty for the file as a whole (line 1, a field the checks add).
 */
function pathAt(entity: Entity<unknown>, at: { line: number; column: number }): DataPath {
  let exact: DataPath | null = null;
  let onLine: DataPath | null = null;
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (path.length > 0) {
      if (!entity.source.has(path)) return;
      const key = entity.source.locate(path, 'key');
      const val = entity.source.locate(path, 'value');
      const same = (p: { line: number; column: number }) => p.line === at.line && p.column === at.column;
      if ((same(key) || same(val)) && (!exact || path.length > exact.length)) exact = [...path];
      if (key.line === at.line && (!onLine || path.length > onLine.length)) onLine = [...path];
    }
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === 'object') for (const [k, item] of Object.entries(value)) visit(item, [...path, k]);
  };
  visit(entity.data, []);
  return exact ?? onLine ?? [];
}

