/**
 * The sentences around a list of diagnostics — counts, and what a build or
 * the dev server does about them — in both languages, for every place that
 * reports a check: the terminal's summary (format.ts), and the build and the
 * dev overlay (src/integration/), which speak the playbooks' language like
 * the messages they list.
 */
import type { Lang } from './context.ts';
import type { Diagnostic } from './diagnostic.ts';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface SummaryWords {
  /** Nothing to report. */
  none: string;
  /** `2 errors and 1 warning.` */
  counts(errors: number, warnings: number): string;
  /** A build that goes on with warnings. */
  warningsOnly(warnings: number): string;
  /** A build that stops. */
  buildStopped(errors: number): string;
  /** What to do about a build that stopped. */
  hint: string;
  /** The first line of the dev overlay's message. */
  overlay(errors: number): string;
  /** The dev server's line after each check. */
  checked(errors: number, warnings: number): string;
}

export const SUMMARY: Readonly<Record<Lang, SummaryWords>> = {
  en: {
    none: 'No problems found.',
    counts: (errors, warnings) => `${count(errors, 'error')} and ${count(warnings, 'warning')}.`,
    warningsOnly: (warnings) => `The playbooks have ${count(warnings, 'warning')} (run \`npm run check\` for details).`,
    buildStopped: (errors) => `The build stopped: the playbooks have ${count(errors, 'error')}, listed above.`,
    hint: 'Fix them and build again; `npm run check` lists them too.',
    overlay: (errors) => `The playbooks have ${count(errors, 'error')}.`,
    checked: (errors, warnings) => `Playbooks checked: ${count(errors, 'error')} and ${count(warnings, 'warning')}.`,
  },
  'zh-CN': {
    none: '没有发现问题。',
    counts: (errors, warnings) => `共 ${errors} 个错误、${warnings} 个警告。`,
    warningsOnly: (warnings) => `销售手册有 ${warnings} 个警告（运行 \`npm run check\` 查看详情）。`,
    buildStopped: (errors) => `构建已停止：销售手册有 ${errors} 个错误，见上方列表。`,
    hint: '请改正后重新构建；运行 `npm run check` 也能看到这些问题。',
    overlay: (errors) => `销售手册有 ${errors} 个错误。`,
    checked: (errors, warnings) => `销售手册检查完毕：${errors} 个错误、${warnings} 个警告。`,
  },
};

/** The language a list of diagnostics speaks: Chinese when every one is Chinese (a check of zh-CN playbooks), else `fallback`. */
export function languageOf(diagnostics: readonly Diagnostic[], fallback: Lang = 'en'): Lang {
  return diagnostics.length > 0 && diagnostics.every((d) => d.lang === 'zh-CN') ? 'zh-CN' : fallback;
}
