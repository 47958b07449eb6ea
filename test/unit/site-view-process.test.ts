import { describe, expect, it } from 'vitest';
import { processView } from '../../src/site/index.ts';
import { withTalkTracks } from '../../src/site/views/process.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('processView', () => {
  const view = processView(site, 'demo', 'solution');

  it('explains the type and draws one compact strip of the stages', () => {
    expect(view.type).toEqual({ label: 'Solution', tone: 'solution' });
    expect(view.typeExplanation).toMatch(/diagnose/);
    expect(view.flow.steps.map((s) => [s.title, s.days, s.conversionText, s.href])).toEqual([
      ['Discover', '10 days', '50% go on', '/sub/demo/processes/solution/#stage-discover'],
      ['Prove', '20 days', '50% close won', '/sub/demo/processes/solution/#stage-prove'],
    ]);
    expect([view.flow.winRate, view.flow.winRateText, view.flow.cycleDays]).toEqual([0.25, '25%', '30 days']);
    expect(view.figures).toEqual([
      { label: 'Win rate', value: '25%' },
      { label: 'Won cycle', value: '30 days' },
    ]);
  });

  it('gives each stage a card: goal, days, exit criteria as a checklist, who does what', () => {
    const [discover, prove] = view.stages;
    expect(discover!.anchor).toBe('stage-discover');
    expect(discover!.position).toBe('Stage 1 of 2');
    expect(discover!.meta).toBe('10 days · 50% go on');
    expect(discover!.goal).toBe('Understand the problem.');
    expect(discover!.checklist).toEqual([
      { id: 'stage-discover-exit-1', text: 'Pain confirmed' },
      { id: 'stage-discover-exit-2', text: 'Budget named' },
    ]);
    expect(discover!.raci.map((r) => [r.role.id, r.letter, r.hours, r.letterText])).toEqual([
      ['ae', 'AR', '4 hr', 'Accountable and responsible'],
      ['se', 'C', '2 hr', 'Consulted: gives input before the decision'],
    ]);
    expect(prove!.position).toBe('Stage 2 of 2');
    expect(discover!.talkTrack).toBeNull();
  });

  it('puts each stage’s talk track from the body in its card', () => {
    const withTracks = withTalkTracks(view, { discover: '<p>Ask about the <strong>pain</strong>.</p>', prove: '  ', other: '<p>x</p>' });
    expect(withTracks.stages.map((s) => s.talkTrack)).toEqual(['<p>Ask about the <strong>pain</strong>.</p>', null]);
    // Only the body's own keys count, never inherited ones.
    expect(withTalkTracks(view, Object.create({ discover: '<p>inherited</p>' }) as Record<string, string>).stages.map((s) => s.talkTrack)).toEqual([null, null]);
  });

  it('keeps one RACI table of the roles that take part', () => {
    expect(view.raci.captionId).toBe('raci-caption');
    expect(view.raci.stages.map((s) => s.href)).toEqual(['#stage-discover', '#stage-prove']);
    expect(view.raci.rows.map((r) => [r.role.id, r.cells])).toEqual([
      ['ae', ['AR', 'A']],
      ['se', ['C', 'R']],
      ['exec', [null, 'I']],
    ]);
    expect(view.legend.map((l) => l.letter)).toEqual(['R', 'A', 'C', 'I', 'AR']);
    expect(view.segments.map((s) => s.id)).toEqual(['enterprise']);
  });

  it('names the process types and the stages in Chinese', () => {
    const zh = processView(site, 'zh-demo', 'key-account');
    expect(zh.type.label).toBe('要客型');
    expect(zh.typeExplanation).toMatch(/高层/);
    expect(zh.stages[0]!.position).toMatch(/^第 1 阶段（共 \d+ 个）$/);
  });
});
