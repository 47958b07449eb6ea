/**
 * The plan page (format §8, `/<pb>/plan/`): effective headcount per role
 * month by month, load per role per quarter, coverage, wins and bookings by
 * quarter against the goals, and one sentence per overloaded role saying
 * when it reaches capacity and what the gap costs until then.
 */
import type { PlanMonth, PlanQuarter, PlanRoleSummary } from '../../model/plan.ts';
import { isBelow } from '../../model/tolerance.ts';
import { playbookChrome, type PageChrome } from '../navigation.ts';
import { entityLink, type EntityLink } from '../relations.ts';
import { findPlaybook, type Site, type SitePlaybook } from '../site.ts';
import { playbookPageKey } from '../cache-keys.ts';

export interface PlanCell {
  value: string;
  /** Width of the cell's bar, in percent of the row's largest value. */
  width: number;
  over: boolean;
}

export interface PlanView {
  chrome: PageChrome;
  title: string;
  intro: string;
  /** One sentence per role that is over capacity in some month; a single reassurance when none is. */
  bottlenecks: string[];
  months: { month: string; label: string }[];
  /**
   * Effective headcount month by month (a row per month), for the roles
   * whose headcount moves (hires, attrition) or that are over capacity in
   * some month: few columns, so the table fits a screen.
   */
  headcount: { roles: { role: EntityLink; inputs: string }[]; rows: { month: string; label: string; cells: PlanCell[] }[] };
  /** The other roles, which keep their headcount all through the plan, in a sentence (null when there are none). */
  steady: string | null;
  quarters: { label: string }[];
  load: { role: EntityLink; cells: { value: string; over: boolean; note: string }[] }[];
  byQuarter: { label: string; coverage: string; coverageBelow: boolean; wins: string; bookings: string; bookingsExact: string; goal: string | null; bookingsBelow: boolean }[];
}

/** `getStaticPaths` of the plan pages: the playbooks that have a plan. */
export function planPaths(site: Site) {
  return site.playbooks.filter((pb) => pb.plan).map((pb) => ({ params: { pb: pb.id }, cacheKey: playbookPageKey(site, pb) }));
}

export function planView(site: Site, playbookId: string | undefined): PlanView {
  const pb = findPlaybook(site, playbookId);
  const plan = pb.plan;
  if (!plan) throw new Error(`Playbook \`${pb.id}\` has no plan.`);
  const { t, fmt } = pb;
  const goals = pb.graph.index.data.goals;
  const roles = [...pb.graph.roles].sort((a, b) => loadOrder(plan.roles[b.id]) - loadOrder(plan.roles[a.id]) || (a.id < b.id ? -1 : 1));
  const quarterLabel = (q: PlanQuarter) => t.plan.quarterLabel(q.index + 1, fmt.monthRange(q.firstMonth, q.lastMonth));
  const quarterMonths = (q: PlanQuarter): PlanMonth[] => plan.months.filter((m) => m.month >= q.firstMonth && m.month <= q.lastMonth);
  const figures = (label: string, f: { coverage: number; expectedWins: number; expectedRevenue: number }, months: number) => {
    const goal = goals.bookings === undefined ? null : (goals.bookings * months) / 12;
    return {
      label,
      coverage: fmt.percent(f.coverage),
      coverageBelow: isBelow(f.coverage, goals.coverage),
      wins: fmt.wins(f.expectedWins),
      bookings: fmt.moneyShort(f.expectedRevenue),
      bookingsExact: fmt.money(f.expectedRevenue),
      goal: goal === null ? null : fmt.moneyShort(goal),
      bookingsBelow: goal !== null && isBelow(f.expectedRevenue, goal),
    };
  };
  return {
    chrome: playbookChrome(site, pb, { kind: 'plan', title: t.plan.title, description: t.plan.intro(fmt.month(plan.start), fmt.month(plan.end), plan.months.length), file: pb.graph.index.file, sources: pb.files }),
    title: t.plan.title,
    intro: t.plan.intro(fmt.month(plan.start), fmt.month(plan.end), plan.months.length),
    bottlenecks: bottleneckSentences(site, pb),
    months: plan.months.map((m) => ({ month: m.month, label: fmt.monthShort(m.month) })),
    headcount: headcountTable(site, pb, roles.filter((role) => changes(pb, role.id)).map((r) => r.id)),
    steady: steadyText(pb, roles.filter((role) => !changes(pb, role.id)).map((role) => role.data.title)),
    quarters: plan.quarters.map((q) => ({ label: quarterLabel(q) })),
    load: roles.map((role) => ({
      role: entityLink(site, pb, 'roles', role.id),
      cells: plan.quarters.map((q) => {
        const loads = quarterMonths(q).map((m) => m.roles[role.id]!.load);
        const peak = Math.max(...loads);
        const over = loads.filter((l) => l > 1 + 1e-9).length;
        return { value: fmt.load(peak), over: over > 0, note: over > 0 ? t.plan.monthsOver(over) : '' };
      }),
    })),
    byQuarter: [
      ...plan.quarters.map((q) => figures(quarterLabel(q), q, q.monthCount)),
      figures(t.plan.wholePlan, plan.totals, plan.months.length),
    ],
  };
}

