/**
 * One wording for a change of a field (issue 24), on What's new and on a scenario's page: the entity and the stage by
 * their titles, the field by its name, the values as a reader says them — never a path, an id or a YAML structure.
 */
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lint/check-project.ts';
import type { FieldChange } from '../../src/model/business-change.ts';
import { fieldChangeWords } from '../../src/site/field-change-words.ts';
import { createSite, findPlaybook } from '../../src/site/index.ts';

const site = createSite(checkProject('test/fixtures/scenario-site'), { base: '/sub/' });
const words = (playbook: string, change: Omit<FieldChange, 'change' | 'title'> & { title?: string; change?: FieldChange['change'] }) =>
  fieldChangeWords(site, findPlaybook(site, playbook), { change: 'changed', title: change.title ?? change.id, ...change }).text;

describe('a field change in Chinese', () => {
  const role = { kind: 'roles', id: 'presales-engineer', title: '售前工程师' };
  const stage = { kind: 'processes', id: 'quick-quote', title: '快速报价流程' };

  it('words hires, attrition and months as the plan page does', () => {
    expect(words('huayuan', { ...role, path: 'hires', before: [{ start: '2027-03', count: 1 }], after: [] })).toBe('售前工程师：招聘 2027年3月入职 1 人 → 无');
    expect(words('huayuan', { ...role, path: 'hires', before: undefined, after: [{ start: '2027-03', count: 1 }, { start: '2027-09', count: 2 }] })).toBe(
      '售前工程师：招聘设为 2027年3月入职 1 人和2027年9月入职 2 人',
    );
    expect(words('huayuan', { ...role, path: 'attrition', before: undefined, after: { rate: 0.12, backfillMonths: 2 } })).toBe('售前工程师：人员流失设为年流失率 12%；岗位空缺 2 个月后补员');
    expect(words('huayuan', { ...role, path: 'rampMonths', before: 3, after: 2 })).toBe('售前工程师：上手期 3 个月 → 2 个月');
    expect(words('huayuan', { ...role, path: 'headcount', before: 3, after: 4 })).toBe('售前工程师：编制人数 3 → 4');
  });

  it('names a stage’s role by its title and a RACI letter by its meaning, with no space between Han and Han', () => {
    expect(words('huayuan', { ...stage, path: 'stages.close.raci.telesales', before: undefined, after: 'R' })).toBe('快速报价流程的“报价成交”阶段：电话销售的 RACI 角色设为“执行（R）”');
    expect(words('huayuan', { ...stage, path: 'stages.close.hours.presales-engineer', before: 4, after: 0.5 })).toBe('快速报价流程的“报价成交”阶段：售前工程师工时 4 小时 → 0.5 小时');
    expect(words('huayuan', { ...stage, path: 'type', before: 'transactional', after: 'solution' })).toBe('快速报价流程：流程类型“交易型” → “解决方案型”');
  });

  it('marks the entity’s and the stage’s titles for links', () => {
    const parts = fieldChangeWords(site, findPlaybook(site, 'huayuan'), { change: 'changed', ...stage, path: 'stages.close.conversion', before: 0.4, after: 0.5 }).parts;
    expect(parts).toEqual([
      { text: '快速报价流程', ref: 'entity' },
      { text: '的“' },
      { text: '报价成交', ref: 'stage' },
      { text: '”阶段：转化率 40% → 50%' },
    ]);
  });
});

describe('a field change in English', () => {
  it('words ids as titles, money in the currency, shares as percentages, and a structure it has no words for as changed', () => {
    expect(words('acme', { kind: 'segments', id: 'smb', title: 'Small businesses', path: 'process', before: 'quick', after: 'solution' })).toBe('Small businesses: process — Quick sale → Solution sale');
    expect(words('acme', { kind: 'segments', id: 'smb', title: 'Small businesses', path: 'dealSize', before: 10000, after: 12500 })).toBe('Small businesses: deal size — $10,000 → $12,500');
    expect(words('acme', { kind: 'playbook', id: 'acme', title: 'Acme', path: 'goals.coverage', before: 0.9, after: 0.95 })).toBe('Acme: coverage goal — 90% → 95%');
    expect(words('acme', { kind: 'segments', id: 'smb', title: 'Small businesses', path: 'buyingCenter', before: [{ function: 'CFO', influence: 'economic' }], after: [] })).toBe(
      'Small businesses: buying centre changed',
    );
  });
});
