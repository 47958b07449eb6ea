/** How a setup or usage problem is declared (setup.ts): its message in each language, with the params it takes, and the backticks that quote a name in it. */
import type { Lang } from './context.ts';

export type Messages<P> = Record<Lang, (params: P) => string>;

/** Declares one problem's messages with the params they take. */
export const setupMessage = <P>(messages: Messages<P>): Messages<P> => messages;

export const tick = (text: string) => `\`${text}\``;
export const ticks = (items: readonly string[], sep: string) => items.map(tick).join(sep);
