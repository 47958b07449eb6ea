/** Number formatting and a plain Markdown table for the benchmark's report. */

export const ms = (value: number | null | undefined) => (value == null || !Number.isFinite(value) ? '–' : value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
export const msPrecise = (value: number | null | undefined) => (value == null || !Number.isFinite(value) ? '–' : `${value.toFixed(1)} ms`);
export const bytes = (value: number | null | undefined) =>
  value == null ? '–' : value >= 1024 ** 3 ? `${(value / 1024 ** 3).toFixed(2)} GB` : value >= 1024 ** 2 ? `${(value / 1024 ** 2).toFixed(1)} MB` : value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${value} B`;
export const ratio = (value: number | null | undefined) => (value == null || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`);
export const int = (value: number) => value.toLocaleString('en-US');

/** A Markdown table; the first column is left-aligned, the others right-aligned. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 2)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
