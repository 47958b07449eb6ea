/**
 * The languages of the project: of a playbook (`lang`), of its pages, of the
 * checker's messages and of the site's own pages. Defined once, here at the
 * bottom of the layers, for every module above (schemas, formatter, kinds,
 * dictionaries).
 */
export const LANGS = ['en', 'zh-CN'] as const;

export type Lang = (typeof LANGS)[number];
