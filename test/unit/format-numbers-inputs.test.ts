import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/format/numbers.ts';

const en = formatter('en', 'USD');
const zh = formatter('zh-CN', 'CNY');

describe('the formatter, for inputs and for needs (issue 16)', () => {
  it('shows an input as written: 0.75 hours per touch is 0.75 hr, never 0.8 hr', () => {
    expect(en.hoursExact(0.75)).toBe('0.75 hr');
    expect(en.hours(0.75)).toBe('0.8 hr'); // what a rounded figure looks like, for contrast
    expect(zh.hoursExact(0.75)).toBe('0.75 小时');
    expect(en.daysExact(2.5)).toBe('2.5 days');
    expect(en.daysExact(1)).toBe('1 day');
    expect(zh.daysExact(14)).toBe('14 天');
    expect(en.peopleExact(0.25)).toBe('0.25 people');
    expect(en.peopleExact(1)).toBe('1 person');
    expect(zh.peopleExact(5)).toBe('5 人');
    expect(en.exact(1300)).toBe('1,300');
  });

  it('rounds a need up to tenths, so that the gap and the need square: 6.37 needed of 5 is 6.4, and 1.4 more', () => {
    expect(en.tenthsUp(6.3738)).toBe('6.4');
    expect(en.tenthsUp(1.3738)).toBe('1.4');
    expect(en.tenthsUp(1.3)).toBe('1.3');
    expect(en.tenthsUp(1.3000000001)).toBe('1.3'); // floating-point noise is not a need
    expect(en.tenthsUp(0)).toBe('0');
    expect(en.peopleUp(6.3738)).toBe('6.4 people');
    expect(en.peopleUp(0.95)).toBe('1 person');
    expect(zh.peopleUp(1.2255)).toBe('1.3 人');
  });
});
