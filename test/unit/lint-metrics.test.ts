import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import { checkMetrics, metricWarnings } from '../../src/lint/metrics.ts';
import { isComplete } from '../../src/model/graph.ts';
import { loadProject } from '../../src/model/load.ts';
import { computeMetrics } from '../../src/model/metrics.ts';
import { BASIC_OFFERING, index, inlinePlaybook, oneStage, role, segment } from '../fixtures/model-inline/playbook.ts';
import { tempCopy } from '../support/helpers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const METRIC_CODES = ['capacity-exceeded', 'coverage-below-goal', 'win-rate-below-goal'];

describe('metric warnings on the northwind fixture', () => {
  // Numbers from test/unit/model-metrics.test.ts: se needs 320 h, has 200 h; coverage 475/520 = 91.3% < 95%;
  // mid-market wins 20% and enterprise 12.5% < 25%; smb wins exactly 25% (no warning).
  const { diagnostics } = checkProject(fixture('model'));

  it('reports exactly the three kinds of warnings, at the agreed positions', () => {
    expect(diagnostics.map(({ file, line, column, severity, code }) => ({ file, line, column, severity, code }))).toEqual([
      { file: 'playbooks/northwind/index.mdx', line: 7, column: 13, severity: 'warning', code: 'coverage-below-goal' },
      { file: 'playbooks/northwind/roles/se.mdx', line: 5, column: 12, severity: 'warning', code: 'capacity-exceeded' },
      { file: 'playbooks/northwind/segments/enterprise.mdx', line: 13, column: 10, severity: 'warning', code: 'win-rate-below-goal' },
      { file: 'playbooks/northwind/segments/mid-market.mdx', line: 13, column: 10, severity: 'warning', code: 'win-rate-below-goal' },
    ]);
  });

  it('puts the numbers in the messages', () => {
    const message = (code: string, file: string) => diagnostics.find((d) => d.code === code && d.file.endsWith(file))!.message;
    // L = 320/200 = 160%; F = 320/800 = 0.4 people for 0.25; 0.4 − 0.25 = 0.15, rounded up to tenths: 0.2 more; f = 200/320 = 62.5%.
    expect(message('capacity-exceeded', 'se.mdx')).toBe(
      'Role `se` needs 320 hr a year but has 200 hr (0.25 people): a load of 160%. It needs 0.4 people; 0.2 more would cover it. Until then it can do only 62.5% of its work, which caps the coverage of segments `enterprise` and `mid-market`. Add people, lower the hours per stage or per touch, or hand work to another role.',
    );
    // Covered accounts: 400 × 1 + 100 × 0.625 + 20 × 0.625 = 475 of 520.
    expect(message('coverage-below-goal', 'index.mdx')).toBe(
      'Playbook `northwind` can cover 475 of its 520 target accounts (91.3%), below its goal of 95%: role `se` caps `enterprise` at 62.5% and `mid-market` at 62.5%. Add capacity to the bottleneck role, lower the coverage work per account, or revisit the goal.',
    );
    expect(message('win-rate-below-goal', 'mid-market.mdx')).toBe(
      "Segment `mid-market` wins 20% of its opportunities on process `consultative` (50% × 50% × 80% through its stages), below the playbook's goal of 25%. The weakest stages are `discover` and `prove`, where 50% go on. Improve the conversion of the weakest stages, use a process that fits the segment better, or revisit the goal.",
    );
    expect(message('win-rate-below-goal', 'enterprise.mdx')).toContain('wins 12.5% of its opportunities on process `strategic`');
  });

  it('does not warn on the valid fixture, whose numbers meet its goals', () => {
    // rep: H = 50 × (1 + 0.5 × 2) + 100 × 2 × 0.5 = 200 ≤ 1400; κ = 1 ≥ 0.8; W = 0.5 × 0.4 = 0.2, equal to the goal.
    expect(checkProject(fixture('valid')).diagnostics).toEqual([]);
  });
});

