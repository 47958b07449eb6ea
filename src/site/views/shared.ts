/**
 * Pieces several views share: badges, goal comparisons, the stage strip, the
 * funnel and capacity bars, warnings. All text is plain strings: components
 * render them with `{expressions}`, which escape.
 */
import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { Entity } from '../../model/graph.ts';
import type { ProcessMetrics } from '../../model/metrics.ts';
import type { Priority, Process, ProcessType, Segment } from '../../schema/index.ts';
import { playbookChrome, type PageChrome } from '../chrome.ts';
import { entityLink, mirrorRoles, own, type EntityLink } from '../relations.ts';
import type { Site, SitePlaybook } from '../site.ts';
import { CODES } from '../../diagnostics/codes.ts';

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
}

export function priorityBadge(pb: SitePlaybook, priority: Priority): Badge {
  return { label: pb.t.priority[priority], tone: priority };
}

export function processTypeBadge(pb: SitePlaybook, type: ProcessType): Badge {
  return { label: pb.t.processType[type], tone: type };
}

export { isBelow } from '../../model/compare.ts';
import { isBelow } from '../../model/compare.ts';

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
      days: fmt.days(stage.days),
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

/** One bar of a capacity chart: required against available hours of a role. */
export interface CapacityBar {
  role: EntityLink;
  required: string;
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
    const required = fmt.hours(m.requiredHours);
    const available = fmt.hours(m.availableHours);
    const load = Number.isFinite(m.load) ? fmt.load(m.load) : t.noneInfinite;
    return {
      role: entityLink(site, pb, 'roles', m.id),
      required,
      available,
      load,
      fte: fmt.number(m.fteNeeded, 2),
      requiredWidth: percentOf(m.requiredHours, scale),
      availableWidth: percentOf(m.availableHours, scale),
      over: isBelow(m.availableHours, m.requiredHours),
      text: `${t.requiredVsAvailable(required, available)} (${t.loadOf(load)})`,
    };
  });
}

/** `value` as a percentage of `scale`, to two decimals (CSS widths). */
function percentOf(value: number, scale: number): number {
  return Math.round((value / scale) * 10_000) / 100;
}

/** A diagnostic as the pages show it. */
export interface Warning {
  code: string;
  /** A short name of the code in the page's language. */
  title: string;
  /** The message in the page's language (the checker's own for English pages). */
  message: string;
  /** The message split at its backticks: `code` parts are ids and field names. */
  parts: { text: string; code: boolean }[];
  /** `playbooks/acme/roles/rep.mdx:5:3`. */
  where: string;
}

/** A diagnostic as a page shows it: the checker's message, already in the playbook's language. */
export function toWarning(pb: SitePlaybook, d: Diagnostic): Warning {
  const parts = d.message.split('`').map((text, i) => ({ text, code: i % 2 === 1 })).filter((p) => p.text !== '');
  return { code: d.code, title: CODES[d.code].title[pb.lang], message: d.message, parts, where: `${d.file}:${d.line}:${d.column}` };
}

/** The warnings of one file of the playbook, as its page shows them. */
export function fileWarnings(pb: SitePlaybook, file: string): Warning[] {
  return pb.diagnostics.filter((d) => d.file === file).map((d) => toWarning(pb, d));
}

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
  gap: boolean;
}

/** A segment's buying centre with the roles of its process that mirror each function. */
export function buyerRows(site: Site, pb: SitePlaybook, segment: Segment, process: Process | undefined): BuyerRow[] {
  return (segment.buyingCenter ?? []).map((buyer) => {
    const mirrors = mirrorRoles(pb, process, buyer.function).map((r) => entityLink(site, pb, 'roles', r.id));
    return { function: buyer.function, influence: pb.t.influence[buyer.influence], mirrors, gap: mirrors.length === 0 };
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
