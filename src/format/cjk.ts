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

/** Two Han characters never have a space between them (`5,000 万元 的目标` → `5,000 万元的目标`). */
const hanSpaceHan = new RegExp(`(${HAN}) +(?=${HAN})`, 'gu');

export function spaceCjkLatin(text: string): string {
  return text.replace(hanThenLatin, '$1 $2').replace(latinThenHan, '$1 $2').replace(hanSpaceHan, '$1');
}
