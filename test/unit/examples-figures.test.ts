/**
 * One figure, one string (issue 23): every page of both example playbooks that shows a figure of the model shows it
 * the same way. The test crawls the view models every page is drawn from (overview, metrics, plan, every segment,
 * role and process page, the scenario comparison and each scenario's baseline side), collects what each prints for
 * a figure — named by what it is and what it is about — and fails when one figure is printed two ways: people
 * needed 3.9 on one page and 3.8 on another, $10.4M beside $10,357,592, a load of 127.5% and 128%.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite, metricsView, overviewView, processView, roleView, scenariosView, scenarioView, segmentView } from '../../src/site/index.ts';
import { leaderSummary, nextHireTable } from '../../src/site/views/leader.ts';
import { planView } from '../../src/site/views/plan.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const site = createSite(checkProject(ROOT), { base: '/' });

/** What each page prints for each figure: figure → the strings seen, with where. */
class Seen {
  readonly figures = new Map<string, Map<string, string[]>>();
  add(figure: string, text: string | null | undefined, where: string): void {
    if (text === null || text === undefined) return;
    let strings = this.figures.get(figure);
    if (!strings) this.figures.set(figure, (strings = new Map()));
    strings.set(text, [...(strings.get(text) ?? []), where]);
  }
  /** Figures printed in more than one way, each with its strings and where they appear. */
  conflicts(): string[] {
    return [...this.figures]
      .filter(([, strings]) => strings.size > 1)
      .map(([figure, strings]) => `${figure}: ${[...strings].map(([text, where]) => `"${text}" (${where.join(', ')})`).join(' vs ')}`);
  }
}

