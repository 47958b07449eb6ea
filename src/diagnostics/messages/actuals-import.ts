/** Codes of `actuals import` (format §10): the columns and rows of a CRM export that cannot be used (`check` never reports them). */
import { defineCode } from '../define.ts';
import { NO_HINT } from './actuals.ts';

export interface ColumnParams {
  /**
   * `missing`: a mapped column is not in the header; `duplicate`: a mapped header name appears more than once;
   * `empty`: the file has no header at all; `no-match`: none of the history file's ids is an id of the export.
   */
  problem: 'missing' | 'duplicate' | 'empty' | 'no-match';
  /** The header name the mapping names. */
  column?: string;
  /** The mapping key that names it: `columns.amount`, `entered.discover`, `history.id`. */
  field?: string;
  /** The closest header name of the file, for `missing`. */
  suggestion?: string;
  /** For `duplicate`: the 1-based positions of the columns with that name. */
  positions?: readonly number[];
  /** For `no-match`: the history rows read. */
  rows?: number;
}

export const actualsColumn = defineCode<ColumnParams>()({
  severity: 'error',
  title: { en: 'Export column', 'zh-CN': '导出文件缺少列' },
  when: {
    en: '`actuals import` only: a column the playbook\u2019s `actuals.import` names is missing from the export\u2019s header (or appears twice).',
    'zh-CN': '仅用于 `actuals import`：手册的 `actuals.import` 指定的列在导出文件的表头中找不到（或出现了两次）。',
  },
  fix: {
    en: 'Export the column too, or change the header name in `actuals.import` to the one the export uses.',
    'zh-CN': '导出时带上这一列，或把 `actuals.import` 中的表头名称改成导出文件实际使用的名称。',
  },
  message: {
    en: (p, c) => {
      switch (p.problem) {
        case 'empty':
          return 'The file is empty: there is no header line to read the columns from. Export again, with the header row included.';
        case 'duplicate':
          return `The header has ${c.code(p.column ?? '')} ${p.positions?.length ?? 2} times (columns ${c.fmt.list((p.positions ?? []).map(String))}), and \`actuals.import\` reads it as ${c.code(p.field ?? '')}: which one is meant cannot be known. Rename or remove the extra columns in the export.`;
        case 'no-match':
          return `None of the ${c.fmt.count(p.rows ?? 0)} rows of the history file names an opportunity of the export (column ${c.code(p.column ?? '')}), so it says nothing about their stages. Are both files from the same CRM and the same export? (Salesforce writes ids of 15 or 18 characters: use the same kind in both.)`;
        case 'missing':
          return `The header has no column ${c.code(p.column ?? '')}, which \`actuals.import\` reads as ${c.code(p.field ?? '')}.${p.suggestion ? ` Did you mean ${c.code(p.suggestion)}?` : ''} Add the column to the export, or change ${c.code(`actuals.import.${p.field ?? ''}`)} in index.mdx to the header the export uses.`;
      }
    },
    'zh-CN': (p, c) => {
      switch (p.problem) {
        case 'empty':
          return '文件是空的：没有可以读取列名的表头行。请重新导出，并带上表头行。';
        case 'duplicate':
          return `表头中 ${c.code(p.column ?? '')} 出现了 ${p.positions?.length ?? 2} 次（第 ${(p.positions ?? []).join('、')} 列），而 \`actuals.import\` 把它读作 ${c.code(p.field ?? '')}：无法确定指的是哪一列。请在导出文件中重命名或删除多余的列。`;
        case 'no-match':
          return `阶段历史文件的 ${c.fmt.count(p.rows ?? 0)} 行（${c.code(p.column ?? '')} 列）中，没有一行对应导出文件里的商机，因此无法得知它们走到过哪些阶段。两个文件是否来自同一个 CRM、同一次导出？（Salesforce 的 id 有 15 位和 18 位两种，两个文件要用同一种。）`;
        case 'missing':
          return `表头中没有 ${c.code(p.column ?? '')} 这一列，而 \`actuals.import\` 把它读作 ${c.code(p.field ?? '')}。${p.suggestion ? `是不是想写 ${c.code(p.suggestion)}？` : ''}请在导出时加上这一列，或把 index.mdx 中的 ${c.code(`actuals.import.${p.field ?? ''}`)} 改成导出文件使用的表头。`;
      }
    },
  },
  // The message ends with what to do (the figures it names decide it): no separate hint.
  hint: NO_HINT,
});

