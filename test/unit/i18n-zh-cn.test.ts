/**
 * The Chinese UI strings read as written in Chinese, not translated (issue 24): full-width brackets, one colon
 * a sentence, one term per concept (the glossary at the top of src/i18n/zh-cn.ts), RACI worded so that 负责
 * belongs to one letter.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCN } from '../../src/i18n/zh-cn.ts';

/** Every string of the dictionary with its key path; functions are called with placeholder words. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const words = ['甲', '乙', '丙', '丁', '戊'].slice(0, Math.max(fn.length, 1));
    let out: unknown;
    try {
      out = fn(...words);
    } catch {
      out = fn(...words.map((w) => [w]));
    }
    return strings(out, path);
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const ALL = strings(zhCN);
/** What a reader sees: code spans and placeholders left out. */
const prose = (text: string) => text.replace(/`[^`]*`/g, '');

describe('the Chinese UI strings', () => {
  it('cover every key of the English ones', () => {
    expect(ALL.map(([p]) => p).sort()).toEqual(strings(en).map(([p]) => p).sort());
  });

  it('use full-width brackets and colons next to Chinese text', () => {
    for (const [path, text] of ALL) expect(prose(text), path).not.toMatch(/[()]|\p{Script=Han}[:,;]/u);
  });

  it('have at most one colon in a sentence', () => {
    for (const [path, text] of ALL) {
      for (const sentence of prose(text).split(/[。；！？]/)) expect(sentence.split('：').length - 1, `${path}: ${sentence}`).toBeLessThanOrEqual(1);
    }
  });

  it('have one colon where a page puts a label before a text: the definitions and the process types', () => {
    const l = zhCN.leader;
    const shown = [
      zhCN.locale.labelled(l.accountCoverage, l.coverageDefinition('1,000')),
      zhCN.locale.labelled(l.openPipeline, l.pipelineDefinition('29', '8,567 万元')),
      ...Object.entries(zhCN.processTypeExplanation).map(([type, text]) => zhCN.locale.labelled(zhCN.processType[type as keyof typeof zhCN.processType], text)),
    ];
    for (const text of shown) for (const sentence of text.split('。')) expect(sentence.split('：').length - 1, sentence).toBeLessThanOrEqual(1);
  });

  it('keep to the glossary: no word a translation left behind', () => {
    const avoid = ['下一个招聘', '销售速度', '成交率', '本仓库', '负责执行', '负责（R）', '第 甲/'];
    for (const [path, text] of ALL) for (const word of avoid) expect(text, `${path} uses ${word}`).not.toContain(word);
    // A segment's coverage and the playbook's are one figure with one name; 整体 only where a formula says which.
    expect(zhCN.leader.accountCoverage).toBe(zhCN.coverage);
  });

  it('word RACI so that 负责 belongs to A alone: R 执行, A 批准, C 咨询, I 知会', () => {
    expect(zhCN.raci.R.startsWith('执行（R）')).toBe(true);
    expect(zhCN.raci.A.startsWith('批准（A）')).toBe(true);
    expect(zhCN.raci.C.startsWith('咨询（C）')).toBe(true);
    expect(zhCN.raci.I.startsWith('知会（I）')).toBe(true);
    expect(zhCN.raci.AR.startsWith('批准并执行（AR）')).toBe(true);
    expect([zhCN.responsible, zhCN.accountable]).toEqual(['执行（R）', '批准（A）']);
    expect(zhCN.raci.A).toContain('负责');
    for (const text of [zhCN.raci.R, zhCN.raci.C, zhCN.raci.I, zhCN.responsible, zhCN.matrixIntro, zhCN.leader.matrixIntro]) expect(text).not.toContain('负责');
  });

  it('count people with 人 and name a stage by its place', () => {
    expect(zhCN.plan.hire('1', '2027年3月')).toBe('2027年3月入职 1 人');
    expect(zhCN.stageOf(1, 7)).toBe('第 1 阶段（共 7 个）');
  });
});
