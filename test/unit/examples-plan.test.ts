/**
 * The plan over time (format §8, v1.2: wins one sales cycle after
 * coverage) and v1.2's figures of §4 (open pipeline, people per segment and
 * per process, the money side) of both examples, computed here from the
 * exported files alone — §4's hours and win rates, then §8 month by month,
 * written from the contract and sharing no code with src/model/ — against
 * what `export` writes and what the plan page shows.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { buildExport } from '../../src/model/export.ts';
import { isComplete } from '../../src/model/graph.ts';
import { createSite } from '../../src/site/index.ts';
import { planView } from '../../src/site/views/plan.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const check = checkProject(ROOT);
const exported = buildExport(check.playbooks.filter(isComplete), check.metrics, { plans: check.plans, scenarios: check.scenarios });
const site = createSite(check, { base: '/' });

/** The exported JSON, read as the contract describes it (the test does not lean on the project's types). */
type Data = Record<string, any>;

interface Independent {
  months: string[];
  coverage: number[];
  wins: number[];
  revenue: number[];
  roles: Record<string, { effective: number[]; available: number[]; required: number[]; load: number[] }>;
  segments: Record<string, { coverage: number[]; wins: number[]; revenue: number[] }>;
}

const monthIndex = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};
const monthName = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** §4's required hours per role and each segment's contributing roles, then §8. */
function independentPlan(pb: Data, start: string, length: number): Independent {
  const processes = new Map<string, Data>(pb.processes.map((p: Data) => [p.id, p]));
  const required: Record<string, number> = Object.fromEntries(pb.roles.map((r: Data) => [r.id, 0]));
  const contributors = new Map<string, Set<string>>();
  for (const s of pb.segments) {
    const process = processes.get(s.process)!;
    const opportunities = s.accounts * s.opportunityRate;
    const roles = new Set<string>();
    let reach = 1;
    const deal: Record<string, number> = {};
    for (const stage of process.stages) {
      for (const [role, hours] of Object.entries<number>(stage.hours ?? {})) deal[role] = (deal[role] ?? 0) + reach * hours;
      reach *= stage.conversion;
    }
    for (const [role, hours] of Object.entries(deal)) {
      if (opportunities * hours > 0) roles.add(role);
      required[role] = (required[role] ?? 0) + opportunities * hours;
    }
    const coverage = s.accounts * s.coverage.touchesPerYear * s.coverage.hoursPerTouch;
    if (coverage > 0) roles.add(s.coverage.owner);
    required[s.coverage.owner] = (required[s.coverage.owner] ?? 0) + coverage;
    contributors.set(s.id, roles);
  }
  const first = monthIndex(start);
  const months = Array.from({ length }, (_, m) => monthName(first + m));
  const out: Independent = { months, coverage: [], wins: [], revenue: [], roles: {}, segments: {} };
  const factor: Record<string, number[]> = {};
  for (const role of pb.roles) {
    const ramp = role.rampMonths ?? 0;
    const p = (k: number) => (k < 0 ? 0 : k < ramp ? (k + 1) / (ramp + 1) : 1);
    const drag = role.attrition ? Math.max(0, 1 - (role.attrition.rate * (role.attrition.backfillMonths + ramp / 2)) / 12) : 1;
    const selling = role.sellingHours ?? pb.sellingHours;
    const series = { effective: [] as number[], available: [] as number[], required: [] as number[], load: [] as number[] };
    factor[role.id] = [];
    for (let m = 0; m < length; m++) {
      const hired = (role.hires ?? []).reduce((sum: number, h: Data) => sum + h.count * p(m - (monthIndex(h.start) - first)), 0);
      const effective = drag * (role.headcount + hired);
      const available = (effective * selling) / 12;
      const need = required[role.id]! / 12;
      series.effective.push(effective);
      series.available.push(available);
      series.required.push(need);
      series.load.push(need === 0 ? 0 : available === 0 ? Infinity : need / available);
      factor[role.id]!.push(need === 0 ? 1 : Math.min(1, available / need));
    }
    out.roles[role.id] = series;
  }
  const kappaOf = (s: Data, m: number) => Math.min(1, ...[...contributors.get(s.id)!].map((role) => factor[role]![m]!));
  for (let m = 0; m < length; m++) {
    let accounts = 0;
    let covered = 0;
    let wins = 0;
    let revenue = 0;
    for (const s of pb.segments) {
      const process = processes.get(s.process)!;
      const winRate = process.stages.reduce((w: number, stage: Data) => w * stage.conversion, 1);
      const kappa = kappaOf(s, m);
      // v1.2: the wins of month m follow the coverage of L months before (the months before the plan as its first).
      const cycle = process.stages.reduce((t: number, stage: Data) => t + stage.days, 0);
      const lag = Math.round((cycle * 12) / 365);
      const e = ((s.accounts * s.opportunityRate) / 12) * kappaOf(s, Math.max(0, m - lag)) * winRate;
      const series = (out.segments[s.id] ??= { coverage: [], wins: [], revenue: [] });
      series.coverage.push(kappa);
      series.wins.push(e);
      series.revenue.push(e * s.dealSize);
      accounts += s.accounts;
      covered += s.accounts * kappa;
      wins += e;
      revenue += e * s.dealSize;
    }
    out.coverage.push(accounts === 0 ? 1 : covered / accounts);
    out.wins.push(wins);
    out.revenue.push(revenue);
  }
  return out;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const mean = (values: number[]) => sum(values) / values.length;
/** Equal up to floating-point rounding, relative to the size (revenue runs into the millions). */
const close = (a: number, b: number) => (Number.isFinite(b) ? expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b))) : expect(a).toBe(b));

