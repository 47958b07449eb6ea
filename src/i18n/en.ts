/**
 * English UI strings: the reference dictionary. Every other language must
 * provide exactly these keys (the `Dictionary` type enforces it). The names
 * of the kinds of file are the registry's (src/kinds/), one per language.
 * The strings are in en/, one module per part of the interface; zh-cn/ has
 * the same parts, each typed by its English one.
 */
import { bookStrings } from './en/book.ts';
import { changeStrings } from './en/changes.ts';
import { exampleStrings } from './en/examples.ts';
import { figureStrings } from './en/figures.ts';
import { leaderStrings } from './en/leader.ts';
import { localeStrings } from './en/locale.ts';
import { moneyStrings } from './en/money.ts';
import { overTimeStrings } from './en/over-time.ts';
import { scenarioStrings } from './en/scenarios.ts';
import { siteStrings } from './en/site.ts';

export const en = {
  ...siteStrings,
  ...figureStrings,
  ...localeStrings,
  ...scenarioStrings,
  ...bookStrings,
  ...leaderStrings,
  ...exampleStrings,
  // A new feature's strings: a part of their own in en/ and zh-cn/, spread in the same place in both.
  ...overTimeStrings,
  ...moneyStrings,
  ...changeStrings,
};

/** The shape every language must provide. */
export type Dictionary = typeof en;
