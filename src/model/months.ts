/**
 * Month arithmetic on `YYYY-MM` strings (the format v1.1's `month` type), for
 * the plan over time (§8).
 *
 * A month is handled as one whole number, year × 12 + (month − 1), never as a
 * Date: no time zone, daylight-saving change or day-of-month overflow can
 * shift a month. Years are the four digits the format allows, 0000–9999; a
 * result outside them is a RangeError, since it has no `YYYY-MM` spelling.
 */

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first and last months a `YYYY-MM` string can name, as month numbers. */
const FIRST_INDEX = 0; // 0000-01
const LAST_INDEX = 9999 * 12 + 11; // 9999-12

export interface YearMonth {
  year: number;
  /** 1 (January) … 12 (December). */
  month: number;
}

/** Whether `value` is a month, `YYYY-MM` with a month 01–12. */
export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

/** Splits `YYYY-MM` into its year and month; throws a RangeError for anything else. */
export function parseMonth(value: string): YearMonth {
  const match = MONTH_PATTERN.exec(value);
  if (!match) throw new RangeError(`not a month (YYYY-MM): ${JSON.stringify(value)}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The month as one whole number, year × 12 + (month − 1): consecutive months differ by 1. */
export function monthIndex(value: string): number {
  const { year, month } = parseMonth(value);
  return year * 12 + (month - 1);
}

/** The `YYYY-MM` of a month number (the inverse of monthIndex). */
export function monthFromIndex(index: number): string {
  if (!Number.isInteger(index) || index < FIRST_INDEX || index > LAST_INDEX) {
    throw new RangeError(`month number ${index} is outside 0000-01 … 9999-12`);
  }
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month `count` months after `month` (before it when `count` is negative). */
export function addMonths(month: string, count: number): string {
  if (!Number.isInteger(count)) throw new RangeError(`not a whole number of months: ${count}`);
  return monthFromIndex(monthIndex(month) + count);
}

/** How many months `to` is after `from`: 0 for the same month, negative when `to` is earlier. */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}

/** `count` consecutive months starting with `start` (an empty list for 0). */
export function monthRange(start: string, count: number): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a number of months: ${count}`);
  const first = monthIndex(start);
  // Check the last month first, so a range that runs past 9999-12 fails before building anything.
  if (count > 0) monthFromIndex(first + count - 1);
  return Array.from({ length: count }, (_, m) => monthFromIndex(first + m));
}
