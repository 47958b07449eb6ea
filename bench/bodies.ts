/**
 * The same body without the v1.1 body components (format §9), for builds
 * that cannot render them:
 *
 * - `markdown`: plain Markdown for an MDX pipeline without the components
 *   (today's build, until the safe pipeline lands): `<Metric of="…" />`
 *   becomes a plain number, `<Callout type="…">` a blockquote that starts
 *   with the callout's label in bold.
 * - `starlight`: a Starlight page's Markdown: `<Metric>` a plain number,
 *   `<Callout type="note|tip|warning">` Starlight's aside (`:::note`, `:::tip`,
 *   `:::caution`).
 *
 * The numbers are made up (deterministic from the path, formatted like the
 * metric: a share as a percentage, money with thousands separators): what a
 * page costs to build does not depend on which number it shows.
 */

export type PlainStyle = 'markdown' | 'starlight';

const METRIC = /<Metric of="([^"]+)" \/>/g;
const CALLOUT = /^<Callout type="(note|tip|warning)">\n([\s\S]*?)\n<\/Callout>$/gm;
const ASIDE: Record<string, string> = { note: 'note', tip: 'tip', warning: 'caution' };
const LABEL: Record<string, string> = { note: 'Note', tip: 'Tip', warning: 'Warning' };
const SHARES = new Set(['coverage', 'winRate', 'load']);
const MONEY = new Set(['expectedRevenue', 'velocityPerDay']);

/** A body with its `<Metric>` and `<Callout>` replaced as `style` says. */
export function plainBody(body: string, style: PlainStyle): string {
  return body.replace(METRIC, (_, path: string) => metricValue(path)).replace(CALLOUT, (_, type: string, inner: string) =>
    style === 'starlight'
      ? `:::${ASIDE[type]}\n${inner}\n:::`
      : `> **${LABEL[type]}:** ${inner
          .split('\n')
          .map((line, i) => (i === 0 ? line : line ? `> ${line}` : '>'))
          .join('\n')}`,
  );
}

/** A stand-in for the number a `<Metric of="path" />` shows: the same path always gives the same text. */
export function metricValue(path: string): string {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619) >>> 0;
  const unit = (hash % 10_000) / 10_000;
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (SHARES.has(key)) return `${(key === 'load' ? 40 + unit * 100 : 5 + unit * 90).toFixed(1)}%`;
  if (MONEY.has(key)) return Math.round((key === 'velocityPerDay' ? 500 : 100_000) * (1 + unit * 50)).toLocaleString('en-US');
  if (key === 'cycleDays') return String(Math.round(20 + unit * 150));
  return (1 + unit * 200).toFixed(1);
}