/** v1.2's figures of §4, from the files alone: open pipeline, people per segment and process, the money side. */
function independentFigures(pb: Data) {
  const processes = new Map<string, Data>(pb.processes.map((p: Data) => [p.id, p]));
  const roles = new Map<string, Data>(pb.roles.map((r: Data) => [r.id, r]));
  const selling = (id: string) => roles.get(id)!.sellingHours ?? pb.sellingHours;
  // Hours of each role for each segment: deal hours, and coverage hours for the owner.
  const hours = new Map<string, Record<string, number>>();
  const required: Record<string, number> = Object.fromEntries(pb.roles.map((r: Data) => [r.id, 0]));
  for (const s of pb.segments) {
    const process = processes.get(s.process)!;
    const opportunities = s.accounts * s.opportunityRate;
    const h: Record<string, number> = Object.fromEntries(pb.roles.map((r: Data) => [r.id, 0]));
    let reach = 1;
    for (const stage of process.stages) {
      for (const [role, perOpportunity] of Object.entries<number>(stage.hours ?? {})) h[role]! += opportunities * reach * perOpportunity;
      reach *= stage.conversion;
    }
    h[s.coverage.owner]! += s.accounts * s.coverage.touchesPerYear * s.coverage.hoursPerTouch;
    hours.set(s.id, h);
    for (const [role, value] of Object.entries(h)) required[role]! += value;
  }
  const factor = (id: string) => {
    const available = roles.get(id)!.headcount * selling(id);
    return required[id] === 0 ? 1 : Math.min(1, available / required[id]!);
  };
  const segments: Record<string, { openPipeline: number; pipelineValue: number; people: Record<string, number>; peopleTotal: number; wins: number; revenue: number }> = {};
  const processPeople: Record<string, Record<string, number>> = {};
  let wins = 0;
  let revenue = 0;
  for (const s of pb.segments) {
    const process = processes.get(s.process)!;
    const h = hours.get(s.id)!;
    const kappa = Math.min(1, ...Object.entries(h).filter(([, value]) => value > 0).map(([role]) => factor(role)));
    const opportunities = s.accounts * s.opportunityRate;
    let reach = 1;
    let days = 0;
    for (const stage of process.stages) {
      days += reach * stage.days;
      reach *= stage.conversion;
    }
    const people = Object.fromEntries(Object.entries(h).map(([role, value]) => [role, value / selling(role)]));
    const openPipeline = (opportunities * kappa * days) / 365;
    const e = opportunities * kappa * reach;
    segments[s.id] = { openPipeline, pipelineValue: openPipeline * s.dealSize, people, peopleTotal: sum(Object.values(people)), wins: e, revenue: e * s.dealSize };
    const forProcess = (processPeople[s.process] ??= Object.fromEntries(pb.roles.map((r: Data) => [r.id, 0])));
    for (const [role, value] of Object.entries(people)) forProcess[role]! += value;
    wins += e;
    revenue += e * s.dealSize;
  }
  const withCost = pb.roles.filter((r: Data) => r.cost !== undefined);
  const withQuota = pb.roles.filter((r: Data) => r.quota !== undefined);
  const teamCost = withCost.length === 0 ? null : sum(withCost.map((r: Data) => r.headcount * r.cost));
  const quota = withQuota.length === 0 ? null : sum(withQuota.map((r: Data) => r.headcount * r.quota));
  const divide = (a: number | null, b: number | undefined) => (a === null || !b ? null : a / b);
  return {
    segments,
    processPeople,
    roleCost: Object.fromEntries(pb.roles.map((r: Data) => [r.id, r.cost === undefined ? null : r.headcount * r.cost])),
    teamCost,
    costOfSales: divide(teamCost, revenue),
    costPerWin: divide(teamCost, wins),
    carriedQuota: quota,
    quotaCoverage: divide(quota, pb.goals.bookings),
    quotaAttainment: quota === null ? null : divide(revenue, quota),
  };
}