describe('gating on errors', () => {
  it('judges the numbers only of playbooks without errors, per playbook', () => {
    const { diagnostics } = checkProject(fixture('model-broken'));
    const broken = diagnostics.filter((d) => d.file.startsWith('playbooks/broken/'));
    expect(broken.map((d) => d.code)).toEqual(['broken-reference']);
    // fine: rep 0.1 × 1400 = 140 h for H = 200 → 1.43 × capacity; κ = 0.7 < 0.8; F = 200/1400 = 0.1429 → 0.05 more FTE (rounded up).
    const fine = diagnostics.filter((d) => d.file.startsWith('playbooks/fine/'));
    expect(fine.map((d) => d.code)).toEqual(['coverage-below-goal', 'capacity-exceeded']);
    // L = 200/140 = 142.9%; F = 0.1429 → 0.2 people (rounded up to tenths), 0.0429 more → 0.1.
    expect(fine[1]!.message).toContain('needs 200 hr a year but has 140 hr (0.1 people): a load of 142.9%. It needs 0.2 people; 0.1 more would cover it');
    expect(fine[0]!.message).toContain('can cover 70 of its 100 target accounts (70%), below its goal of 80%');
  });

  it('tells playbooks apart by their folder, not a prefix of it: errors in playbooks/fineness/ do not stop the numbers of playbooks/fine/', () => {
    const copy = tempCopy('model-broken');
    try {
      cpSync(join(copy.dir, 'playbooks/fine'), join(copy.dir, 'playbooks/fineness'), { recursive: true });
      writeFileSync(join(copy.dir, 'playbooks/fineness/index.mdx'), '---\ntitle: Broken\ngoals:\n  coverage: 0.8\n  winRate: 0.2\n---\n');
      const { diagnostics, metrics } = checkProject(copy.dir);
      expect(diagnostics.filter((d) => d.file.startsWith('playbooks/fineness/')).map((d) => d.code)).toEqual(['invalid-field']);
      expect(diagnostics.filter((d) => d.file.startsWith('playbooks/fine/')).map((d) => d.code)).toEqual(['coverage-below-goal', 'capacity-exceeded']);
      expect([...metrics.keys()].sort()).toEqual(['fine']);
    } finally {
      copy.cleanup();
    }
  });

  it('never crashes on a partial graph, and skips win rates of segments whose process is missing', () => {
    const graph = loadProject(fixture('model-broken')).playbooks.find((p) => p.id === 'broken')!;
    expect(isComplete(graph)).toBe(true);
    if (!isComplete(graph)) return;
    // With errors of its own (a broken reference), the playbook gets no numbers and no warnings.
    expect(checkMetrics(graph, true)).toEqual({ metrics: null, warnings: [], errors: [] });
    const { warnings: direct, metrics, errors } = checkMetrics(graph, false);
    expect(errors).toEqual([]);
    expect(metrics?.roles.rep?.requiredHours).toBe(300);
    // rep has headcount 0 and hours: capacity is exceeded; coverage 0 < 0.99; smb wins 20% < 99%; lost has no process.
    // rep: smb deals 50 × (1 + 0.5 × 2) = 100 h + coverage 100 × 2 × 0.5 = 100 h; lost: no process, coverage 100 h → 300 h.
    // F = 300/1400 = 0.2143 → 0.3 people (rounded up to tenths).
    expect(direct.map((d) => `${d.code} ${d.file}`)).toEqual([
      'capacity-exceeded playbooks/broken/roles/rep.mdx',
      'coverage-below-goal playbooks/broken/index.mdx',
      'win-rate-below-goal playbooks/broken/segments/smb.mdx',
    ]);
    expect(direct[0]!.message).toMatch(/^Role `rep` needs 300 hr a year but has none \(headcount 0\): 0\.3 people would cover it\. Until then none of its work gets done, which leaves segments `lost` and `smb` uncovered\./);
  });

  it('skips a playbook whose index.mdx is missing', () => {
    const graph = { ...inlinePlaybook({ index: index() }), index: null };
    expect(checkMetrics(graph, false)).toEqual({ metrics: null, warnings: [], errors: [] });
  });
});

