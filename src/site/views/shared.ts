/**
 * Pieces several views share: badges, goal comparisons, the stage strip, the
 * funnel and capacity bars, warnings. All text is plain strings: components
 * render them with `{expressions}`, which escape.
 */
import type { Entity } from '../../model/graph.ts';
import type { ProcessMetrics } from '../../model/metrics.ts';
import { staffing } from '../../model/staffing.ts';
import type { Priority, Process, ProcessType, Segment } from '../../schema/index.ts';
import { playbookChrome, type PageChrome } from '../navigation.ts';
import { entityLink, mirrorRoles, own, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';

/** Fragment id of a stage's section on its process page. */
export const stageAnchor = (id: string) => `stage-${id}`;

export type Tone = 'strategic' | 'core' | 'opportunistic' | 'transactional' | 'solution' | 'key-account' | 'neutral' | 'ok' | 'warn';

export interface Badge {
  label: string;
  tone: Tone;
}

/** A labelled value. */
export interface Fact {
  label: string;
  value: string;
  /** Set when the value needs attention: below a goal, or over capacity. */
  warn?: boolean;
  /** A short line under the value (`1,569 of 2,000 accounts`). */
  note?: string;
  /** The value in full, for a rounded one (`$2,236,640` behind `$2.24M`). */
  title?: string;
}

export function priorityBadge(pb: SitePlaybook, priority: Priority): Badge {
  return { label: pb.t.priority[priority], tone: priority };
}

export function processTypeBadge(pb: SitePlaybook, type: ProcessType): Badge {
  return { label: pb.t.processType[type], tone: type };
}

export { isBelow } from '../../model/tolerance.ts';
import { isBelow } from '../../model/tolerance.ts';

/** A goal next to its computed value. */
export interface GoalComparison {
  label: string;
  goal: string;
  computed: string;
  meets: boolean;
  /** "meets the goal" / "below the goal", for people who cannot see the colour. */
  verdict: string;
}

export function compareGoal(pb: SitePlaybook, label: string, computed: number, goal: number): GoalComparison {
  const meets = !isBelow(computed, goal);
  return {
    label,
    goal: pb.fmt.percent(goal),
    computed: pb.fmt.percent(computed),
    meets,
    verdict: meets ? pb.t.meetsGoal : pb.t.belowGoal,
  };
}

/** The playbook's two goals against its computed coverage and win rate. */
export function playbookGoals(pb: SitePlaybook): GoalComparison[] {
  const { goals } = pb.graph.index.data;
  return [
    compareGoal(pb, pb.t.coverage, pb.metrics.coverage, goals.coverage),
    compareGoal(pb, pb.t.winRate, pb.metrics.winRate, goals.winRate),
  ];
}

/** One stage of a compact stage strip or a funnel. */
export interface StageStep {
  id: string;
  title: string;
  /** The stage's section on its process page. */
  href: string;
  days: string;
  /** r_k as a number in [0, 1] and as text. */
  reach: number;
  reachText: string;
  conversion: string;
  /** "50% go on" or, for the last stage, "40% close won". */
  conversionText: string;
}

export interface StageFlow {
  process: EntityLink;
  steps: StageStep[];
  /** W_p as a number and text. */
  winRate: number;
  winRateText: string;
  cycleDays: string;
  /** A sentence that describes the figure for people who cannot see it. */
  description: string;
}

export function stageFlow(site: Site, pb: SitePlaybook, process: Entity<Process>): StageFlow {
  const { t, fmt } = pb;
  const m: ProcessMetrics | undefined = own(pb.metrics.processes, process.id);
  const stages = process.data.stages;
  const steps = stages.map((stage, k): StageStep => {
    const reach = m?.stages[k]?.reach ?? 0;
    const conversion = fmt.percent(stage.conversion);
    return {
      id: stage.id,
      title: stage.title,
      href: `${site.paths.entity(pb.id, 'processes', process.id)}#${stageAnchor(stage.id)}`,
      days: fmt.daysExact(stage.days),
      reach,
      reachText: fmt.percent(reach),
      conversion,
      conversionText: k === stages.length - 1 ? t.conversionToWin(conversion) : t.conversionToNext(conversion),
    };
  });
  return {
    process: entityLink(site, pb, 'processes', process.id),
    steps,
    winRate: m?.winRate ?? 0,
    winRateText: fmt.percent(m?.winRate ?? 0),
    cycleDays: fmt.days(m?.cycleDays ?? 0),
    description: t.funnelDescription(process.data.title),
  };
}

/** One row of the capacity table: a role's people and hours, its load and the gap in people, with a bar. */
export interface CapacityBar {
  role: EntityLink;
  /** The headcount as written: `5 people`, `0.25 people`. */
  headcount: string;
  /** F_x, rounded up to tenths: `6.4 people`. */
  fteNeeded: string;
  /** People missing (F_x − headcount, rounded up to tenths) when the role is over capacity: `1.4 more people`; null otherwise. */
  gap: string | null;
  /** People to hire, with attrition and the plan (model/staffing.ts), rounded up to tenths; null when none. */
  toHire: string | null;
  /** What the plan hires of them (`the plan hires 2; none beyond the plan’s hires`); null without planned hires. */
  toHireNote: string | null;
  required: string;
  /** How the required hours split into deal and coverage hours, when the role has both. */
  requiredSplit: string | null;
  available: string;
  load: string;
  fte: string;
  /** Widths in percent of the chart's scale. */
  requiredWidth: number;
  availableWidth: number;
  over: boolean;
  /** One sentence for screen readers and print. */
  text: string;
}

export function capacityBars(site: Site, pb: SitePlaybook, roleIds: readonly string[]): CapacityBar[] {
  const { fmt, t } = pb;
  const metrics = roleIds.map((id) => own(pb.metrics.roles, id)).filter((m) => m !== undefined);
  const scale = Math.max(1, ...metrics.map((m) => Math.max(m.requiredHours, m.availableHours)));
  return metrics.map((m) => {
    const required = fmt.hours(m.requiredHours, 0);
    const available = fmt.hours(m.availableHours, 0);
    const load = Number.isFinite(m.load) ? fmt.load(m.load) : t.noneInfinite;
    const headcount = pb.graph.roles.find((r) => r.id === m.id)?.data.headcount ?? 0;
    const over = isBelow(m.availableHours, m.requiredHours);
    const staff = staffing(pb.graph, pb.metrics, m.id);
    const toHire = staff && staff.toHire > 0 ? (Number.isFinite(staff.toHire) ? fmt.peopleUp(staff.toHire) : t.noneInfinite) : null;
    return {
      role: entityLink(site, pb, 'roles', m.id),
      toHire,
      toHireNote: staff && staff.planned > 0 ? `${t.money.planHires(fmt.peopleExact(staff.planned))}${t.money.sep}${staff.beyondPlan > 0 ? t.money.beyondPlan(fmt.peopleUp(staff.beyondPlan)) : t.money.noneBeyond}` : null,
      headcount: fmt.peopleExact(headcount),
      fteNeeded: fmt.peopleUp(m.fteNeeded),
      gap: over ? t.leader.morePeople(fmt.tenthsUp(m.fteNeeded - headcount)) : null,
      required,
      requiredSplit: m.dealHours > 0 && m.coverageHours > 0 ? t.leader.hoursSplit(fmt.hours(m.dealHours, 0), fmt.hours(m.coverageHours, 0)) : null,
      available,
      load,
      fte: fmt.peopleUp(m.fteNeeded),
      requiredWidth: percentOf(m.requiredHours, scale),
      availableWidth: percentOf(m.availableHours, scale),
      over,
      text: t.leader.capacityText(required, available),
    };
  });
}

/** Roles by load, the busiest first (no capacity at all first of all), then by id: the bottleneck leads. */
export function rolesByLoad(pb: SitePlaybook): string[] {
  const load = (id: string) => {
    const m = own(pb.metrics.roles, id);
    if (!m) return -1;
    return Number.isFinite(m.load) ? m.load : Number.MAX_VALUE;
  };
  return pb.graph.roles.map((r) => r.id).sort((a, b) => load(b) - load(a) || (a < b ? -1 : a > b ? 1 : 0));
}

/** `value` as a percentage of `scale`, to two decimals (CSS widths). */
function percentOf(value: number, scale: number): number {
  return Math.round((value / scale) * 10_000) / 100;
}

export { fileWarnings, toWarning, type Warning } from './warnings.ts';

/** Links to several entities, in the given order. */
export function links(site: Site, pb: SitePlaybook, kind: Parameters<typeof entityLink>[2], ids: readonly string[]): EntityLink[] {
  return ids.map((id) => entityLink(site, pb, kind, id));
}

/** One customer function of a buying centre, and who mirrors it on our side. */
export interface BuyerRow {
  function: string;
  influence: string;
  /** Roles of the segment's process that list the function in their counterparts. */
  mirrors: EntityLink[];
  /** Nobody mirrors the function where key-account selling expects it; a function without a mirror elsewhere is no gap. */
  gap: boolean;
}

/** A segment's buying centre with the roles of its process that mirror each function. */
export function buyerRows(site: Site, pb: SitePlaybook, segment: Segment, process: Process | undefined): BuyerRow[] {
  return (segment.buyingCenter ?? []).map((buyer) => {
    const mirrors = mirrorRoles(pb, process, buyer.function).map((r) => entityLink(site, pb, 'roles', r.id));
    // Mirroring is expected in key-account selling only (format §3, `mirror-gap`): elsewhere a function without a counterpart is no gap.
    return { function: buyer.function, influence: pb.t.influence[buyer.influence], mirrors, gap: mirrors.length === 0 && process?.type === 'key-account' };
  });
}

/** What every entity page starts with: its chrome, the content entry of its body, its title and summary. */
export interface EntityHeader {
  chrome: PageChrome;
  /** Content collection entry of the body, e.g. `acme/segments/smb`. */
  entryId: string;
  hasBody: boolean;
  title: string;
  summary: string;
}

export function entityHeader(site: Site, pb: SitePlaybook, kind: string, entity: Entity<{ title: string; summary: string }>): EntityHeader {
  const { title, summary } = entity.data;
  return {
    chrome: playbookChrome(site, pb, { kind, id: entity.id, title, description: summary, file: entity.file }),
    entryId: `${pb.id}/${kind}/${entity.id}`,
    hasBody: entity.body.trim() !== '',
    title,
    summary,
  };
}
