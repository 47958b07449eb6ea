/**
 * The content loader of the playbook collections (one per kind of the
 * registry): built on the same check as the CLI (`checkProject`, once per build or, in `astro dev`, once per
 * change for every loader: `devCheck`), it stores
 * each valid entity with its data and its body rendered to HTML by our own
 * safe pipeline (src/body/), so that `render(entry)` needs no Vite module per
 * body and nothing in a playbook file is ever executed.
 *
 * Rendering is cached by a digest of everything it depends on (the engine's
 * code and its pipeline's libraries, the body, the language, the currency,
 * the stage ids, and the model's figures when the body quotes them): Astro
 * keeps the data store between builds and in `astro dev`, so an unchanged
 * body is not rendered again, and a changed input always is.
 */
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Root, RootContent } from 'mdast';
import { processBody, type BodyContext, type ProcessedBody } from '../body/index.ts';
import { formatter } from '../format/numbers.ts';
import { buildCheck, devCheck, watchForChecks, type CheckResult } from '../lint/check-project.ts';
import { figureResolver } from '../lint/metric-resolver.ts';
import { exportActuals } from '../model/actuals-export.ts';
import { exportMetrics } from '../model/export.ts';
import { byId, entitiesOf, isComplete, type CompletePlaybook, type Entity } from '../model/graph.ts';
import { exportPlan } from '../model/plan-export.ts';
import { pipelineDigest } from './pipeline-digest.ts';

/**
 * What the pages read back, all from the body's one parse (processBody): its HTML, its headings, each `<Stage>`'s
 * HTML (processes) and its Markdown twin (the twins and the book's twin compose it; null for an empty body).
 */
export interface StoredBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  stages: Record<string, string>;
  twin: StoredTwin | null;
}

/**
 * A body's Markdown twin as plain data: the body without its stages, and each stage's, as their text with the
 * headings and footnotes as nodes (src/body/markdown-flow.ts, `compactFlow`): the twins compose them, and never
 * write a body again.
 */
export interface StoredTwin {
  tree: Root;
  stages: Record<string, RootContent[]>;
}

export function playbookLoader(kind: string): Loader {
  return {
    name: 'playbook-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      if (!context.watcher) {
        await sync(context, kind, buildCheck(root));
        return;
      }
      // In `astro dev`: one check per change, shared by every kind's loader, the overlay and the pages (devCheck).
      const playbooks = join(root, 'playbooks');
      watchForChecks(root, playbooks, context.watcher);
      await sync(context, kind, devCheck(root));
      let timer: NodeJS.Timeout | undefined;
      context.watcher.add(playbooks);
      context.watcher.on('all', (_event, path) => {
        if (relative(playbooks, path).startsWith('..')) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          sync(context, kind, devCheck(root)).catch((error: unknown) => context.logger.error(String(error)));
        }, 50);
      });
    },
  };
}

/** What `sync` needs of Astro's loader context (tests pass their own). */
export type SyncContext = Pick<LoaderContext, 'store' | 'generateDigest' | 'logger'>;

/**
 * Stores every valid entity of the kind; renders only the bodies whose digest changed; drops entries that are gone.
 * `pipeline` is the digest of the code that renders (tests pass another to stand for an upgrade).
 */
