/**
 * `node scripts/make-crm-exports.ts`
 *
 * Writes the example playbooks' synthetic CRM exports (seeded: the same files
 * on every run) under playbooks/_exports/, where the checker never looks
 * (names starting with `_`):
 * - northwind-software/: a Salesforce Opportunity report (US dates, amounts
 *   like "USD 18,400.00") and its OpportunityHistory;
 * - huayuan-equipment/: a HubSpot deal export from a Chinese portal, one
 *   pipeline per segment, with a "进入…的日期" column per stage.
 *
 * Two years of opportunities up to 30 November 2026, at true rates that
 * differ from the playbooks' assumptions where the examples say so: demos of
 * the velocity sale convert worse than Northwind assumes; 华远's small
 * factories buy smaller machines than its playbook assumes. Every name in them
 * is made up. Then the snapshots are imported with the real command (see the
 * lines it prints).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  HISTORY_HEADER,
  historyRows,
  hubspotHeader,
  hubspotRow,
  opportunities,
  SALESFORCE_HEADER,
  salesforceRow,
  writeLines,
  type ExportSpec,
  type HubSpotLabels,
  type SegmentTruth,
} from './crm-exports.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXPORTS = join(ROOT, 'playbooks/_exports');

/** Opportunities over two years at a rate a year: accounts × opportunities per account. */
const twoYears = (accounts: number, rate: number) => Math.round(accounts * rate * 2);

// Northwind: what its CRM really holds. The velocity sale's demo stage converts 45%, not the 60% assumed; the rest
// is close to the playbook.
const NORTHWIND: SegmentTruth[] = [
  { value: 'Growth', weight: twoYears(2000, 0.27), stages: ['Connect', 'Demo & Trial', 'Quote'], conversions: [0.55, 0.45, 0.8], dealSize: 17200, dealSpread: 0.5, cycleDays: 33 },
  { value: 'Mid-Market', weight: twoYears(900, 0.29), stages: ['Discovery', 'Validation', 'Proposal', 'Negotiation'], conversions: [0.6, 0.63, 0.72, 0.78], dealSize: 91000, dealSpread: 0.4, cycleDays: 96 },
  { value: 'Strategic', weight: twoYears(48, 0.4), stages: ['Align', 'Co-design', 'Business Case', 'Executive Commitment'], conversions: [0.7, 0.65, 0.75, 0.85], dealSize: 400000, dealSpread: 0.3, cycleDays: 190 },
];

// 华远: small factories buy the smaller machines (a mean of 13.5 万元, not 18 万元); the rest close to the playbook.
const HUAYUAN: SegmentTruth[] = [
  { value: '中小制造工厂', weight: twoYears(600, 0.42), stages: ['询价确认', '选型报价', '成交签约'], conversions: [0.6, 0.7, 0.76], dealSize: 135000, dealSpread: 0.5, cycleDays: 15 },
  { value: '规模制造企业', weight: twoYears(360, 0.2), stages: ['需求诊断', '现场勘测', '方案与节能测算', '商务谈判', '签约与交付移交'], conversions: [0.75, 0.8, 0.62, 0.75, 0.9], dealSize: 1450000, dealSpread: 0.4, cycleDays: 88 },
  { value: '集团要客', weight: twoYears(40, 0.4), stages: ['客户规划', '合格供应商入库', '高层对接', '多基地联合规划', '商务方案', '投标', '框架协议签署'], conversions: [0.9, 0.9, 0.85, 0.8, 0.85, 0.65, 0.95], dealSize: 7800000, dealSpread: 0.3, cycleDays: 260 },
];

const HUBSPOT_ZH: HubSpotLabels = {
  columns: ['记录 ID', '交易名称', '管道', '交易阶段', '金额', '创建日期', '成交日期', '交易负责人'],
  won: '赢单',
  lost: '输单',
  entered: (stage, pipeline) => `进入"${stage}（${pipeline}）"的日期`,
  pipeline: (segment) => segment.value,
};

const spec = (seed: number, segments: SegmentTruth[], spikes: Record<string, number> = {}): ExportSpec => ({
  seed,
  from: '2024-12-01',
  exportDay: '2026-11-30',
  opportunities: segments.reduce((sum, s) => sum + s.weight, 0),
  segments,
  spikes,
});

async function main(): Promise<void> {
  const northwind = join(EXPORTS, 'northwind-software');
  const huayuan = join(EXPORTS, 'huayuan-equipment');
  mkdirSync(northwind, { recursive: true });
  mkdirSync(huayuan, { recursive: true });

  // Northwind's spring trade show brings a wave of growth leads in March 2026.
  const nw = spec(2026_11, NORTHWIND, { '2026-03': 1.8 });
  const rows = await writeLines(join(northwind, 'opportunities.csv'), (function* () {
    yield SALESFORCE_HEADER.join(',');
    for (const o of opportunities(nw)) yield salesforceRow(o, 'USD');
  })(), true);
  const history = await writeLines(join(northwind, 'opportunity-history.csv'), (function* () {
    yield HISTORY_HEADER.join(',');
    for (const o of opportunities(nw)) yield* historyRows(o);
  })());

  const hy = spec(13, HUAYUAN);
  const deals = await writeLines(join(huayuan, 'deals.csv'), (function* () {
    yield hubspotHeader(HUAYUAN, HUBSPOT_ZH).join(',');
    for (const o of opportunities(hy)) yield hubspotRow(o, HUAYUAN, HUBSPOT_ZH);
  })(), true);

  process.stdout.write(
    `Wrote playbooks/_exports/northwind-software/opportunities.csv (${rows - 1} rows) and opportunity-history.csv (${history - 1} rows),\n` +
      `and playbooks/_exports/huayuan-equipment/deals.csv (${deals - 1} rows). Import the snapshots with:\n` +
      [
        ['northwind-software', 'opportunities.csv --history playbooks/_exports/northwind-software/opportunity-history.csv'],
        ['huayuan-equipment', 'deals.csv'],
      ]
        .flatMap(([pb, files]) =>
          [
            ['2025-09-01', '2026-08-31'],
            ['2025-12-01', '2026-11-30'],
          ].map(([from, to]) => `  npm run -s playbook -- actuals import ${pb} playbooks/_exports/${pb}/${files} --from ${from} --to ${to} --force\n`),
        )
        .join(''),
  );
}

await main();
