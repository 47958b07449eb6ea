/**
 * Chinese spacing for the strings that put a sentence together from pieces (the leader's view, the money side, the
 * changes): one helper shared by the parts of the dictionary in zh-cn/.
 */

/** The space between two pieces of a sentence: none between Han (or full-width punctuation) and Han, one beside a number or Latin. */
export const gap = (before: string, after: string) => (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]$/u.test(before) && /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]/u.test(after) ? '' : ' ');
