/**
 * The book of a playbook (format §6, `/<pb>/book/`): every page of the
 * playbook on one print-ready page, in reading order — the overview, the
 * segments, offerings, processes (with their stages) and roles, the matrix,
 * the metrics, the scenarios and the plan when there are — with a table of
 * contents. Each part is the page's own view and component (the book
 * composes them); src/site/book-html.ts keeps their ids apart.
 */
import { entitiesOf, type Entity } from '../../model/graph.ts';
import { kindLabel, playbookChrome, type PageChrome } from '../navigation.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { entityComponent, entityPage, type EntityPage } from './entity.ts';
import { matrixView, type MatrixView } from './matrix.ts';
import { metricsView, type MetricsView } from './metrics.ts';
import { overviewView, type OverviewView } from './overview.ts';
import { planView, type PlanView } from './plan.ts';
import { actualsView, type ActualsView } from './actuals.ts';
import { scenariosView, type ScenariosView } from './scenario.ts';
import { stageAnchor, type Fact } from './shared.ts';
import { bookKey } from '../cache-keys.ts';

/** A kind of part: a playbook-level page, or an entity kind of the registry (`segments`). */
export type BookPartKind = 'overview' | 'matrix' | 'metrics' | 'scenarios' | 'plan' | 'actuals' | (string & {});

export interface BookPart {
  /** The part's fragment id in the book: `overview`, `segments-smb`; ids inside it get `<id>--` in front. */
  id: string;
  kind: BookPartKind;
  /** The entity's id, for the parts of entity pages. */
  entityId: string | null;
  /** What kind of page the part is, shown above its title: `Segment`. */
  label: string;
  title: string;
  /** The page the part reproduces: links to it, anywhere in the book, go to the part. */
  href: string;
  /** Entries of the table of contents under the part's own: a process's stages. */
  sections: { title: string; href: string }[];
}

/** One entry of the table of contents: a part, or a heading over the parts of one kind. */
export interface BookEntry {
  label: string;
  /** `#<part id>`; null for a heading over a kind's parts. */
  href: string | null;
  children: BookEntry[];
}

export interface BookView {
  chrome: PageChrome;
  playbookId: string;
  title: string;
  /** The words above the title: `Sales playbook`. */
  eyebrow: string;
  intro: string;
  /** How to get a PDF: shown on screen, not printed. */
  pdfHint: { label: string; command: string };
  facts: Fact[];
  contentsLabel: string;
  contents: BookEntry[];
  parts: BookPart[];
  /** Page address → id of the part that reproduces it (for src/site/book-html.ts). */
  pages: ReadonlyMap<string, string>;
}

/** `getStaticPaths` of the books: one per playbook. */
export function bookPaths(site: Site) {
  return site.playbooks.map((pb) => ({ params: { pb: pb.id }, cacheKey: bookKey(site, pb) }));
}

/** The entities of a kind in the order of the navigation: segments by priority, the others as the graph has them. */
function entitiesInOrder(pb: SitePlaybook, kind: string): Entity<{ title?: unknown }>[] {
  return kind === 'segments' ? pb.segments : (entitiesOf(pb.graph, kind) as Entity<{ title?: unknown }>[]);
}

/** The parts of a playbook's book, in reading order. */
export function bookParts(site: Site, pb: SitePlaybook): BookPart[] {
  const { t, lang } = pb;
  const { paths, registry } = site;
  const title = pb.graph.index.data.title;
  const top = (kind: BookPartKind, label: string, partTitle: string, href: string): BookPart => ({
    id: kind,
    kind,
    entityId: null,
    label,
    title: partTitle,
    href,
    sections: [],
  });
  const entities = (kind: string): BookPart[] =>
    entitiesInOrder(pb, kind).map((e) => {
      const href = paths.entity(pb.id, kind, e.id);
      const sections =
        kind === 'processes'
          ? (pb.graph.processes.find((p) => p.id === e.id)?.data.stages ?? []).map((s) => ({ title: s.title, href: `${href}#${stageAnchor(s.id)}` }))
          : [];
      return { id: `${kind}-${e.id}`, kind, entityId: e.id, label: kindLabel(registry, kind, lang, 'one'), title: String(e.data.title ?? e.id), href, sections };
    });
  const kinds = registry.entities.map((k) => k.id);
  return [
    top('overview', t.playbook, title, paths.playbook(pb.id)),
    ...kinds.filter((k) => k !== 'scenarios' && k !== 'actuals').flatMap(entities),
    top('matrix', t.matrix, t.matrix, paths.matrix(pb.id)),
    top('metrics', t.metrics, t.metrics, paths.metrics(pb.id)),
    ...(kinds.includes('scenarios') && pb.scenarios.size > 0
      ? [top('scenarios', t.scenarios.title, t.scenarios.title, paths.scenarios(pb.id)), ...entities('scenarios')]
      : []),
    ...(pb.plan ? [top('plan', t.plan.title, t.plan.title, paths.plan(pb.id))] : []),
    // v1.2: assumed against measured, then each snapshot with its commentary.
    ...(kinds.includes('actuals') && pb.actuals ? [top('actuals', t.actuals.title, t.actuals.title, paths.actuals(pb.id)), ...entities('actuals')] : []),
  ];
}

