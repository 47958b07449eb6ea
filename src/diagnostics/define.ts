import type { Lang, MessageContext } from './context.ts';

export type Severity = 'error' | 'warning';

/** Text in each language of the project. */
export type Localized<T = string> = Record<Lang, T>;

/**
 * One diagnostic code of the catalogue: its severity, a short title, when it
 * is reported and what to do (the docs' reference), and its message, a
 * function of the diagnostic's params in each language: what happened, why,
 * and what to do.
 */
export interface CodeSpec<P> {
  severity: Severity;
  title: Localized;
  when: Localized;
  fix: Localized;
  message: Localized<(params: P, c: MessageContext) => string>;
}

/** Declares a code with the params its messages take: `defineCode<{ id: string }>()({ … })`. */
export const defineCode =
  <P>() =>
  <S extends CodeSpec<P>>(spec: S): S & CodeSpec<P> =>
    spec;
