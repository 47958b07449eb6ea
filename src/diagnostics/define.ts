import type { Lang, MessageContext } from './context.ts';

export type Severity = 'error' | 'warning';

/** Text in each language of the project. */
export type Localized<T = string> = Record<Lang, T>;

/** A text of a diagnostic, written from its params in a message context. */
export type Render<P> = (params: P, c: MessageContext) => string;

/**
 * One diagnostic code of the catalogue (in the manner of Astro's errors-data):
 * its severity, a short title, when it is reported and what to do in general
 * (the docs' reference), and, from the diagnostic's params in each language,
 * its `message` — what happened and why — and its `hint` — what to do about
 * this one. A code without a `hint` of its own gives its `fix`: then the same
 * advice fits every case. The two are rendered once, together, when the
 * diagnostic gets its language (diagnostic.ts).
 */
export interface CodeSpec<P> {
  severity: Severity;
  title: Localized;
  when: Localized;
  /** What to do, in general: the docs' reference, and the hint of a code that has no `hint`. */
  fix: Localized;
  /** What happened and why. */
  message: Localized<Render<P>>;
  /** What to do about this one, when the params say more than `fix`. */
  hint?: Localized<Render<P>>;
}

/** Declares a code with the params its messages take: `defineCode<{ id: string }>()({ … })`. */
export const defineCode =
  <P>() =>
  <S extends CodeSpec<P>>(spec: S): S & CodeSpec<P> =>
    spec;
