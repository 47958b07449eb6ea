/**
 * Search excerpts in Chinese. Pagefind flattens a page into one line of text and ends every block (a heading, a
 * table cell, a list item) that has no punctuation of its own with ". ", so a Chinese excerpt reads
 * `规模制造企业. 核心客群采购动机：价值实现. 长三角…`. Pagefind has no option for it; the search page passes
 * each result through `chineseExcerpt` (Pagefind UI's `processResult`), which turns that joint into a
 * full stop where Chinese text meets it. English text and a ". " inside a sentence are left as they are.
 *
 * Pagefind separates Chinese words with zero-width spaces (U+200B) in the excerpt, and highlights matches with
 * `<mark>`: both may stand on either side of the joint.
 */
const HAN = /\p{Script=Han}/u;

/**
 * The joint: a character that is not punctuation, the end of a highlight, ". ", and (looked at, not consumed, so
 * that a one-character block such as `无` can end the next joint) the start of a highlight and the next character.
 * `…企业. 核心…` → `…企业。核心…` when the character on at least one side is Chinese.
 */
const JOINT = /([^\s\p{P}>])(<\/mark>)?\u200b?\.\u200b? \u200b?(?=(?:<mark>)?([^\s<]))/gu;

export function chineseExcerpt(excerpt: string): string {
  return excerpt.replace(JOINT, (whole, last: string, close = '', first: string) => (HAN.test(last) || HAN.test(first) ? `${last}${close}。` : whole));
}

/** What Pagefind UI's `processResult` receives: a page's data, with its excerpt and those of its sections. */
export interface SearchResultData {
  excerpt: string;
  sub_results?: { excerpt: string }[];
}

/** A result with every excerpt joined as Chinese text reads; for `processResult` on the Chinese search page. */
export function chineseResult<T extends SearchResultData>(result: T): T {
  return {
    ...result,
    excerpt: chineseExcerpt(result.excerpt),
    ...(result.sub_results ? { sub_results: result.sub_results.map((s) => ({ ...s, excerpt: chineseExcerpt(s.excerpt) })) } : {}),
  };
}
