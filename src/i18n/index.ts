/**
 * The UI dictionary: every string the site's chrome and views show, one
 * dictionary per language (en.ts, zh-cn.ts, each assembled from its parts). A playbook's `lang` picks the dictionary of its pages; the home page
 * and the docs exist in every language (the site's at `/`, the other under
 * `/zh-cn/` or `/en/`), the 404 page in the site's language.
 */
import { LANGS, type Lang } from '../format/lang.ts';
import { en, type Dictionary } from './en.ts';
import { zhCN } from './zh-cn.ts';

export type { Dictionary } from './en.ts';
export { LANGS, type Lang };

export const DEFAULT_LANG: Lang = 'en';

const DICTIONARIES: Record<Lang, Dictionary> = { en, 'zh-CN': zhCN };

/** The UI strings of a language. */
export function ui(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
