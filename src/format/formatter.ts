/**
 * The one number formatter of the project, below the model's messages and the
 * site: every kind of number (share, points, count, money, hours, days, load,
 * people, dates) has one function per language, used by the checker's
 * messages, the pages, the CLI and the body components alike. Intl formatters
 * are created once per language and currency and reused (creating one per
 * call cost a third of `check`'s time on a tree with thousands of warnings).
 *
 * zh-CN counts money in 万 and 亿 (5,465 万元, 50 亿元), with the exact figure
 * available from `money`; English reads large money as $10.4M.
 */
import type { Lang } from './lang.ts';

export interface Formatter {
  lang: Lang;
  currency: string;
  /** A share as a percentage: 0.625 → `62.5%`; never rounds a non-zero share to `0%`. */
  percent(share: number, digits?: number): string;
  /** A change of a share in percentage points: +0.106 → `+10.6 pts` / `+10.6 个百分点`. */
  points(delta: number): string;
  /** A plain number with at most `digits` decimals; a non-zero value never prints as 0. */
  number(value: number, digits?: number): string;
  /** A signed number: `+3.2`, `−3.2`, `0`. */
  signed(value: number, digits?: number): string;
  /** A number exactly as written in a file (no rounding): 0.75 → `0.75`. */
  exact(value: number): string;
  /** A whole count: `2,948`; in zh-CN, large counts in 万 (`12.3 万`). */
  count(value: number): string;
  /**
   * Wins or opportunities as people read them: whole from 10 up (`189`), one decimal below, where it informs
   * (`6.5`, `0.8`); never a non-zero value as 0.
   */
  wins(value: number): string;
  /** Money in full: `$10,357,592` / `5,464.96 万元` (zh-CN counts in 万 and 亿 even in full). */
  money(value: number): string;
  /** Money rounded for reading: `$10.4M` / `5,465 万元`, `50 亿元`. */
  moneyShort(value: number): string;
  /** The playbook's currency in words: `USD` / `人民币（元）`, `美元（USD）`. */
  currencyName(): string;
  /** Hours: `1,234 hr` / `1,234 小时`. */
  hours(value: number, digits?: number): string;
  /** Days: `30 days` / `30 天`. */
  days(value: number): string;
  /** A span of months, to one decimal: `2.6 months`, `1 month` / `2.6 个月` (a payback, a lag). */
  months(value: number): string;
  /** A load (required ÷ available) as a percentage: `127.5%`; `∞` when there is no capacity. A load above 100% never prints as 100%. */
  load(value: number): string;
  /** People (FTE): `1.4 people` / `1.4 人`. */
  people(value: number, digits?: number): string;
  /** A number rounded up to tenths (what would cover a need): 1.37 → `1.4`, 1.3 → `1.3`; 0 stays `0`. */
  tenthsUp(value: number): string;
  /** People needed, rounded up to tenths (what would cover the need): 1.37 → `1.4 people` / `1.4 人`; 0 stays `0 people`. */
  peopleUp(value: number): string;
  /** An input in hours exactly as written: 0.75 → `0.75 hr` / `0.75 小时` (never `0.8 hr`). */
  hoursExact(value: number): string;
  /** An input in days exactly as written: `2.5 days` / `2.5 天`. */
  daysExact(value: number): string;
  /** An input in people (a headcount) exactly as written: `0.25 people`, `5 people` / `5 人`. */
  peopleExact(value: number): string;
  /** A list in words: `a, b and c` / `a、b和c`. */
  list(items: readonly string[]): string;
  /** Alternatives in words: `a, b or c` / `a、b或c`. */
  or(items: readonly string[]): string;
  /** A date `YYYY-MM-DD` in words: `9 November 2026` / `2026年11月9日`. */
  date(iso: string): string;
  /** A month `YYYY-MM` in words: `May 2027` / `2027年5月`. */
  month(month: string): string;
  /** A month in a table header: `May 2027` (short month name) / `2027年5月`. */
  monthShort(month: string): string;
  /** A span of months, compact: `Jan–Mar 2027`, `Nov 2027 – Jan 2028` / `2027年1–3月`. */
  monthRange(first: string, last: string): string;
}

const cache = new Map<string, Formatter>();

/** The formatter of a language and currency, created once. */
export function formatter(lang: Lang, currency = 'USD'): Formatter {
  const key = `${lang}|${currency}`;
  let found = cache.get(key);
  if (!found) {
    found = createFormatter(lang, currency);
    cache.set(key, found);
  }
  return found;
}

/** Memoizes Intl.NumberFormat instances by their options. */
function numberFormats(lang: Lang): (options: Intl.NumberFormatOptions) => Intl.NumberFormat {
  const made = new Map<string, Intl.NumberFormat>();
  return (options) => {
    const key = JSON.stringify(options);
    let nf = made.get(key);
    if (!nf) {
      nf = new Intl.NumberFormat(lang, options);
      made.set(key, nf);
    }
    return nf;
  };
}

/** Up to the next tenth, ignoring floating-point noise (1.30000000001 is 1.3): what "would cover it" needs. */
const roundUp = (value: number) => (value <= 0 ? value : Math.ceil(value * 10 - 1e-6) / 10);

const ZH = { pts: ' 个百分点', people: ' 人', hours: ' 小时', days: ' 天' };

