/**
 * The cache key of each page of a playbook, for Astro's incremental build
 * (`experimental.incrementalBuild`): a page is rendered again only when its
 * key (or its code: Astro hashes the route's module graph itself) changed.
 * A key is a digest of every input of the page, never of the view it builds:
 *
 * - the site: its base, language, titles, edit link and URL, and the list of
 *   playbooks (ids, titles, languages);
 * - the playbook: every file's frontmatter, the model's figures (metrics,
 *   plan, scenarios, actuals), its diagnostics and its git history;
 * - the bodies the page shows: an entity's own body, the overview's index
 *   body, every body for the book and its twin.
 *
 * An edit to one body therefore renders that entity's page, its twin and the
 * book again, and leaves every other page of every playbook as it was.
 */
import { createHash } from 'node:crypto';
import { exportActuals } from '../model/actuals-export.ts';
import { exportMetrics } from '../model/export.ts';
import { entitiesOf } from '../model/graph.ts';
import { exportPlan } from '../model/plan-export.ts';
import type { Site, SitePlaybook } from './site.ts';

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('base64url');

const siteKeys = new WeakMap<Site, string>();
const playbookKeys = new WeakMap<SitePlaybook, string>();
const bodyKeys = new WeakMap<SitePlaybook, Map<string, string>>();

/** What every page of the site shows of the site itself. */
export function siteKey(site: Site): string {
  let key = siteKeys.get(site);
  if (key === undefined) {
    key = digest({
      base: site.paths.base,
      lang: site.lang,
      titles: Object.fromEntries(site.playbooks.length ? [...new Set([site.lang, ...site.playbooks.map((p) => p.lang)])].map((l) => [l, site.title(l)]) : [[site.lang, site.title(site.lang)]]),
      editUrlBase: site.editUrlBase,
      siteUrl: site.siteUrl,
      kinds: [site.registry.playbook.id, ...site.registry.entities.map((k) => k.id)],
      playbooks: site.playbooks.map((p) => [p.id, p.graph.index.data.title, p.lang]),
    });
    siteKeys.set(site, key);
  }
  return key;
}

/** Everything of a playbook its pages show but the bodies. */
function playbookInputs(site: Site, pb: SitePlaybook): string {
  let key = playbookKeys.get(pb);
  if (key === undefined) {
    key = digest({
      site: siteKey(site),
      index: pb.graph.index.data,
      entities: site.registry.entities.map((kind) => entitiesOf(pb.graph, kind.id).map((e) => [e.id, e.file, e.data])),
      metrics: exportMetrics(pb.metrics),
      plan: pb.plan ? exportPlan(pb.plan) : null,
      scenarios: [...pb.scenarios.values()].map((s) => [s.id, s.changes, exportMetrics(s.metrics), s.plan ? exportPlan(s.plan) : null, s.money, [s.warnings, s.cleared, s.added].map((list) => list.map((d) => [d.code, d.message]))]),
      actuals: exportActuals(pb.actuals),
      diagnostics: pb.diagnostics.map((d) => [d.file, d.line, d.column, d.code, d.message]),
      history: { changes: pb.updates.changes, lastChanged: [...pb.updates.lastChanged] },
    });
    playbookKeys.set(pb, key);
  }
  return key;
}

/** The digest of one file's body of the playbook (by file path). */
function bodyKey(pb: SitePlaybook, file: string, body: string): string {
  let bodies = bodyKeys.get(pb);
  if (!bodies) bodyKeys.set(pb, (bodies = new Map()));
  let key = bodies.get(file);
  if (key === undefined) bodies.set(file, (key = digest(body)));
  return key;
}

/**
 * What every docs page of a language shows besides its own source: the site, its navigation (the docs' ids and
 * titles) and the playbooks, whose figures and names the guides quote.
 */
export function docsKey(site: Site, docs: readonly { id: string; title: string }[]): string {
  return digest([siteKey(site), docs.map((d) => [d.id, d.title]), site.playbooks.map((pb) => playbookInputs(site, pb))]);
}

/** The key of a playbook-level page (overview, metrics, matrix, plan, scenarios, actuals, what's new, their twins). */
export function playbookPageKey(site: Site, pb: SitePlaybook): string {
  return digest([playbookInputs(site, pb), bodyKey(pb, pb.graph.index.file, pb.graph.index.body)]);
}

/** The key of an entity's page and twin: the playbook's inputs and the entity's own body. */
export function entityPageKey(site: Site, pb: SitePlaybook, entity: { file: string; body: string }): string {
  return digest([playbookInputs(site, pb), bodyKey(pb, entity.file, entity.body)]);
}

/** The key of the book and its twin: the playbook's inputs and every body. */
export function bookKey(site: Site, pb: SitePlaybook): string {
  const bodies = [pb.graph.index, ...site.registry.entities.flatMap((kind) => entitiesOf(pb.graph, kind.id))].map((e) => bodyKey(pb, e.file, e.body));
  return digest([playbookInputs(site, pb), bodies]);
}
