/**
 * What `astro dev` shows in the browser's error overlay while the playbooks
 * have errors. The overlay writes `message` and `hint` as HTML (innerHTML),
 * and messages quote values, field names and file names from the author's
 * files: every piece of text is escaped here, so that a value such as
 * `<img src=x onerror=alert(1)>` shows as the text it is and never runs
 * (dev pages have no Content-Security-Policy). The full list goes into the
 * overlay's `stack` box, which it writes as text.
 */
import { join } from 'node:path';
import type { Diagnostic, Lang } from '../diagnostics/diagnostic.ts';
import { escapeControls } from '../diagnostics/format.ts';
import { escapeHtml } from '../format/html.ts';
import { SUMMARY } from '../diagnostics/summary.ts';

/** The payload Vite's client takes for its error overlay. */
export interface OverlayPayload {
  type: 'error';
  err: {
    message: string;
    hint?: string;
    stack: string;
    id?: string;
    loc?: { file: string; line: number; column: number };
    plugin: string;
  };
}

const TEXT: Record<Lang, { hint: string; setupHint: string }> = {
  en: {
    hint: 'Fix the file and save it: the page reloads by itself. Every problem is listed below and in the terminal; `npm run check` prints them too.',
    setupHint: 'Fix it and save: the page reloads by itself.',
  },
  'zh-CN': {
    hint: '改好文件并保存，页面会自动刷新。全部问题列在下方，终端里也有；运行 `npm run check` 同样可以看到。',
    setupHint: '改好后保存，页面会自动刷新。',
  },
};

/**
 * Text for the overlay's HTML: escaped, control characters shown as escapes, and with `https://` broken so that
 * the overlay does not turn a URL from a file into a link; `code` in backticks becomes `<code>` (after escaping).
 */
export function overlayHtml(text: string): string {
  return escapeHtml(escapeControls(text))
    .replace(/https:\/\//g, 'https:&#47;&#47;')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

const where = (d: Diagnostic) => `${d.file}:${d.line}:${d.column}`;

/** The overlay for the errors among `diagnostics` (null when there is none), or for a setup problem. */
export function overlayPayload(root: string, diagnostics: readonly Diagnostic[], setupProblem: string | null = null): OverlayPayload | null {
  if (setupProblem) return { type: 'error', err: { message: overlayHtml(setupProblem), hint: overlayHtml(TEXT.en.setupHint), stack: escapeControls(setupProblem), plugin: 'playbook-check' } };
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return null;
  const lang = first.lang ?? 'en';
  const text = TEXT[lang];
  const file = join(root, first.file);
  return {
    type: 'error',
    err: {
      message: `${overlayHtml(SUMMARY[lang].overlay(errors.length))}<br>${overlayHtml(`${where(first)} ${first.code}`)}<br>${overlayHtml(first.message)}`,
      hint: overlayHtml(text.hint),
      // Written as text by the overlay (textContent): every error, as the terminal lists them.
      stack: errors.map((d) => `${escapeControls(`${where(d)} ${d.code}`)}\n${escapeControls(d.message)}`).join('\n\n'),
      id: file,
      loc: { file, line: first.line, column: first.column },
      plugin: 'playbook-check',
    },
  };
}