describe.each(['northwind-software', 'huayuan-equipment'])('v1.2 figures of §4 of %s', (id) => {
  const pb = exported.playbooks.find((p) => p.id === id) as unknown as Data;
  const mine = independentFigures(pb);
  const closeOrNull = (a: number | null, b: number | null) => (b === null ? expect(a).toBeNull() : close(a!, b));

  it('has costs and quotas, so that the money side is not null', () => {
    expect(mine.teamCost).not.toBeNull();
    expect(mine.carriedQuota).not.toBeNull();
  });

  it('exports the open pipeline with each stage\u2019s days counted only for the opportunities that reach it', () => {
    for (const [segment, figures] of Object.entries(mine.segments)) {
      close(pb.metrics.segments[segment].openPipeline, figures.openPipeline);
      close(pb.metrics.segments[segment].pipelineValue, figures.pipelineValue);
    }
    close(pb.metrics.openPipeline, sum(Object.values(mine.segments).map((s) => s.openPipeline)));
    close(pb.metrics.pipelineValue, sum(Object.values(mine.segments).map((s) => s.pipelineValue)));
  });

  it('exports the people each segment and each process takes, by role', () => {
    for (const [segment, figures] of Object.entries(mine.segments)) {
      const got = pb.metrics.segments[segment];
      expect(Object.keys(got.people).sort()).toEqual(Object.keys(figures.people).sort());
      for (const [role, value] of Object.entries(figures.people)) close(got.people[role], value);
      close(got.peopleTotal, figures.peopleTotal);
    }
    for (const [process, people] of Object.entries(mine.processPeople)) {
      const got = pb.metrics.processes[process];
      for (const [role, value] of Object.entries(people)) close(got.people[role], value);
      close(got.peopleTotal, sum(Object.values(people)));
    }
  });

  it('exports the money side: each role\u2019s cost, team cost, cost of sales and per win, carried quota, its coverage and attainment', () => {
    for (const [role, cost] of Object.entries(mine.roleCost)) closeOrNull(pb.metrics.roles[role].cost, cost);
    for (const key of ['teamCost', 'costOfSales', 'costPerWin', 'carriedQuota', 'quotaCoverage', 'quotaAttainment'] as const) closeOrNull(pb.metrics[key], mine[key]);
  });
});

