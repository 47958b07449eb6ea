/**
 * Simplified Chinese UI strings of native wording (issue 17): the punctuation around labels, ranges and lists, the
 * link to the other language, and the docs' generated references. One part of the dictionary that zh-cn.ts assembles,
 * typed by the English part (../en/locale.ts) so that a missing or extra key fails the type check; the words keep to
 * the glossary of zh-cn.ts.
 */
import type { localeStrings as en } from '../en/locale.ts';

export const localeStrings: typeof en = {
  locale: {
    selfName: '中文',
    readInThis: '阅读本页的中文版',
    label: (label: string) => `${label}：`,
    labelled: (label: string, value: string) => `${label}：${value}`,
    colon: '：',
    parentheses: { open: '（', close: '）' },
    wordGap: '',
    coverageOwner: '覆盖负责人',
    employeesRange: (min: string | null, max: string | null) =>
      min !== null && max !== null ? `${min} 至 ${max} 人` : min !== null ? `${min} 人以上` : `${max} 人以下`,
    revenueRange: (min: string | null, max: string | null) =>
      min !== null && max !== null ? `${min}至 ${max}` : min !== null ? `${min}以上` : `${max}以下`,
    listSeparator: (i: number, n: number) => (i === n - 1 ? ' 和 ' : '、'),
    reference: {
      field: '字段',
      type: '类型',
      required: '必填',
      default: '默认值',
      meaning: '含义',
      yes: '是',
      no: '否',
      fieldsOf: (entity: string) => `${entity}的字段：`,
      stageFile: (processFile: string) => `${processFile}中 \`stages\` 列表的每一项`,
      allCodes: '全部诊断代码',
      codesOf: { error: '全部错误代码', warning: '全部警告代码' },
      code: '代码',
      severity: '级别',
      reportedWhen: '何时报告',
      severityName: { error: '错误', warning: '警告' },
      severityTitle: { error: '错误', warning: '警告' },
      severityEffect: { error: '：检查和构建都会失败。', warning: '：会报告，但只有加上 `--strict` 时才算失败。' },
      example: '示例：',
      gap: '',
      prints: '`npm run check` 的输出',
      alsoReports: '同一处改动还会报告 ',
      alsoReportsEnd: '。',
      fix: '修正方法：',
    },
  },
};
