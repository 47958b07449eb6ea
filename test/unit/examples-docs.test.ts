/**
 * The docs' quotes of the two example playbooks (content/designing-a-sales-model.mdx, content/index.mdx). The
 * figures, names and links come from the playbooks through <ExampleFigure> and <ExampleLink> when the site is
 * built; this test resolves every one of them against the playbooks as they are, and holds the page's words —
 * what no figure can carry — against the model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_PLAYBOOKS, exampleFigure, exampleLink, type FigureFormat } from '../../src/docs/example-figures.ts';
import { checkProject } from '../../src/lint/check-project.ts';
import { createSite } from '../../src/site/site.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const check = checkProject(ROOT);
const site = createSite(check, { base: '/sales/' });

/** Every docs page, as `content/<path>`, with its text. */
const PAGES = readdirSync(join(ROOT, 'content'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
  .map((e) => {
    const file = join(e.parentPath, e.name);
    return { page: file.slice(ROOT.length), text: readFileSync(file, 'utf8') };
  });

/** The uses of a component in the pages, with their string props. */
function uses(component: string): { page: string; props: Record<string, string> }[] {
  return PAGES.flatMap(({ page, text }) =>
    [...text.matchAll(new RegExp(`<${component}\\b([^>]*?)/?>`, 'g'))].map((m) => ({
      page,
      props: Object.fromEntries([...m[1]!.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
    })),
  );
}

const playbook = (id: string) => site.playbooks.find((p) => p.id === id)!;
const data = (pb: string, kind: 'segments' | 'processes' | 'roles', id: string) =>
  (playbook(pb).graph[kind] as { id: string; data: Record<string, unknown> }[]).find((e) => e.id === id)!.data;
const warnings = (pb: string) => check.diagnostics.filter((d) => d.file.startsWith(`playbooks/${pb}/`));

describe('the example playbooks', () => {
  it('are both there, without errors', () => {
    expect(site.playbooks.map((p) => p.id).sort()).toEqual([...EXAMPLE_PLAYBOOKS].sort());
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('what the docs quote of them', () => {
  const figures = uses('ExampleFigure');
  const links = uses('ExampleLink');

  it('is quoted through the components, many times', () => {
    expect(figures.length).toBeGreaterThan(50);
    expect(links.length).toBeGreaterThan(30);
  });

  it('names only figures the playbooks have: every <ExampleFigure> of every page resolves', () => {
    for (const { page, props } of figures) {
      const { playbook: pb = '', of, field, count, as, digits, lang } = props;
      const spec = { of, field, count, as: as as FigureFormat | undefined, lang: lang as 'en' | 'zh-CN' | undefined, digits: digits === undefined ? undefined : Number(digits) };
      const text = exampleFigure(site, pb, spec);
      expect(text, `${page}: ${JSON.stringify(props)}`).toMatch(/\S/);
    }
  });

  it('links only pages the playbooks have: every <ExampleLink> resolves under the base path', () => {
    for (const { page, props } of links) {
      const link = exampleLink(site, props.playbook ?? '', props.to);
      expect(link?.href, `${page}: ${JSON.stringify(props)}`).toMatch(new RegExp(`^/sales/${props.playbook}/`));
      expect(link?.title.trim(), `${page}: ${JSON.stringify(props)}`).not.toBe('');
    }
  });

  it('writes the figures as the page reads them', () => {
    const nw = (spec: Parameters<typeof exampleFigure>[2]) => exampleFigure(site, 'northwind-software', spec);
    expect(nw({ of: 'processes.solution-sale.winRate' })).toMatch(/^\d+(\.\d)?%$/);
    expect(nw({ of: 'processes.solution-sale.cycleDays' })).toMatch(/^\d+ days$/);
    expect(nw({ field: 'segments/growth-operators.dealSize', as: 'money' })).toMatch(/^\$[\d,]+$/);
    expect(nw({ count: 'processes/solution-sale.stages' })).toMatch(/^\d+$/);
    expect(nw({ field: 'segments/growth-operators.motive' })).toBe('price-performance');
  });
});

describe('the words of "Designing a sales model", held against the model', () => {
  it('Northwind: segments by motive, each on the process its motive calls for', () => {
    expect(['growth-operators', 'multi-site-mid-market', 'strategic-enterprises'].map((id) => data('northwind-software', 'segments', id).motive)).toEqual([
      'price-performance',
      'value-realization',
      'partnership',
    ]);
    expect(data('northwind-software', 'segments', 'strategic-enterprises').priority).toBe('strategic');
    expect(['velocity-sale', 'solution-sale', 'key-account'].map((id) => data('northwind-software', 'processes', id).type)).toEqual(['transactional', 'solution', 'key-account']);
  });

  it('Northwind: inside sales alone in the velocity sale; CEO, CFO and head of engineering in the key-account sale', () => {
    const roles = (id: string) => new Set((data('northwind-software', 'processes', id).stages as { raci: object }[]).flatMap((s) => Object.keys(s.raci)));
    expect([...roles('velocity-sale')].filter((r) => r !== 'customer-success-manager')).toEqual(['inside-sales']);
    for (const role of ['ceo', 'cfo', 'head-of-engineering']) expect(roles('key-account').has(role), role).toBe(true);
  });

  it('Northwind: coverage work swamps inside sales, the playbook is below its coverage goal, every segment beats the win-rate goal', () => {
    const inside = playbook('northwind-software').metrics.roles['inside-sales']!;
    expect(inside.load).toBeGreaterThan(1);
    expect(inside.coverageHours).toBeGreaterThan(inside.dealHours);
    const codes = warnings('northwind-software').map((d) => d.code);
    expect(codes).toContain('capacity-exceeded');
    expect(codes).toContain('coverage-below-goal');
    expect(codes).not.toContain('win-rate-below-goal');
  });

  it('华远装备: the groups are the strategic high ground; the quick quote has no pre-sales; three executives in the key-account process', () => {
    expect(data('huayuan-equipment', 'segments', 'key-accounts').priority).toBe('strategic');
    const roles = (id: string) => new Set((data('huayuan-equipment', 'processes', id).stages as { raci: object }[]).flatMap((s) => Object.keys(s.raci)));
    expect(roles('quick-quote').has('presales-engineer')).toBe(false);
    const executives = [...roles('key-account-partnership')].filter((r) => data('huayuan-equipment', 'roles', r).function === 'executive');
    expect(executives).toHaveLength(3);
  });

  it('华远装备: pre-sales is the bottleneck of the two most valuable segments, small factories are fully covered', () => {
    const { metrics } = playbook('huayuan-equipment');
    expect(metrics.roles['presales-engineer']!.load).toBeGreaterThan(1);
    expect(metrics.segments['sme-factories']!.coverage).toBe(1);
    expect(metrics.segments['scale-manufacturers']!.coverage).toBeLessThan(1);
    expect(metrics.segments['key-accounts']!.coverage).toBeCloseTo(metrics.segments['scale-manufacturers']!.coverage, 10);
    const codes = warnings('huayuan-equipment').map((d) => d.code);
    expect(codes).toContain('capacity-exceeded');
    expect(codes).toContain('coverage-below-goal');
  });
});
