/**
 * One real build of test/fixtures/scenario-site (format §6, §7): the
 * comparison page `/<pb>/scenarios/` and every scenario's page, as `astro
 * build` writes them under a base path — every link resolves, no JavaScript,
 * hostile titles escaped, both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TextNode, type HTMLElement, type Node } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeInPage } from '../support/script-free.ts';
import { fixtureBuild } from '../support/fixture-builds.ts';
import { buildFiles, findBrokenLinks } from '../support/link-check.ts';

// Built under the root `/` (the other shared builds are under a sub-path): links resolve there too.
const BASE = '/';
const SITE_URL = 'https://playbooks.example.com';

const SCENARIO_PAGES = [
  'acme/scenarios/index.html',
  'acme/scenarios/better-close/index.html',
  'acme/scenarios/bigger-deals/index.html',
  'acme/scenarios/hire-rep/index.html',
  'huayuan/scenarios/index.html',
  'huayuan/scenarios/faster-close/index.html',
  'huayuan/scenarios/more-presales/index.html',
];

let outDir: string;
let log = '';
let files: string[] = [];

const html = (path: string) => readFileSync(join(outDir, path), 'utf8');
const dom = (path: string) => parse(html(path));
const words = (node: Node): string => (node instanceof TextNode ? node.text : node.childNodes.map(words).join(' '));
const text = (el: HTMLElement | null | undefined) => (el ? words(el) : '').replace(/\s+/g, ' ').trim();
/** The text of an element as it reads inline (no space added between elements). */
const flat = (el: HTMLElement | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  // Built once per run for every test that reads it (test/support/fixture-builds.ts).
  ({ dir: outDir, log } = await fixtureBuild('scenario-site'));
  files = buildFiles(outDir);
});

