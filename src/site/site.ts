/**
 * The site's data: every complete playbook with its computed numbers and its
 * diagnostics. Built once per build (memoized): `checkProject` and
 * `computeMetrics` run once, not once per page.
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { ui, type Dictionary, type Lang } from '../i18n/index.ts';
import { checkProject, type CheckResult } from '../lint/check.ts';
import { isComplete, type CompletePlaybook, type Entity } from '../model/graph.ts';
import { computeMetrics, type PlaybookMetrics } from '../model/metrics.ts';
import type { Priority, Segment } from '../schema/index.ts';
import { formatter, type Formatter } from './format.ts';
import { createPaths, RESERVED_IDS, type Paths } from './paths.ts';

export interface SiteOptions {
  /** The project root: the folder with playbooks/. */
  root: string;
  /** The base path the site is served under (Astro's `base`); default `/`. */
  base?: string;
  /**
   * Where "Edit this page" links point: a URL that a file's path relative to
   * the root is appended to, e.g. `https://github.com/acme/playbooks/edit/main`.
   * No links when empty.
   */
  editUrlBase?: string | null;
  /** Keep the result for the next call with the same options (default); the dev server turns it off to see edits. */
  cache?: boolean;
}

/** One playbook as the pages see it. */
export interface SitePlaybook {
  id: string;
  graph: CompletePlaybook;
  metrics: PlaybookMetrics;
  /** Diagnostics of this playbook's files (warnings; a build with errors never gets here). */
  diagnostics: Diagnostic[];
  lang: Lang;
  t: Dictionary;
  fmt: Formatter;
  /** Segments in reading order: strategic first, then core, then opportunistic; by id within a priority. */
  segments: Entity<Segment>[];
}

export interface Site {
  paths: Paths;
  editUrlBase: string | null;
  playbooks: SitePlaybook[];
}

const PRIORITY_ORDER: Record<Priority, number> = { strategic: 0, core: 1, opportunistic: 2 };

/** Builds the site data from a check result. Pure: tests call it with any project. */
export function createSite(check: Pick<CheckResult, 'playbooks' | 'diagnostics'>, options: Omit<SiteOptions, 'root'> = {}): Site {
  const playbooks: SitePlaybook[] = [];
  for (const graph of check.playbooks) {
    if (!isComplete(graph)) continue;
    if (RESERVED_IDS.has(graph.id)) {
      throw new Error(
        `The playbook folder ${graph.dir}/ is named \`${graph.id}\`, which is the address of one of the site's own pages (/${graph.id}/). Rename the folder to another id.`,
      );
    }
    const prefix = `${graph.dir}/`;
    const lang = graph.index.data.lang;
    playbooks.push({
      id: graph.id,
      graph,
      metrics: computeMetrics(graph),
      diagnostics: check.diagnostics.filter((d) => d.file.startsWith(prefix)),
      lang,
      t: ui(lang),
      fmt: formatter(lang, graph.index.data.currency),
      segments: [...graph.segments].sort(
        (a, b) => PRIORITY_ORDER[a.data.priority] - PRIORITY_ORDER[b.data.priority] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
    });
  }
  playbooks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { paths: createPaths(options.base ?? '/'), editUrlBase: options.editUrlBase || null, playbooks };
}

const sites = new Map<string, Site>();

/** The site of a project root, checked and computed once per root, base and edit URL. */
export function getSite(options: SiteOptions): Site {
  const root = resolve(options.root);
  if (options.cache === false) return createSite(checkProject(root), options);
  const key = JSON.stringify([root, options.base ?? '/', options.editUrlBase ?? null]);
  let site = sites.get(key);
  if (!site) {
    site = createSite(checkProject(root), options);
    sites.set(key, site);
  }
  return site;
}

/** A playbook of the site by id; a missing one is a bug in the routes, so it throws. */
export function findPlaybook(site: Site, id: string | undefined): SitePlaybook {
  const pb = site.playbooks.find((p) => p.id === id);
  if (!pb) throw new Error(`There is no playbook \`${String(id)}\` in this site.`);
  return pb;
}
