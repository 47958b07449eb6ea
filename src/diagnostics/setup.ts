/**
 * The catalogue of setup and usage problems: what stops a command before or
 * beside the playbooks' own diagnostics (no project root, an unknown option,
 * a file that cannot be written). They are not in a playbook file, so they
 * have no code of format §3, no line and no column; the command exits 2.
 * Like the diagnostics, each is data (a key and its params) with its message
 * in both languages, rendered when the command knows the language: the
 * playbook's, or `--lang`.
 *
 * The problems that belong to one command (new, what-if, pdf, diff, actuals
 * import) are in setup-commands.ts.
 *
 * A new one is one entry: `'key': setupMessage<{ … }>({ en: (p) => …, 'zh-CN': (p) => … })`.
 */
import { spaceCjkLatinOutsideQuotes } from '../format/cjk.ts';
import type { Lang } from './context.ts';
import { COMMAND_MESSAGES } from './setup-commands.ts';
import { setupMessage, tick, ticks, type Messages } from './setup-define.ts';

/** What a write error's code says to do, where it is not a folder's permissions. */
const WRITE_CAUSE: Partial<Record<string, Record<Lang, string>>> = {
  ENOTDIR: { en: 'A part of the path is a file, not a folder: move the file or choose another path.', 'zh-CN': '路径中的某一段是文件而不是文件夹：请移走这个文件，或换一个路径。' },
  EEXIST: { en: 'A file is in the way: move it or choose another path.', 'zh-CN': '该位置已经有同名文件：请移走它，或换一个路径。' },
  ENAMETOOLONG: { en: 'A name in the path is longer than the file system allows: choose a shorter one.', 'zh-CN': '路径中的某个名字超出了文件系统允许的长度：请换一个短一些的名字。' },
};