function headcountTable(site: Site, pb: SitePlaybook, roleIds: string[]): PlanView['headcount'] {
  const plan = pb.plan!;
  const largest = new Map(roleIds.map((id) => [id, Math.max(1e-9, ...plan.months.map((m) => m.roles[id]!.effectiveHeadcount))]));
  return {
    roles: roleIds.map((id) => ({ role: entityLink(site, pb, 'roles', id), inputs: roleInputs(pb, id) })),
    rows: plan.months.map((m) => ({
      month: m.month,
      label: pb.fmt.month(m.month),
      cells: roleIds.map((id) => {
        const r = m.roles[id]!;
        return { value: pb.fmt.number(r.effectiveHeadcount, 1), width: Math.round((r.effectiveHeadcount / largest.get(id)!) * 1000) / 10, over: r.load > 1 + 1e-9 };
      }),
    })),
  };
}

/** Whether a role's row on the plan tells something: hires or attrition move its headcount, or it is over capacity. */
function changes(pb: SitePlaybook, roleId: string): boolean {
  const role = pb.graph.roles.find((r) => r.id === roleId)!.data;
  return Boolean(role.hires?.length || role.attrition) || (pb.plan?.roles[roleId]?.monthsOverCapacity ?? 0) > 0;
}

function steadyText(pb: SitePlaybook, titles: string[]): string | null {
  return titles.length ? pb.t.plan.steady(pb.fmt.list(titles)) : null;
}

/** Overloaded roles first (by how long, then how badly), then the rest. */
function loadOrder(summary: PlanRoleSummary | undefined): number {
  if (!summary) return 0;
  const peak = Number.isFinite(summary.peakLoad) ? summary.peakLoad : 1e6;
  return summary.monthsOverCapacity * 1e7 + peak;
}

/** What a role's row draws on: its hires, ramp and attrition, in words. */
function roleInputs(pb: SitePlaybook, roleId: string): string {
  const role = pb.graph.roles.find((r) => r.id === roleId)!.data;
  const { t, fmt } = pb;
  const parts: string[] = [];
  if (role.hires?.length) parts.push(t.locale.labelled(t.plan.hires, fmt.list(role.hires.map((h) => t.plan.hire(fmt.number(h.count, 1), fmt.month(h.start))))));
  if (role.hires?.length || role.rampMonths) parts.push(t.plan.ramp(role.rampMonths ?? 0));
  if (role.attrition) parts.push(t.plan.attrition(fmt.percent(role.attrition.rate), role.attrition.backfillMonths));
  return parts.length ? parts.join(' · ') : t.plan.noChanges;
}

/** "Inside sales reaches capacity in May 2027; until then Growth operators is covered at 81%." */
function bottleneckSentences(site: Site, pb: SitePlaybook): string[] {
  const plan = pb.plan!;
  const { t, fmt } = pb;
  const out: string[] = [];
  for (const role of pb.graph.roles) {
    const summary = plan.roles[role.id];
    if (!summary || summary.monthsOverCapacity === 0) continue;
    const until = fmt.list(summary.cappedSegments.map((c) => t.plan.coveredAt(entityLink(site, pb, 'segments', c.segment).label, fmt.percent(c.coverage))));
    out.push(
      summary.firstMonthAtCapacity
        ? t.plan.reachesCapacity(role.data.title, fmt.month(summary.firstMonthAtCapacity), until)
        : t.plan.neverReaches(role.data.title, fmt.load(summary.peakLoad), until),
    );
  }
  return out.length ? out : [t.plan.allStaffed];
}
