/**
 * Where the model's figures are (format §9's paths): the playbook's, each
 * entity's of the kinds the model computes figures for, the plan's and its
 * months', what a review of a change reports — and, in a registry, the kinds
 * that declare figures of their own. What each figure is, its unit and its
 * names, is the catalogue's (./metric-catalogue.ts).
 */
import type { NumberKind } from '../format/numbers.ts';
import { REGISTRY, type FigureDefinition, type KindDefinition, type Registry } from '../kinds/index.ts';
import { METRICS, type MetricKey } from './metric-catalogue.ts';

/**
 * The figures the model computes (src/model/metrics.ts), where they are: the
 * playbook's (`coverage`), and each entity's of the kinds it computes them for
 * (`segments.<id>.coverage`), in the order the paths are listed.
 */
export const MODEL_FIGURES = {
  playbook: [
    'coverage',
    'winRate',
    'expectedWins',
    'expectedRevenue',
    'accounts',
    'coveredAccounts',
    'openPipeline',
    'pipelineValue',
    'opportunities',
    'workedOpportunities',
    'peopleTotal',
    'teamCost',
    'costOfSales',
    'costPerWin',
    'carriedQuota',
    'quotaCoverage',
    'quotaAttainment',
  ],
  segments: ['opportunities', 'coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'velocityPerDay', 'openPipeline', 'pipelineValue', 'coveredAccounts', 'peopleTotal'],
  roles: ['requiredHours', 'availableHours', 'load', 'fteNeeded', 'dealHours', 'coverageHours', 'sellingHours', 'capacityFactor', 'cost', 'quota'],
  processes: ['winRate', 'cycleDays', 'pipelineDays', 'peopleTotal'],
} as const satisfies Record<string, readonly MetricKey[]>;

/** The figures of the whole plan and of each quarter (§8): `plan.total.<key>`, `plan.q1.<key>`. */
export const PLAN_FIGURES = ['coverage', 'expectedWins', 'expectedRevenue'] as const satisfies readonly MetricKey[];

/** The figures of a month of the plan (§8), where they are. */
export const MONTH_FIGURES = {
  playbook: ['coverage', 'expectedWins', 'expectedRevenue'],
  segments: ['coverage', 'expectedWins', 'expectedRevenue'],
  roles: ['effectiveHeadcount', 'availableHours', 'requiredHours', 'load'],
} as const satisfies Record<string, readonly MetricKey[]>;

/**
 * The figures a review of a change reports (`diff`), by scope, in the order it lists moves of the same size: the
 * playbook's headline numbers and money side, then each segment's, role's and process's; a segment's people last
 * (they move with its roles' loads, and the load says more when both move alike). A kind's own figures follow them.
 */
export const REVIEWED_FIGURES: readonly (readonly [scope: keyof typeof MODEL_FIGURES, keys: readonly MetricKey[]])[] = [
  ['playbook', ['coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'openPipeline', 'teamCost', 'costOfSales', 'costPerWin', 'carriedQuota', 'quotaCoverage', 'quotaAttainment']],
  ['segments', ['coverage', 'winRate', 'expectedWins', 'expectedRevenue']],
  ['roles', ['load', 'fteNeeded', 'cost']],
  ['processes', ['winRate', 'cycleDays']],
  ['segments', ['peopleTotal']],
];

/**
 * v1.2: the people a segment or a process takes of one role, `segments.<id>.people.<role>` (the key of the path;
 * its unit and names are `peopleTotal`'s, for one role).
 */
export const PEOPLE_KEY = 'people';

/** One scope of figures: the playbook, or the entities of one kind, with each figure's definition by key. */
export interface FigureScope {
  /** `playbook`, or the kind's id (`segments`). */
  scope: string;
  figures: ReadonlyMap<string, FigureDefinition>;
}

const scopeCache = new WeakMap<Registry, readonly FigureScope[]>();

/**
 * Where the model's figures are, in a registry: the playbook, the kinds the model computes figures for (in the
 * order of MODEL_FIGURES), then each other kind that declares figures of its own (a kind's `figures`), in registry
 * order. A kind the model computes for may declare more.
 */
export function figureScopes(registry: Registry = REGISTRY): readonly FigureScope[] {
  let scopes = scopeCache.get(registry);
  if (!scopes) {
    const of = (keys: readonly MetricKey[]) => new Map<string, FigureDefinition>(keys.map((k) => [k, METRICS[k]]));
    const own = (kind: KindDefinition) => Object.entries(kind.figures ?? {});
    const out: FigureScope[] = [{ scope: 'playbook', figures: of(MODEL_FIGURES.playbook) }];
    for (const [id, keys] of Object.entries(MODEL_FIGURES)) {
      const kind = registry.entities.find((k) => k.id === id);
      if (kind) out.push({ scope: id, figures: new Map([...of(keys), ...own(kind)]) });
    }
    for (const kind of registry.entities) if (!Object.hasOwn(MODEL_FIGURES, kind.id) && own(kind).length > 0) out.push({ scope: kind.id, figures: new Map(own(kind)) });
    scopeCache.set(registry, (scopes = out));
  }
  return scopes;
}

/** The unit of a figure by scope and key, in a registry; undefined when there is no such figure. */
export function figureUnit(scope: string, key: string, registry: Registry = REGISTRY): NumberKind | undefined {
  return figureScopes(registry).find((s) => s.scope === scope)?.figures.get(key)?.unit;
}
