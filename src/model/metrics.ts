/**
 * The sales model's numbers (format §4): pure functions of a playbook graph.
 * Computed once per build and shared by the site pages, `export` and `check`.
 *
 * The types of the numbers (./metric-types.ts) are the contract between the
 * model and its users (site, CLI): fields may be added, never renamed or
 * given another meaning.
 *
 * Partial graphs are tolerated (the site and `check` may see them): a role
 * that is referenced but missing is ignored (no hours are charged to it and it
 * limits no coverage); a segment whose process is missing has win rate 0,
 * cycle 0 and no deal hours. `check` reports those broken references.
 */
import { REGISTRY, type Registry } from '../kinds/index.ts';
import type { Process, Segment } from '../schema/index.ts';
import { byId, entitiesOf, type CompletePlaybook, type Entity } from './graph.ts';
import type { PlaybookMetrics, ProcessMetrics, RoleMetrics, SegmentMetrics, StageMetrics } from './metric-types.ts';
import { own } from './records.ts';

export type { PlaybookMetrics, ProcessMetrics, RoleMetrics, SegmentMetrics, StageMetrics } from './metric-types.ts';

/** The numbers of one process: reach of each stage, W_p and T_p. */
export function computeProcessMetrics(process: Entity<Process>): ProcessMetrics {
  let reach = 1;
  let cycleDays = 0;
  let pipelineDays = 0;
  const stages: StageMetrics[] = process.data.stages.map((stage) => {
    const metrics = { id: stage.id, reach, conversion: stage.conversion, days: stage.days };
    pipelineDays += reach * stage.days;
    reach *= stage.conversion;
    cycleDays += stage.days;
    return metrics;
  });
  // After the last stage, `reach` is the product of every conversion: W_p.
  return { id: process.id, winRate: reach, cycleDays, pipelineDays, stages, people: {}, peopleTotal: 0 };
}

/** L = H / A: Infinity when A = 0 and H > 0; 0 when H = 0. */
export function loadOf(requiredHours: number, availableHours: number): number {
  if (requiredHours === 0) return 0;
  if (availableHours === 0) return Infinity;
  return requiredHours / availableHours;
}

/** f = min(1, A / H); 1 when H = 0. */
export function capacityFactorOf(requiredHours: number, availableHours: number): number {
  return requiredHours === 0 ? 1 : Math.min(1, availableHours / requiredHours);
}


/** The hours one segment asks of each role: D_{s,x} per existing role with hours > 0, and C_s when its owner exists. */
interface SegmentHours {
  opportunities: number;
  dealHours: Record<string, number>;
  coverageHours: number;
}

function segmentHours(segment: Segment, process: ProcessMetrics | undefined, source: Entity<Process> | undefined, roleIds: ReadonlySet<string>): SegmentHours {
  const opportunities = segment.accounts * segment.opportunityRate;
  // Σ_k r_k × hours_k[x], per role, in stage order.
  const perOpportunity = new Map<string, number>();
  if (process && source) {
    source.data.stages.forEach((stage, k) => {
      const reach = process.stages[k]!.reach;
      for (const [role, hours] of Object.entries(stage.hours ?? {})) {
        if (!roleIds.has(role)) continue;
        perOpportunity.set(role, (perOpportunity.get(role) ?? 0) + reach * hours);
      }
    });
  }
  const dealHours: Record<string, number> = {};
  for (const [role, hours] of perOpportunity) {
    const total = opportunities * hours;
    if (total > 0) dealHours[role] = total;
  }
  const { owner, touchesPerYear, hoursPerTouch } = segment.coverage;
  const coverageHours = roleIds.has(owner) ? segment.accounts * touchesPerYear * hoursPerTouch : 0;
  return { opportunities, dealHours, coverageHours };
}

/**
 * Whether role `roleId` contributes to a segment (format §4, §8): deal
 * hours in it, or it owns its coverage and the coverage takes hours.
 */
export function contributesTo(hours: Pick<SegmentMetrics, 'dealHours' | 'coverageHours'>, owner: string, roleId: string): boolean {
  return (own(hours.dealHours, roleId) ?? 0) > 0 || (roleId === owner && hours.coverageHours > 0);
}

/**
 * Computes every number of format §4 for one playbook, and the figures its registry's kinds read from their data.
 * Pure: the same graph always gives the same numbers.
 */