/** The table of contents: the playbook-level parts as entries, the entity parts under a heading per kind. */
function contents(site: Site, pb: SitePlaybook, parts: readonly BookPart[]): BookEntry[] {
  const entries: BookEntry[] = [];
  const link = (part: BookPart): BookEntry => ({
    label: part.title,
    href: `#${part.id}`,
    children: part.sections.map((s) => ({ label: s.title, href: bookFragment(parts, s.href, part.id), children: [] })),
  });
  let group: { kind: string; entry: BookEntry } | null = null;
  for (const part of parts) {
    if (part.entityId === null) {
      // The scenarios' comparison heads the scenarios that follow it.
      const entry = link(part);
      entries.push(entry);
      group = part.kind === 'scenarios' || part.kind === 'actuals' ? { kind: part.kind, entry } : null;
      continue;
    }
    if (group?.kind !== part.kind) {
      const entry: BookEntry = { label: kindLabel(site.registry, part.kind, pb.lang, 'many'), href: null, children: [] };
      entries.push(entry);
      group = { kind: part.kind, entry };
    }
    group.entry.children.push(link(part));
  }
  return entries;
}

/** `…/processes/solution/#stage-prove` → `#processes-solution--stage-prove`, as book-html.ts scopes it. */
function bookFragment(parts: readonly BookPart[], href: string, part: string): string {
  const [, fragment = ''] = href.split('#');
  return fragment ? `#${part}--${fragment}` : `#${parts.find((p) => p.href === href)?.id ?? part}`;
}

/** The book of a playbook. */
export function bookView(site: Site, playbookId: string | undefined): BookView {
  const pb = findPlaybook(site, playbookId);
  const { t } = pb;
  const index = pb.graph.index;
  const title = index.data.title;
  const parts = bookParts(site, pb);
  const chrome = playbookChrome(site, pb, { kind: 'book', title: t.book.title, description: index.data.summary, file: null, sources: pb.files });
  const facts: Fact[] = [
    ...(index.data.owner ? [{ label: t.owner, value: index.data.owner }] : []),
    ...(chrome.updated ? [{ label: t.lastUpdated, value: chrome.updated.text }] : []),
  ];
  return {
    // The book repeats every page: search finds the pages themselves.
    chrome: { ...chrome, title: t.book.documentTitle(title), indexed: false, searchFilters: {} },
    playbookId: pb.id,
    title,
    eyebrow: t.book.eyebrow,
    intro: t.book.intro,
    pdfHint: { label: t.book.pdfHint, command: `npm run playbook -- pdf ${pb.id}` },
    facts,
    contentsLabel: t.book.contents,
    contents: contents(site, pb, parts),
    parts,
    pages: new Map(parts.map((p) => [p.href, p.id])),
  };
}

/** What a part shows: the view of its page, and the body entry (collection and id) when the page has a body. */
export type BookPartPage =
  | { kind: 'overview'; view: OverviewView; entry: { collection: string; id: string } | null }
  | { kind: 'entity'; page: EntityPage; /** The component of its kind's page (EntityContent). */ component: string; entry: { collection: string; id: string } | null }
  | { kind: 'matrix'; view: MatrixView; entry: null }
  | { kind: 'metrics'; view: MetricsView; entry: null }
  | { kind: 'scenarios'; view: ScenariosView; entry: null }
  | { kind: 'plan'; view: PlanView; entry: null }
  | { kind: 'actuals'; view: ActualsView; entry: null };

/** The view of one part of the book. */
export function bookPartPage(site: Site, playbookId: string, part: BookPart): BookPartPage {
  if (part.entityId !== null) {
    const page = entityPage(site, playbookId, part.kind, part.entityId);
    return { kind: 'entity', page, component: entityComponent(site, part.kind), entry: page.view.hasBody ? { collection: part.kind, id: page.view.entryId } : null };
  }
  switch (part.kind) {
    case 'overview': {
      const view = overviewView(site, playbookId);
      return { kind: 'overview', view, entry: view.hasBody ? { collection: 'playbook', id: view.entryId } : null };
    }
    case 'matrix':
      return { kind: 'matrix', view: matrixView(site, playbookId), entry: null };
    case 'metrics':
      return { kind: 'metrics', view: metricsView(site, playbookId), entry: null };
    case 'scenarios':
      return { kind: 'scenarios', view: scenariosView(site, playbookId), entry: null };
    case 'plan':
      return { kind: 'plan', view: planView(site, playbookId), entry: null };
    case 'actuals':
      return { kind: 'actuals', view: actualsView(site, playbookId), entry: null };
    default:
      throw new Error(`The book has no part of kind \`${part.kind}\`.`);
  }
}