export const SETUP_MESSAGES = {
  // --- The project and its files (loading) ---------------------------------------------------------------------------
  'no-root': setupMessage<{ root: string; written?: false }>({
    en: (p) =>
      `The project root ${p.root} does not exist or is not a folder${p.written === false ? '; nothing was written' : ''}. Pass the folder that contains playbooks/, or run the command from it.`,
    'zh-CN': (p) => `项目根目录 ${p.root} 不存在，或者不是文件夹${p.written === false ? '，没有写入任何文件' : ''}。请传入包含 playbooks/ 的文件夹，或在该文件夹中运行命令。`,
  }),
  'no-playbooks-folder': setupMessage<{ root: string }>({
    en: (p) =>
      `${p.root} has no playbooks/ folder, so there is nothing to check. Run the command from the project root, pass the root as an argument, or start a playbook with \`npm run playbook -- new playbook <id>\`.`,
    'zh-CN': (p) => `${p.root} 下没有 playbooks/ 文件夹，没有可检查的内容。请在项目根目录运行命令、把根目录作为参数传入，或用 \`npm run playbook -- new playbook <id>\` 新建一本销售手册。`,
  }),
  'unknown-playbook': setupMessage<{ playbook: string; playbooks: readonly string[] }>({
    en: (p) => `There is no playbook ${tick(p.playbook)} in playbooks/. The playbooks are: ${p.playbooks.length ? ticks(p.playbooks, ', ') : 'none yet'}.`,
    'zh-CN': (p) => `playbooks/ 下没有销售手册 ${tick(p.playbook)}。${p.playbooks.length ? `现有的销售手册：${ticks(p.playbooks, '、')}。` : '目前还没有任何销售手册。'}`,
  }),
  'kind-is-file': setupMessage<{ path: string }>({
    en: (p) => `${p.path} is a file, but the playbook layout needs a folder there (${p.path}/<id>.mdx). Move the file away or rename it.`,
    'zh-CN': (p) => `${p.path} 是一个文件，但按销售手册的目录结构，这里应当是文件夹（${p.path}/<id>.mdx）。请把这个文件移走或改名。`,
  }),
  'folder-not-file': setupMessage<{ file: string }>({
    en: (p) => `${p.file} is a folder, but a playbook file is expected there. Remove the folder or rename it (nothing was read from it).`,
    'zh-CN': (p) => `${p.file} 是一个文件夹，但这里应当是销售手册文件。请删除或重命名这个文件夹（其中的内容没有被读取）。`,
  }),
  'cannot-list': setupMessage<{ path: string; code: string }>({
    en: (p) => `Could not list ${p.path}: ${p.code}. Check that the folder is readable.`,
    'zh-CN': (p) => `无法列出 ${p.path} 的内容：${p.code}。请检查这个文件夹是否可读。`,
  }),
  'cannot-read': setupMessage<{ file: string; code: string }>({
    en: (p) => `Could not read ${p.file}: ${p.code}. Check that the file is readable.`,
    'zh-CN': (p) => `无法读取 ${p.file}：${p.code}。请检查这个文件是否可读。`,
  }),
  'cannot-write': setupMessage<{ what: 'file' | 'folder' | 'folders' | 'fixed-file'; path: string; code: string; done?: string }>({
    en: (p) =>
      `Could not ${p.what === 'folders' ? 'create the folders' : p.what === 'folder' ? 'create the folder' : 'write'} ${p.path}: ${p.code}. ${
        p.what === 'folders' ? `${p.done} was written and is valid; create the folders by hand.` : p.what === 'fixed-file' ? 'The file was left as it was.' : 'Nothing was written.'
      } ${WRITE_CAUSE[p.code]?.en ?? 'Check that the folder is writable.'}`,
    'zh-CN': (p) =>
      `无法${p.what === 'folders' || p.what === 'folder' ? '创建文件夹' : '写入'} ${p.path}：${p.code}。${
        p.what === 'folders' ? `${p.done} 已经写好且合法，请手动创建这些文件夹。` : p.what === 'fixed-file' ? '这个文件保持原样，没有改动。' : '没有写入任何文件。'
      }${WRITE_CAUSE[p.code]?.['zh-CN'] ?? '请检查文件夹是否可写。'}`,
  }),

  // --- How a command was called (usage) ------------------------------------------------------------------------------
  'unknown-command': setupMessage<{ name: string; commands: readonly string[] }>({
    en: (p) => `Unknown command ${tick(p.name)}. The commands are: ${p.commands.join(', ')}.`,
    'zh-CN': (p) => `没有 ${tick(p.name)} 这个命令。可用的命令有：${p.commands.join('、')}。`,
  }),
  'unknown-option': setupMessage<{ command: string; option: string }>({
    en: (p) => `${p.command}: unknown option ${tick(p.option)}.`,
    'zh-CN': (p) => `${p.command}：没有 ${tick(p.option)} 这个选项。`,
  }),
  'option-needs-value': setupMessage<{ command: string; option: string }>({
    en: (p) => `${p.command}: the option ${tick(p.option)} needs a value.`,
    'zh-CN': (p) => `${p.command}：选项 ${tick(p.option)} 后面要跟一个值。`,
  }),
  'option-takes-no-value': setupMessage<{ command: string; option: string }>({
    en: (p) => `${p.command}: the option ${tick(p.option)} takes no value.`,
    'zh-CN': (p) => `${p.command}：选项 ${tick(p.option)} 不带值。`,
  }),
  /** Node's own words, when its parser reports something the catalogue does not know yet. */
  'bad-arguments': setupMessage<{ command: string; detail: string }>({
    en: (p) => `${p.command}: ${p.detail}`,
    'zh-CN': (p) => `${p.command}：参数有误（${p.detail}）`,
  }),
  'unexpected-argument': setupMessage<{ command: string; argument: string }>({
    en: (p) => `${p.command}: unexpected argument ${tick(p.argument)}.`,
    'zh-CN': (p) => `${p.command}：多了一个参数 ${tick(p.argument)}。`,
  }),
  'missing-argument': setupMessage<{ command: string; name: string; description: string }>({
    en: (p) => `${p.command}: missing <${p.name}>: ${p.description}`,
    'zh-CN': (p) => `${p.command}：缺少参数 <${p.name}>。`,
  }),
  'option-value': setupMessage<{ command: string; option: string; values: readonly string[]; value: string }>({
    en: (p) => `${p.command}: --${p.option} must be one of ${p.values.join(', ')}, not ${tick(p.value)}.`,
    'zh-CN': (p) => `${p.command}：--${p.option} 只能是 ${p.values.join('、')} 之一，现在是 ${tick(p.value)}。`,
  }),

  // --- Each command's own (setup-commands.ts) ------------------------------------------------------------------------
  ...COMMAND_MESSAGES,
} as const;

export type SetupKey = keyof typeof SETUP_MESSAGES;
export type SetupParams<K extends SetupKey> = (typeof SETUP_MESSAGES)[K] extends Messages<infer P> ? P : never;

/** One setup or usage problem, as data. */
export type SetupProblem = { [K in SetupKey]: { key: K; params: SetupParams<K> } }[SetupKey];

/** A problem of the catalogue: `setup('no-root', { root })`. */
export function setup<K extends SetupKey>(key: K, params: SetupParams<K>): SetupProblem {
  return { key, params } as SetupProblem;
}

/** A setup or usage problem's message in a language. */
export function renderSetup(problem: SetupProblem, lang: Lang): string {
  const text = (SETUP_MESSAGES[problem.key][lang] as (p: unknown) => string)(problem.params);
  return lang === 'zh-CN' ? spaceCjkLatinOutsideQuotes(text) : text;
}

/**
 * An error that carries a problem of the catalogue (or, for messages not in it
 * yet, an English text): `SetupError` and `UsageError` extend it, and the CLI
 * renders `messageIn(lang)`. `message` is the English, for logs.
 */
export class CatalogueError extends Error {
  readonly problem: SetupProblem | undefined;
  constructor(problem: SetupProblem | string) {
    super(typeof problem === 'string' ? problem : renderSetup(problem, 'en'));
    this.problem = typeof problem === 'string' ? undefined : problem;
  }

  /** The message in a language (English for a text that is not in the catalogue). */
  messageIn(lang: Lang): string {
    return this.problem ? renderSetup(this.problem, lang) : this.message;
  }
}
