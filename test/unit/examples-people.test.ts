import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite } from '../../src/site/index.ts';
import { metricsView } from '../../src/site/views/metrics.ts';
import { processView } from '../../src/site/views/process.ts';
import { scenarioView } from '../../src/site/views/scenario.ts';
import { segmentView } from '../../src/site/views/segment.ts';

/** People per segment and per process, and the cost side of scenarios, on the example playbooks (they have costs). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const site = createSite(checkProject(ROOT), { base: '/' });
const pb = (id: string) => site.playbooks.find((p) => p.id === id)!;

describe('people per segment and per process', () => {
  it('lists the roles a segment takes, the most first, each a need rounded up to tenths', () => {
    const view = segmentView(site, 'northwind-software', 'strategic-enterprises');
    const m = pb('northwind-software').metrics.segments['strategic-enterprises']!;
    const expected = Object.entries(m.people)
      .filter(([, v]) => v > 0)
      .sort(([, a], [, b]) => b - a)
      .map(([role]) => role);
    expect(view.people!.roles.map((r) => r.role.id)).toEqual(expected);
    const fmt = pb('northwind-software').fmt;
    expect(view.people!.roles.map((r) => r.people)).toEqual(expected.map((role) => fmt.peopleUp(m.people[role]!)));
    expect(view.people!.intro).toBe(`This segment takes ${fmt.peopleUp(m.peopleTotal)} of selling a year:`);
  });

  it('answers the Chinese reader’s question in its words, and sums a process’s segments', () => {
    const view = metricsView(site, 'huayuan-equipment');
    expect(view.people.intro).toMatch(/^不同客群用不同流程，会不会要很多人？/);
    // Roles down, segments across: a role's total is its people needed, as on the capacity table.
    for (const row of view.people.rows) {
      const bar = view.capacity.find((b) => b.role.id === row.role.id)!;
      expect(row.total, row.role.id).toBe(bar.fteNeeded);
    }
    const process = processView(site, 'huayuan-equipment', 'energy-solution');
    const segment = segmentView(site, 'huayuan-equipment', 'scale-manufacturers');
    // The only segment on the process: the same people.
    expect(process.people!.roles).toEqual(segment.people!.roles);
    expect(process.people!.intro).toMatch(/^走这个流程的客群合计需要 .* 人：$/);
  });
});

describe('the cost side of a scenario', () => {
  it('says what it costs a year, what it adds, net, and the payback, with the team cost before and after', () => {
    const view = scenarioView(site, 'northwind-software', 'seventh-rep');
    expect(view.money).toMatch(/^\+\$\d+(\.\d+)?K a year for \+\$\d+(\.\d+)?K of new bookings a year, net \+\$\d+(\.\d+)?K; it pays back in \d+(\.\d)? months\.$/);
    const rows = view.playbook.map((r) => r.label);
    expect(rows).toContain('Team cost a year');
    expect(rows).toContain('Cost of sales');
    const zh = scenarioView(site, 'huayuan-equipment', 'more-presales');
    expect(zh.money).toMatch(/^每年成本 \+\d+ 万元，每年新签约额 \+[\d,]+ 万元，净增 \+[\d,]+ 万元；[\d.]+ 个月回本。$/);
  });
});
