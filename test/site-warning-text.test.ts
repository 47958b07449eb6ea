import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/lint/check.ts';
import { createSite, metricsView } from '../src/site/index.ts';

/**
 * The metric warnings on a zh-CN playbook's pages are in Chinese, with the
 * numbers of the check. The `demo` fixture (test/fixtures/site), switched to
 * zh-CN: ae needs 2,000 h and has 1,000 h (load 200%, f = 0.5, 1 more FTE);
 * both segments are capped at 50% of 1,100 accounts against a 90% goal;
 * enterprise wins 25% on the solution process against a 30% goal.
 */
function demoIn(lang: 'en' | 'zh-CN') {
  const result = checkProject('test/fixtures/site');
  result.playbooks.find((p) => p.id === 'demo')!.index!.data.lang = lang;
  return metricsView(createSite(result, { base: '/' }), 'demo').warnings;
}

describe('metric warnings in the playbook language', () => {
  const zh = demoIn('zh-CN');
  const text = (code: string) => zh.find((w) => w.code === code)!.message;

  it('titles every warning in Chinese and keeps the code', () => {
    expect(zh.map((w) => [w.code, w.title])).toEqual([
      ['coverage-below-goal', '覆盖率低于目标'],
      ['capacity-exceeded', '产能不足'],
      ['win-rate-below-goal', '赢单率低于目标'],
    ]);
  });

  it('capacity-exceeded: hours, load, FTE and the segments it caps', () => {
    const message = text('capacity-exceeded');
    expect(message).toMatch(/^角色「Account executive」\(`ae`\)每年需要 2,000 ?小时,可用 1,000 ?小时:负荷 200%;还需约 1 个全职人力。/);
    expect(message).toContain('只能完成 50% 的工作');
    expect(message).toContain('(`enterprise`)、「Small businesses」(`smb`) 的覆盖率');
  });

  it('coverage-below-goal: the accounts, the coverage, the goal and the bottleneck', () => {
    const message = text('coverage-below-goal');
    expect(message).toMatch(/^在 1,100 家目标客户中,销售模式能覆盖 50%,低于 90% 的目标:/);
    expect(message).toContain('角色「Account executive」(`ae`)把目标客群「Small businesses」(`smb`)限制在 50%');
  });

  it('win-rate-below-goal: the segment, its process and the goal', () => {
    expect(text('win-rate-below-goal')).toMatch(/的赢单率为 25%\(销售流程「Solution sale」\(`solution`\)\),低于 30% 的目标。/);
  });

  it('ids are marked as code parts', () => {
    expect(zh.find((w) => w.code === 'capacity-exceeded')!.parts.filter((p) => p.code).map((p) => p.text)).toEqual(['ae', 'enterprise', 'smb']);
  });

  it('English pages keep the checker’s own message', () => {
    const en = demoIn('en');
    expect(en.map((w) => w.title)).toEqual(['Coverage below goal', 'Capacity exceeded', 'Win rate below goal']);
    expect(en.find((w) => w.code === 'capacity-exceeded')!.message).toMatch(/^Role `ae` needs 2,000 h a year but has 1,000 h/);
  });
});
