import { describe, expect, it } from 'vitest';
import { spaceCjkLatin } from '../../src/format/cjk.ts';
import { distinct, formatter, numberAsWritten } from '../../src/format/numbers.ts';
import { ui } from '../../src/i18n/index.ts';

const en = formatter('en', 'USD');
const zh = formatter('zh-CN', 'CNY');

describe('formatter', () => {
  it('is made once per language and currency', () => {
    expect(formatter('en')).toBe(en);
    expect(formatter('zh-CN', 'CNY')).toBe(zh);
    expect(formatter('en', 'EUR')).not.toBe(en);
    expect([en.lang, en.currency, zh.lang, zh.currency]).toEqual(['en', 'USD', 'zh-CN', 'CNY']);
  });

  it('rounds for reading but never hides a non-zero value', () => {
    expect(en.number(249.56, 1)).toBe('249.6');
    expect(en.number(12400, 1)).toBe('12,400');
    expect(en.number(0.0004, 2)).toBe('0.0004');
    expect(en.number(0, 2)).toBe('0');
    expect(en.percent(0.625)).toBe('62.5%');
    expect(en.percent(0.913461)).toBe('91.3%');
    expect(en.percent(0.00001)).toBe('0.001%');
    expect(en.exact(0.75)).toBe('0.75');
  });

  it('signs changes, with a true minus, and shares in points', () => {
    expect(en.signed(-3.24)).toBe('−3.2');
    expect(en.signed(0.01)).toBe('+0.01');
    expect(en.signed(0)).toBe('0');
    expect(en.points(0.106)).toBe('+10.6 pts');
    expect(zh.points(-0.05)).toBe('−5 个百分点');
  });

  it('prints a load above 100% above 100%, and no capacity as ∞', () => {
    expect(en.load(1.275)).toBe('127.5%');
    expect(en.load(1.0004)).toBe('100.04%');
    expect(en.load(1)).toBe('100%');
    expect(en.load(Infinity)).toBe('∞');
  });

  it('counts, and in Chinese counts large numbers in 万', () => {
    expect(en.count(123456)).toBe('123,456');
    expect(zh.count(2948)).toBe('2,948');
    expect(zh.count(123456)).toBe('12.3 万');
  });

  it('writes money in full and for reading: $10.4M in English, 万元 and 亿元 in Chinese', () => {
    expect(en.money(10357592)).toBe('$10,357,592');
    expect(en.moneyShort(10357592)).toBe('$10.4M');
    expect(formatter('en', 'EUR').moneyShort(10357592)).toBe('€10.4M');
    // In full, still in 万 and 亿: never ¥54,649,598 beside 5,465 万元.
    expect(zh.money(54649598)).toBe('5,464.96 万元');
    expect(zh.money(5464959800)).toBe('54.6496 亿元');
    expect(zh.money(5000)).toBe('5,000 元');
    expect(zh.moneyShort(54649598)).toBe('5,465 万元');
    expect(zh.moneyShort(5e9)).toBe('50 亿元');
    expect(zh.moneyShort(5000)).toBe('5,000 元');
    expect(formatter('zh-CN', 'USD').moneyShort(54649598)).toBe('5,465 万美元');
  });

  it('names the currency: the code in English, 人民币（元） and the Chinese name in Chinese', () => {
    expect(en.currencyName()).toBe('USD');
    expect(zh.currencyName()).toBe('人民币（元）');
    expect(formatter('zh-CN', 'USD').currencyName()).toBe('美元（USD）');
  });

  it('writes a segment’s criteria with their units, from the dictionary and the formatter', () => {
    const [tEn, tZh] = [ui('en').locale, ui('zh-CN').locale];
    expect(tZh.employeesRange(zh.count(3000), null)).toBe('3,000 人以上');
    expect(tZh.employeesRange(null, zh.count(50))).toBe('50 人以下');
    expect(tZh.employeesRange(zh.count(200), zh.count(2000))).toBe('200 至 2,000 人');
    expect(tZh.revenueRange(zh.moneyShort(5e9), null)).toBe('50 亿元以上');
    expect(tZh.revenueRange(zh.moneyShort(5e8), zh.moneyShort(5e9))).toBe('5 亿元至 50 亿元');
    expect(tZh.revenueRange(null, zh.moneyShort(5e7))).toBe('5,000 万元以下');
    expect(tEn.employeesRange(en.count(200), en.count(2000))).toBe('200–2,000 employees');
    expect(tEn.employeesRange(en.count(1000), null)).toBe('1,000 employees or more');
    expect(tEn.revenueRange(null, en.moneyShort(5e7))).toBe('up to $50M');
  });

  it('names the units: hours, days, people', () => {
    expect(en.hours(1234.56)).toBe('1,234.6 hr');
    expect(zh.hours(1234.56)).toBe('1,234.6 小时');
    expect([en.days(1), en.days(30), zh.days(30)]).toEqual(['1 day', '30 days', '30 天']);
    expect([en.people(1), en.people(1.44), zh.people(1.44)]).toEqual(['1 person', '1.4 people', '1.4 人']);
  });

  it('lists in words as Intl does: “a, b, and c”, “a、b和c”', () => {
    expect([en.list(['a']), en.list(['a', 'b']), en.list(['a', 'b', 'c'])]).toEqual(['a', 'a and b', 'a, b, and c']);
    expect(en.or(['a', 'b', 'c'])).toBe('a, b, or c');
    expect([zh.list(['a', 'b']), zh.list(['a', 'b', 'c']), zh.or(['a', 'b', 'c'])]).toEqual(['a和b', 'a、b和c', 'a、b或c']);
  });

  it('writes dates and months in the language', () => {
    expect(en.date('2026-11-09')).toBe('November 9, 2026');
    expect(zh.date('2026-11-09')).toBe('2026年11月9日');
    expect([en.month('2027-05'), zh.month('2027-05')]).toEqual(['May 2027', '2027年5月']);
  });
});

