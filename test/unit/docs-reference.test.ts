import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { ALL_CODES, CODES } from '../../src/diagnostics/codes.ts';
import { creationOrder, findKind } from '../../src/kinds/index.ts';
import { offeringSchema, playbookSchema, processSchema, roleSchema, segmentSchema } from '../../src/schema/index.ts';
import { DIAGNOSTIC_EXAMPLES } from '../../src/docs/diagnostic-examples.ts';
import { EXAMPLE_BASE, exampleTree } from '../../src/docs/example-playbook.ts';
import { EXAMPLE_PLAYBOOKS } from '../../src/docs/example-figures.ts';
import { diagnosticReference, fieldReference, fieldRows, inlineCode } from '../../src/docs/reference.ts';
import { checkFiles, checkTree, runExample } from '../../src/docs/run-example.ts';
import { isComplete } from '../../src/model/graph.ts';
import { computeMetrics } from '../../src/model/metrics.ts';
import { computePlan } from '../../src/model/plan.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every field path of a schema, found with Zod's public API (not the
 * `_zod.def` walk of src/docs/reference.ts), so the two can disagree.
 */
function fieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const object = strip(schema);
  if (!(object instanceof z.ZodObject)) throw new Error(`not an object at ${prefix || '(root)'}`);
  const paths: string[] = [];
  for (const [key, field] of Object.entries(object.shape as Record<string, z.ZodType>)) {
    const path = `${prefix}${key}`;
    paths.push(path);
    const inner = strip(field);
    if (inner instanceof z.ZodObject) paths.push(...fieldPaths(inner, `${path}.`));
    if (inner instanceof z.ZodArray && strip(inner.element as z.ZodType) instanceof z.ZodObject) {
      paths.push(...fieldPaths(inner.element as z.ZodType, `${path}[].`));
    }
    if (inner instanceof z.ZodRecord && strip(inner.valueType as z.ZodType) instanceof z.ZodObject) {
      paths.push(...fieldPaths(inner.valueType as z.ZodType, `${path}.<id>.`));
    }
  }
  return paths;
}