export interface RowParams {
  problem:
    | 'no-rows'
    | 'ragged'
    | 'parse'
    | 'no-id'
    | 'duplicate-id'
    | 'segment'
    | 'stage'
    | 'stage-not-in-process'
    | 'date'
    | 'no-closed'
    | 'closed-before-created'
    | 'amount'
    | 'negative'
    | 'no-amount';
  /** The column (header name) of the value. */
  column?: string;
  /** The value as read, shortened. */
  value?: string;
  /** The closest key of the mapping (unknown segment or stage), or the decimal mark that would read the amount. */
  suggestion?: string;
  /** What was expected: a date format, a decimal mark. */
  expected?: string;
  /** For `duplicate-id`: the line where the id first appears. */
  firstLine?: number;
  /** For `ragged`: fields in the row and in the header. */
  fields?: number;
  header?: number;
  /** For `stage-not-in-process`: the stage id, the segment and its process. */
  stage?: string;
  segment?: string;
  process?: string;
  /** For `parse`: what the CSV parser stopped at. */
  reason?: 'quote-not-closed' | 'closing-quote' | 'other';
}

export const actualsRow = defineCode<RowParams>()({
  severity: 'error',
  title: { en: 'Unusable export row', 'zh-CN': '导出文件中有无法使用的行' },
  when: {
    en: '`actuals import` only: a row that cannot be used (a bad date or amount, an unknown stage or segment value, a duplicate id, closed before created), at its line in the CSV.',
    'zh-CN': '仅用于 `actuals import`：某一行无法使用（日期或金额写法不对、阶段或客群取值未知、id 重复、关闭日期早于创建日期），位置是 CSV 文件中的行号。',
  },
  fix: {
    en: 'Correct the row in the CRM (or the export), or extend `actuals.import` to map its value; nothing is written until every row can be used.',
    'zh-CN': '在 CRM（或导出文件）中改正这一行，或在 `actuals.import` 中补上它的取值的映射；所有行都能使用之前，不会写入任何内容。',
  },
  message: {
    en: (p, c) => {
      const col = p.column ? ` (column ${c.code(p.column)})` : '';
      const did = p.suggestion ? ` The closest mapping key is ${c.code(p.suggestion)}.` : '';
      switch (p.problem) {
        case 'no-rows':
          return 'The export has a header but no rows: there is nothing to measure. Export again with the opportunities included.';
        case 'ragged':
          return `This row has ${p.fields} fields, but the header has ${p.header}: a comma or a quote is probably missing or extra, so its values would land in the wrong columns. Correct the row, or export again.`;
        case 'parse':
          return `The CSV cannot be read from here: ${
            p.reason === 'quote-not-closed' ? 'a quoted field opens here and is never closed' : p.reason === 'closing-quote' ? 'a quoted field is followed by more text before the next comma' : 'the line is not valid CSV'
          }. A field with commas, quotes or line breaks must be quoted, with its quotes doubled (\`"a ""quoted"" word"\`). Export again, or correct the line.`;
        case 'no-id':
          return `This row has no opportunity id${col}. Every row needs one, so that the same opportunity is never counted twice.`;
        case 'duplicate-id':
          return `This row\u2019s opportunity id${col} is also on line ${p.firstLine}: the same opportunity would be counted twice. Remove the duplicate row (an export of a report that groups rows can repeat them).`;
        case 'segment':
          return `The segment value ${c.code(p.value ?? '')}${col} is not in \`actuals.import.segments\`.${did} Map it to a segment id in index.mdx, or correct the row.`;
        case 'stage':
          return `The stage ${c.code(p.value ?? '')}${col} is not in \`actuals.import.stages\`.${did} Map it to a stage id of the segment\u2019s process, or to \`won\` or \`lost\`, in index.mdx.`;
        case 'stage-not-in-process':
          return `The stage ${c.code(p.value ?? '')}${col} maps to ${c.code(p.stage ?? '')}, but segment ${c.code(p.segment ?? '')} is on process ${c.code(p.process ?? '')}, which has no such stage. Map the CRM stage to a stage of that process, or correct the row\u2019s segment.`;
        case 'date':
          return `${c.code(p.value ?? '')}${col} is not a date written ${c.code(p.expected ?? 'YYYY-MM-DD')} (\`actuals.import.dateFormat\`). Correct the value, or set \`dateFormat\` to the way the export writes dates: \`YYYY-MM-DD\`, \`MM/DD/YYYY\`, \`DD/MM/YYYY\` or \`DD.MM.YYYY\`.`;
        case 'no-closed':
          return `This opportunity is won or lost but has no close date${col}: its cycle and whether it closed in the period cannot be known. Fill in the close date in the CRM and export again.`;
        case 'closed-before-created':
          return `This opportunity closed${col} before it was created: one of the two dates is wrong. Correct it in the CRM and export again.`;
        case 'amount':
          return `${c.code(p.value ?? '')}${col} is not an amount with the decimal mark ${c.code(p.expected ?? '.')} (\`actuals.import.decimal\`).${p.suggestion ? ` It reads as one with ${c.code(p.suggestion)}: set \`decimal: "${p.suggestion}"\`.` : ''} Currency signs, codes, spaces and thousands separators may stay; anything else must go.`;
        case 'negative':
          return `The amount ${c.code(p.value ?? '')}${col} is negative. A won deal\u2019s amount is what it books: correct it in the CRM (a credit note is not a deal).`;
        case 'no-amount':
          return `This opportunity is won but has no amount${col}, so the deal size would count it as 0. Fill in the amount in the CRM and export again.`;
      }
    },
    'zh-CN': (p, c) => {
      const col = p.column ? `（${c.code(p.column)} 列）` : '';
      const did = p.suggestion ? `最接近的映射键是 ${c.code(p.suggestion)}。` : '';
      switch (p.problem) {
        case 'no-rows':
          return '导出文件只有表头，没有数据行，没有可以统计的内容。请重新导出，并带上商机数据。';
        case 'ragged':
          return `这一行有 ${p.fields} 个字段，而表头有 ${p.header} 个：多半是少了或多了逗号或引号，各个值会落到错误的列里。请改正这一行，或重新导出。`;
        case 'parse':
          return `从这里开始无法读取 CSV：${p.reason === 'quote-not-closed' ? '一个带引号的字段从这里开始，却一直没有闭合' : p.reason === 'closing-quote' ? '带引号的字段结束后、下一个逗号之前还有其他文字' : '这一行不是合法的 CSV'}。含有逗号、引号或换行的字段必须用引号括起来，其中的引号要写两遍（\`"一个""带引号""的词"\`）。请重新导出，或改正这一行。`;
        case 'no-id':
          return `这一行没有商机 id${col}。每一行都必须有 id，才能保证同一个商机不会被重复统计。`;
        case 'duplicate-id':
          return `这一行的商机 id${col}在第 ${p.firstLine} 行也出现过，同一个商机会被统计两次。请删除重复的行（导出分组报表时可能会重复输出行）。`;
        case 'segment':
          return `客群取值 ${c.code(p.value ?? '')}${col}不在 \`actuals.import.segments\` 中。${did}请在 index.mdx 中把它映射到某个目标客群 id，或改正这一行。`;
        case 'stage':
          return `阶段 ${c.code(p.value ?? '')}${col}不在 \`actuals.import.stages\` 中。${did}请在 index.mdx 中把它映射到该客群销售流程的某个阶段 id，或映射为 \`won\`、\`lost\`。`;
        case 'stage-not-in-process':
          return `阶段 ${c.code(p.value ?? '')}${col}映射为 ${c.code(p.stage ?? '')}，但目标客群 ${c.code(p.segment ?? '')} 使用的销售流程 ${c.code(p.process ?? '')} 没有这个阶段。请把这个 CRM 阶段映射到该流程的某个阶段，或改正这一行的客群。`;
        case 'date':
          return `${c.code(p.value ?? '')}${col}不是按 ${c.code(p.expected ?? 'YYYY-MM-DD')} 写法（\`actuals.import.dateFormat\`）写的日期。请改正这个值，或把 \`dateFormat\` 设为导出文件实际的日期写法：\`YYYY-MM-DD\`、\`MM/DD/YYYY\`、\`DD/MM/YYYY\` 或 \`DD.MM.YYYY\`。`;
        case 'no-closed':
          return `这个商机已经赢单或丢单，却没有关闭日期${col}，无法得知它的销售周期，也无法判断它是否在统计期内关闭。请在 CRM 中补上关闭日期后重新导出。`;
        case 'closed-before-created':
          return `这个商机的关闭日期${col}早于创建日期，两个日期中有一个是错的。请在 CRM 中改正后重新导出。`;
        case 'amount':
          return `${c.code(p.value ?? '')}${col}不是以 ${c.code(p.expected ?? '.')} 为小数点（\`actuals.import.decimal\`）的金额。${p.suggestion ? `按 ${c.code(p.suggestion)} 作小数点则可以读取：请设置 \`decimal: "${p.suggestion}"\`。` : ''}货币符号、币种代码、空格和千位分隔符可以保留，其他字符必须去掉。`;
        case 'negative':
          return `金额 ${c.code(p.value ?? '')}${col}是负数。赢单金额就是签约的金额：请在 CRM 中改正（红字冲销不是一笔订单）。`;
        case 'no-amount':
          return `这个商机已经赢单，却没有金额${col}，平均订单金额会把它按 0 计算。请在 CRM 中补上金额后重新导出。`;
      }
    },
  },
  // The message ends with what to do (the figures it names decide it): no separate hint.
  hint: NO_HINT,
});
