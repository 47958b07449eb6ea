/** Codes about the names of files and folders: names the playbook layout does not know, a folder without its index.mdx, and ids that are reserved or invalid. */
import { defineCode } from '../define.ts';

export const unknownFile = defineCode<{ what: 'file' | 'folder'; name: string; suggestion?: string; /** v1.2: a hidden name (`.smb.mdx`, a `.drafts/` folder holding `.mdx` files) */ hidden?: true }>()({
  severity: 'warning',
  title: { en: 'Unknown file', 'zh-CN': '无法识别的文件' },
  when: {
    en: 'A file or folder inside a playbook that the layout does not name (`notes.md`, `x.MDX`, a `segmets/` folder), or a hidden `.mdx` file or hidden folder holding `.mdx` files (`.smb.mdx`, `.drafts/`); it is not read. Other hidden names (`.DS_Store`, `.gitkeep`) are ignored.',
    'zh-CN': '销售手册文件夹里有目录结构之外的文件或文件夹（如 `notes.md`、`x.MDX`、拼错的 `segmets/`），或者有隐藏的 `.mdx` 文件、装有 `.mdx` 文件的隐藏文件夹（如 `.smb.mdx`、`.drafts/`），它们不会被读取。其他隐藏文件（如 `.DS_Store`、`.gitkeep`）会被忽略。',
  },
  fix: {
    en: 'Rename it to what the layout expects, or start its name with `_` to keep it as a draft.',
    'zh-CN': '按目录结构改名；若要保留为草稿，请在名字前加 `_`。',
  },
  message: {
    en: (p, c) =>
      p.hidden
        ? `${p.what === 'file' ? 'The file' : 'The folder'} ${c.code(p.name)} ${p.what === 'file' ? 'looks like playbook content' : 'holds `.mdx` files'}, but its name starts with \`.\`, which hides it, so it is not read and nothing in it reaches the site.`
        : `${p.what === 'file' ? 'The file' : 'The folder'} ${c.code(p.name)} is not part of a playbook's layout, so it is not read and nothing in it reaches the site.`,
    'zh-CN': (p, c) =>
      p.hidden
        ? `${p.what === 'file' ? '文件' : '文件夹'} ${c.code(p.name)} ${p.what === 'file' ? '看起来是销售手册的内容' : '里有 `.mdx` 文件'}，但名字以 \`.\` 开头，是隐藏的，因此不会被读取，其中的内容也不会出现在网站上。`
        : `${p.what === 'file' ? '文件' : '文件夹'} ${c.code(p.name)} 不在销售手册的目录结构里，因此不会被读取，其中的内容也不会出现在网站上。`,
  },
  hint: {
    en: (p, c) => `${p.suggestion ? `Did you mean ${c.code(p.suggestion)}? ` : ''}Rename it, or start its name with \`_\` to keep it as a draft.`,
    'zh-CN': (p, c) => `${p.suggestion ? `是不是想写 ${c.code(p.suggestion)}？` : ''}请改名；若要保留为草稿，请在名字前加 \`_\`。`,
  },
});

export const missingPlaybook = defineCode<{ dir: string; playbook: string }>()({
  severity: 'error',
  title: { en: 'Missing index.mdx', 'zh-CN': '缺少 index.mdx' },
  when: { en: 'A folder under `playbooks/` has entity files but no `index.mdx`.', 'zh-CN': '`playbooks/` 下的某个文件夹里有客群、流程等文件，却没有 `index.mdx`。' },
  fix: {
    en: 'Add `index.mdx` with the playbook\u2019s title, summary and goals (`npm run playbook -- new playbook <id>`), or rename the folder to start with `_`.',
    'zh-CN': '添加写有标题、简介和目标的 `index.mdx`（`npm run playbook -- new playbook <id>`），或把文件夹改名为以 `_` 开头。',
  },
  message: {
    en: (p) => `The folder ${p.dir}/ has segments, offerings, processes or roles but no index.mdx, so they belong to no playbook.`,
    'zh-CN': (p) => `文件夹 ${p.dir}/ 里有客群、产品/服务、流程或岗位文件，却没有 index.mdx，这些文件不属于任何销售手册。`,
  },
  hint: {
    en: (p) =>
      `Add ${p.dir}/index.mdx with the title, summary and goals (\`npm run playbook -- new playbook ${p.playbook}\`), or rename the folder to start with \`_\` to keep it as a draft.`,
    'zh-CN': (p) =>
      `请添加写有标题、简介和目标的 ${p.dir}/index.mdx（\`npm run playbook -- new playbook ${p.playbook}\`），或把文件夹改名为以 \`_\` 开头，作为草稿保留。`,
  },
});

