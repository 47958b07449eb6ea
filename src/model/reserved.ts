/**
 * Playbook ids the site's own top-level addresses take (format §1): the
 * routes under src/routes/ that are not a playbook's, the folder of each
 * language's pages (`/zh-cn/`, and `/en/` on a site whose language is
 * Chinese), the files of public/ and what the build adds (Pagefind's index,
 * llms.txt). `check` reports a playbook with one of these ids (`reserved-id`)
 * and `new` refuses it; a test compares this list with src/routes/ and
 * public/ so that a new route cannot forget it.
 */
export const RESERVED_IDS: readonly string[] = ['404', 'docs', 'en', 'pagefind', 'search', 'zh-cn'];

const reserved = new Set(RESERVED_IDS);

export function isReservedId(id: string): boolean {
  return reserved.has(id);
}
