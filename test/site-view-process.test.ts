import { describe, expect, it } from 'vitest';
import { processView } from '../src/site/index.ts';
import { fixtureSite } from './support/site-fixture.ts';

const site = fixtureSite();

describe('processView', () => {
  const view = processView(site, 'demo', 'solution');

  it('explains the type and draws the flow with reach per stage', () => {
    expect(view.type).toEqual({ label: 'Solution', tone: 'solution' });
    expect(view.typeExplanation).toMatch(/diagnose/);
    expect(view.flow.steps.map((s) => s.reach)).toEqual([1, 0.5]);
    expect([view.flow.winRate, view.flow.winRateText, view.flow.cycleDays]).toEqual([0.25, '25%', '30 days']);
    expect(view.figures).toEqual([
      { label: 'Win rate', value: '25%' },
      { label: 'Won cycle', value: '30 days' },
    ]);
  });

  it('lists each stage’s goal, exit criteria and RACI, and the RACI table', () => {
    const [discover, prove] = view.stages;
    expect(discover!.anchor).toBe('stage-discover');
    expect(discover!.exitCriteria).toEqual(['Pain confirmed', 'Budget named']);
    expect(discover!.raci.map((r) => [r.role.id, r.letter, r.hours])).toEqual([
      ['ae', 'AR', '4 hr'],
      ['se', 'C', '2 hr'],
    ]);
    expect(prove!.position).toBe('Stage 2 of 2');
    expect(view.raci.rows.map((r) => [r.role.id, r.cells])).toEqual([
      ['ae', ['AR', 'A']],
      ['se', ['C', 'R']],
      ['exec', [null, 'I']],
    ]);
    expect(view.legend.map((l) => l.letter)).toEqual(['R', 'A', 'C', 'I', 'AR']);
    expect(view.segments.map((s) => s.id)).toEqual(['enterprise']);
  });

  it('names the process types in Chinese', () => {
    const zh = processView(site, 'zh-demo', 'key-account');
    expect(zh.type.label).toBe('要客型');
    expect(zh.typeExplanation).toMatch(/高层/);
  });
});
