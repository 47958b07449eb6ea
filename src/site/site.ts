/**
 * The site's data: every complete playbook with its computed numbers, its
 * diagnostics and its git history. Built once per build (memoized):
 * `checkProject`, `computeMetrics` and `readHistory` run once, not once per page.
 */
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { ui, type Dictionary, type Lang } from '../i18n/index.ts';
import { buildCheck, devCheck, type CheckResult } from '../lint/check-project.ts';
import { entitiesOf, isComplete, type CompletePlaybook, type Entity } from '../model/graph.ts';
import type { History } from '../model/history.ts';
import { computeActuals, type ActualsFigures } from '../model/actuals-figures.ts';
import { computeMetrics, type PlaybookMetrics } from '../model/metrics.ts';
import { computePlan, type PlanMetrics } from '../model/plan.ts';
import type { ScenarioEvaluation } from '../model/scenario-evaluate.ts';
import type { Priority, Segment } from '../schema/index.ts';
import { formatter, type Formatter } from '../format/numbers.ts';
import { SITE_REGISTRY, type SiteRegistry } from './kind-pages.ts';
import { createPaths, type Paths } from './paths.ts';
import { NO_HISTORY, playbookUpdates, projectHistory, type PlaybookUpdates } from './updates.ts';

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
  /**
   * The site's absolute URL (Astro's `site`, from SITE_URL), e.g.
   * `https://example.com`. It turns on the RSS feeds, whose links must be
   * absolute; without it there are none (as there is no sitemap).
   */
  siteUrl?: string | null;
  /** The site's language: of `/`, of the pages outside the playbooks and of the 404 page (default `en`). */
  lang?: Lang;
  /** The site's name in each language it is given in (the integration's `title`); the dictionary's otherwise. */
  titles?: Partial<Record<Lang, string>>;
  /** Keep the result for the next call with the same options (default); the dev server turns it off to see edits. */
  cache?: boolean;
  /** The kinds of file and their pages (tests pass a copy of the site's registry with a kind of their own). */
  registry?: SiteRegistry;
}

/** One playbook as the pages see it. */
export interface SitePlaybook {
  id: string;
  graph: CompletePlaybook;
  metrics: PlaybookMetrics;
  /** The plan over time (format §8), when the playbook has a `plan`. */
  plan: PlanMetrics | null;
  /** Each scenario's evaluation (format §7), by scenario id, in file order. */
  scenarios: Map<string, ScenarioEvaluation>;
  /** v1.2 (§10): what the snapshots measured and the model at measured rates; null without a snapshot. */
  actuals: ActualsFigures | null;
  /** Diagnostics of this playbook's files (warnings; a build with errors never gets here). */
  diagnostics: Diagnostic[];
  lang: Lang;
  t: Dictionary;
  fmt: Formatter;
  /** Segments in reading order: strategic first, then core, then opportunistic; by id within a priority. */
  segments: Entity<Segment>[];
  /** Every source file of the playbook (index first), relative to the root. */
  files: string[];
  /** Its recent changes and the last-change dates of its files, from git. */
  updates: PlaybookUpdates;
}

export interface Site {
  paths: Paths;
  /** The site's language (`paths.lang`): of `/`, of the pages outside the playbooks and of the 404 page. */
  lang: Lang;
  /** The site's name in a language: the configured title, else the one of the site's language, else the dictionary's. */
  title(lang: Lang): string;
  editUrlBase: string | null;
  /** The site's absolute URL; null when SITE_URL is unset (then there are no feeds). */
  siteUrl: string | null;
  playbooks: SitePlaybook[];
  /** The kinds of file the site has pages and navigation for, each with its page (src/site/kind-pages.ts). */
  registry: SiteRegistry;
}

const PRIORITY_ORDER: Record<Priority, number> = { strategic: 0, core: 1, opportunistic: 2 };

/**
 * Builds the site data from a check result and the project's git history
 * (none by default). Pure: tests call it with any project.
 */
export function createSite(
  check: Pick<CheckResult, 'playbooks' | 'diagnostics'> & Partial<Pick<CheckResult, 'metrics' | 'plans' | 'scenarios' | 'actuals'>>,
  options: Omit<SiteOptions, 'root'> & { history?: History } = {},
): Site {
  const history = options.history ?? NO_HISTORY;
  const registry = options.registry ?? SITE_REGISTRY;
  const playbooks: SitePlaybook[] = [];
  for (const graph of check.playbooks) {
    if (!isComplete(graph)) continue;
    const prefix = `${graph.dir}/`;
    const lang = graph.index.data.lang;
    const metrics = check.metrics?.get(graph.id) ?? computeMetrics(graph, registry);
    playbooks.push({
      id: graph.id,
      graph,
      metrics,
      plan: check.plans ? (check.plans.get(graph.id) ?? null) : computePlan(graph, metrics),
      scenarios: check.scenarios?.get(graph.id) ?? new Map(),
      actuals: check.actuals ? (check.actuals.get(graph.id) ?? null) : computeActuals(graph),
      diagnostics: check.diagnostics.filter((d) => d.file.startsWith(prefix)),
      lang,
      t: ui(lang),
      fmt: formatter(lang, graph.index.data.currency),
      segments: [...graph.segments].sort(
        (a, b) => PRIORITY_ORDER[a.data.priority] - PRIORITY_ORDER[b.data.priority] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      ),
      files: [graph.index, ...registry.entities.flatMap((k) => entitiesOf(graph, k.id))].map((e) => e.file),
      updates: playbookUpdates(history, graph.dir),
    });
  }
  playbooks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lang = options.lang ?? 'en';
  const titles = options.titles ?? {};
  return {
    paths: createPaths(options.base ?? '/', lang),
    lang,
    title: (l) => titles[l] ?? titles[lang] ?? ui(l).siteTitle,
    editUrlBase: options.editUrlBase || null,
    siteUrl: options.siteUrl || null,
    playbooks,
    registry,
  };
}

const sites = new Map<string, Site>();
/** The dev server's site of each check (see getSite). */
const devSites = new WeakMap<CheckResult, { history: History; site: Site }>();

/**
 * The site of a project root, checked and computed once per root, base, edit
 * URL and site URL, with the root's git history (read once, see
 * `projectHistory`).
 */
export function getSite(options: SiteOptions): Site {
  const root = resolve(options.root);
  if (options.cache === false) {
    // The dev server: the site of the latest check (devCheck runs one per change), built once per check and per
    // state of the git history (projectHistory reads it again only when HEAD moves).
    const check = devCheck(root);
    const history = projectHistory(root);
    const known = devSites.get(check);
    if (known?.history === history) return known.site;
    const site = createSite(check, { ...options, history });
    devSites.set(check, { history, site });
    return site;
  }
  const key = JSON.stringify([root, options.base ?? '/', options.editUrlBase ?? null, options.siteUrl ?? null, options.lang ?? 'en', options.titles ?? {}]);
  let site = sites.get(key);
  if (!site) {
    site = createSite(buildCheck(root), { ...options, history: projectHistory(root) });
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
