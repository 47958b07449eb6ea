/**
 * The docs in Chinese (content/zh-cn/): the generated references in Chinese
 * (field tables from the registry and src/kinds/descriptions-zh.ts, codes
 * from the catalogue, examples run through the checker with Chinese
 * messages), the pages that include them, and the worked examples of the
 * Chinese guides held to the schemas and the model.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DIAGNOSTIC_EXAMPLES } from '../../src/docs/diagnostic-examples.ts';
import { EXAMPLE_CHANGES_ZH } from '../../src/docs/diagnostic-examples-zh.ts';
import { diagnosticReference, fieldReference } from '../../src/docs/reference.ts';
import { checkTree, runExample } from '../../src/docs/run-example.ts';
import { creationOrder, findKind, REGISTRY } from '../../src/kinds/index.ts';
import { isComplete } from '../../src/model/graph.ts';
import { computeMetrics } from '../../src/model/metrics.ts';
import { computePlan } from '../../src/model/plan.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const page = (name: string) => readFileSync(join(ROOT, 'content/zh-cn', name), 'utf8');
const HAN = /\p{Script=Han}/u;

describe('the field reference in Chinese', () => {
  const en = fieldReference(REGISTRY, 'en');
  const zh = fieldReference(REGISTRY, 'zh-CN');

  it('has the same tables and rows as the English one, with Chinese titles, types and descriptions', () => {
    expect(zh.map((t) => [t.entity, t.rows.map((r) => r.path)])).toEqual(en.map((t) => [t.entity, t.rows.map((r) => r.path)]));
    expect(zh.map((t) => t.title)).toEqual(['销售手册', '目标客群', '产品/服务', '销售流程', '阶段', '岗位', '情景', '实际数据快照']);
    for (const row of zh.flatMap((t) => t.rows)) {
      expect(row.description, row.path).toMatch(HAN);
      expect(row.type.replace(/`[^`]*`/g, ''), row.path).not.toMatch(/\b(string|number|list|one of|object|map)\b/);
    }
  });

  it('says types in Chinese words', () => {
    const segment = zh.find((t) => t.entity === 'segment')!.rows;
    const type = (path: string) => segment.find((r) => r.path === path)!.type;
    expect(type('title')).toBe('文本');
    expect(type('accounts')).toBe('整数，≥ 0');
    expect(type('offerings')).toBe('id 列表（至少 1 项）');
    expect(type('buyingCriteria')).toBe('文本列表（至少 1 项）');
    expect(type('priority')).toBe('`strategic`、`core`、`opportunistic` 之一');
    expect(type('buyingCenter')).toBe('对象列表');
    const stage = zh.find((t) => t.entity === 'stage')!.rows;
    expect(stage.find((r) => r.path === 'stages[].conversion')!.type).toBe('比例 (0, 1]');
    expect(stage.find((r) => r.path === 'stages[].raci')!.type).toBe('映射：id → `R`、`A`、`C`、`I`、`AR` 之一');
    expect(zh.find((t) => t.entity === 'offering')!.rows.find((r) => r.path === 'motives')!.type).toBe(
      '列表，每项为 `price-performance`、`value-realization`、`partnership` 之一（至少 1 项）',
    );
  });
});

describe('the diagnostic reference in Chinese', () => {
  it('has a Chinese sentence for what every example changes, and none for a code without an example', () => {
    expect(Object.keys(EXAMPLE_CHANGES_ZH).sort()).toEqual(DIAGNOSTIC_EXAMPLES.map((e) => e.code).sort());
    for (const row of diagnosticReference('zh-CN')) if (row.example) expect(row.example.change, row.code).toMatch(HAN);
  });

  it('shows what `check --lang zh-CN` prints: the same place and code, the message in Chinese', () => {
    for (const example of DIAGNOSTIC_EXAMPLES) {
      const en = runExample(example);
      const zh = runExample(example, 'zh-CN');
      expect(zh.diagnostic.code).toBe(en.diagnostic.code);
      expect([zh.diagnostic.line, zh.diagnostic.column]).toEqual([en.diagnostic.line, en.diagnostic.column]);
      expect(zh.diagnostic.message, example.code).toMatch(HAN);
      expect(zh.output.split('\n')[0]).toBe(en.output.split('\n')[0]);
      expect(zh.also).toEqual(en.also);
    }
  });
});

/** The Chinese guides, with those of issue 24 (deploying, sharing, performance). */
const GUIDES = [
  'index.mdx',
  'designing-a-sales-model.mdx',
  'writing-a-playbook.mdx',
  'format-reference.mdx',
  'diagnostics.mdx',
  'planning-with-scenarios.mdx',
  'deploying.mdx',
  'sharing-a-playbook.mdx',
  'performance.mdx',
  'metrics.mdx',
  'measuring-the-playbook.mdx',
  'start-a-site.mdx',
];

