/**
 * Helpers for the skeletons `new` writes (each kind's file in this folder has its own), and the two marks of what a
 * skeleton could not know, which the `placeholder` warning (format §3) recognises:
 * - a text: each kind lists the placeholder texts its skeleton writes, in each language (`placeholders` of its
 *   definition); a field that still holds one of them is reported;
 * - a number: the skeleton writes `0` followed by a `# TODO` comment on the same line (`accounts: 0 # TODO: …`).
 *   A zero on a line whose comment starts with `TODO` is reported; a zero without that comment is a real zero,
 *   and a number that is no longer 0 has been filled in.
 */
import { stringify } from 'yaml';
import { PROCESS_FOR_MOTIVE, type Motive, type ProcessType } from '../schema/common.ts';
import type { KindDefinition, Lang } from './define.ts';

/** Words that read as acronyms in a title: `smb` → `SMB`, `emea-key-accounts` → `EMEA key accounts`. */
const ACRONYMS = new Set([
  'ae', 'am', 'apac', 'b2b', 'b2c', 'bdr', 'ceo', 'cfo', 'cio', 'coo', 'cro', 'crm', 'cs', 'csm', 'cto', 'dach', 'emea', 'erp', 'eu',
  'hr', 'it', 'ka', 'kam', 'latam', 'mea', 'oem', 'poc', 'saas', 'sdr', 'se', 'smb', 'sme', 'uk', 'us', 'vp',
]);

/** A readable title from an id: `mid-market` → `Mid market`, `smb` → `SMB`, `emea-partners` → `EMEA partners`. */
export function titleFromId(id: string): string {
  const words = id.split('-').map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The title a skeleton writes: from the id in English (`mid-market` → `Mid market`); in Chinese, which an id cannot give, a placeholder. */
export function skeletonTitle(id: string, lang: Lang, placeholders: Readonly<Record<Lang, Readonly<Record<string, string>>>>): string {
  return lang === 'zh-CN' ? placeholders['zh-CN'].title! : titleFromId(id);
}

/** What a skeleton refers to, as `new` reports it: `role \`ae\``, `岗位 \`ae\``; a kind by the registry's name of it. */
export function referral(lang: Lang, what: Pick<KindDefinition, 'names'> | 'owner', id: string): string {
  const word = what === 'owner' ? { en: 'coverage owner', 'zh-CN': '覆盖负责人' }[lang] : what.names[lang].one;
  return `${word} \`${id}\``;
}

/** A YAML scalar, quoted when plain YAML would read it as something else (`2024`, `null`, `a: b`). */
export function yamlScalar(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A file: the frontmatter lines between `---` lines, then the body. */
export function fileText(lines: readonly string[], body: string): string {
  return `---\n${lines.join('\n')}\n---\n\n${body.trim()}\n`;
}

/** A seller if there is one (field sales, then telesales), else the first role. */
export function pickRole<T extends { id: string; data: Record<string, unknown> }>(roles: readonly T[]): T | undefined {
  return roles.find((r) => r.data.function === 'sales') ?? roles.find((r) => r.data.function === 'telesales') ?? roles[0];
}

/** The word a `# TODO` comment starts with: the mark of a number `new` wrote because it could not know it. */
export const TODO_MARK = 'TODO';

/** The comment after a number the author still has to fill in: `# TODO: the number of target accounts`. */
export function todo(lang: Lang, what: string): string {
  return lang === 'zh-CN' ? `# ${TODO_MARK}：${what}` : `# ${TODO_MARK}: ${what}`;
}

/** Whether a comment (without its `#`) is a `TODO` mark: `TODO: …`, `TODO：…`, `TODO`, not `TODOS` or `todo`. */
export function isTodoComment(comment: string): boolean {
  return new RegExp(`^${TODO_MARK}(?![\\p{L}\\p{N}_])`, 'u').test(comment.trim());
}

/** The motive a process type serves (the inverse of PROCESS_FOR_MOTIVE). */
export function motiveFor(type: unknown): Motive {
  const entry = Object.entries(PROCESS_FOR_MOTIVE).find(([, t]) => t === (type as ProcessType));
  return (entry?.[0] ?? 'price-performance') as Motive;
}

/** The motives an offering answers, as a skeleton sees its data. */
export function motivesOf(offering: { data: Record<string, unknown> }): readonly string[] {
  const motives = offering.data.motives;
  return Array.isArray(motives) ? (motives as string[]) : [];
}
