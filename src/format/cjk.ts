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

/**
 * `spaceCjkLatin`, but never inside what a message quotes from a file: a code span or a value in “…” stays as it is
 * written (`150万`, not `150 万`); around them, the spacing is as usual (`值 \`x\` 的`).
 */
export function spaceCjkLatinOutsideQuotes(text: string): string {
  const kept: string[] = [];
  const masked = text.replace(/`[^`]*`|“[^”]*”/g, (quoted) => {
    kept.push(quoted);
    // A stand-in that spaces like the quote's ends: a backtick or a full-width quote.
    return quoted.startsWith('`') ? `\`\u0000${kept.length - 1}\u0000\`` : `“\u0000${kept.length - 1}\u0000”`;
  });
  return spaceCjkLatin(masked).replace(/[`“]\u0000(\d+)\u0000[`”]/g, (_, i: string) => kept[Number(i)]!);
}