describe('the Chinese docs pages', () => {
  const importsComponent = (text: string, component: string) => new RegExp(`^import ${component} from '([^']+)';$`, 'm').exec(text)?.[1];

  it('exist for the guides an author needs, each with title, description and order', () => {
    for (const name of GUIDES) {
      const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(page(name))![1]!) as Record<string, unknown>;
      expect(Object.keys(frontmatter).sort(), name).toEqual(['description', 'order', 'title']);
      expect(frontmatter.title, name).toMatch(HAN);
    }
  });

  it('send a reader to an English guide only where there is no Chinese one', () => {
    const chinese = new Set(readdirSync(join(ROOT, 'content/zh-cn')).map((f) => f.replace(/\.mdx$/, '')));
    for (const name of readdirSync(join(ROOT, 'content/zh-cn'))) {
      // `${enDocs}metrics/` on the docs home, `../../../docs/metrics/` elsewhere.
      for (const m of page(name).matchAll(/(?:\$\{enDocs\}|\.\.\/\.\.\/\.\.\/docs\/)([a-z-]+)\//g)) {
        expect(chinese.has(m[1]!), `${name} links the English ${m[1]}`).toBe(false);
      }
    }
  });

  it('the format reference includes the Chinese field tables of every entity', () => {
    const text = page('format-reference.mdx');
    const from = importsComponent(text, 'FieldReference');
    expect(from).toBe('../../src/components/docs/FieldReference.astro');
    expect(existsSync(resolve(ROOT, 'content/zh-cn', from!))).toBe(true);
    const shown = [...text.matchAll(/<FieldReference entity="([a-z]+)" lang="zh-CN" \/>/g)].map((m) => m[1]);
    expect(shown.sort()).toEqual(fieldReference().map((t) => t.entity).sort());
    expect(text).not.toMatch(/<FieldReference(?![^>]*lang="zh-CN")/);
  });

  it('the diagnostics page includes the Chinese reference of every code', () => {
    const text = page('diagnostics.mdx');
    expect(importsComponent(text, 'DiagnosticReference')).toBe('../../src/components/docs/DiagnosticReference.astro');
    expect(text).toMatch(/<DiagnosticReference view="summary" lang="zh-CN" \/>/);
    expect(text).toMatch(/<DiagnosticReference view="details" lang="zh-CN" \/>/);
  });

  it('are written with full-width punctuation after Chinese characters, outside code', () => {
    for (const name of GUIDES) {
      let fence = false;
      page(name).split('\n').forEach((line, i) => {
        if (/^\s*```/.test(line)) fence = !fence;
        if (fence || /^(import|export) /.test(line)) return;
        const prose = line.replace(/`[^`]*`/g, '').replace(/<[^>]+>/g, '').replace(/\]\([^)]*\)/g, ']');
        expect(prose, `${name}:${i + 1}`).not.toMatch(/\p{Script=Han}[,;:()?!]|"[^"]*\p{Script=Han}/u);
      });
    }
  });
});

/** The code blocks of a Chinese docs page that carry a file name: ```yaml title="playbooks/…" ```. */
function titledBlocks(name: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const m of page(name).matchAll(/^```\w+ title="(playbooks\/[^"]+)"\n([\s\S]*?)^```$/gm)) files[m[1]!] = m[2]!;
  return files;
}

