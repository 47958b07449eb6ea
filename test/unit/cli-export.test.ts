import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/io.ts';
import { buildExport } from '../../src/model/export.ts';
import { exportDocumentSchema, type ExportDocument } from '../../src/model/export-schema.ts';
import { BASIC_OFFERING, index, inlinePlaybook, oneStage, role, segment } from '../fixtures/model-inline/playbook.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

function capture(cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, color: false };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function exportOf(root: string): Promise<{ code: number; doc: ExportDocument; stderr: string }> {
  const c = capture();
  const code = await run(['export', root], c.io);
  const doc = exportDocumentSchema.parse(JSON.parse(c.stdout()));
  return { code, doc, stderr: c.stderr() };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function tempCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'playbook-export-'));
  temps.push(dir);
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

describe('export', () => {
  it('prints the document of format §5 for the model fixture, with exactly the metric keys', async () => {
    const { code, doc, stderr } = await exportOf(fixture('model'));
    expect(code).toBe(0);
    expect(stderr).toBe('Exported, with 4 warnings (run `npm run check` for details).\n');
    expect(doc.version).toBe(1);
    expect(doc.playbooks.map((p) => p.id)).toEqual(['northwind']);
    const p = doc.playbooks[0]!;
    expect(p).toMatchObject({ id: 'northwind', title: 'Northwind sales model', lang: 'en', currency: 'EUR', sellingHours: 1000, goals: { coverage: 0.95, winRate: 0.25 } });
    // The keys of §5, with v1.1's pipeline figures and covered accounts.
    expect(Object.keys(p.metrics)).toEqual(['coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'coveredAccounts', 'openPipeline', 'pipelineValue', 'teamCost', 'costOfSales', 'costPerWin', 'carriedQuota', 'quotaCoverage', 'quotaAttainment', 'segments', 'roles', 'processes']);
    expect(Object.keys(p.metrics.segments.smb!)).toEqual(['opportunities', 'coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'velocityPerDay', 'openPipeline', 'pipelineValue', 'coveredAccounts', 'people', 'peopleTotal']);
    expect(Object.keys(p.metrics.roles.se!)).toEqual(['requiredHours', 'availableHours', 'load', 'fteNeeded', 'cost']);
    expect(Object.keys(p.metrics.processes.velocity!)).toEqual(['winRate', 'cycleDays', 'people', 'peopleTotal']);
    // Plain, unrounded numbers (worked out in test/unit/model-metrics.test.ts).
    expect(p.metrics.coverage).toBeCloseTo(475 / 520, 12);
    expect(p.metrics.coverage).not.toBe(Number((475 / 520).toFixed(3)));
    expect(p.metrics.expectedWins).toBeCloseTo(55.78125, 9);
    expect(p.metrics.segments.enterprise).toMatchObject({ opportunities: 10, coverage: 0.625, winRate: 0.125, expectedWins: 0.78125, expectedRevenue: 156250, velocityPerDay: 156250 / 365 });
    // v1.2: N = O × κ × Σ r_k days_k / 365 open opportunities (30 + 0.5 × 60 + 0.25 × 30 = 67.5 days), P = N × deal.
    expect(p.metrics.segments.enterprise!.openPipeline).toBeCloseTo((10 * 0.625 * 67.5) / 365, 12);
    expect(p.metrics.segments.enterprise!.pipelineValue).toBeCloseTo(((10 * 0.625 * 67.5) / 365) * 200000, 6);
    expect(p.metrics.segments.enterprise!.people).toEqual({ sdr: 0, ae: 0.22, se: 0.1, exec: 0.32 });
    expect(p.metrics.roles.se!.load).toBeCloseTo(1.6, 12);
    expect(p.metrics.roles.exec).toEqual({ requiredHours: 320, availableHours: 500, load: 0.64, fteNeeded: 0.32, cost: null });
    expect(p.metrics.processes.strategic).toMatchObject({ winRate: 0.125, cycleDays: 120, people: { sdr: 0, ae: 0.22, se: 0.1, exec: 0.32 } });
    expect(p.metrics).toMatchObject({ teamCost: null, costOfSales: null, costPerWin: null, carriedQuota: null, quotaCoverage: null, quotaAttainment: null });
  });

  it('exports entities as {id, ...frontmatter}, with every field and defaults applied', async () => {
    const { doc } = await exportOf(fixture('model'));
    const p = doc.playbooks[0]!;
    expect(p.segments.map((s) => s.id)).toEqual(['enterprise', 'mid-market', 'smb']);
    expect(p.offerings.map((o) => o.id)).toEqual(['basic', 'onboarding', 'platform']);
    expect(p.processes.map((x) => x.id)).toEqual(['consultative', 'strategic', 'velocity']);
    expect(p.roles.map((r) => r.id)).toEqual(['ae', 'exec', 'sdr', 'se']);
    expect(p.segments[0]).toEqual({
      id: 'enterprise',
      title: 'Enterprise',
      summary: 'Large groups that want a partner for years.',
      priority: 'strategic',
      motive: 'partnership',
      criteria: { employees: { min: 1001 } },
      buyingCriteria: ['vendor stability', 'executive access'],
      accounts: 20,
      opportunityRate: 0.5,
      dealSize: 200000,
      offerings: ['platform'],
      process: 'strategic',
      coverage: { owner: 'exec', touchesPerYear: 6, hoursPerTouch: 2 },
      buyingCenter: [
        { influence: 'economic', function: 'CFO' },
        { influence: 'technical', function: 'CTO' },
      ],
    });
    expect(p.roles.find((r) => r.id === 'se')).toEqual({ id: 'se', title: 'Solution engineer', summary: 'Runs discovery workshops and proofs of concept.', function: 'presales', headcount: 0.25, sellingHours: 800, counterparts: ['CTO'] });
    expect(p.processes.find((x) => x.id === 'velocity')!.stages[1]).toEqual({
      id: 'close',
      title: 'Close',
      goal: 'Quote and sign.',
      exitCriteria: ['Contract signed'],
      days: 10,
      conversion: 0.5,
      raci: { sdr: 'R', ae: 'A' },
      hours: { sdr: 1, ae: 1 },
    });
  });

  it('applies the playbook defaults (lang, currency, selling hours) and uses the current folder by default', async () => {
    const c = capture(fixture('valid'));
    expect(await run(['export'], c.io)).toBe(0);
    expect(c.stderr()).toBe('');
    const doc = exportDocumentSchema.parse(JSON.parse(c.stdout()));
    expect(doc.playbooks[0]).toMatchObject({ id: 'acme', lang: 'en', currency: 'USD', sellingHours: 1400 });
    // rep: 1 × 1400 h; H = 50 × 2 + 100 = 200.
    expect(doc.playbooks[0]!.metrics.roles.rep).toEqual({ requiredHours: 200, availableHours: 1400, load: 200 / 1400, fteNeeded: 200 / 1400, cost: null });
  });

  it('writes an infinite load as null', async () => {
    const root = tempCopy('model');
    const file = join(root, 'playbooks/northwind/roles/se.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('headcount: 0.25', 'headcount: 0'));
    const { code, doc } = await exportOf(root);
    expect(code).toBe(0);
    const p = doc.playbooks[0]!;
    expect(p.metrics.roles.se).toEqual({ requiredHours: 320, availableHours: 0, load: null, fteNeeded: 0.4, cost: null });
    // se caps mid-market and enterprise at κ = 0.
    expect(p.metrics.segments['mid-market']!.coverage).toBe(0);
  });

  it('refuses content with errors: exit 1, nothing on stdout, pretty diagnostics on stderr', async () => {
    const c = capture();
    expect(await run(['export', fixture('model-broken')], c.io)).toBe(1);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain('playbooks/broken/segments/lost.mdx:13:10 error broken-reference');
    expect(c.stderr()).toContain('> 13 | process: nowhere');
    expect(c.stderr()).toContain('Nothing was exported: the playbooks have 1 error');
  });

  it('refuses warnings with --strict', async () => {
    const c = capture();
    expect(await run(['export', fixture('model'), '--strict'], c.io)).toBe(1);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain('warning capacity-exceeded');
    expect(c.stderr()).toContain('4 warnings and --strict is on');
    expect(await run(['export', fixture('valid'), '--strict'], capture().io)).toBe(0);
  });

  it('exports one playbook with --playbook, even when another one has errors', async () => {
    const c = capture();
    expect(await run(['export', fixture('model-broken'), '--playbook', 'fine'], c.io)).toBe(0);
    const doc = exportDocumentSchema.parse(JSON.parse(c.stdout()));
    expect(doc.playbooks.map((p) => p.id)).toEqual(['fine']);
    expect(c.stderr()).toBe('Exported, with 2 warnings (run `npm run check` for details).\n');
  });

  it('writes the refused content’s diagnostics in the language --lang asks for', async () => {
    const c = capture();
    expect(await run(['export', fixture('model-broken'), '--lang', 'zh-CN'], c.io)).toBe(1);
    expect(c.stderr()).toContain('销售手册 `broken` 中没有销售流程 `nowhere`');
  });

  it('prints its usage with --help and exits 0', async () => {
    const c = capture();
    expect(await run(['export', '--help'], c.io)).toBe(0);
    expect(c.stdout()).toMatch(/^Usage: npm run playbook -- export \[root\] \[--strict\] \[--playbook <id>\] \[--lang en\|zh-CN\]\n/);
  });

  it('exits 2 for usage and setup problems', async () => {
    for (const argv of [
      ['export', fixture('model'), 'extra'],
      ['export', '--format', 'json', fixture('model')],
      ['export', join(fixture('model'), 'does-not-exist')],
      ['export', fixture('model/playbooks')],
      ['export', fixture('model'), '--playbook', 'nowhere'],
      ['export', fixture('model'), '--lang', 'de'],
    ]) {
      const c = capture();
      expect(await run(argv, c.io), argv.join(' ')).toBe(2);
      expect(c.stdout()).toBe('');
      expect(c.stderr()).not.toBe('');
    }
  });
});

describe('buildExport', () => {
  it('builds the document in memory, with null for an infinite load (not Infinity)', () => {
    // rep: 10 opportunities × 3 h = 30 h, headcount 0 → L = ∞.
    const graph = inlinePlaybook({
      index: index(),
      segments: { s: segment({ process: 'p', accounts: 10, opportunityRate: 1, dealSize: 100 }) },
      offerings: { basic: BASIC_OFFERING },
      processes: { p: oneStage(0.5, 10, { rep: 3 }) },
      roles: { rep: role(0) },
    });
    const doc = buildExport([graph]);
    expect(doc.playbooks[0]!.metrics.roles.rep).toEqual({ requiredHours: 30, availableHours: 0, load: null, fteNeeded: 30 / 1400, cost: null });
    expect(exportDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc.playbooks[0]!.segments[0]!.id).toBe('s');
  });
});

describe('the export schema', () => {
  it('rejects documents that break the contract', async () => {
    const { doc } = await exportOf(fixture('model'));
    const clone = () => JSON.parse(JSON.stringify(doc)) as ExportDocument & Record<string, unknown>;
    expect(exportDocumentSchema.safeParse(clone()).success).toBe(true);
    const extraMetric = clone();
    (extraMetric.playbooks[0]!.metrics.roles.se as Record<string, unknown>).capacityFactor = 0.625;
    expect(exportDocumentSchema.safeParse(extraMetric).success).toBe(false);
    const infinite = clone();
    infinite.playbooks[0]!.metrics.roles.se!.load = Infinity;
    expect(exportDocumentSchema.safeParse(infinite).success).toBe(false);
    const noDefault = clone();
    delete (noDefault.playbooks[0] as Partial<(typeof doc.playbooks)[number]>).lang;
    expect(exportDocumentSchema.safeParse(noDefault).success).toBe(false);
    const badVersion = clone();
    (badVersion as Record<string, unknown>).version = 2;
    expect(exportDocumentSchema.safeParse(badVersion).success).toBe(false);
    const noId = clone();
    delete (noId.playbooks[0]!.segments[0] as Partial<(typeof doc.playbooks)[number]['segments'][number]>).id;
    expect(exportDocumentSchema.safeParse(noId).success).toBe(false);
  });
});

describe('export v1.1: scenarios, the plan and the pipeline figures', () => {
  it('adds every scenario with its changes as written and metrics of the playbook’s shape', async () => {
    const { code, doc } = await exportOf(fixture('scenarios/basic'));
    expect(code).toBe(0);
    const p = doc.playbooks[0]!;
    expect(p.scenarios.map((s) => s.id)).toEqual(['better-close', 'hire']);
    const hire = p.scenarios[1]!;
    // The contract's keys, and the plan with the scenario's changes (this playbook has one).
    expect(Object.keys(hire)).toEqual(['id', 'title', 'changes', 'metrics', 'plan']);
    expect(hire.plan!.totals.expectedRevenue).toBeGreaterThan(p.plan!.totals.expectedRevenue);
    expect(hire.plan!.months.map((m) => m.month)).toEqual(p.plan!.months.map((m) => m.month));
    expect(hire).toMatchObject({ id: 'hire', title: 'One more representative', changes: [{ set: 'roles/rep.headcount', add: 1 }] });
    expect(Object.keys(hire.metrics)).toEqual(Object.keys(p.metrics));
    expect(Object.keys(hire.metrics.segments.smb!)).toEqual(Object.keys(p.metrics.segments.smb!));
    // Worked out in test/unit/model-scenario.test.ts: the second representative covers every account.
    expect(p.metrics).toMatchObject({ coverage: 0.5, expectedWins: 5, expectedRevenue: 5000 });
    expect(hire.metrics).toMatchObject({ coverage: 1, expectedWins: 10, expectedRevenue: 10_000, roles: { rep: { requiredHours: 200, availableHours: 200, load: 1, fteNeeded: 2 } } });
    expect(p.scenarios[0]).toMatchObject({ changes: [{ set: 'processes/quick.stages.close.conversion', to: 0.6 }] });
    expect(p.scenarios[0]!.metrics.winRate).toBeCloseTo(0.3, 12);
  });

  it('adds v1.1’s covered accounts, open pipeline and pipeline value, per segment and summed per playbook', async () => {
    const { doc } = await exportOf(fixture('scenarios/basic'));
    const m = doc.playbooks[0]!.metrics;
    expect(Object.keys(m)).toEqual(['coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'coveredAccounts', 'openPipeline', 'pipelineValue', 'teamCost', 'costOfSales', 'costPerWin', 'carriedQuota', 'quotaCoverage', 'quotaAttainment', 'segments', 'roles', 'processes']);
    expect(Object.keys(m.segments.smb!)).toEqual(['opportunities', 'coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'velocityPerDay', 'openPipeline', 'pipelineValue', 'coveredAccounts', 'people', 'peopleTotal']);
    // v1.2: N = O × κ × Σ r_k days_k / 365 = 50 × 0.5 × (3 + 0.5 × 7) / 365; P = N × $1,000; covered accounts 100 × 0.5.
    expect(m.segments.smb!.openPipeline).toBeCloseTo(162.5 / 365, 12);
    expect(m.segments.smb!.pipelineValue).toBeCloseTo(162_500 / 365, 9);
    expect(m.segments.smb!.coveredAccounts).toBe(50);
    expect(m).toMatchObject({ coveredAccounts: 50, openPipeline: m.segments.smb!.openPipeline, pipelineValue: m.segments.smb!.pipelineValue });
  });

  it('writes the plan of §8 in place of the frontmatter’s, and none for a playbook without one', async () => {
    const { doc } = await exportOf(fixture('scenarios/basic'));
    const plan = doc.playbooks[0]!.plan!;
    expect(Object.keys(plan)).toEqual(['start', 'months', 'quarters', 'totals']);
    expect(plan.start).toBe('2027-01');
    expect(plan.months.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    expect(plan.months[0]!.roles.rep).toEqual({ effectiveHeadcount: 1, availableHours: 100 / 12, requiredHours: 200 / 12, load: 2 });
    expect(plan.quarters).toHaveLength(2);
    expect(plan.totals).toEqual({ coverage: 0.5, expectedWins: 2.5, expectedRevenue: 2500 });
    const { doc: zh } = await exportOf(fixture('scenarios/chinese'));
    expect('plan' in zh.playbooks[0]!).toBe(false);
    expect(zh.playbooks[0]!.scenarios.map((s) => s.id)).toEqual(['more-presales']);
  });

  it('refuses a playbook whose scenarios have problems', async () => {
    const c = capture();
    expect(await run(['export', fixture('scenarios/problems')], c.io)).toBe(1);
    expect(c.stdout()).toBe('');
    expect(c.stderr()).toContain('playbooks/acme/scenarios/paths.mdx:9:10 error scenario-path');
  });

  it('has a schema that holds the new parts to the contract', async () => {
    const { doc } = await exportOf(fixture('scenarios/basic'));
    const clone = () => JSON.parse(JSON.stringify(doc)) as ExportDocument;
    const noScenarios = clone();
    delete (noScenarios.playbooks[0] as Partial<ExportDocument['playbooks'][number]>).scenarios;
    expect(exportDocumentSchema.safeParse(noScenarios).success).toBe(false);
    const extra = clone();
    (extra.playbooks[0]!.scenarios[0] as Record<string, unknown>).summary = 'not in the contract';
    expect(exportDocumentSchema.safeParse(extra).success).toBe(false);
    const badPlan = clone();
    (badPlan.playbooks[0]!.plan as Record<string, unknown>).months = 6;
    expect(exportDocumentSchema.safeParse(badPlan).success).toBe(false);
    const noPipeline = clone();
    delete (noPipeline.playbooks[0]!.metrics.segments.smb as Partial<ExportDocument['playbooks'][number]['metrics']['segments'][string]>).openPipeline;
    expect(exportDocumentSchema.safeParse(noPipeline).success).toBe(false);
  });

  it('builds scenarios in memory only from the check’s evaluations', async () => {
    const { checkProject } = await import('../../src/lint/check-project.ts');
    const { isComplete } = await import('../../src/model/graph.ts');
    const result = checkProject(fixture('scenarios/basic'));
    const playbooks = result.playbooks.filter(isComplete);
    const doc = buildExport(playbooks, result.metrics, { plans: result.plans, scenarios: result.scenarios });
    expect(exportDocumentSchema.parse(doc)).toEqual(doc);
    expect(() => buildExport(playbooks)).toThrow(/scenario "better-close" of playbook "acme" was not evaluated/);
  });
});
