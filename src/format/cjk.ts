/**
 * Spacing between Chinese and Latin text, as mainland typography sets it:
 * one space between a Han character and a Latin letter, a digit or an inline
 * code span (`快速报价` → 流程 `quick-quote` 的), none next to full-width
 * punctuation. Used on the checker's Chinese messages; the site's rehype step
 * does the same for zh-CN bodies.
 */
const HAN = '\\p{Script=Han}';
const LATIN = 'A-Za-z0-9`$¥€£%';

const hanThenLatin = new RegExp(`(${HAN})([${LATIN}])`, 'gu');
const latinThenHan = new RegExp(`([${LATIN}])(${HAN})`, 'gu');

export function spaceCjkLatin(text: string): string {
  return text.replace(hanThenLatin, '$1 $2').replace(latinThenHan, '$1 $2');
}