function createFormatter(lang: Lang, currency: string): Formatter {
  const nf = numberFormats(lang);
  const zh = lang === 'zh-CN';
  const plain = (value: number, digits: number) => {
    const text = nf({ maximumFractionDigits: digits }).format(value);
    // Never round a non-zero value to 0: 0.004 with one digit prints as 0.004.
    if (value === 0 || !/^[-−]?0([.,]0*)?$/.test(text)) return text;
    return nf({ maximumSignificantDigits: 2 }).format(value);
  };
  const percent = (share: number, digits = 1) => `${plain(share * 100, digits)}%`;
  const signed = (value: number, digits = 1) => {
    // A difference of two computed figures below a millionth is floating-point noise, not a change.
    if (Math.abs(value) < 1e-6) return '0';
    const text = plain(Math.abs(value), digits);
    if (text === '0') return '0';
    return `${value < 0 ? '−' : '+'}${text}`;
  };
  const currencyUnit = zh ? (currency === 'CNY' ? '元' : new Intl.DisplayNames(['zh-CN'], { type: 'currency' }).of(currency) ?? currency) : currency;
  const list = new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' });
  const disjunction = new Intl.ListFormat(lang, { type: 'disjunction', style: 'long' });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthRange = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthDate = (value: string) => {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m - 1, 1));
  };
  const exact = (value: number) => nf({ maximumFractionDigits: 20 }).format(value);
  const people = (value: number, digits = 1) => (zh ? `${plain(value, digits)}${ZH.people}` : `${plain(value, digits)} ${value === 1 ? 'person' : 'people'}`);
  // Compact numbers with three significant digits, but never fewer digits than the whole part: 5,465万, 12.3万, $10.4M.
  const compact: Intl.NumberFormatOptions = { notation: 'compact', useGrouping: 'always', maximumFractionDigits: 0, maximumSignificantDigits: 3, roundingPriority: 'morePrecision' };
  return {
    lang,
    currency,
    percent,
    points: (delta) => `${signed(delta * 100, 1)}${zh ? ZH.pts : ' pts'}`,
    number: plain,
    signed,
    exact,
    wins: (value) => plain(value, Math.abs(value) >= 9.95 ? 0 : 1),
    count: (value) => (zh && Math.abs(value) >= 100_000 ? nf(compact).format(value).replace(/(\d)(万|亿)/, '$1 $2') : nf({ maximumFractionDigits: 0 }).format(value)),
    money: (value) => {
      if (!zh) return nf({ style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(value);
      // In full, in the units a Chinese reader counts money in: 6,005.53 万元, 5.46 亿元, 5,000 元 (never ¥60,055,258
      // beside 6,006 万元).
      const size = Math.abs(value);
      const [scaled, unit, digits] = size >= 1e8 ? [value / 1e8, '亿', 4] : size >= 1e4 ? [value / 1e4, '万', 2] : [value, '', 0];
      return `${nf({ maximumFractionDigits: digits }).format(scaled)} ${unit}${currencyUnit}`;
    },
    moneyShort: (value) => {
      if (zh) {
        const text = Math.abs(value) >= 10_000 ? nf(compact).format(value) : nf({ maximumFractionDigits: 0 }).format(value);
        // 5,465万 → 5,465 万元; 5,000 → 5,000 元.
        return text.replace(/^([-−]?[\d,.]+)(万|亿)?$/, (_, n: string, unit = '') => `${n} ${unit}${currencyUnit}`);
      }
      return nf({ style: 'currency', currency, ...compact }).format(value);
    },
    currencyName: () => {
      if (!zh) return currency;
      if (currency === 'CNY') return '人民币（元）';
      const name = new Intl.DisplayNames(['zh-CN'], { type: 'currency' }).of(currency);
      return name && name !== currency ? `${name}（${currency}）` : currency;
    },
    hours: (value, digits = 1) => (zh ? `${plain(value, digits)}${ZH.hours}` : `${plain(value, digits)} hr`),
    days: (value) => (zh ? `${plain(value, 1)}${ZH.days}` : `${plain(value, 1)} ${value === 1 ? 'day' : 'days'}`),
    months: (value) => {
      const text = plain(value, 1);
      return zh ? `${text} 个月` : `${text} ${text === '1' ? 'month' : 'months'}`;
    },
    load: (value) => {
      if (!Number.isFinite(value)) return '∞';
      // 1.0004 must not read as 100%: add digits until a load above 1 prints above 100%.
      for (let digits = 1; digits < 6; digits++) {
        const text = percent(value, digits);
        if (value <= 1 || Number(text.replace(/[^\d.]/g, '')) > 100) return text;
      }
      return percent(value, 6);
    },
    people,
    tenthsUp: (value) => plain(roundUp(value), 1),
    peopleUp: (value) => people(roundUp(value), 1),
    hoursExact: (value) => (zh ? `${exact(value)}${ZH.hours}` : `${exact(value)} hr`),
    daysExact: (value) => (zh ? `${exact(value)}${ZH.days}` : `${exact(value)} ${value === 1 ? 'day' : 'days'}`),
    peopleExact: (value) => (zh ? `${exact(value)}${ZH.people}` : `${exact(value)} ${value === 1 ? 'person' : 'people'}`),
    list: (items) => list.format(items),
    or: (items) => disjunction.format(items),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return date.format(new Date(Date.UTC(y, m - 1, d)));
    },
    month: (value) => month.format(monthDate(value)),
    monthShort: (value) => monthShort.format(monthDate(value)),
    monthRange: (first, last) => {
      if (first === last) return monthShort.format(monthDate(first));
      if (!zh) return monthRange.formatRange(monthDate(first), monthDate(last));
      // Intl writes 2027/1 – 2027/3 in Chinese; dates read 2027年1–3月.
      const [y1, m1] = first.split('-').map(Number) as [number, number];
      const [y2, m2] = last.split('-').map(Number) as [number, number];
      return y1 === y2 ? `${y1}年${m1}–${m2}月` : `${y1}年${m1}月–${y2}年${m2}月`;
    },
  };
}
