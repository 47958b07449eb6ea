/**
 * English sentences where Chinese is expected (issue 24: "a Chinese playbook's CLI output and pages contain no English
 * sentence"): runs of three or more English words in a row. A run this long is a sentence, or a piece of one, that
 * was never translated; a name of two words, a code (`capacity-exceeded`), a unit (`hr`) or a number never makes one.
 * What is code — between backticks, a command, a path, a URL — is taken out before, and so are the few names the
 * caller allows.
 */
import { parse, type HTMLElement } from 'node-html-parser';

/** A word: letters, with an apostrophe or a hyphen inside (`don’t`, `what-if`). */
const RUN = /[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){2,}/g;

/** Code in running text: between backticks, a URL, a path or a file name, an option, an `npm run …` command line. */
const CODE_IN_TEXT = [/`[^`\n]*`/g, /\bhttps?:\/\/\S+/g, /(?:^|\s)(?:[\w.-]+\/)+[\w.<>-]*/g, /\S+\.(?:mdx?|csv|ts|mjs|json|ya?ml|pdf|html|xml)\b/g, /(?:^|\s)--?[a-z][\w-]*/g, /\bnpm run\b[^\n。；，）]*/g];

/** The runs of three or more English words in a text, after taking out its code and the names allowed. */
export function englishRuns(text: string, allowed: readonly (string | RegExp)[] = []): string[] {
  let rest = text;
  for (const name of allowed) rest = typeof name === 'string' ? rest.split(name).join(' ') : rest.replace(new RegExp(name.source, name.flags.includes('g') ? name.flags : `${name.flags}g`), ' ');
  for (const pattern of CODE_IN_TEXT) rest = rest.replace(pattern, ' ');
  return [...rest.matchAll(RUN)].map((m) => m[0]);
}

/**
 * What a terminal shows a reader, without what stays English by design: a diagnostic's header line
 * (`file:line:col error code`, read by tools), the code frame under it (the file's own lines), and the usage line and
 * the examples of `--help` (commands).
 */
export function terminalProse(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/^\S+:\d+:\d+ (?:error|warning) \S+$/.test(line))
    .filter((line) => !/^\s+[> ] *\d+ \|/.test(line) && !/^\s+\|\s*\^/.test(line) && !/^\s+\^$/.test(line))
    .filter((line) => !/^\s*(?:用法：|Usage:)?\s*npm run /.test(line))
    .join('\n');
}

/**
 * The text of a built page a reader sees, without code (`code`, `pre`, `kbd`, `samp`), scripts, styles and
 * drawings, and without what the page marks as another language (`lang="en"`: an English playbook's title on the
 * Chinese home page, quoted author text).
 */
export function visibleText(html: string, lang: string): string {
  const root = parse(html);
  for (const selector of ['head', 'script', 'style', 'noscript', 'template', 'svg', 'code', 'pre', 'kbd', 'samp']) for (const node of root.querySelectorAll(selector)) node.remove();
  const other = (node: HTMLElement) => {
    const value = node.getAttribute('lang');
    return value !== undefined && value !== '' && !value.toLowerCase().startsWith(lang.toLowerCase().split('-')[0]!);
  };
  for (const node of root.querySelectorAll('[lang]')) if (node.tagName !== 'HTML' && other(node)) node.remove();
  return root.querySelector('body')?.structuredText ?? '';
}
