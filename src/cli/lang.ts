/**
 * The language the CLI speaks when it has no diagnostics to take it from: a
 * usage or setup problem, `new`'s report. `--lang` first; then the
 * playbook the command works on (`new role huayuan/…`, `--playbook`); then
 * the project's playbooks when they all speak one language. English when
 * nothing says otherwise. Only the `lang:` line of index.mdx files is read.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang } from '../diagnostics/context.ts';
import { readFileBytes } from '../model/encoding.ts';
import { LANGS } from '../schema/playbook.ts';
import type { CommandSpec } from './command.ts';

const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** The `lang` of a playbook's index.mdx, read off its frontmatter's `lang:` line; undefined when it has none or cannot be read. */
export function playbookLang(root: string, playbook: string): Lang | undefined {
  // Never a pipe, never more than a playbook file may have (encoding.ts).
  const read = readFileBytes(join(root, 'playbooks', playbook, 'index.mdx'));
  if ('unreadable' in read) return undefined;
  const text = read.bytes.subarray(0, 8000).toString('utf8');
  const frontmatter = /^\uFEFF?---(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---/.exec(text)?.[1] ?? '';
  // A full-width colon (a keyboard left in Chinese) still says which language the author writes in.
  const value = /^lang[ \t]*[:：][ \t]*["']?([A-Za-z-]+)["']?[ \t]*(?:#.*)?$/m.exec(frontmatter)?.[1];
  return isLang(value) ? value : value === undefined && frontmatter ? 'en' : undefined;
}

/** The one language of all the project's playbooks, if they share one. */
export function projectLang(root: string): Lang | undefined {
  let names: string[];
  try {
    names = readdirSync(join(root, 'playbooks')).filter((n) => !n.startsWith('_') && !n.startsWith('.'));
  } catch {
    return undefined;
  }
  const langs = new Set(names.map((n) => playbookLang(root, n)).filter((l): l is Lang => l !== undefined));
  return langs.size === 1 ? [...langs][0] : undefined;
}

/** The language of a command line's messages (see the module comment). */
export function cliLang(argv: readonly string[], cwd: string, spec?: CommandSpec): Lang {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = { lang: { type: 'string' }, root: { type: 'string' }, playbook: { type: 'string' } };
  for (const [name, o] of Object.entries(spec?.options ?? {})) options[name] = o.multiple ? { type: o.type, multiple: true } : { type: o.type };
  let values: Record<string, unknown> = {};
  let positionals: string[] = [];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true }));
  } catch {
    // Not even a lenient reading: the defaults below.
  }
  // `new`'s --lang is the language of a new playbook; for the other kinds it is a mistake, reported in the playbook's.
  const langOption = spec?.name === 'new' && positionals[0] !== 'playbook' ? undefined : values.lang;
  if (isLang(langOption)) return langOption;
  const at = (name: string) => {
    const i = spec?.positionals.findIndex((p) => p.name === name) ?? -1;
    return i >= 0 ? positionals[i] : undefined;
  };
  const root = resolve(cwd, typeof values.root === 'string' ? values.root : (at('root') ?? '.'));
  const playbook = typeof values.playbook === 'string' ? values.playbook : (at('playbook') ?? at('target')?.split('/')[0]);
  return (playbook && /^[a-z0-9-]+$/.test(playbook) ? playbookLang(root, playbook) : undefined) ?? projectLang(root) ?? 'en';
}

/** The language of a command's own words for a project it has read: `--lang`, else the playbook's, else the project's one language. */
export function reportLang(root: string, options: { lang?: unknown; playbook?: unknown }): Lang {
  if (isLang(options.lang)) return options.lang;
  if (typeof options.playbook === 'string' && /^[a-z0-9-]+$/.test(options.playbook)) return playbookLang(root, options.playbook) ?? 'en';
  return projectLang(root) ?? 'en';
}