describe('worked examples of the Chinese docs', () => {
  it('every example of the format reference passes the schema of its kind of file', () => {
    const files = titledBlocks('format-reference.mdx');
    expect(Object.keys(files)).toHaveLength(7);
    for (const [path, text] of Object.entries(files)) {
      const kind = findKind(path.endsWith('/index.mdx') ? 'playbook' : path.split('/')[2]!);
      const result = kind!.schema.safeParse(parse(/^---\n([\s\S]*?)\n---\n?$/.exec(text)![1]!));
      expect(result.error?.issues ?? [], path).toEqual([]);
    }
  });

  it('the worked example of “指标怎样计算” is a complete Chinese playbook with the numbers the page states, the plan’s too', () => {
    const files = titledBlocks('metrics.mdx');
    const result = checkTree(files);
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['capacity-exceeded', 'coverage-below-goal', 'win-rate-below-goal']);
    const playbook = result.playbooks.find(isComplete)!;
    expect(playbook.index.data).toMatchObject({ lang: 'zh-CN', currency: 'CNY' });
    const m = computeMetrics(playbook);
    expect(m.expectedRevenue).toBeCloseTo(344000, 6);
    expect(m.segments.small!.openPipeline).toBeCloseTo(1200 / 365, 10);
    expect(m.segments.mid!.peopleTotal).toBeCloseTo(1.05, 10);
    expect(m).toMatchObject({ teamCost: 200000, carriedQuota: 400000, quotaCoverage: null });
    expect(m.costPerWin).toBeCloseTo(4687.5, 6);
    const plan = computePlan(playbook, m)!;
    expect(plan.quarters[0]!.expectedRevenue).toBeCloseTo(86000, 6);
    expect(plan.totals.expectedRevenue).toBeCloseTo(192833.33, 1);
    const text = page('metrics.mdx');
    for (const figure of ['**34.4 万元**', '**3.3**', '**3.7**', '**1.05**', '**20 万元**', '**0.581**', '**4,687.5 元**', '**40 万元**', '**0.86**', '**8.6 万元**', '**10.68 万元**', '**19.28 万元**', '**晚 2 个月**']) {
      expect(text).toContain(figure);
    }
    // The reader's question, in the essay reader's own words.
    expect(text).toContain('根据不同类型的客户设计不同的销售流程，那需要很多人力吧？');
  });

  it('the walk-through of “编写手册” is a complete Chinese playbook with the numbers the page states', () => {
    const files = titledBlocks('writing-a-playbook.mdx');
    expect(Object.keys(files)).toHaveLength(8);
    const result = checkTree(files);
    expect(result.diagnostics).toEqual([]);
    const playbook = result.playbooks.find(isComplete)!;
    expect(playbook.index.data).toMatchObject({ lang: 'zh-CN', currency: 'CNY' });
    const metrics = computeMetrics(playbook);
    expect(metrics.processes['solution-sale']!.winRate).toBeCloseTo(0.216, 10);
    expect(metrics.segments['mid-market']!.opportunities).toBeCloseTo(100, 10);
    expect(metrics.roles['account-executive']).toMatchObject({ availableHours: 2800, coverageHours: 1600 });
    expect(metrics.roles['account-executive']!.requiredHours).toBeCloseTo(2648, 10);
    expect(metrics.coverage).toBe(1);
    expect(metrics.expectedWins).toBeCloseTo(21.6, 10);
    const text = page('writing-a-playbook.mdx');
    for (const figure of ['0.216', '400 × 0.25 = 100', '1,600 个工时', '2,648 个工时', '2,800 个', '21.6 个']) expect(text).toContain(figure);
  });

  it('the plan step of “编写手册” has the figures the page states', () => {
    const playbook = checkTree(titledBlocks('writing-a-playbook.mdx')).playbooks.find(isComplete)!;
    const plan = computePlan(playbook, computeMetrics(playbook))!;
    expect([plan.months[0]!.month, plan.months.length]).toEqual(['2025-07', 12]);
    const people = plan.months.map((m) => m.roles['account-executive']!.effectiveHeadcount.toFixed(2));
    expect([people[0], people[2], people[6]]).toEqual(['1.87', '2.05', '2.80']);
    expect(plan.months.slice(0, 3).map((m) => (m.coverage * 100).toFixed(1))).toEqual(['98.7', '98.7', '100.0']);
    expect(plan.roles['account-executive']!.firstMonthAtCapacity).toBe('2025-09');
    const text = page('writing-a-playbook.mdx');
    for (const figure of ['≈ 6.7%', '只有 1.87 人', '覆盖率降到 98.7%', '折合 2.05 人', '折合 2.8 人', '2025 年 9 月达到所需产能']) expect(text).toContain(figure);
  });

  it('creates the files in the order `new playbook` prints, with the kinds’ Chinese names', () => {
    const written = creationOrder().filter((k) => !k.fileId);
    const order = ['playbook', ...written.map((k) => k.singular)];
    const text = page('writing-a-playbook.mdx');
    expect([...new Set([...text.matchAll(/npm run playbook -- new (\w+) /g)].map((m) => m[1]!))]).toEqual(order.filter((k) => k !== 'scenario'));
    expect(text).toContain(`**${[REGISTRY.playbook, ...written].map((k) => k.names['zh-CN'].one).join(' → ')}**`);
  });
});