describe.each(['northwind-software', 'huayuan-equipment'])('the plan of %s', (id) => {
  const pb = exported.playbooks.find((p) => p.id === id) as unknown as Data;
  const plan = pb.plan as Data;
  const mine = independentPlan(pb, plan.start, plan.months.length);

  it('has hires, so that the plan is not §4 spread over twelve months, and a process long enough for wins to lag coverage', () => {
    expect(pb.roles.some((r: Data) => (r.hires ?? []).length > 0)).toBe(true);
    expect(pb.processes.some((p: Data) => Math.round((p.stages.reduce((t: number, stage: Data) => t + stage.days, 0) * 12) / 365) > 0)).toBe(true);
  });

  it('exports every month as computed independently from the files: roles, segments and the playbook', () => {
    expect(plan.months.map((m: Data) => m.month)).toEqual(mine.months);
    plan.months.forEach((month: Data, m: number) => {
      close(month.coverage, mine.coverage[m]!);
      close(month.expectedWins, mine.wins[m]!);
      close(month.expectedRevenue, mine.revenue[m]!);
      for (const [role, series] of Object.entries(mine.roles)) {
        const got = month.roles[role];
        close(got.effectiveHeadcount, series.effective[m]!);
        close(got.availableHours, series.available[m]!);
        close(got.requiredHours, series.required[m]!);
        // JSON has no Infinity: export writes an infinite load as null.
        if (Number.isFinite(series.load[m]!)) close(got.load, series.load[m]!);
        else expect(got.load).toBeNull();
      }
      for (const [segment, series] of Object.entries(mine.segments)) {
        close(month.segments[segment].coverage, series.coverage[m]!);
        close(month.segments[segment].expectedWins, series.wins[m]!);
        close(month.segments[segment].expectedRevenue, series.revenue[m]!);
      }
    });
  });

  it('exports quarters and totals as the means and sums of the months', () => {
    plan.quarters.forEach((quarter: Data, q: number) => {
      const at = (values: number[]) => values.slice(3 * q, 3 * q + 3);
      close(quarter.coverage, mean(at(mine.coverage)));
      close(quarter.expectedWins, sum(at(mine.wins)));
      close(quarter.expectedRevenue, sum(at(mine.revenue)));
    });
    expect(plan.quarters).toHaveLength(Math.ceil(mine.months.length / 3));
    close(plan.totals.coverage, mean(mine.coverage));
    close(plan.totals.expectedWins, sum(mine.wins));
    close(plan.totals.expectedRevenue, sum(mine.revenue));
  });

  it('shows the same quarters on the plan page, and names the month each overloaded role reaches capacity', () => {
    const sitePb = site.playbooks.find((p) => p.id === id)!;
    const view = planView(site, id);
    const { fmt } = sitePb;
    view.byQuarter.slice(0, plan.quarters.length).forEach((row, q) => {
      const at = (values: number[]) => values.slice(3 * q, 3 * q + 3);
      expect(row.coverage).toBe(fmt.percent(mean(at(mine.coverage))));
      expect(row.bookingsExact).toBe(fmt.money(sum(at(mine.revenue))));
    });
    let overloaded = 0;
    for (const [roleId, series] of Object.entries(mine.roles)) {
      if (!series.load.some((l) => l > 1 + 1e-9)) continue;
      overloaded++;
      // The first month from which the load stays at or below 1 to the end of the plan.
      let from: number | null = null;
      for (let m = series.load.length - 1; m >= 0 && series.load[m]! <= 1 + 1e-9; m--) from = m;
      const title = (pb.roles as Data[]).find((r) => r.id === roleId)!.title as string;
      // The role's own sentence names its month.
      const sentence = view.bottlenecks.find((b) => b.includes(title));
      expect(sentence, roleId).toBeDefined();
      if (from !== null) expect(sentence, roleId).toContain(fmt.month(mine.months[from]!));
    }
    expect(overloaded).toBeGreaterThan(0);
  });
});