export function computeMetrics(playbook: CompletePlaybook, registry: Registry = REGISTRY): PlaybookMetrics {
  const processes: Record<string, ProcessMetrics> = {};
  for (const p of playbook.processes) processes[p.id] = computeProcessMetrics(p);

  const roleIds = new Set(playbook.roles.map((r) => r.id));
  const hours = new Map<string, SegmentHours>();
  for (const s of playbook.segments) {
    hours.set(s.id, segmentHours(s.data, own(processes, s.data.process), byId(playbook.processes, s.data.process), roleIds));
  }

  const roles: Record<string, RoleMetrics> = {};
  let teamCost: number | null = null;
  let carriedQuota: number | null = null;
  for (const r of playbook.roles) {
    const sellingHours = r.data.sellingHours ?? playbook.index.data.sellingHours;
    let dealHours = 0;
    let coverageHours = 0;
    const bySegment: Record<string, number> = {};
    for (const s of playbook.segments) {
      const h = hours.get(s.id)!;
      const deal = own(h.dealHours, r.id) ?? 0;
      const coverage = s.data.coverage.owner === r.id ? h.coverageHours : 0;
      dealHours += deal;
      coverageHours += coverage;
      if (deal + coverage > 0) bySegment[s.id] = deal + coverage;
    }
    const requiredHours = dealHours + coverageHours;
    const availableHours = r.data.headcount * sellingHours;
    // §4 v1.2: a role without `cost` (`quota`) counts 0; the total is null only when no role has the field.
    const cost = r.data.cost === undefined ? null : r.data.headcount * r.data.cost;
    const quota = r.data.quota === undefined ? null : r.data.headcount * r.data.quota;
    if (cost !== null) teamCost = (teamCost ?? 0) + cost;
    if (quota !== null) carriedQuota = (carriedQuota ?? 0) + quota;
    roles[r.id] = {
      id: r.id,
      requiredHours,
      dealHours,
      coverageHours,
      availableHours,
      sellingHours,
      load: loadOf(requiredHours, availableHours),
      fteNeeded: requiredHours / sellingHours,
      capacityFactor: capacityFactorOf(requiredHours, availableHours),
      bySegment,
      cost,
      quota,
    };
  }
  for (const p of Object.values(processes)) p.people = Object.fromEntries(playbook.roles.map((r) => [r.id, 0]));

  const segments: Record<string, SegmentMetrics> = {};
  for (const s of playbook.segments) {
    const h = hours.get(s.id)!;
    // κ_s: the smallest capacity factor among the roles that put hours into the segment.
    let coverage = 1;
    let bottleneck: string | null = null;
    for (const r of playbook.roles) {
      if (!contributesTo(h, s.data.coverage.owner, r.id)) continue;
      const factor = roles[r.id]!.capacityFactor;
      if (factor < coverage) {
        coverage = factor;
        bottleneck = r.id;
      }
    }
    const process = own(processes, s.data.process);
    const winRate = process?.winRate ?? 0;
    const pipelineDays = process?.pipelineDays ?? 0;
    const expectedWins = h.opportunities * coverage * winRate;
    const openPipeline = (h.opportunities * coverage * pipelineDays) / 365;
    // F_{s,x}: the role's hours for this segment (deal, and coverage for the owner) in people of that role.
    const people: Record<string, number> = {};
    let peopleTotal = 0;
    for (const r of playbook.roles) {
      const f = (own(roles[r.id]!.bySegment, s.id) ?? 0) / roles[r.id]!.sellingHours;
      people[r.id] = f;
      peopleTotal += f;
      if (process) process.people[r.id] = process.people[r.id]! + f;
    }
    segments[s.id] = {
      id: s.id,
      opportunities: h.opportunities,
      coverage,
      winRate,
      expectedWins,
      expectedRevenue: expectedWins * s.data.dealSize,
      velocityPerDay: (h.opportunities * coverage * s.data.dealSize * winRate) / 365,
      openPipeline,
      pipelineValue: openPipeline * s.data.dealSize,
      coveredAccounts: s.data.accounts * coverage,
      dealHours: h.dealHours,
      coverageHours: h.coverageHours,
      bottleneck,
      people,
      peopleTotal,
    };
  }
  for (const p of Object.values(processes)) p.peopleTotal = Object.values(p.people).reduce((a, b) => a + b, 0);

  let accounts = 0;
  let coveredAccounts = 0;
  let opportunities = 0;
  let workedOpportunities = 0;
  let peopleTotal = 0;
  let expectedWins = 0;
  let expectedRevenue = 0;
  let openPipeline = 0;
  let pipelineValue = 0;
  for (const s of playbook.segments) {
    const m = segments[s.id]!;
    accounts += s.data.accounts;
    coveredAccounts += m.coveredAccounts;
    opportunities += m.opportunities;
    workedOpportunities += m.opportunities * m.coverage;
    peopleTotal += m.peopleTotal;
    expectedWins += m.expectedWins;
    expectedRevenue += m.expectedRevenue;
    openPipeline += m.openPipeline;
    pipelineValue += m.pipelineValue;
  }
  return {
    coverage: accounts === 0 ? 1 : coveredAccounts / accounts,
    // Σ O κ W / Σ O κ; the numerator is Σ E_s.
    winRate: workedOpportunities === 0 ? 0 : expectedWins / workedOpportunities,
    expectedWins,
    expectedRevenue,
    accounts,
    coveredAccounts,
    openPipeline,
    pipelineValue,
    opportunities,
    workedOpportunities,
    peopleTotal,
    teamCost,
    costOfSales: ratio(teamCost, expectedRevenue),
    costPerWin: ratio(teamCost, expectedWins),
    carriedQuota,
    quotaCoverage: ratio(carriedQuota, playbook.index.data.goals.bookings),
    quotaAttainment: carriedQuota === null ? null : ratio(expectedRevenue, carriedQuota),
    segments,
    roles,
    processes,
    ...kindFigures(playbook, registry),
  };
}