describe('the scenario pages as built', () => {
  it('build without warnings or errors, a comparison per playbook with scenarios and a page per scenario', () => {
    expect(log).toContain('Complete!');
    expect(log).not.toMatch(/\[WARN\]|\[ERROR\]|\bwarning:/);
    for (const page of SCENARIO_PAGES) expect(files, page).toContain(page);
  });

  it('have links that all resolve under the base path, and the navigation and breadcrumbs lead to them', () => {
    expect(findBrokenLinks(outDir, BASE, SITE_URL)).toEqual([]);
    const overview = dom('acme/index.html');
    expect(overview.querySelectorAll('.side-nav a').some((a) => a.getAttribute('href') === '/acme/scenarios/' && text(a) === 'Scenarios')).toBe(true);
    const crumbs = dom('acme/scenarios/hire-rep/index.html').querySelectorAll('.breadcrumbs li');
    expect(crumbs.map(text)).toEqual(['All playbooks', 'Acme <script>alert(1)</script> & "quoted" sales model', 'Scenarios', 'Two more account executives']);
    expect(crumbs[2]!.querySelector('a')!.getAttribute('href')).toBe('/acme/scenarios/');
  });

  it('ship no JavaScript: no script element, no event handler, no javascript: URL', () => {
    for (const page of SCENARIO_PAGES) expect(codeInPage(dom(page)), page).toEqual([]);
  });

  it('escape hostile titles: they show as the text they are, never as markup', () => {
    for (const page of ['acme/scenarios/index.html', 'acme/scenarios/bigger-deals/index.html', 'acme/scenarios/hire-rep/index.html']) {
      const doc = dom(page);
      expect(doc.querySelectorAll('main img, main b, main script'), page).toHaveLength(0);
    }
    const comparison = html('acme/scenarios/index.html');
    expect(comparison).toContain('Bigger deals &lt;img src=x onerror=alert(4)&gt; &amp; &quot;more&quot;');
    expect(comparison).not.toContain('<img src=x');
    const bigger = dom('acme/scenarios/bigger-deals/index.html');
    expect(text(bigger.querySelector('h1'))).toBe('Bigger deals <img src=x onerror=alert(4)> & "more"');
    expect(html('acme/scenarios/bigger-deals/index.html')).toContain('<title>Bigger deals &lt;img src=x onerror=alert(4)&gt; &amp; &quot;more&quot; · Acme &lt;script&gt;');
    expect(text(dom('acme/scenarios/hire-rep/index.html').querySelector('table.deltas tbody th a'))).toBe('Mid-market <b>firms</b>');
  });

  it('compare the baseline and every scenario in a table (wide screens) and in cards (phones), with the best of each row in words', () => {
    const doc = dom('acme/scenarios/index.html');
    const table = doc.querySelector('table.comparison')!;
    expect(table.querySelectorAll('thead th').map((th) => text(th.querySelector('a') ?? th).split(' The playbook')[0])).toEqual([
      'Figure',
      'Baseline',
      'A sharper demo',
      'Bigger deals <img src=x onerror=alert(4)> & "more"',
      'Two more account executives',
    ]);
    expect(table.querySelectorAll('thead th a').map((a) => a.getAttribute('href'))).toEqual([
      '/acme/scenarios/better-close/',
      '/acme/scenarios/bigger-deals/',
      '/acme/scenarios/hire-rep/',
    ]);
    const coverage = table.querySelector('tr[data-row="coverage"]')!;
    expect(coverage.querySelectorAll('td').map(text)).toEqual(['52.6% below the goal', '52.6% below the goal', '60.6% below the goal', '100% best']);
    expect(coverage.querySelectorAll('td.best')).toHaveLength(1);
    expect(text(table.querySelector('tr[data-row="expectedRevenue"] td.best'))).toBe('$87.9K below the goal goal $160K best');
    expect(table.querySelector('tr[data-row="expectedRevenue"] td .comparison-value')!.getAttribute('title')).toBe('$36,842');
    expect(text(table.querySelector('tr[data-row="bottleneck"] td.best'))).toBe('Account executive 95% best');
    // The cards hold the same figures, a card per column.
    const cards = doc.querySelectorAll('.comparison-card');
    expect(cards.map((c) => text(c.querySelector('h2')))).toEqual(['Baseline', 'A sharper demo', 'Bigger deals <img src=x onerror=alert(4)> & "more"', 'Two more account executives']);
    expect(cards[3]!.querySelectorAll('.best').map((d) => text(d.querySelector('dt')))).toEqual([
      'Coverage goal 90%',
      'Expected wins a year',
      'Covered accounts',
      'Bottleneck role and its load',
      'Warnings',
    ]);
    expect(doc.querySelector('.comparison-cards')!.getAttribute('data-pagefind-ignore')).not.toBeUndefined();
  });

  it('show a scenario: its changes linked, the figures before and after, the warnings it clears and adds, and its body', () => {
    const doc = dom('acme/scenarios/hire-rep/index.html');
    const change = doc.querySelector('.scenario-changes li')!;
    // A business sentence, as What's new words a change; the path as written only in the tooltip.
    expect(flat(change)).toBe('Account executive: headcount — 2 → 4');
    expect(change.getAttribute('title')).toBe('roles/rep.headcount');
    expect(change.querySelector('a')!.getAttribute('href')).toBe('/acme/roles/rep/');
    // The first table is the whole playbook's.
    const coverage = doc.querySelector('table.deltas tbody tr')!;
    expect(text(coverage)).toBe('Coverage 52.6% (below the goal) 100% +47.4 pts 90%');
    expect(doc.querySelectorAll('.warnings-cleared .warnings li').map((li) => text(li.querySelector('strong')))).toEqual(['Capacity exceeded', 'Coverage below goal']);
    expect(text(doc.querySelector('#added + p'))).toBe('It adds no warnings.');
    // The body's <Metric> and <Delta> of the scenario.
    expect(flat(doc.querySelector('.prose'))).toContain('With four account executives coverage goes to 100% (+47.4 pts).');
    const stage = dom('acme/scenarios/better-close/index.html').querySelectorAll('.scenario-changes li')[0]!;
    expect(stage.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/acme/processes/quick/', '/acme/processes/quick/#stage-close']);
  });

  it('are in Chinese for a Chinese playbook', () => {
    const doc = dom('huayuan/scenarios/index.html');
    expect(doc.querySelector('html')!.getAttribute('lang')).toBe('zh-CN');
    expect(text(doc.querySelector('h1'))).toBe('情景');
    expect(doc.querySelectorAll('table.comparison tbody th').map((th) => text(th).split(' ')[0])).toEqual(['覆盖率', '赢单率', '预计年赢单数', '预计年签约额', '已覆盖客户数', '瓶颈岗位及其负荷率', '警告']);
    expect(text(doc.querySelector('table.comparison tr[data-row="expectedRevenue"] td.best'))).toBe('100 万元 最佳');
    const page = dom('huayuan/scenarios/more-presales/index.html');
    expect(flat(page.querySelector('.scenario-changes li'))).toBe('售前工程师：编制人数 0.5 → 1.5');
    expect(flat(page.querySelector('.prose'))).toContain('覆盖率达到 100%（+50 个百分点）');
  });
});
