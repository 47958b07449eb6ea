/**
 * The values of a CRM export (format v1.2 §10): dates in the mapping's `dateFormat`, "a time after the date is
 * ignored", whichever way the CRM separates the two.
 */
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/import/values.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('dates with a time after them', () => {
  it.each([
    ['3/4/2026', 'MM/DD/YYYY'],
    ['3/4/2026 2:22 PM', 'MM/DD/YYYY'],
    // Salesforce writes US date-times with a comma before the time.
    ['3/4/2026, 2:22 PM', 'MM/DD/YYYY'],
    ['04.03.2026, 14:22', 'DD.MM.YYYY'],
    ['2026-03-04 14:22', 'YYYY-MM-DD'],
    ['2026-03-04T14:22:00Z', 'YYYY-MM-DD'],
  ] as const)('%s (%s) is 4 March 2026', (text, format) => {
    expect(parseDay(text, format)).toBe(day('2026-03-04'));
  });

  it.each([
    ['2026-03-04x', 'YYYY-MM-DD'],
    ['3/4/26', 'MM/DD/YYYY'],
    ['2/30/2026', 'MM/DD/YYYY'],
    ['', 'YYYY-MM-DD'],
  ] as const)('%s (%s) is no date', (text, format) => {
    expect(parseDay(text, format)).toBeNull();
  });
});