function crawl(id: string): Seen {
  const seen = new Seen();
  const pb = site.playbooks.find((p) => p.id === id)!;
  const metrics = metricsView(site, id);
  const overview = overviewView(site, id);

  for (const [page, summary] of [
    ['overview', overview.leader],
    ['metrics', metrics.leader],
    ['overview (again)', leaderSummary(site, pb, 'overview')],
  ] as const) {
    for (const tile of summary.tiles) {
      seen.add(`tile ${tile.key}`, tile.value, page);
      for (const row of tile.rows) seen.add(`tile ${tile.key}: ${row.label}`, row.value, page);
    }
    seen.add('what to do', summary.action, page);
    const coverage = summary.tiles.find((t) => t.key === 'coverage')!;
    seen.add('playbook coverage', coverage.value, `${page} tile`);
    const bottleneck = summary.tiles.find((t) => t.key === 'bottleneck')!;
    if (bottleneck.link) {
      for (const row of bottleneck.rows) seen.add(`${row.label} of ${bottleneck.link.id}`, row.value, `${page} bottleneck tile`);
    }
    const hire = summary.tiles.find((t) => t.key === 'next-hire')!;
    if (hire.link) seen.add(`next hire of ${hire.link.id}: timing`, hire.details[1], `${page} tile`);
  }

  // Roles: people needed and to hire, load — the capacity table, the role pages, the people table, the scenarios.
  for (const bar of metrics.capacity) {
    seen.add(`People needed (steady state) of ${bar.role.id}`, bar.fteNeeded, 'metrics capacity table');
    seen.add(`People to hire (with attrition and the plan) of ${bar.role.id}`, bar.toHire ?? pb.fmt.peopleUp(0), 'metrics capacity table');
    seen.add(`load of ${bar.role.id}`, bar.load, 'metrics capacity table');
  }
  for (const row of metrics.people.rows) seen.add(`People needed (steady state) of ${row.role.id}`, row.total, 'metrics people table');
  for (const role of pb.graph.roles) {
    const view = roleView(site, id, role.id);
    for (const fact of view.numbers) {
      if (fact.label === pb.t.money.peopleNeeded || fact.label === pb.t.money.peopleToHire) seen.add(`${fact.label} of ${role.id}`, fact.value, `role ${role.id}`);
      if (fact.label === pb.t.load) seen.add(`load of ${role.id}`, fact.value, `role ${role.id}`);
    }
    if (view.capacity) seen.add(`load of ${role.id}`, view.capacity.load, `role ${role.id} capacity`);
  }

  // Segments: coverage, win rate, wins, bookings, people — the metrics table, the overview's rows, the segment pages.
  metrics.segments.forEach((row) => {
    const s = row.segment.id;
    seen.add(`coverage of ${s}`, row.coverage, 'metrics segments');
    seen.add(`win rate of ${s}`, row.winRate, 'metrics segments');
    seen.add(`wins of ${s}`, row.expectedWins, 'metrics segments');
    seen.add(`bookings of ${s}`, row.expectedRevenue, 'metrics segments');
    seen.add(`opportunities of ${s}`, row.opportunities, 'metrics segments');
  });
  metrics.people.columns.forEach((c, i) => seen.add(`people of ${c.link.id}`, metrics.people.totals.cells[i], 'metrics people table'));
  for (const row of overview.rows) {
    seen.add(`coverage of ${row.segment.id}`, row.coverage, 'overview');
    seen.add(`win rate of ${row.segment.id}`, row.winRate, 'overview');
  }
  for (const segment of pb.segments) {
    const view = segmentView(site, id, segment.id);
    const fact = (label: string) => view.numbers.find((f) => f.label === label)?.value;
    seen.add(`coverage of ${segment.id}`, fact(pb.t.leader.accountCoverage), `segment ${segment.id}`);
    seen.add(`win rate of ${segment.id}`, fact(pb.t.winRate), `segment ${segment.id}`);
    seen.add(`wins of ${segment.id}`, fact(pb.t.expectedWins), `segment ${segment.id}`);
    seen.add(`bookings of ${segment.id}`, fact(pb.t.expectedRevenue), `segment ${segment.id}`);
    seen.add(`opportunities of ${segment.id}`, fact(pb.t.opportunities), `segment ${segment.id}`);
    seen.add(`people of ${segment.id}`, view.people?.total, `segment ${segment.id}`);
    for (const r of view.people?.roles ?? []) seen.add(`people of ${segment.id} in ${r.role.id}`, r.people, `segment ${segment.id}`);
  }
  metrics.people.rows.forEach((row) => row.cells.forEach((cell, i) => cell !== '—' && seen.add(`people of ${metrics.people.columns[i]!.link.id} in ${row.role.id}`, cell, 'metrics people table')));
  for (const process of pb.graph.processes) {
    const view = processView(site, id, process.id);
    seen.add(`people of process ${process.id}`, view.people?.total, `process ${process.id}`);
  }

  // The playbook's totals: the metrics table's total row, the scenario pages' baseline side, the comparison's baseline.
  seen.add('playbook coverage', metrics.total.coverage, 'metrics total');
  seen.add('playbook win rate', metrics.total.winRate, 'metrics total');
  seen.add('playbook wins', metrics.total.expectedWins, 'metrics total');
  seen.add('playbook bookings', metrics.total.expectedRevenue, 'metrics total');
  if (pb.scenarios.size > 0) {
    const comparison = scenariosView(site, id);
    const baseline = (key: string) => comparison.rows.find((r) => r.key === key)?.cells[0]?.value;
    seen.add('playbook coverage', baseline('coverage'), 'scenarios comparison');
    seen.add('playbook win rate', baseline('winRate'), 'scenarios comparison');
    seen.add('playbook wins', baseline('expectedWins'), 'scenarios comparison');
    seen.add('playbook bookings', baseline('expectedRevenue'), 'scenarios comparison');
    seen.add('team cost', baseline('teamCost'), 'scenarios comparison');
    for (const scenario of pb.scenarios.keys()) {
      const view = scenarioView(site, id, scenario);
      const [coverage, winRate, wins, bookings] = view.playbook;
      seen.add('playbook coverage', coverage!.before, `scenario ${scenario}`);
      seen.add('playbook win rate', winRate!.before, `scenario ${scenario}`);
      seen.add('playbook wins', wins!.before, `scenario ${scenario}`);
      seen.add('playbook bookings', bookings!.before, `scenario ${scenario}`);
      seen.add('team cost', view.playbook.find((r) => r.label === pb.t.money.teamCost)?.before, `scenario ${scenario}`);
      for (const row of view.roles) {
        const index = view.roleColumns.indexOf(pb.t.fteNeeded);
        seen.add(`People needed (steady state) of ${row.link.id}`, row.cells[index]!.before, `scenario ${scenario}`);
        seen.add(`load of ${row.link.id}`, row.cells[view.roleColumns.indexOf(pb.t.load)]!.before, `scenario ${scenario}`);
      }
      for (const row of view.segments) seen.add(`coverage of ${row.link.id}`, row.cells[view.segmentColumns.indexOf(pb.t.coverage)]!.before, `scenario ${scenario}`);
    }
  }
  const team = metrics.leader.tiles.find((t) => t.key === 'cost')!;
  seen.add('team cost', team.value, 'metrics tile');

  // The next hire: the tile's role, the next-hire table, the role page's sentence.
  const table = nextHireTable(site, pb);
  for (const row of table.rows) {
    seen.add(`next hire of ${row.role.id}: bookings a year`, row.bookings, 'next-hire table');
    seen.add(`next hire of ${row.role.id}: timing`, row.timing, 'next-hire table');
  }

  // The plan: its totals on the plan page and in the bookings tile.
  if (pb.plan) {
    const plan = planView(site, id);
    const whole = plan.byQuarter[plan.byQuarter.length - 1]!;
    seen.add('plan bookings', whole.bookings, 'plan page, whole plan');
    seen.add('plan bookings', metrics.leader.tiles.find((t) => t.key === 'bookings')!.value, 'bookings tile');
  }
  return seen;
}

describe.each(['northwind-software', 'huayuan-equipment'])('the figures of %s', (id) => {
  const seen = crawl(id);

  it('are each printed one way on every page', () => {
    expect(seen.conflicts()).toEqual([]);
  });

  it('were found on more than one page, so that the comparison means something', () => {
    const shared = [...seen.figures].filter(([, strings]) => [...strings.values()].flat().length > 1);
    expect(shared.length).toBeGreaterThan(20);
    for (const figure of ['playbook coverage', 'playbook bookings', 'team cost', 'plan bookings']) expect(seen.figures.has(figure), figure).toBe(true);
  });

  it('catches a figure printed two ways', () => {
    const copy = crawl(id);
    copy.add('playbook coverage', '12.34%', 'a page that rounds its own way');
    expect(copy.conflicts()).toEqual([expect.stringMatching(/^playbook coverage: .* vs "12\.34%" \(a page that rounds its own way\)$/)]);
  });
});
