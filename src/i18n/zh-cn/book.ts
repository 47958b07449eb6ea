/**
 * Simplified Chinese UI strings of the book of a playbook (format §6): its page and its PDF, the Markdown twins of the
 * pages and /llms.txt. One part of the dictionary that zh-cn.ts assembles, typed by the English part (../en/book.ts)
 * so that a missing or extra key fails the type check; the words keep to the glossary of zh-cn.ts.
 */
import { metricLabel } from '../../model/metric-catalogue.ts';
import type { bookStrings as en } from '../en/book.ts';

export const bookStrings: typeof en = {
  book: {
    nav: '整本手册（打印版）',
    title: '全本',
    documentTitle: (playbook: string) => `${playbook}（全本）`,
    eyebrow: '销售手册',
    intro: '本手册的全部内容按阅读顺序排在这一页上，可以直接打印，也可以另存为 PDF。',
    pdfHint: '生成带页码的 PDF：',
    contents: '目录',
    pageFooter: (page: string, total: string) => `第 ${page} 页，共 ${total} 页`,
    fields: '字段',
    field: '字段',
    value: '值',
    figures: '模型算出的数字',
    figure: '指标',
    wholePlaybook: '整本手册',
    coveredAccounts: metricLabel('coveredAccounts', 'zh-CN'),
    openPipeline: metricLabel('openPipeline', 'zh-CN'),
    pipelineValue: metricLabel('pipelineValue', 'zh-CN'),
    baseline: '基准',
    changes: '改动',
    months: (n: number) => `${n} 个月`,
    cleared: '消除：',
    added: '新增：',
    llms: {
      intro: '每本销售手册对应一套销售模式：目标客群、产品/服务、销售流程和团队岗位，以及由此算出的覆盖率、产能和赢单率。',
      markdown: '销售手册的每个页面都有 Markdown 版本，地址是页面地址后加 `index.md`。下面的链接指向每本手册的 Markdown 全本，以及各篇指南。',
      playbooks: '销售手册',
      docs: '文档',
    },
  },
};
