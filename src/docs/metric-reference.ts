/**
 * Every figure of the model, for the docs (content/metrics.mdx,
 * src/components/docs/MetricReference.astro): generated from the metric
 * catalogue (src/model/metric-catalogue.ts, metric-scopes.ts,
 * actuals-catalogue.ts), so the list can never drift from what `<Metric>`,
 * `export`, `diff` and the pages know. A table per place a figure is: the
 * playbook, each kind with figures, the plan, a month of it, a snapshot.
 */
import type { NumberKind } from '../format/numbers.ts';
import { kindName, REGISTRY, type FigureDefinition, type Lang, type Registry } from '../kinds/index.ts';
import { ACTUALS_FIGURES, ACTUALS_METRICS } from '../model/actuals-catalogue.ts';
import { METRICS, type MetricKey } from '../model/metric-catalogue.ts';
import { figureScopes, MONTH_FIGURES, PLAN_FIGURES } from '../model/metric-scopes.ts';

export interface MetricReferenceRow {
  key: string;
  label: string;
  /** The unit in words: `share (%)`, `money`. */
  unit: string;
  /** What it is, with `backticks` for code. */
  description: string;
}

export interface MetricReferenceTable {
  /** An anchor-friendly id: `playbook`, `segments`, `plan`, `month`, `actuals-stages`. */
  id: string;
  title: string;
  /** The paths that name the figures, with `backticks`: `` `segments.<id>.<key>` ``. */
  paths: string;
  rows: MetricReferenceRow[];
}

const TEXT = {
  en: {
    units: {
      share: 'share (%)',
      count: 'count',
      wins: 'count (one decimal below 10)',
      money: 'money',
      hours: 'hours',
      days: 'days',
      load: 'load (%)',
      people: 'people (rounded up to tenths)',
      rate: 'rate (two decimals)',
    } satisfies Record<NumberKind, string>,
    playbook: 'The playbook',
    each: (kind: string) => `Each ${kind}`,
    people: '; the people of one role: `segments.<id>.people.<role>`, `processes.<id>.people.<role>`',
    plan: 'The plan and each quarter',
    month: 'A month of the plan',
    monthPaths: 'the paths above with `month="YYYY-MM"`',
    snapshot: (what: string) => `What a snapshot measured: ${what}`,
    measured: 'each segment',
    measuredProcesses: 'each process',
    measuredStages: 'each stage',
    latest: ' (the latest snapshot; with `month="YYYY-MM"`, that month’s)',
    columns: { key: 'Key', label: 'Name', unit: 'Unit', description: 'Meaning' },
    caption: (title: string) => `${title} — `,
  },
  'zh-CN': {
    units: {
      share: '比例（%）',
      count: '数量',
      wins: '数量（10 以下保留一位小数）',
      money: '金额',
      hours: '工时',
      days: '天数',
      load: '负荷率（%）',
      people: '人数（向上取到 0.1）',
      rate: '比率（两位小数）',
    } satisfies Record<NumberKind, string>,
    playbook: '整本手册',
    each: (kind: string) => `每个${kind}`,
    people: '；某一岗位的人数：`segments.<id>.people.<role>`、`processes.<id>.people.<role>`',
    plan: '人力计划全程与每个季度',
    month: '人力计划的某个月',
    monthPaths: '上面的路径加上 `month="YYYY-MM"`',
    snapshot: (what: string) => `快照的实测数字：${what}`,
    measured: '每个目标客群',
    measuredProcesses: '每个销售流程',
    measuredStages: '每个阶段',
    latest: '（最新的快照；加上 `month="YYYY-MM"` 即该月的快照）',
    columns: { key: '键', label: '名称', unit: '单位', description: '含义' },
    caption: (title: string) => `${title}：`,
  },
} as const;

/** The words of the tables' headings and captions, in a language. */
export const metricReferenceWords = (lang: Lang) => TEXT[lang];

/** Every figure, table by table, in a language. */
export function metricReference(lang: Lang = 'en', registry: Registry = REGISTRY): MetricReferenceTable[] {
  const w = TEXT[lang];
  const row = (key: string, f: FigureDefinition): MetricReferenceRow => ({ key, label: f.label[lang], unit: w.units[f.unit], description: f.description[lang] });
  const model = (keys: readonly MetricKey[]) => keys.map((k) => row(k, METRICS[k]));
  const tables: MetricReferenceTable[] = figureScopes(registry).map(({ scope, figures }) => ({
    id: scope,
    title: scope === 'playbook' ? w.playbook : w.each(kindName(scope, lang, 'one', registry)),
    paths: scope === 'playbook' ? '`<key>`' : `\`${scope}.<id>.<key>\`${scope === 'segments' ? w.people : ''}`,
    rows: [...figures].map(([key, f]) => row(key, f)),
  }));
  tables.push({ id: 'plan', title: w.plan, paths: '`plan.total.<key>`, `plan.q1.<key>`, `plan.q2.<key>`…', rows: model(PLAN_FIGURES) });
  tables.push({ id: 'month', title: w.month, paths: w.monthPaths, rows: [...new Set(Object.values(MONTH_FIGURES).flat())].map((k) => row(k, METRICS[k])) });
  const actuals = (id: 'segments' | 'processes' | 'stages', what: string, paths: string): MetricReferenceTable => ({
    id: `actuals-${id}`,
    title: w.snapshot(what),
    paths: `${paths}${w.latest}`,
    rows: ACTUALS_FIGURES[id].map((k) => row(k, ACTUALS_METRICS[k])),
  });
  tables.push(
    actuals('segments', w.measured, '`actuals.segments.<id>.<key>`'),
    actuals('processes', w.measuredProcesses, '`actuals.processes.<id>.<key>`'),
    actuals('stages', w.measuredStages, '`actuals.segments.<id>.stages.<stage>.<key>`, `actuals.processes.<id>.stages.<stage>.<key>`'),
  );
  return tables;
}
