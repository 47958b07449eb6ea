import { describe, expect, it } from 'vitest';
import { roleView } from '../../src/site/index.ts';
import { fixtureSite } from '../support/site-fixture.ts';

const site = fixtureSite();

describe('roleView', () => {
  it('shows where the role takes part and what it owns, then whether it has the hours', () => {
    const view = roleView(site, 'demo', 'ae');
    expect(view.function).toBe('Sales');
    expect(view.counterparts).toEqual(['Head of Operations']);
    expect(view.facts).toEqual([
      { label: 'Headcount', value: '1 person' },
      { label: 'Selling hours per person per year', value: '1,000 hr' },
    ]);
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
      Load: ['200%', true],
      'People needed (steady state)': ['2 people', true],
      'People to hire (with attrition and the plan)': ['1 person', true],
      'Deal hours per year': ['1,100 hr', false],
      'Coverage hours per year': ['900 hr', false],
      'Required hours': ['2,000 hr', false],
      'Available hours': ['1,000 hr', false],
      'Capacity factor': ['50%', true],
    });
    expect(view.capacity).toMatchObject({ required: '2,000 hr', available: '1,000 hr', over: true, gap: '1 more person', requiredWidth: 100, availableWidth: 50 });
    expect(view.numbers.find((f) => f.label === 'People needed (steady state)')!.note).toBe('1 more person');
    expect(view.nextHire).toBe('One more person in this role would add $325K of new bookings a year. Joins January 2027 · first wins January 2027 · full pace from February 2027.');
    expect(view.warnings.map((w) => w.code)).toEqual(['capacity-exceeded']);
  });

  it('handles a role with spare hours and one without hours', () => {
    const se = roleView(site, 'demo', 'se');
    expect(se.facts[0]).toEqual({ label: 'Headcount', value: '0.5 people' });
    expect(se.nextHire).toBe('One more person in this role adds no bookings now: it has hours to spare.');
    const view = roleView(site, 'demo', 'exec');
    expect(view.participation.map((g) => g.stages.map((s) => [s.letter, s.hours]))).toEqual([[['I', null]]]);
    expect(view.numbers.find((f) => f.label === 'Load')?.value).toBe('0%');
    expect(view.numbers.some((f) => f.label === 'Short by')).toBe(false);
    expect(view.nextHire).toBeNull();
    expect(view.owns).toEqual([]);
  });
});