function strip(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return strip(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return strip(schema.in as z.ZodType);
  return schema;
}

const SCHEMAS = { playbook: playbookSchema, segment: segmentSchema, offering: offeringSchema, process: processSchema, role: roleSchema };

describe('field reference', () => {
  const tables = fieldReference();
  const rows = fieldRows();

  it('has one table per entity, the stages of a process in their own', () => {
    expect(tables.map((t) => t.entity)).toEqual(['playbook', 'segment', 'offering', 'process', 'stage', 'role', 'scenario', 'snapshot']);
  });

  it.each(Object.entries(SCHEMAS))('covers every field of the %s schema, nested ones included, exactly once', (entity, schema) => {
    const expected = fieldPaths(schema).sort();
    const entities = entity === 'process' ? ['process', 'stage'] : [entity];
    const actual = rows.filter((r) => entities.includes(r.entity)).map((r) => r.path);
    expect([...actual].sort()).toEqual(expected);
    expect(new Set(actual).size).toBe(actual.length);
  });

  it('gives every row a type and a description, and the description of its schema', () => {
    for (const row of rows) {
      expect(row.type.trim(), row.path).not.toBe('');
      expect(row.description.trim(), row.path).not.toBe('');
    }
    expect(rows.find((r) => r.entity === 'segment' && r.path === 'coverage.owner')?.description).toBe(
      segmentSchema.shape.coverage.shape.owner.description,
    );
  });

  it('says types, requirement and defaults in words', () => {
    const row = (entity: string, path: string) => rows.find((r) => r.entity === entity && r.path === path);
    expect(row('playbook', 'goals.coverage')).toMatchObject({ type: 'share (0, 1]', required: true });
    expect(row('playbook', 'lang')).toMatchObject({ type: 'one of `en`, `zh-CN`', required: false, default: 'en' });
    expect(row('playbook', 'currency')).toMatchObject({ type: 'three capital letters', default: 'USD' });
    expect(row('playbook', 'sellingHours')).toMatchObject({ type: 'number > 0', required: false, default: '1400' });
    expect(row('playbook', 'updated')).toMatchObject({ type: 'date (YYYY-MM-DD)', required: false });
    expect(row('playbook', 'updated')).not.toHaveProperty('default');
    expect(row('segment', 'accounts')).toMatchObject({ type: 'whole number ≥ 0', required: true });
    expect(row('segment', 'offerings')).toMatchObject({ type: 'list of ids (at least 1)' });
    expect(row('segment', 'process')).toMatchObject({ type: 'id' });
    expect(row('segment', 'buyingCenter[].function')).toMatchObject({ type: 'string', required: true });
    expect(row('segment', 'criteria.employees.min')).toMatchObject({ type: 'whole number ≥ 0', required: false });
    expect(row('stage', 'stages[].raci')).toMatchObject({ type: 'map of id → one of `R`, `A`, `C`, `I`, `AR`', required: true });
    expect(row('stage', 'stages[].hours')).toMatchObject({ type: 'map of id → number ≥ 0', required: false });
    expect(row('role', 'headcount')).toMatchObject({ type: 'number ≥ 0' });
  });
});

describe('diagnostic reference', () => {
  const rows = diagnosticReference();

  it('lists every code of the catalogue once, errors first, with its severity, trigger and fix', () => {
    expect(rows.map((r) => r.code).sort()).toEqual([...ALL_CODES].sort());
    const firstWarning = rows.findIndex((r) => r.severity === 'warning');
    expect(rows.slice(firstWarning).every((r) => r.severity === 'warning')).toBe(true);
    for (const row of rows) {
      expect(row.severity).toBe(CODES[row.code].severity);
      expect(row.when.trim()).not.toBe('');
      expect(row.fix.trim()).not.toBe('');
    }
  });

  /**
   * The codes that have no worked example. An example is a tree of text files, so three file codes need more
   * than it can say (a symbolic link, bytes that are not UTF-8, a pipe or a link to nothing: their fixtures are
   * written at run time in test/support/code-fixtures.ts), and the two codes of `actuals import` are about a CRM export
   * that `check` never reads (test/unit/cli-actuals-import.test.ts shows them). Remove a code from here when its example lands: a new
   * code without an example fails this test.
   */
  const WITHOUT_EXAMPLE = ['symlink-outside', 'file-encoding', 'unreadable-file', 'actuals-column', 'actuals-row'];

  it('has exactly one example per code, except the codes listed as still without one', () => {
    expect(DIAGNOSTIC_EXAMPLES.map((e) => e.code).sort()).toEqual(ALL_CODES.filter((c) => !WITHOUT_EXAMPLE.includes(c)).sort());
    for (const row of rows) expect(row.example === undefined, row.code).toBe(WITHOUT_EXAMPLE.includes(row.code));
  });

  it('renders the titles, triggers and fixes in Chinese too', () => {
    const zh = diagnosticReference('zh-CN');
    expect(zh.map((r) => r.code)).toEqual(rows.map((r) => r.code));
    for (const row of zh) {
      expect(row.title, row.code).toMatch(/\p{Script=Han}/u);
      expect(row.when, row.code).toMatch(/\p{Script=Han}/u);
      expect(row.fix, row.code).toMatch(/\p{Script=Han}/u);
    }
  });
});

describe('diagnostic examples', () => {
  it('start from a playbook without a single diagnostic', () => {
    expect(checkFiles(EXAMPLE_BASE)).toEqual([]);
  });

  it.each(DIAGNOSTIC_EXAMPLES.map((e) => [e.code, e] as const))('%s: the example really reports its code', (code, example) => {
    const diagnostics = checkFiles(exampleTree(example));
    const found = diagnostics.filter((d) => d.code === code);
    expect(found.map((d) => d.file), JSON.stringify(diagnostics, null, 2)).toContain(example.file);
    const result = runExample(example);
    expect(result.diagnostic).toMatchObject({ code, file: example.file, severity: CODES[code].severity });
    expect(result.diagnostic.message.trim()).not.toBe('');
    // A warning's example must not be broken in other ways: the file would not even be checked for it.
    if (CODES[code].severity === 'warning') expect(result.also.filter((c) => CODES[c].severity === 'error')).toEqual([]);
  });

  it('shows the output of `check` with a code frame at the reported line', () => {
    const example = DIAGNOSTIC_EXAMPLES.find((e) => e.code === 'invalid-field')!;
    const { diagnostic, output } = runExample(example);
    expect(output).toBe(
      [
        'playbooks/acme/roles/rep.mdx:5:12 error invalid-field',
        `  ${diagnostic.message}`,
        '    4 | function: sales',
        '  > 5 | headcount: two',
        '      |            ^',
        '    6 | ---',
        '',
      ].join('\n'),
    );
  });

  it('lists what else the same change reports', () => {
    expect(runExample(DIAGNOSTIC_EXAMPLES.find((e) => e.code === 'motive-process-fit')!).also).toEqual(['unused-entity']);
    expect(runExample(DIAGNOSTIC_EXAMPLES.find((e) => e.code === 'invalid-field')!).also).toEqual([]);
    // One mistake, one message: a misspelt key is not also a missing field; a misspelt reference does not also make
    // the entity it meant look unused (held back until the reference is fixed).
    expect(runExample(DIAGNOSTIC_EXAMPLES.find((e) => e.code === 'unknown-field')!).also).toEqual([]);
    expect(runExample(DIAGNOSTIC_EXAMPLES.find((e) => e.code === 'broken-reference')!).also).toEqual([]);
  });
});

describe('docs pages', () => {
  const page = (name: string) => readFileSync(join(ROOT, 'content', name), 'utf8');
  const importsComponent = (text: string, component: string) => {
    const match = new RegExp(`^import ${component} from '([^']+)';$`, 'm').exec(text);
    return match?.[1];
  };

  it('the format reference includes the generated field tables of every entity', () => {
    const text = page('format-reference.mdx');
    const from = importsComponent(text, 'FieldReference');
    expect(from).toBe('../src/components/docs/FieldReference.astro');
    expect(existsSync(resolve(ROOT, 'content', from!))).toBe(true);
    const shown = [...text.matchAll(/<FieldReference(?: entity="([a-z]+)")? \/>/g)].map((m) => m[1] ?? 'all');
    for (const table of fieldReference()) expect(shown.includes('all') || shown.includes(table.entity), table.entity).toBe(true);
  });

  it('quote the example playbooks only through <ExampleFigure>, <ExampleLink> and <FromExample>, so that they work without them', () => {
    // A hand-typed link to an example page would break in a team's site, where the guides have no examples.
    const pages = readdirSync(join(ROOT, 'content'), { recursive: true }).map(String).filter((name) => name.endsWith('.mdx'));
    for (const name of pages) {
      for (const id of EXAMPLE_PLAYBOOKS) {
        expect(page(name), name).not.toMatch(new RegExp(`\\]\\((?:\\.\\./)*${id}/|href=["{][^>]*${id}/`));
      }
    }
    expect(importsComponent(page('designing-a-sales-model.mdx'), 'FromExample')).toBe('../src/components/docs/FromExample.astro');
  });

  it('the diagnostics page includes the generated reference of every code', () => {
    const text = page('diagnostics.mdx');
    const from = importsComponent(text, 'DiagnosticReference');
    expect(from).toBe('../src/components/docs/DiagnosticReference.astro');
    expect(existsSync(resolve(ROOT, 'content', from!))).toBe(true);
    expect(text).toMatch(/<DiagnosticReference view="summary" \/>/);
    // Every code in detail: one unfiltered details view, or one per severity.
    const details = [...text.matchAll(/<DiagnosticReference(?: view="details")?(?: severity="(error|warning)")? \/>/g)].map((m) => m[1] ?? 'all');
    expect(details.includes('all') || (details.includes('error') && details.includes('warning'))).toBe(true);
  });
});

/** The code blocks of a docs page that carry a file name: ```yaml title="playbooks/…" ```. */
function titledBlocks(name: string): Record<string, string> {
  const text = readFileSync(join(ROOT, 'content', name), 'utf8');
  const files: Record<string, string> = {};
  for (const m of text.matchAll(/^```\w+ title="(playbooks\/[^"]+)"\n([\s\S]*?)^```$/gm)) files[m[1]!] = m[2]!;
  return files;
}

function metricsOf(files: Record<string, string>) {
  const result = checkTree(files);
  const playbook = result.playbooks.find(isComplete)!;
  return { diagnostics: result.diagnostics, metrics: computeMetrics(playbook) };
}

describe('worked examples in the docs', () => {
  it('every example of the format reference passes the schema of its kind of file', () => {
    const files = titledBlocks('format-reference.mdx');
    expect(Object.keys(files)).toHaveLength(7);
    for (const [path, text] of Object.entries(files)) {
      const kind = findKind(path.endsWith('/index.mdx') ? 'playbook' : path.split('/')[2]!);
      expect(kind, path).toBeDefined();
      const yaml = /^---\n([\s\S]*?)\n---\n?$/.exec(text)?.[1];
      expect(yaml, path).toBeDefined();
      const result = kind!.schema.safeParse(parse(yaml!));
      expect(result.error?.issues ?? [], path).toEqual([]);
    }
  });

  it('the walk-through of "Writing a playbook" is a complete playbook with the numbers the page states', () => {
    const files = titledBlocks('writing-a-playbook.mdx');
    expect(Object.keys(files)).toHaveLength(8);
    const { diagnostics, metrics } = metricsOf(files);
    expect(diagnostics).toEqual([]);
    expect(metrics.processes['solution-sale']!.winRate).toBeCloseTo(0.216, 10);
    expect(metrics.segments['mid-market']!.opportunities).toBeCloseTo(100, 10);
    expect(metrics.roles['account-executive']).toMatchObject({ availableHours: 2800, coverageHours: 1600 });
    expect(metrics.roles['account-executive']!.requiredHours).toBeCloseTo(2648, 10);
    expect(metrics.coverage).toBe(1);
    expect(metrics.expectedWins).toBeCloseTo(21.6, 10);
  });

  it('the plan step of "Writing a playbook" has the figures the page states', () => {
    const playbook = checkTree(titledBlocks('writing-a-playbook.mdx')).playbooks.find(isComplete)!;
    const plan = computePlan(playbook, computeMetrics(playbook))!;
    expect(plan.months.map((m) => m.month)).toEqual(['2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    const people = plan.months.map((m) => m.roles['account-executive']!.effectiveHeadcount);
    // Drag 1 − 0.2 × (2 + 4 ÷ 2) ÷ 12; the September hire ramps a fifth a month.
    expect(people[0]).toBeCloseTo(2 * (1 - (0.2 * 4) / 12), 10);
    expect(people.map((p) => p.toFixed(2))).toEqual(['1.87', '1.87', '2.05', '2.24', '2.43', '2.61', '2.80', '2.80', '2.80', '2.80', '2.80', '2.80']);
    expect(plan.months.map((m) => (m.coverage * 100).toFixed(1))).toEqual(['98.7', '98.7', ...Array(10).fill('100.0')]);
    expect(plan.roles['account-executive']!.firstMonthAtCapacity).toBe('2025-09');
    const text = readFileSync(join(ROOT, 'content', 'writing-a-playbook.mdx'), 'utf8');
    for (const figure of ['≈ 6.7%', 'worth 1.87', 'dips to 98.7% in July and August', '2.05 that month', '2.8 from January', 'reach capacity in September 2025']) {
      expect(text).toContain(figure);
    }
  });

  it('"Writing a playbook" and "Start a site" create the files in the order `new playbook` prints', () => {
    // Snapshots come last, from the CRM (`actuals import`): the guides that write a playbook leave them out.
    const written = creationOrder().filter((k) => !k.fileId);
    const order = ['playbook', ...written.map((k) => k.singular)];
    const commands = (text: string) => [...new Set([...text.matchAll(/npm run playbook -- new (\w+) /g)].map((m) => m[1]!))];
    const guide = readFileSync(join(ROOT, 'content', 'writing-a-playbook.mdx'), 'utf8');
    expect(commands(guide)).toEqual(order.filter((k) => k !== 'scenario'));
    expect(guide).toContain(`**${['playbook', ...written.map((k) => k.names.en.many)].join(' → ')}**`);
    // "Start a site" adds files to the starter playbook in the same order, in both languages.
    for (const page of ['start-a-site.mdx', 'zh-cn/start-a-site.mdx']) {
      expect(commands(readFileSync(join(ROOT, 'content', page), 'utf8')), page).toEqual(order.filter((k) => k !== 'playbook'));
    }
  });

  it('the worked example of "Metrics" has the numbers computed by hand on the page', () => {
    const { diagnostics, metrics } = metricsOf(titledBlocks('metrics.mdx'));
    expect(diagnostics.map((d) => `${d.code} ${d.file}`).sort()).toEqual([
      'capacity-exceeded playbooks/tiny/roles/engineer.mdx',
      'coverage-below-goal playbooks/tiny/index.mdx',
      'win-rate-below-goal playbooks/tiny/segments/mid.mdx',
    ]);
    const { processes, segments, roles } = metrics;
    expect(processes.quick).toMatchObject({ winRate: 0.3, cycleDays: 15 });
    expect(processes.solution).toMatchObject({ winRate: 0.2, cycleDays: 60 });
    expect(segments.small).toMatchObject({ opportunities: 120, coverage: 1, expectedWins: 36, expectedRevenue: 144000, coverageHours: 300 });
    expect(segments.small!.dealHours).toEqual({ inside: 240 });
    // v1.1 (format §4): V = O × κ × deal × W ÷ 365 = 120 × 1 × 4,000 × 0.3 ÷ 365.
    expect(segments.small!.velocityPerDay).toBeCloseTo(144000 / 365, 8);
    expect(segments.mid).toMatchObject({ opportunities: 50, coverageHours: 400, bottleneck: 'engineer' });
    expect(segments.mid!.dealHours).toEqual({ rep: 350, engineer: 300 });
    expect(segments.mid!.coverage).toBeCloseTo(2 / 3, 10);
    expect(segments.mid!.expectedWins).toBeCloseTo(20 / 3, 10);
    expect(segments.mid!.expectedRevenue).toBeCloseTo(200000, 6);
    expect(segments.mid!.velocityPerDay).toBeCloseTo(200000 / 365, 6);
    expect(roles.inside).toMatchObject({ requiredHours: 540, availableHours: 1000, load: 0.54, fteNeeded: 0.54, capacityFactor: 1 });
    expect(roles.rep).toMatchObject({ requiredHours: 750, availableHours: 1000, load: 0.75, capacityFactor: 1 });
    expect(roles.engineer).toMatchObject({ requiredHours: 300, availableHours: 200, load: 1.5 });
    expect(roles.engineer!.fteNeeded).toBeCloseTo(0.3, 10);
    expect(roles.engineer!.capacityFactor).toBeCloseTo(2 / 3, 10);
    expect(metrics.coverage).toBeCloseTo(11 / 12, 10); // ≈ 0.917
    expect(metrics.winRate).toBeCloseTo(0.2782608, 6); // ≈ 0.278
    expect(metrics.expectedWins).toBeCloseTo(128 / 3, 10); // ≈ 42.7
    expect(metrics.expectedRevenue).toBeCloseTo(344000, 6);
    // v1.2: the open pipeline counts a stage's days only for the opportunities that reach it; people; the money side.
    expect(segments.small!.openPipeline).toBeCloseTo(1200 / 365, 10); // ≈ 3.3
    expect(segments.mid!.openPipeline).toBeCloseTo((50 * (2 / 3) * 40) / 365, 10); // ≈ 3.7
    expect(segments.small!.people.inside).toBeCloseTo(0.54, 10);
    expect(segments.mid!.peopleTotal).toBeCloseTo(1.05, 10);
    expect(processes.solution!.people).toMatchObject({ rep: expect.closeTo(0.75, 10), engineer: expect.closeTo(0.3, 10), inside: 0 });
    expect(metrics.teamCost).toBe(200000);
    expect(metrics.costOfSales).toBeCloseTo(0.581, 3);
    expect(metrics.costPerWin).toBeCloseTo(4687.5, 6);
    expect(metrics.carriedQuota).toBe(400000);
    expect(metrics.quotaAttainment).toBeCloseTo(0.86, 10);
    expect(metrics.quotaCoverage).toBeNull();
    const text = readFileSync(join(ROOT, 'content', 'metrics.mdx'), 'utf8');
    for (const figure of ['**3.3**', '**3.7**', '**0.54**', '**1.05**', '**200,000**', '**0.581**', '**4,687.5**', '**400,000**', '**0.86**']) expect(text).toContain(figure);
  });

  it('the "Metrics" page states the velocity formula and figures of format v1.1 (÷ 365, not ÷ the cycle)', () => {
    const text = readFileSync(join(ROOT, 'content', 'metrics.mdx'), 'utf8');
    const { metrics } = metricsOf(titledBlocks('metrics.mdx'));
    // The worked example's lines: `V = … = **9,600 a day**`.
    const stated = Object.fromEntries([...text.matchAll(/^- `(\w+)`:.*V = [^*]*\*\*([\d,.]+) a day\*\*/gm)].map((m) => [m[1]!, Number(m[2]!.replace(/,/g, ''))]));
    expect(Object.keys(stated).sort()).toEqual(['mid', 'small']);
    for (const [id, value] of Object.entries(stated)) expect(value, id).toBeCloseTo(metrics.segments[id]!.velocityPerDay, 0);
    expect(text).not.toMatch(/Vₛ = [^|]*÷ Tₚ/);
  });
});

describe('inlineCode', () => {
  it('splits backtick spans into code parts', () => {
    expect(inlineCode('Use `A` or `AR`.')).toEqual([
      { code: false, text: 'Use ' },
      { code: true, text: 'A' },
      { code: false, text: ' or ' },
      { code: true, text: 'AR' },
      { code: false, text: '.' },
    ]);
    expect(inlineCode('plain')).toEqual([{ code: false, text: 'plain' }]);
  });
});

describe('the plan over time on the "Metrics" page', () => {
  it('states the figures that §8 computes for Tiny Co', () => {
    const files = titledBlocks('metrics.mdx');
    const result = checkTree(files);
    const playbook = result.playbooks.find(isComplete)!;
    const plan = computePlan(playbook, computeMetrics(playbook))!;
    const text = readFileSync(join(ROOT, 'content', 'metrics.mdx'), 'utf8');
    expect(plan.months.map((m) => m.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06']);
    const engineer = plan.months.map((m) => m.roles.engineer!);
    expect(engineer.map((r) => r.effectiveHeadcount)).toEqual([0.2, 0.25, 0.3, 0.35, 0.4, 0.4].map((v) => expect.closeTo(v, 10)));
    expect(plan.months.map((m) => Number(m.segments.mid!.coverage.toFixed(3)))).toEqual([0.667, 0.833, 1, 1, 1, 1]);
    expect(plan.months.map((m) => Number(m.coverage.toFixed(3)))).toEqual([0.917, 0.958, 1, 1, 1, 1]);
    // v1.2: `mid`'s wins follow its coverage L = round(60 × 12 / 365) = 2 months later (κ before the plan = January's).
    expect(plan.months.map((m) => Number(m.expectedWins.toFixed(2)))).toEqual([3.56, 3.56, 3.56, 3.69, 3.83, 3.83]);
    expect(plan.roles.engineer!.firstMonthAtCapacity).toBe('2027-03');
    expect(text).toContain('reaches capacity in March 2027');
    expect(text).toContain('**2 months** later');
    const [q1, q2] = plan.quarters;
    expect(q1!.coverage).toBeCloseTo(0.958, 3);
    expect(q1!.expectedWins).toBeCloseTo(10.67, 2);
    expect(q1!.expectedRevenue).toBeCloseTo(86000, 6);
    expect(q2).toMatchObject({ coverage: 1, expectedWins: expect.closeTo(11.36, 2), expectedRevenue: expect.closeTo(106833.33, 1) });
    expect(plan.totals.coverage).toBeCloseTo(0.979, 3);
    expect(plan.totals.expectedWins).toBeCloseTo(22.03, 2);
    expect(plan.totals.expectedRevenue).toBeCloseTo(192833.33, 1);
    for (const figure of ['**0.958**', '**10.67**', '**86,000**', '**11.36**', '**106,833**', '**0.979**', '**22.03**', '**192,833**']) expect(text).toContain(figure);
  });
});