describe('metricWarnings', () => {
  it('does not warn when a computed share equals the goal despite floating-point noise', () => {
    // 0.7 × 0.1 is 0.06999999999999999 in floating point: it meets a goal of 0.07.
    const graph = inlinePlaybook({
      index: index({ coverage: 0.5, winRate: 0.07 }),
      segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }) },
      offerings: { basic: BASIC_OFFERING },
      processes: {
        p: {
          title: 'P',
          summary: 'P.',
          type: 'transactional',
          stages: [0.7, 0.1].map((conversion, i) => ({ id: `s${i}`, title: 'S', goal: 'G', exitCriteria: ['E'], days: 1, conversion, raci: { rep: 'AR' as const } })),
        },
      },
      roles: { rep: role(1) },
    });
    expect(computeMetrics(graph).segments.s!.winRate).toBeLessThan(0.07);
    expect(metricWarnings(graph, computeMetrics(graph))).toEqual([]);
  });

  it('names every bottleneck role and prints close numbers apart', () => {
    // x on p: a needs 10 × 10 = 100 h, has 0.05 × 1000 = 50 → κ 0.5. y on q: b needs 10 × 10 = 100 h, has 0.08 × 1000 = 80 → κ 0.8.
    // κ = (10 × 0.5 + 10 × 0.8)/20 = 0.65 against a goal of 0.6501: both would print as 65%.
    const graph = inlinePlaybook({
      index: index({ coverage: 0.6501, winRate: 0.1 }, 1000),
      segments: {
        x: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 1 }, 'a'),
        y: segment({ process: 'q', accounts: 10, opportunityRate: 1, dealSize: 1 }, 'b'),
      },
      offerings: { basic: BASIC_OFFERING },
      processes: { p: oneStage(0.5, 1, { a: 10 }), q: oneStage(0.5, 1, { b: 10 }) },
      roles: { a: role(0.05), b: role(0.08) },
    });
    const coverage = metricWarnings(graph, computeMetrics(graph)).find((d) => d.code === 'coverage-below-goal')!;
    // Covered accounts: 10 × 0.5 + 10 × 0.8 = 13 of 20.
    expect(coverage.message).toContain('can cover 13 of its 20 target accounts (65%), below its goal of 65.01%: role `a` caps `x` at 50%; role `b` caps `y` at 80%. Add capacity to the bottleneck roles');
    expect(coverage).toMatchObject({ file: 'playbooks/inline/index.mdx', line: 5, column: 13 }); // ---, title, summary, goals, coverage
  });

  it('places each warning on its key: headcount, goals.coverage and process', () => {
    const graph = inlinePlaybook({
      index: index({ coverage: 1, winRate: 0.9 }),
      segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }) },
      offerings: { basic: BASIC_OFFERING },
      processes: { p: oneStage(0.5, 10, { rep: 1000 }) },
      roles: { rep: role(1) },
    });
    const found = metricWarnings(graph, computeMetrics(graph));
    expect(found.map((d) => d.code)).toEqual(METRIC_CODES);
    const [capacity, coverage, winRate] = found;
    expect(capacity).toMatchObject({ file: 'playbooks/inline/roles/rep.mdx', ...graph.roles[0]!.source.locate(['headcount']) });
    expect(coverage).toMatchObject({ file: 'playbooks/inline/index.mdx', ...graph.index.source.locate(['goals', 'coverage']) });
    expect(winRate).toMatchObject({ file: 'playbooks/inline/segments/s.mdx', ...graph.segments[0]!.source.locate(['process']) });
    // 10 × 1000 = 10,000 h against 1 × 1400: a load of 714.3%; F = 10000/1400 = 7.1429 → 7.2 people, 6.2 more (rounded up to tenths).
    expect(capacity!.message).toContain('needs 10,000 hr a year but has 1,400 hr (1 person): a load of 714.3%. It needs 7.2 people; 6.2 more would cover it');
    expect(winRate!.message).toContain('wins 50% of its opportunities on process `p`, below the playbook\'s goal of 90%. The weakest stage is `only`');
  });
});

describe('the money side of a model whose divisor is so small that a figure would be infinite (v1.2)', () => {
  it('is an invalid-field error at the field that divides, not a crash', () => {
    // Bookings of 1e-320 a year against a team cost of 100,000: cost of sales would overflow.
    const graph = inlinePlaybook({
      index: index({ coverage: 0.5, winRate: 0.1 }),
      segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 1e-320 }) },
      offerings: { basic: BASIC_OFFERING },
      processes: { p: oneStage(0.5, 10, { rep: 1 }) },
      roles: { rep: { ...role(1), cost: 100000 } },
    });
    const { metrics, errors } = checkMetrics(graph, false);
    expect(metrics).toBeNull();
    expect(errors.map((d) => [d.code, d.file, (d.params as { field?: string }).field])).toEqual([['invalid-field', 'playbooks/inline/segments/s.mdx', 'dealSize']]);
  });
});
