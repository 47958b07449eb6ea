/**
 * The metric catalogue (src/model/metric-catalogue.ts, metric-scopes.ts,
 * actuals-catalogue.ts): every figure the model has is in it, in both
 * languages, and what names or writes a figure — the `<Metric>` paths, the
 * dictionaries of the pages, `diff`, `what-if`, the docs — reads it.
 */
import { describe, expect, it } from 'vitest';
import { metricReference } from '../../src/docs/metric-reference.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';
import { ACTUALS_FIGURES, ACTUALS_METRICS } from '../../src/model/actuals-catalogue.ts';
import { metricLabel, METRICS, type MetricDefinition } from '../../src/model/metric-catalogue.ts';
import { ACTUALS_PROCESS_KEYS, ACTUALS_SEGMENT_KEYS, ACTUALS_STAGE_KEYS, METRIC_KEYS, MONTH_KEYS, PLAN_KEYS } from '../../src/model/metric-paths.ts';
import { figureScopes, MODEL_FIGURES, REVIEWED_FIGURES } from '../../src/model/metric-scopes.ts';

const HAN = /\p{Script=Han}/u;
const definitions: [string, MetricDefinition][] = [...Object.entries(METRICS), ...Object.entries(ACTUALS_METRICS)];

describe('the metric catalogue', () => {
  it('defines every figure a path names, with the unit the path writes it in', () => {
    for (const [scope, keys] of Object.entries(METRIC_KEYS)) for (const [key, unit] of Object.entries(keys)) expect(METRICS[key as keyof typeof METRICS]?.unit, `${scope}.${key}`).toBe(unit);
    for (const keys of [PLAN_KEYS, ...Object.values(MONTH_KEYS)]) for (const [key, unit] of Object.entries(keys)) expect(METRICS[key as keyof typeof METRICS]?.unit, key).toBe(unit);
    for (const keys of [ACTUALS_SEGMENT_KEYS, ACTUALS_PROCESS_KEYS, ACTUALS_STAGE_KEYS]) for (const [key, unit] of Object.entries(keys)) expect(ACTUALS_METRICS[key as keyof typeof ACTUALS_METRICS]?.unit, key).toBe(unit);
    // v1.2's paths, as the format reference lists them, in their order.
    expect(Object.keys(METRIC_KEYS.processes)).toEqual(['winRate', 'cycleDays', 'pipelineDays', 'peopleTotal']);
    expect(Object.keys(ACTUALS_STAGE_KEYS)).toEqual(['reached', 'conversion', 'low', 'high']);
  });

  it('names and describes every figure in English and in Chinese', () => {
    for (const [key, m] of definitions) {
      for (const text of [m.label, m.term, m.description, m.compareLabel, m.whatIfLabel]) {
        if (!text) continue;
        expect(text.en.trim(), key).not.toBe('');
        expect(text['zh-CN'], key).toMatch(HAN);
      }
      // In a sentence, lowercase in English.
      expect(m.term.en, key).toBe(m.term.en.toLowerCase());
      expect(m.description.en, key).toMatch(/\.$/);
      expect(m.description['zh-CN'], key).toMatch(/。$/);
      expect(m.description['zh-CN'].replace(/`[^`]*`/g, ''), key).not.toMatch(/\p{Script=Han}[,;:()?!]/u);
    }
    // Every key listed somewhere is defined, and every definition is listed.
    const listed = new Set<string>([...Object.values(MODEL_FIGURES).flat(), 'effectiveHeadcount']);
    expect([...listed].sort()).toEqual(Object.keys(METRICS).sort());
    expect([...new Set(Object.values(ACTUALS_FIGURES).flat())].sort()).toEqual(Object.keys(ACTUALS_METRICS).sort());
  });

  it('gives the pages their names of the figures, through the dictionaries', () => {
    for (const [dict, lang] of [[en, 'en'], [zhCN, 'zh-CN']] as const) {
      expect([dict.coverage, dict.winRate, dict.expectedWins, dict.expectedRevenue, dict.load, dict.fteNeeded, dict.velocity]).toEqual(
        (['coverage', 'winRate', 'expectedWins', 'expectedRevenue', 'load', 'fteNeeded', 'velocityPerDay'] as const).map((k) => metricLabel(k, lang)),
      );
      expect([dict.scenarios.expectedWins, dict.scenarios.expectedRevenue, dict.scenarios.coveredAccounts]).toEqual(
        (['expectedWins', 'expectedRevenue', 'coveredAccounts'] as const).map((k) => metricLabel(k, lang, 'compare')),
      );
      expect([dict.book.coveredAccounts, dict.money.teamCost, dict.money.costOfSalesLabel]).toEqual((['coveredAccounts', 'teamCost', 'costOfSales'] as const).map((k) => metricLabel(k, lang)));
    }
    // A table that names a figure otherwise says so in the catalogue, beside its label.
    expect(metricLabel('expectedRevenue', 'en', 'what-if')).toBe('Expected revenue (bookings)');
    expect(metricLabel('coverage', 'en', 'what-if')).toBe('Coverage');
  });

  it('says what a review of a change reports, with the catalogue’s units (no vocabulary of its own)', () => {
    const scopes = figureScopes();
    for (const [scope, keys] of REVIEWED_FIGURES) for (const key of keys) expect(scopes.find((s) => s.scope === scope)?.figures.has(key), `${scope}.${key}`).toBe(true);
    expect(REVIEWED_FIGURES.at(-1)).toEqual(['segments', ['peopleTotal']]);
    expect(scopes.map((s) => s.scope)).toEqual(['playbook', 'segments', 'roles', 'processes']);
  });

  it('is listed whole in the docs, in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const tables = metricReference(lang);
      expect(tables.map((t) => t.id)).toEqual(['playbook', 'segments', 'roles', 'processes', 'plan', 'month', 'actuals-segments', 'actuals-processes', 'actuals-stages']);
      const keys = (id: string) => tables.find((t) => t.id === id)!.rows.map((r) => r.key);
      for (const scope of ['playbook', 'segments', 'roles', 'processes'] as const) expect(keys(scope)).toEqual(Object.keys(METRIC_KEYS[scope]));
      expect(keys('plan')).toEqual(Object.keys(PLAN_KEYS));
      expect(keys('actuals-stages')).toEqual(Object.keys(ACTUALS_STAGE_KEYS));
    }
    expect(metricReference('zh-CN').find((t) => t.id === 'roles')!.rows.find((r) => r.key === 'load')).toEqual({ key: 'load', label: '负荷率', unit: '负荷率（%）', description: METRICS.load.description['zh-CN'] });
  });
});