describe('distinct', () => {
  it('adds digits until two different numbers print differently', () => {
    expect(distinct(0.6199, 0.62, en.percent)).toEqual(['61.99%', '62%']);
    expect(distinct(0.62, 0.62, en.percent)).toEqual(['62%', '62%']);
  });
});

describe('spaceCjkLatin', () => {
  it('puts one space between Han characters and Latin text, digits or code, none next to full-width punctuation', () => {
    expect(spaceCjkLatin('流程quick-quote的`x`覆盖率50%，好')).toBe('流程 quick-quote 的 `x` 覆盖率 50%，好');
    // Between two Han characters there is never a space: `6,000 万元 的目标` reads `6,000 万元的目标`.
    expect(spaceCjkLatin('低于 6,000 万元 的目标')).toBe('低于 6,000 万元的目标');
    // A number keeps its space before 万 (as money reads `5,465 万元`), and 万 none before the measure word.
    expect(spaceCjkLatin('25万 家')).toBe('25 万家');
  });
});

describe('numberAsWritten', () => {
  it('adds the thousands separators from five digits on and changes nothing else', () => {
    expect(numberAsWritten('1800000000003', 'en')).toBe('1,800,000,000,003');
    expect(numberAsWritten('1800000000003', 'zh-CN')).toBe('1,800,000,000,003');
    expect(numberAsWritten('-12345.6789', 'en')).toBe('-12,345.6789');
    // Beyond 2^53 the digits stay as written, not rounded by a conversion to a float.
    expect(numberAsWritten('123456789012345678901', 'en')).toBe('123,456,789,012,345,678,901');
    // A year reads as a year; what is not a plain numeral stays as it is.
    for (const text of ['2027', '0.125', '1e400', 'Infinity', '12abc']) expect(numberAsWritten(text, 'en')).toBe(text);
  });
});
