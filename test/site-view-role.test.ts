import { describe, expect, it } from 'vitest';
import { roleView } from '../src/site/index.ts';
import { fixtureSite } from './support/site-fixture.ts';

const site = fixtureSite();

describe('roleView', () => {
  it('shows where the role takes part, what it owns and whether it has the hours', () => {
    const view = roleView(site, 'demo', 'ae');
    expect(view.function).toBe('Sales');
    expect(view.counterparts).toEqual(['Head of Operations']);
    expect(view.participation.map((g) => [g.process.id, g.stages.map((s) => [s.title, s.letter, s.hours])])).toEqual([
      ['quick', [['Close', 'AR', '1 hr']]],
      [
        'solution',
        [
          ['Discover', 'AR', '4 hr'],
          ['Prove', 'A', '2 hr'],
        ],
      ],
    ]);
    expect(view.owns.map((o) => [o.segment.id, o.accounts, o.hours])).toEqual([
      ['enterprise', '100', '400 hr'],
      ['smb', '1,000', '500 hr'],
    ]);
    expect(Object.fromEntries(view.numbers.map((f) => [f.label, [f.value, Boolean(f.warn)]]))).toEqual({
      'Deal hours per year': ['1,100 hr', false],
      'Coverage hours per year': ['900 hr', false],
      'Required hours': ['2,000 hr', false],
      'Available hours': ['1,000 hr', false],
      Load: ['200%', true],
      'FTE needed': ['2', false],
      'Capacity factor': ['50%', true],
    });
    expect(view.capacity).toMatchObject({ required: '2,000 hr', available: '1,000 hr', over: true, requiredWidth: 100, availableWidth: 50 });
    expect(view.warnings.map((w) => w.code)).toEqual(['capacity-exceeded']);
  });

  it('handles a role without hours', () => {
    const view = roleView(site, 'demo', 'exec');
    expect(view.participation.map((g) => g.stages.map((s) => [s.letter, s.hours]))).toEqual([[['I', null]]]);
    expect(view.numbers.find((f) => f.label === 'Load')?.value).toBe('0%');
    expect(view.owns).toEqual([]);
  });
});
