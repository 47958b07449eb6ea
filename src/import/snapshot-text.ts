/**
 * The snapshot file `actuals import` writes (format §10): the
 * period, where the counts come from (file name, rows, digest — never the
 * content) and the counts of each segment, then a body for the author's
 * commentary (kept when a snapshot is imported again with --force).
 */
import { stringify } from 'yaml';
import type { Lang } from '../kinds/index.ts';
import type { Snapshot } from '../schema/index.ts';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Actuals to November 2026` / `截至 2026 年 11 月的实际数据`. */
export function snapshotTitle(to: string, lang: Lang): string {
  const [year, month] = to.split('-').map(Number) as [number, number];
  return lang === 'zh-CN' ? `截至 ${year} 年 ${month} 月的实际数据` : `Actuals to ${MONTHS_EN[month - 1]} ${year}`;
}

const BODY: Record<Lang, string> = {
  en: `
## What the numbers do not say

Imported from the CRM with \`npm run playbook -- actuals import\`. Write here what a reader needs to judge these counts: a trade-show spike, a territory that changed hands, deals moved between segments.
`,
  'zh-CN': `
## 数字之外

由 \`npm run playbook -- actuals import\` 从 CRM 导入。请在这里写下读者判断这些计数时需要知道的情况，例如展会带来的集中线索、调整过的区域、在客群之间调整过的商机。
`,
};

/** The text of a snapshot file; `body` replaces the default body (the old file's, on --force). */
export function snapshotText(snapshot: Snapshot, lang: Lang, body?: string): string {
  const yaml = stringify(snapshot, { lineWidth: 0, flowCollectionPadding: true }).trimEnd();
  const text = body === undefined ? BODY[lang].trim() : body.replace(/^\s+/, '').trimEnd();
  return `---\n${yaml}\n---\n${text ? `\n${text}\n` : ''}`;
}