export const reservedId = defineCode<{ id: string; reserved: readonly string[] }>()({
  severity: 'error',
  title: { en: 'Reserved playbook id', 'zh-CN': '销售手册 id 被占用' },
  when: { en: 'A playbook id is one of the site\u2019s own top-level routes (`docs`, `search`, `pagefind`, `404`, …).', 'zh-CN': '销售手册的 id 与网站自身的一级路径重名（`docs`、`search`、`pagefind`、`404` 等）。' },
  fix: { en: 'Rename the playbook\u2019s folder to another id.', 'zh-CN': '把销售手册文件夹改成别的 id。' },
  message: {
    en: (p, c) => `The playbook id ${c.code(p.id)} is the address of one of the site's own pages (/${p.id}/), so its pages would collide with them.`,
    'zh-CN': (p, c) => `销售手册 id ${c.code(p.id)} 与网站自身页面的地址（/${p.id}/）重名，两者的页面会冲突。`,
  },
  hint: {
    en: (p, c) => `Rename the folder to another id; the reserved ids are ${c.fmt.list(p.reserved.map(c.code))}.`,
    'zh-CN': (p, c) => `请把文件夹改成别的 id；被占用的 id 有：${c.fmt.list(p.reserved.map(c.code))}。`,
  },
});

/** Why an id cannot name a file or folder although it has the form of one: a Windows device name, or too long. */
export type IdReason = 'windows' | 'too-long';

export interface InvalidIdParams {
  what: 'file' | 'folder' | 'stage';
  id: string;
  suggestion?: string;
  reason?: IdReason;
  /** For `too-long`: the most an id may have. */
  max?: number;
  /** A kind whose file names are not ids: what they must be (snapshots: a month). */
  format?: 'month';
}

/** The Windows device names, as a message lists them. */
const DEVICES_EN = '`con`, `prn`, `aux`, `nul`, `com1`–`com9`, `lpt1`–`lpt9`';
const DEVICES_ZH = '`con`、`prn`、`aux`、`nul`、`com1`–`com9`、`lpt1`–`lpt9`';

/** An id as a message shows it: a long one cut to its first 20 characters. */
export const shortId = (id: string) => (id.length > 24 ? `${id.slice(0, 20)}…` : id);

/** Why an id cannot be a file or folder name, in each language (the `new` command says the same: setup-commands.ts). */
export const ID_REASONS = {
  en: {
    windows: (id: string, code: (t: string) => string) => `${code(id)} is a name Windows reserves for a device (${DEVICES_EN}): a repository with it cannot be checked out on Windows`,
    'too-long': (id: string, code: (t: string) => string, max: number) =>
      `${code(shortId(id))} is ${id.length} characters long, and an id may have at most ${max}: ids become file and folder names, and Windows allows 260 characters for a whole path`,
  },
  'zh-CN': {
    windows: (id: string, code: (t: string) => string) => `${code(id)} 是 Windows 保留的设备名（${DEVICES_ZH}），含有它的仓库无法在 Windows 上检出`,
    'too-long': (id: string, code: (t: string) => string, max: number) => `${code(shortId(id))} 长 ${id.length} 个字符，而 id 最多 ${max} 个字符：id 会成为文件名和文件夹名，而 Windows 上整个路径最多只能有 260 个字符`,
  },
} as const;

