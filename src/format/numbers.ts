/**
 * Numbers in words, built on the formatter of a language and currency
 * (formatter.ts, re-exported here): a number quoted back as a file writes it,
 * two numbers printed so that they differ, and a figure of the model by its
 * kind — in short, in full and as a change.
 */
import type { Formatter } from './formatter.ts';
import type { Lang } from './lang.ts';

export type { Lang };
export { formatter, type Formatter } from './formatter.ts';

const groupings = new Map<Lang, Intl.NumberFormat>();

/**
 * A number as a file writes it, quoted back in a message: the language's thousands separators from five digits on
 * (`1800000000003` → `1,800,000,000,003`; a year such as `2027` stays as it is) and nothing else changed — no
 * rounding, no exponent. Text that is not a plain decimal numeral (`1e400`, `Infinity`) is returned as it is.
 */
export function numberAsWritten(text: string, lang: Lang): string {
  const numeral = /^([-+]?)(\d+)(\.\d+)?$/.exec(text);
  if (!numeral) return text;
  let nf = groupings.get(lang);
  if (!nf) groupings.set(lang, (nf = new Intl.NumberFormat(lang, { useGrouping: 'min2' })));
  return `${numeral[1]}${nf.format(BigInt(numeral[2]!))}${numeral[3] ?? ''}`;
}

/**
 * Formats two different numbers so that they print differently (61.99% is
 * not "below 62%" when both would print 62%), adding digits as needed.
 */
export function distinct(a: number, b: number, format: (value: number, digits?: number) => string): [string, string] {
  let pair: [string, string] = [format(a), format(b)];
  for (let digits = 2; pair[0] === pair[1] && digits < 8; digits++) pair = [format(a, digits), format(b, digits)];
  return pair;
}

/** The kinds of number the model computes, each with one way to print it. */
export type NumberKind = 'share' | 'count' | 'wins' | 'money' | 'hours' | 'days' | 'load' | 'people' | 'rate';
// `rate` (v1.2): a small rate such as opportunities per account a year (0.27), with two digits.

/** A figure of the model in words, by its kind: what `<Metric>` shows. */
export function formatKind(fmt: Formatter, kind: NumberKind, value: number): string {
  switch (kind) {
    case 'share':
      return fmt.percent(value);
    case 'count':
      return fmt.count(Math.round(value));
    case 'wins':
      return fmt.wins(value);
    case 'money':
      return fmt.moneyShort(value);
    case 'hours':
      return fmt.hours(value, 0);
    case 'days':
      return fmt.days(value);
    case 'load':
      return fmt.load(value);
    case 'people':
      // People are needs: rounded up to tenths, as every page prints people needed (6.37 → 6.4, never 6.3).
      return fmt.peopleUp(value);
    case 'rate':
      return fmt.number(value, 2);
  }
}

/** A figure in full, for a title attribute: the exact money, more digits. */
export function formatKindExact(fmt: Formatter, kind: NumberKind, value: number): string {
  switch (kind) {
    case 'share':
      return fmt.percent(value, 2);
    case 'money':
      return fmt.money(value);
    case 'hours':
      return fmt.hours(value, 1);
    case 'count':
    case 'wins':
    case 'people':
      return fmt.number(value, 2);
    default:
      return formatKind(fmt, kind, value);
  }
}

/** A change of a figure, by its kind: points for shares, signed numbers in the figure's unit otherwise (what `<Delta>` shows). */
export function formatKindDelta(fmt: Formatter, kind: NumberKind, change: number): string {
  // A difference below a millionth of a unit is floating-point noise of two computed figures, not a change.
  const delta = Math.abs(change) < 1e-6 ? 0 : change;
  const size = Math.abs(delta);
  const sign = (text: string) => (delta > 0 ? `+${text}` : delta < 0 ? `−${text}` : text);
  switch (kind) {
    case 'share':
    case 'load':
      return fmt.points(delta);
    case 'money':
      return sign(fmt.moneyShort(size));
    case 'hours':
      return sign(fmt.hours(size, 0));
    case 'days':
      return sign(fmt.days(size));
    case 'people':
      return sign(fmt.people(size, 1));
    case 'count':
      return Math.round(size) === 0 ? fmt.count(0) : sign(fmt.count(Math.round(size)));
    case 'wins':
      return sign(fmt.wins(size));
    case 'rate':
      return sign(fmt.number(size, 2));
  }
}