/** The figures the kinds of a registry read from their entities (a kind's `figures`), or nothing when none has any. */
function kindFigures(playbook: CompletePlaybook, registry: Registry): Pick<PlaybookMetrics, 'kindFigures'> {
  const kinds = registry.entities.filter((k) => k.figures && Object.keys(k.figures).length > 0);
  if (kinds.length === 0) return {};
  const out: NonNullable<PlaybookMetrics['kindFigures']> = {};
  for (const kind of kinds) {
    const byEntity: Record<string, Record<string, number | null>> = {};
    for (const entity of entitiesOf(playbook, kind.id)) byEntity[entity.id] = Object.fromEntries(Object.entries(kind.figures!).map(([key, f]) => [key, f.read(entity.data)]));
    out[kind.id] = byEntity;
  }
  return { kindFigures: out };
}

/** a / b, or null when a is null or b is absent or 0 (format §4 v1.2's money figures). */
function ratio(a: number | null, b: number | undefined): number | null {
  return a === null || b === undefined || b === 0 ? null : a / b;
}

/**
 * Every figure of the model is finite (a role's load may be Infinity: hours
 * required and none available, §4). Inputs are bounded at 10^12 and the
 * checker reports a divisor so small that a quotient overflows
 * (`invalid-field`), so a non-finite figure here is a bug: it throws, naming
 * the figure, rather than reaching a page as `NaN%`.
 */
export function assertFiniteMetrics(metrics: PlaybookMetrics, playbook: string): void {
  const check = (value: number, what: string, allowInfinity = false) => {
    if (Number.isNaN(value) || (!Number.isFinite(value) && !allowInfinity)) throw new Error(`The model computed ${what} = ${value} for playbook ${playbook}: a bug in the model, please report it.`);
  };
  for (const key of ['coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'accounts', 'coveredAccounts', 'openPipeline', 'pipelineValue', 'peopleTotal'] as const) check(metrics[key], key);
  for (const key of MONEY_KEYS) {
    const value = metrics[key];
    if (value !== null) check(value, key);
  }
  for (const s of Object.values(metrics.segments)) {
    for (const key of ['opportunities', 'coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'velocityPerDay', 'openPipeline', 'pipelineValue', 'coveredAccounts', 'peopleTotal'] as const) check(s[key], `segments.${s.id}.${key}`);
  }
  for (const r of Object.values(metrics.roles)) {
    for (const key of ['requiredHours', 'availableHours', 'fteNeeded', 'capacityFactor'] as const) check(r[key], `roles.${r.id}.${key}`);
    check(r.load, `roles.${r.id}.load`, r.availableHours === 0);
  }
  for (const p of Object.values(metrics.processes)) for (const key of ['winRate', 'cycleDays', 'pipelineDays', 'peopleTotal'] as const) check(p[key], `processes.${p.id}.${key}`);
}

/** The playbook's money figures of §4 v1.2, each a number or null. */
export const MONEY_KEYS = ['teamCost', 'costOfSales', 'costPerWin', 'carriedQuota', 'quotaCoverage', 'quotaAttainment'] as const;
