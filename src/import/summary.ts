/**
 * What `actuals import` prints when it wrote a snapshot, in the playbook's
 * language: the rows read, the cohort, won, lost and open per segment, what
 * was left out and why, and what to do next. Segment ids and titles come from
 * the playbook, counts from the rows: nothing of a row is printed.
 */
import { formatter } from '../format/numbers.ts';
import { kindTitle } from '../kinds/index.ts';
import type { ImportSummary } from './import.ts';

export function summaryText(s: ImportSummary, file: string, overwritten: boolean): string {
  const fmt = formatter(s.lang, 'USD');
  const zh = s.lang === 'zh-CN';
  const n = (value: number) => fmt.count(value);
  const lines: string[] = [];
  const { skipped } = s.cohort;
  if (zh) {
    lines.push(`读取了 ${s.exportName} 的 ${n(s.rows)} 行${s.history ? `，以及阶段历史 ${s.history.name} 的 ${n(s.history.rows)} 行` : ''}。`);
    lines.push(`统计口径：${s.from} 至 ${s.to} 期间创建的商机，共 ${n(s.cohort.rows)} 个，按 ${s.to} 当天的状态计数。`);
  } else {
    lines.push(`Read ${n(s.rows)} rows of ${s.exportName}${s.history ? ` and ${n(s.history.rows)} rows of stage history from ${s.history.name}` : ''}.`);
    lines.push(`Cohort: the ${n(s.cohort.rows)} opportunities created from ${s.from} to ${s.to}, counted as they stood on ${s.to}.`);
  }
  const header = [kindTitle('segments', s.lang), ...(zh ? ['商机', '赢单', '丢单', '未结', '赢单率'] : ['Opportunities', 'Won', 'Lost', 'Open', 'Win rate'])];
  const body = Object.entries(s.cohort.segments).map(([id, c]) => {
    const resolved = c.won + c.lost;
    return [zh ? `${s.titles[id] ?? id}（${id}）` : `${s.titles[id] ?? id} (${id})`, n(c.opportunities), n(c.won), n(c.lost), n(c.opportunities - resolved), resolved > 0 ? fmt.percent(c.won / resolved) : '—'];
  });
  lines.push('', ...table([header, ...body]), '');
  const left: string[] = [];
  if (skipped.createdBefore > 0) left.push(zh ? `${n(skipped.createdBefore)} 行创建于 ${s.from} 之前` : `${n(skipped.createdBefore)} rows created before ${s.from}`);
  if (skipped.createdAfter > 0) left.push(zh ? `${n(skipped.createdAfter)} 行创建于 ${s.to} 之后` : `${n(skipped.createdAfter)} rows created after ${s.to}`);
  if (left.length > 0) lines.push(zh ? `未计入统计口径：${left.join('，')}。` : `Not in the cohort: ${left.join(', ')}.`);
  if (!s.stageHistory && skipped.lostWithoutStage > 0) {
    // format §10: a lost one without a furthest stage is in no `reached`, a won one in every one: with only the
    // current stage, every conversion is 100%.
    lines.push(
      zh
        ? `这个导出文件只有当前阶段，无法得知丢单的商机走到过哪个阶段：${n(skipped.lostWithoutStage)} 个丢单的商机计入丢单，但不计入任何阶段，因此各阶段的转化率都是 100%，检查时会显示为偏离。请同时导出阶段历史：在 \`actuals.import.entered\` 中映射 HubSpot 的 “Date entered …” 列，或用 \`--history\` 提供 Salesforce 的 OpportunityHistory 导出文件，然后重新导入。`
        : `The export has only the current stage, so how far a lost opportunity got is unknown: the ${n(skipped.lostWithoutStage)} lost ones count as lost but in no stage, and every stage conversion comes out at 100%, which \`check\` will show as drift. Export the stage history too and import again: map HubSpot\u2019s "Date entered …" columns in \`actuals.import.entered\`, or give Salesforce\u2019s OpportunityHistory export with \`--history\`.`,
    );
  } else if (skipped.lostWithoutStage > 0) {
    lines.push(
      zh
        ? `${n(skipped.lostWithoutStage)} 个丢单的商机没有任何阶段记录：计入丢单，但不计入任何阶段。`
        : `${n(skipped.lostWithoutStage)} lost opportunities have no stage on record: counted as lost, in no stage.`,
    );
  }
  if (s.history && s.history.unmatched > 0) {
    lines.push(
      zh
        ? `阶段历史中有 ${n(s.history.unmatched)} 行对应的商机不在导出文件中（或所在行无法使用），未被采用。`
        : `${n(s.history.unmatched)} rows of the stage history are about opportunities the export does not have; they were not used.`,
    );
  }
  lines.push(
    zh
      ? `${overwritten ? '已覆盖' : '已写入'} ${file}。运行 \`npm run check\`，查看哪些假设与实际数据不符。`
      : `${overwritten ? 'Replaced' : 'Wrote'} ${file}. Run \`npm run check\` to see which assumptions it contradicts.`,
  );
  return `${lines.join('\n')}\n`;
}

/** Columns padded to their widest cell (CJK characters count double), numbers right-aligned. */
function table(rows: string[][]): string[] {
  const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return i === 0 ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd(),
  );
}