export async function sync(context: SyncContext, kind: string, check: CheckResult, pipeline = pipelineDigest()): Promise<{ rendered: number; cached: number }> {
  const { store, generateDigest } = context;
  const withErrors = new Set(check.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const seen = new Set<string>();
  let rendered = 0;
  let cached = 0;
  for (const graph of check.playbooks) {
    if (!isComplete(graph)) continue;
    const entities: Entity<Record<string, unknown>>[] = kind === 'playbook' ? [graph.index as Entity<never>] : entitiesOf(graph, kind);
    if (entities.length === 0) continue;
    const figures = playbookFigures(graph, check);
    for (const entity of entities) {
      const id = kind === 'playbook' ? graph.id : `${graph.id}/${kind}/${entity.id}`;
      seen.add(id);
      const stageIds = kind === 'processes' ? (byId(graph.processes, entity.id)?.data.stages.map((s) => s.id) ?? []) : undefined;
      const quotesFigures = /<(Metric|Delta)\b/.test(entity.body);
      const digest = generateDigest({
        pipeline,
        data: entity.data as Record<string, unknown>,
        body: entity.body,
        lang: graph.lang,
        currency: graph.index.data.currency,
        stageIds: stageIds ?? null,
        figures: quotesFigures ? figures.digest(generateDigest) : null,
      });
      if (store.get(id)?.digest === digest) {
        cached++;
        continue;
      }
      const body = await renderStored(entity.file, entity.body, { lang: graph.lang, kind, metric: figures.resolver(), stageIds }, withErrors.has(entity.file));
      rendered++;
      store.set({
        id,
        // Not the body's source: nothing reads it back (the pages read `rendered`), and the store is written to disk
        // after every change in `astro dev`.
        data: entity.data as Record<string, unknown>,
        filePath: entity.file,
        digest,
        rendered: { html: body.html, metadata: { headings: body.headings, stages: body.stages, twin: body.twin } },
      });
    }
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  if (rendered + cached > 0) context.logger.info(`${kind}: ${rendered} ${rendered === 1 ? 'body' : 'bodies'} rendered, ${cached} unchanged since the last build.`);
  return { rendered, cached };
}

/**
 * A body rendered for the store. One the checker rejects (`rejected`: possible
 * only in `astro dev`, where the errors show in the overlay; a build stops
 * before) stores empty; any other failure is a bug and stops the build,
 * naming the file.
 */
async function renderStored(file: string, body: string, context: BodyContext, rejected: boolean): Promise<StoredBody> {
  const empty: StoredBody = { html: '', headings: [], stages: {}, twin: null };
  if (rejected) return empty;
  let processed: ProcessedBody;
  try {
    processed = await processBody(body, context);
  } catch (error) {
    throw new Error(`Could not render the body of ${file}, which the check passed: ${error instanceof Error ? error.message : String(error)} (a bug in the playbook tool, not in your file).`, { cause: error });
  }
  if (!processed.ok) {
    throw new Error(`Could not render the body of ${file}, which the check passed: ${processed.problems.map((p) => p.code).join(', ')} (a bug in the playbook tool, not in your file).`);
  }
  const stages = Object.entries(processed.stages);
  return {
    html: processed.html,
    headings: processed.headings,
    stages: Object.fromEntries(stages.map(([id, part]) => [id, part.html])),
    twin:
      body.trim() === ''
        ? null
        : {
            tree: { type: 'root', children: processed.markdownStored },
            stages: Object.fromEntries(stages.map(([id, part]) => [id, part.markdownStored])),
          },
  };
}

/** The figures of one playbook that its bodies may quote, with a lazily computed digest and resolver. */
function playbookFigures(graph: CompletePlaybook, check: CheckResult) {
  const metrics = check.metrics.get(graph.id);
  const plan = check.plans.get(graph.id) ?? null;
  const scenarios = new Map([...(check.scenarios.get(graph.id) ?? new Map()).values()].map((s) => [s.id, { metrics: s.metrics, plan: s.plan }]));
  const actuals = check.actuals.get(graph.id) ?? null;
  const fmt = formatter(graph.lang, graph.index.data.currency);
  let digest: string | undefined;
  let resolver: ReturnType<typeof figureResolver> | undefined;
  return {
    digest: (generate: LoaderContext['generateDigest']) =>
      (digest ??= generate({
        metrics: metrics ? exportMetrics(metrics) : null,
        plan: plan ? exportPlan(plan) : null,
        scenarios: [...scenarios].map(([id, s]) => [id, exportMetrics(s.metrics), s.plan ? exportPlan(s.plan) : null]),
        actuals: exportActuals(actuals),
      } as Record<string, unknown>)),
    resolver: () => (resolver ??= figureResolver({ graph, fmt, baseline: metrics ? { metrics, plan } : undefined, scenarios, actuals })),
  };
}
