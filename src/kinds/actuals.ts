import { snapshotSchema } from '../schema/actuals.ts';
import { defineKind, type Lang } from './define.ts';
import { fileText, todo, yamlScalar as y } from './skeleton-text.ts';

/** `YYYY-MM` with a real month: the file name of a snapshot (format §10). */
const MONTH_ID = /^\d{4}-(0[1-9]|1[0-2])$/;

const TEXT = {
  en: {
    title: (month: string) => `Actuals to ${month}`,
    period: 'the cohort: opportunities created from `from` to `to`, counted as they stood on `to`',
    segments: 'segment id → what the CRM counted; `npm run playbook -- actuals import` writes this from an export',
    opportunities: 'opportunities of the segment created in the period',
    won: 'of those, closed won by `to`',
    lost: 'of those, closed lost by `to`',
    wonAmount: 'sum of the won amounts',
    body: `
## What the numbers do not say

To be written: anything a reader needs to judge these counts — a trade-show spike, a territory that changed hands, deals moved between segments.
`,
  },
  'zh-CN': {
    title: (month: string) => `截至 ${month}的实际数据`,
    period: '统计口径：从 `from` 到 `to` 期间创建的商机，按 `to` 当天的状态计数',
    segments: '目标客群 id → CRM 中的计数；可用 `npm run playbook -- actuals import` 从导出文件生成',
    opportunities: '这个客群在统计期内创建的商机数',
    won: '其中到 `to` 为止赢单的数量',
    lost: '其中到 `to` 为止丢单的数量',
    wonAmount: '赢单金额合计',
    body: `
## 数字之外

待填写：读者判断这些计数时需要知道的情况，例如展会带来的集中线索、调整过的区域、在客群之间调整过的商机。
`,
  },
} as const;

const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The month as the title says it: `September 2026`, `2026年9月`. */
function monthWords(id: string, lang: Lang): string {
  const [year, month] = id.split('-').map(Number) as [number, number];
  return lang === 'zh-CN' ? `${year} 年 ${month} 月` : `${MONTH_NAMES_EN[month - 1]} ${year}`;
}

/** `2026-09` → the twelve months to its end: `2025-10-01` … `2026-09-30`. */
function twelveMonthsTo(id: string): { from: string; to: string } {
  const [year, month] = id.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const first = new Date(Date.UTC(year, month - 12, 1));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { from: iso(first), to: `${id}-${String(last).padStart(2, '0')}` };
}

/**
 * Snapshots of what the CRM measured (format §10): counts and sums only, written by `actuals import` or by
 * hand. The file name is the month of `period.to`; the body is free commentary.
 */
export const actualsKind = defineKind({
  id: 'actuals',
  singular: 'snapshot',
  names: { en: { one: 'snapshot', many: 'actuals' }, 'zh-CN': { one: '实际数据快照', many: '实际数据' } },
  schema: snapshotSchema,
  descriptionsZh: {
    title: '快照的名称，例如“截至 2026 年 9 月的实际数据”。',
    period: '统计口径：在 [from, to] 期间创建的商机，按 `to` 当天的状态计数。',
    'period.from': '统计期的第一天，格式为 YYYY-MM-DD：统计从这一天起创建的商机。',
    'period.to': '统计期的最后一天，格式为 YYYY-MM-DD：商机按这一天的状态计数。',
    source: '计数的来源：导出文件的名称、行数和摘要，不含文件内容。',
    'source.file': '导入快照所用的 CRM 导出文件的名称。',
    'source.rows': '导出文件的行数，不含表头。',
    'source.sha256': '导出文件的 SHA-256 摘要（十六进制）：标明是哪个文件，而不保留文件本身。',
    'source.history': '导入快照时所用的阶段历史导出文件（`--history`）。',
    'source.history.file': '阶段历史导出文件的名称。',
    'source.history.rows': '阶段历史导出文件的行数。',
    'source.history.sha256': '阶段历史导出文件的 SHA-256 摘要（十六进制）。',
    'source.skipped': '未计入的行数，按原因分列（`createdBefore`、`createdAfter`；`lostWithoutStage` 计入 `lost`，但不计入任何 `reached`）。',
    segments: '目标客群 id → CRM 对这个客群的计数；至少写一个客群。',
    'segments.<id>.opportunities': '这个客群在统计期内创建的商机数。',
    'segments.<id>.won': '其中到 `to` 为止赢单的数量。',
    'segments.<id>.lost': '其中到 `to` 为止丢单的数量。',
    'segments.<id>.wonAmount': '赢单商机的金额合计，以手册币种计。',
    'segments.<id>.cycleDays': '赢单商机从创建到关闭的平均天数。',
    'segments.<id>.reached': '阶段 id → 已有结果（赢单或丢单）、且最远走到该阶段或其后阶段的商机数（赢单的商机走过了每个阶段）。',
  },
  references: [{ path: ['segments', '{}'], to: 'segments' }],
  requires: ['segments'],
  mustBeUsed: false,
  // The navigation has one entry for all of them: the actuals page (/<playbook>/actuals/).
  inNav: false,
  fileId: { format: 'month', test: (id) => MONTH_ID.test(id) },
  // Its only text is the title, which the skeleton writes from the month: nothing to fill in but counts (`# TODO` zeros).
  placeholders: { en: {}, 'zh-CN': {} },
  next: 'fill in the counts of each segment from your CRM (or write the whole file from an export with `npm run playbook -- actuals import <playbook> <export.csv>`), and say in the body what the numbers do not.',
  /** The twelve months to the end of the month, with zero counts marked `# TODO` for every segment of the playbook. */
  skeleton(idArg, { lang, entities }) {
    const segments = entities('segments');
    if (segments.length === 0) return { ok: false, missing: ['segment'] };
    const t = TEXT[lang];
    // `new` passes a month (it checks the name first); anything else gets a month that reads as an example.
    const id = MONTH_ID.test(idArg) ? idArg : '2026-12';
    const period = twelveMonthsTo(id);
    return {
      ok: true,
      refers: segments.map((s) => `segment \`${s.id}\``),
      text: fileText(
        [
          `title: ${y(t.title(monthWords(id, lang)))}`,
          `period: # ${t.period}`,
          `  from: ${period.from}`,
          `  to: ${period.to}`,
          `segments: # ${t.segments}`,
          ...segments.flatMap((s) => [
            `  ${y(s.id)}:`,
            `    opportunities: 0 ${todo(lang, t.opportunities)}`,
            `    won: 0 ${todo(lang, t.won)}`,
            `    lost: 0 ${todo(lang, t.lost)}`,
            `    wonAmount: 0 ${todo(lang, t.wonAmount)}`,
          ]),
        ],
        t.body,
      ),
    };
  },
});
