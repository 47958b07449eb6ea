/**
 * Values as people type them (issue: authors who are not engineers): a
 * number written `150万`, `1.5亿`, `$1.2M`, `120k`, `1,200,000` or with
 * full-width digits, and a share written `60%`. YAML reads each as text, so
 * the schema says "must be a number"; these functions find the number that
 * was meant, so that the message gives the exact replacement and
 * `check --fix` can write it. Only what has one reading is recognised.
 */
import type { TypedNumberForm } from '../diagnostics/messages/invalid-field.ts';

/** Multipliers of the units people write after a number. */
const UNITS: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  m: 1e6,
  M: 1e6,
  mm: 1e6,
  MM: 1e6,
  mn: 1e6,
  bn: 1e9,
  b: 1e9,
  B: 1e9,
};

/** Currency signs and codes before or after an amount, and 元 (yuan) or 块 after it. */
const CURRENCY_BEFORE = /^(?:US\$|CN¥|RMB|CNY|USD|EUR|GBP|[$¥￥€£])\s*/;
const CURRENCY_AFTER = /\s*(?:元|块|RMB|CNY|USD|EUR|GBP|人民币|美元|欧元)$/;

export interface TypedNumber {
  /** The number meant. */
  value: number;
  /** How it was written, for the message. */
  form: TypedNumberForm;
}

/**
 * The number a text means, when it is a number typed with a unit, a currency
 * sign, thousands separators, full-width digits or (for a share, `share`) a
 * percent sign; undefined when the text is not such a number (or is a plain
 * number, which YAML reads itself).
 */
export function typedNumber(raw: string, options: { share?: boolean } = {}): TypedNumber | undefined {
  const text = raw.trim();
  if (text === '' || text.length > 40) return undefined;
  // Full-width digits, signs and percent (１５０，６０％) are their ASCII twins in NFKC.
  const narrow = text.normalize('NFKC');
  let form: TypedNumberForm | undefined = narrow !== text ? 'full-width' : undefined;
  let rest = narrow;
  const percent = /^([+-]?[\d.,]+)\s*%$/.exec(rest);
  if (percent) {
    if (!options.share) return undefined;
    const n = plainNumber(percent[1]!);
    return n === undefined ? undefined : { value: roundDecimal(n / 100), form: 'percent' };
  }
  const before = CURRENCY_BEFORE.exec(rest);
  const after = CURRENCY_AFTER.exec(rest);
  if (before) rest = rest.slice(before[0].length);
  if (after) rest = rest.slice(0, rest.length - after[0].length);
  if (before || after) form = 'currency';
  const unit = /^([+-]?[\d.,]+)\s*([A-Za-z]{1,2}|十万|百万|千万|[千万亿])$/.exec(rest);
  let value: number | undefined;
  if (unit) {
    const multiplier = UNITS[unit[2]!];
    const n = plainNumber(unit[1]!);
    if (multiplier === undefined || n === undefined) return undefined;
    value = roundDecimal(n * multiplier);
    form ??= 'unit';
    if (form === 'full-width') form = 'unit';
  } else {
    value = plainNumber(rest);
    if (value === undefined) return undefined;
    if (form === undefined) {
      if (!/,/.test(rest)) return undefined; // A plain number: YAML reads it itself.
      form = 'separators';
    }
  }
  return Number.isFinite(value) ? { value, form } : undefined;
}

/** `1,200,000.5` or `1200.5` (commas only as thousands separators), else undefined. */
function plainNumber(text: string): number | undefined {
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/** Removes floating-point noise: 1.2 × 10^6 is 1200000, not 1199999.9999999998. */
function roundDecimal(value: number): number {
  return Number(value.toPrecision(12));
}

/** A number as YAML writes it, without exponent for the sizes a playbook has: `1500000`, `0.6`. */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return value.toFixed(0);
  return String(value);
}
