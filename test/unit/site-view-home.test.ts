import { describe, expect, it } from 'vitest';
import { homeView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('homeView', () => {
  it('shows every playbook with its segment count, coverage and win rate against the goals', () => {
    const view = homeView(site);
    expect(view.chrome.lang).toBe('en');
    expect(view.cards.map((c) => [c.href, c.lang, c.langLabel, c.segmentCount])).toEqual([
      ['/sub/demo/', 'en', 'English', '2 segments'],
      ['/sub/zh-demo/', 'zh-CN', 'Simplified Chinese', '1 segment'],
    ]);
    expect(view.cards[0]!.figures).toEqual([
      { label: 'Coverage', computed: '50%', goal: '90%', meets: false, verdict: 'below the goal' },
      { label: 'Win rate', computed: '39.7%', goal: '30%', meets: true, verdict: 'meets the goal' },
    ]);
  });
});
