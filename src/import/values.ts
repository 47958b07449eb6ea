/**
 * The values of a CRM export (format §10): dates in the mapping's
 * `dateFormat` (a time after the date is ignored), amounts with its `decimal`
 * mark (currency signs, codes, spaces and thousands separators ignored).
 * Dates become day numbers (days since 1970-01-01, UTC): compact, and free of
 * time zones.
 */
import type { DateFormat } from '../schema/index.ts';

const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * The day number of a real calendar date, or null: days since 1970-01-01 by the civil-calendar arithmetic of
 * Howard Hinnant's `days_from_civil` (no Date object: a million rows have two or three dates each).
 */
function dayOf(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return null;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** How each format writes a date: the separator, and which of the three numbers is the year, the month and the day. */
const LAYOUTS: Record<DateFormat, { separator: number; year: number; month: number; day: number }> = {
  'YYYY-MM-DD': { separator: 0x2d, year: 0, month: 1, day: 2 },
  'MM/DD/YYYY': { separator: 0x2f, year: 2, month: 0, day: 1 },
  'DD/MM/YYYY': { separator: 0x2f, year: 2, month: 1, day: 0 },
  'DD.MM.YYYY': { separator: 0x2e, year: 2, month: 1, day: 0 },
};

/**
 * A date written in `format` as a day number; null when it is not one (empty text included). The year has four
 * digits, the month and day one or two; after the date only a time may follow, after a space, a `T` or a comma
 * (`2026-03-04 14:22`, `3/4/2026 2:22 PM`, `3/4/2026, 2:22 PM`, `2026-03-04T14:22:00Z`). Read character by
 * character, as it is read millions of times.
 */
export function parseDay(text: string, format: DateFormat): number | null {
  const layout = LAYOUTS[format];
  let i = 0;
  let end = text.length;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  while (end > i && text.charCodeAt(end - 1) === 0x20) end--;
  const parts = [0, 0, 0];
  for (let part = 0; part < 3; part++) {
    const start = i;
    let value = 0;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) break;
      value = value * 10 + (c - 0x30);
      i++;
    }
    const digits = i - start;
    if (part === layout.year ? digits !== 4 : digits < 1 || digits > 2) return null;
    parts[part] = value;
    if (part < 2) {
      if (text.charCodeAt(i) !== layout.separator) return null;
      i++;
    }
  }
  if (i < end) {
    // A time follows after a space, a `T`, or a comma (Salesforce's US date-times: `3/4/2026, 2:22 PM`).
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x54 && c !== 0x2c) return null;
  }
  return dayOf(parts[layout.year]!, parts[layout.month]!, parts[layout.day]!);
}

/** A day number as YYYY-MM-DD. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** YYYY-MM-DD (a real date) as a day number; null otherwise. */
export function dayOfIso(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

export type AmountResult = { ok: true; value: number } | { ok: false; negative: boolean; /** the other decimal mark, when it would read the text */ other?: '.' | ',' };

// Currency signs (any Unicode currency symbol, with the letters of `US$`), three-letter codes (`USD`, `RMB`) and the
// Chinese 元; spaces of every kind and
// the apostrophes some locales group thousands with. A unit like 万 (ten thousand) is NOT ignored: it changes the value.
const IGNORED = /[A-Z]{1,2}(?=\p{Sc})|[A-Z]{3}|[\p{Sc}\s\u00a0\u202f'’]|元/gu;

/** An amount with each decimal mark: the whole part grouped in thousands by the other mark, or not grouped. */
const NUMBER = { '.': /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/, ',': /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/ } as const;
const PLAIN = /^\d+(?:\.\d+)?$/;

/** The number of an amount written with a decimal mark, its thousands grouped by the other mark (or not grouped). */
function readNumber(text: string, decimal: '.' | ','): number | null {
  const match = NUMBER[decimal].exec(text);
  if (!match) return null;
  const whole = match[1]!.replace(decimal === '.' ? /,/g : /\./g, '');
  return Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
}

/**
 * An amount with the mapping's decimal mark: `USD 56,000.00`, `¥1,234`, `1.234,50` (decimal `,`), `(500)` and
 * `-500` (negative). Anything else is not an amount; the result says whether the other mark would read it.
 */
export function parseAmount(raw: string, decimal: '.' | ','): AmountResult {
  // Most exports write plain numbers: read those without the general path.
  if (decimal === '.' && PLAIN.test(raw)) return { ok: true, value: Number(raw) };
  let text = raw.replace(IGNORED, '');
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (/^[-−]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  }
  const value = readNumber(text, decimal);
  if (value === null || !Number.isFinite(value)) {
    const other = decimal === '.' ? ',' : '.';
    return { ok: false, negative: false, ...(readNumber(text, other) !== null ? { other } : {}) };
  }
  if (negative && value !== 0) return { ok: false, negative: true };
  return { ok: true, value };
}