/** What to do about an id that cannot name a file or folder. */
export const ID_REASON_HINTS = {
  en: { windows: (id: string, code: (t: string) => string) => `Choose another id; a longer one that starts with it is fine, e.g. ${code(`${id}-team`)}.`, 'too-long': () => 'Choose a shorter id.' },
  'zh-CN': { windows: (id: string, code: (t: string) => string) => `请换一个 id；以它开头的更长的名字可以，例如 ${code(`${id}-team`)}。`, 'too-long': () => '请换一个短一些的 id。' },
} as const;

export const invalidId = defineCode<InvalidIdParams>()({
  severity: 'error',
  title: { en: 'Invalid id', 'zh-CN': 'id 无效' },
  when: {
    en: 'A file name, folder name or stage id is not a valid id (lowercase words joined by hyphens); v1.2: a file or folder name that Windows reserves for a device (`con`, `nul`, `aux`…) or longer than 64 characters.',
    'zh-CN': '文件名、文件夹名或阶段 id 不是合法的 id（应为用连字符连接的小写单词）；v1.2 起，文件名或文件夹名也不能是 Windows 保留的设备名（`con`、`nul`、`aux` 等），也不能超过 64 个字符。',
  },
  fix: {
    en: 'Rename it to lowercase letters and digits joined by single hyphens, e.g. `mid-market`, of at most 64 characters and not a Windows device name.',
    'zh-CN': '改为用单个连字符连接的小写字母和数字，例如 `mid-market`，不超过 64 个字符，且不是 Windows 保留的设备名。',
  },
  message: {
    en: (p, c) => {
      if (p.format === 'month')
        return `The snapshot name ${c.code(p.id)} is not a month: a snapshot is named after the month its period ends in, \`YYYY-MM.mdx\` (the month of \`period.to\`), e.g. \`2026-09.mdx\`.`;
      if (p.reason) return `The ${p.what} name ${ID_REASONS.en[p.reason](p.id, c.code, p.max ?? 0)}.`;
      return p.what === 'stage'
        ? `Stage id ${c.code(p.id)} is not a valid id, and stage ids become links and RACI rows.`
        : `The ${p.what} name ${c.code(p.id)} is not a valid id, and ids become URLs and references.`;
    },
    'zh-CN': (p, c) => {
      if (p.format === 'month')
        return `快照文件名 ${c.code(p.id)} 不是月份。快照以统计期结束的月份命名，即 \`YYYY-MM.mdx\`（\`period.to\` 所在的月份），例如 \`2026-09.mdx\`。`;
      if (p.reason) return `${p.what === 'file' ? '文件名' : '文件夹名'} ${ID_REASONS['zh-CN'][p.reason](p.id, c.code, p.max ?? 0)}。`;
      return p.what === 'stage'
        ? `阶段 id ${c.code(p.id)} 不是合法的 id，而阶段 id 会成为链接和 RACI 表的行。`
        : `${p.what === 'file' ? '文件名' : '文件夹名'} ${c.code(p.id)} 不是合法的 id，而 id 会成为网址和引用。`;
    },
  },
  hint: {
    en: (p, c) => {
      if (p.format === 'month') return 'Rename the file.';
      if (p.reason) return ID_REASON_HINTS.en[p.reason](p.id, c.code);
      return `Use lowercase letters and digits in words joined by single hyphens${p.suggestion ? `. Rename it to ${c.code(p.suggestion)}.` : `, e.g. ${c.code(p.what === 'stage' ? 'first-call' : 'mid-market')}.`}`;
    },
    'zh-CN': (p, c) => {
      if (p.format === 'month') return '请给文件改名。';
      if (p.reason) return ID_REASON_HINTS['zh-CN'][p.reason](p.id, c.code);
      return `请用单个连字符连接的小写字母和数字${p.suggestion ? `，改名为 ${c.code(p.suggestion)}。` : `，例如 ${c.code(p.what === 'stage' ? 'first-call' : 'mid-market')}。`}`;
    },
  },
});
