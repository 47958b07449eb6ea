/**
 * Number formatting for the pages, per UI language: percentages, hours,
 * days, money and loads, all through Intl so that `zh-CN` pages get Chinese
 * units and separators.
 */
import type { Lang } from '../i18n/index.ts';

export interface Formatter {
  lang: Lang;
  /** A share as a percentage: 0.625 → `62.5%`. */
  percent(value: number): string;
  /** A plain number with at most `digits` decimals. */
  number(value: number, digits?: number): string;
  /** Hours: `1,234 hr` / `1,234小时`. */
  hours(value: number): string;
  /** Days: `30 days` / `30天`. */
  days(value: number): string;
  /** Money in the playbook's currency, without cents. */
  money(value: number): string;
  /** A load (required ÷ available) as a percentage; ∞ when there is no capacity. */
  load(value: number): string;
  /** A list in words: `a, b and c` / `a、b和c`. */
  list(items: readonly string[]): string;
  /** A date `YYYY-MM-DD` in words: `9 November 2026` / `2026年11月9日`. */
  date(iso: string): string;
}

const cache = new Map<string, Formatter>();

/** The formatter of a language and currency (memoized: Intl formatters are costly to create). */
export function formatter(lang: Lang, currency = 'USD'): Formatter {
  const key = `${lang}|${currency}`;
  let found = cache.get(key);
  if (!found) {
    found = createFormatter(lang, currency);
    cache.set(key, found);
  }
  return found;
}

function createFormatter(lang: Lang, currency: string): Formatter {
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let nf = numbers.get(digits);
    if (!nf) {
      nf = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
      numbers.set(digits, nf);
    }
    return nf;
  };
  const hours = new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
  const days = new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const list = new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    lang,
    percent: (value) => percent.format(value),
    number: (value, digits = 1) => numberFormat(digits).format(value),
    hours: (value) => hours.format(value),
    days: (value) => days.format(value),
    money: (value) => money.format(value),
    load: (value) => (Number.isFinite(value) ? percent.format(value) : '∞'),
    list: (items) => list.format(items),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return date.format(new Date(Date.UTC(y, m - 1, d)));
    },
  };
}
