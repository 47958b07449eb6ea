/** Codes about files and folders: their presence, names, encoding and frontmatter block. */
import { distinct } from '../../format/numbers.ts';
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';

export const frontmatterMissing = defineCode<{ kind: string; /** `dots`: the block was closed by `...` */ hint?: 'dots' }>()({
  severity: 'error',
  title: { en: 'No frontmatter', 'zh-CN': '缺少 frontmatter' },
  when: {
    en: 'The file has no YAML frontmatter block between `---` lines at its very top.',
    'zh-CN': '文件开头没有用 `---` 行包起来的 YAML frontmatter。',
  },
  fix: {
    en: 'Start the file with a line `---`, the fields, and another `---` line before the body.',
    'zh-CN': '文件第一行写 `---`，接着写字段，正文之前再写一行 `---`。',
  },
  message: {
    en: (p, c) =>
      p.hint === 'dots'
        ? `The frontmatter of this ${c.kind(p.kind)} file is closed by a \`...\` line, but a playbook file closes it with \`---\`, so the file reads as having no frontmatter.`
        : `This ${c.kind(p.kind)} file has no frontmatter, so it has none of the fields the model needs.`,
    'zh-CN': (p, c) =>
      p.hint === 'dots'
        ? `这个${c.kind(p.kind)}文件的 frontmatter 用 \`...\` 行结束，但销售手册文件要用 \`---\` 结束，所以整个文件被当作没有 frontmatter。`
        : `这个${c.kind(p.kind)}文件没有 frontmatter，模型需要的字段一个都没有。`,
  },
  hint: {
    en: (p, c) =>
      p.hint === 'dots'
        ? `Replace the \`...\` line with ${c.code('---')}.`
        : `Start the file with a \`---\` line, the fields (\`npm run playbook -- new ${p.kind === 'playbook' ? 'playbook' : c.singular(p.kind)} …\` writes a skeleton), and a closing \`---\` line.`,
    'zh-CN': (p, c) =>
      p.hint === 'dots'
        ? `请把 \`...\` 这一行改成 ${c.code('---')}。`
        : `请在文件开头写一行 \`---\`，接着写字段（\`npm run playbook -- new ${p.kind === 'playbook' ? 'playbook' : c.singular(p.kind)} …\` 可以生成骨架），再写一行 \`---\` 结束。`,
  },
});

/** yaml's error codes (and ours) in Chinese words. */
const YAML_ZH: Record<string, string> = {
  BAD_INDENT: '缩进不对',
  TAB_AS_INDENT: '用了制表符缩进（YAML 只能用空格缩进）',
  DUPLICATE_KEY: '同一层级里有重复的键',
  MISSING_CHAR: '缺少闭合的引号或括号',
  UNEXPECTED_TOKEN: '出现了无法识别的内容',
  MULTILINE_IMPLICIT_KEY: '键不能跨行',
  BLOCK_AS_IMPLICIT_KEY: '键的写法不对',
  BLOCK_IN_FLOW: '方括号或花括号里不能换行写列表或字段',
  BAD_SCALAR_START: '值以特殊字符开头，需要加引号',
  BAD_DQ_ESCAPE: '双引号里的转义字符不合法',
  KEY_OVER_1024_CHARS: '键太长',
  ALIAS_PROPS: '别名的写法不对',
  BAD_ALIAS: '引用了不存在的别名',
  ALIAS_COUNT: '别名展开得太多',
  TOO_DEEP: '列表或字段嵌套得太深，远超任何字段的需要',
};

/** A character typed as a Chinese keyboard or a word processor types it, where YAML needs its ASCII twin (or spaces). */
export type TypedMark = 'colon' | 'comma' | 'quote' | 'bracket' | 'tab';

export type YamlSyntaxParams =
  /** The parser's reason (English), and its error code or ours (`TOO_DEEP`, `JS_YAML`). */
  | { reason: string; code?: string; typed?: undefined }
  /**
   * A full-width `：`, `，`, `“”`, `【】` or a tab in the indentation, at its column: `found` what is there, `replacement`
   * what YAML needs, `fixed` the line as it must be written (shortened), when it fits in a message.
   */
  | { typed: TypedMark; found: string; replacement: string; fixed?: string; /** For tabs and colons: how many more the file has (fixed with this one). */ more?: number };

const TYPED_EN: Record<TypedMark, string> = {
  colon: 'is a full-width colon, as a Chinese keyboard types it: YAML separates a field from its value only with an ASCII colon and a space, so this line does not read as a field',
  comma: 'is a full-width comma: YAML separates the items of `[…]` or `{…}` only with an ASCII comma, so they read as one text',
  quote: 'are typographic quotes: YAML quotes a value only with `"` or `\'`, and reads these as part of the text',
  bracket: 'are full-width brackets: YAML starts a list only with `[` and ends it with `]`, so this reads as one text',
  tab: 'is indented with a tab, and YAML indents only with spaces',
};
const TYPED_ZH: Record<TypedMark, string> = {
  colon: '是全角冒号（中文输入法打出的）。YAML 只用半角冒号加一个空格分隔字段和值，所以这一行读不成字段',
  comma: '是全角逗号。`[…]` 或 `{…}` 里的各项只能用半角逗号分隔，现在会被读成一整段文字',
  quote: '是中文引号。YAML 只认半角的 `"` 或 `\'`，会把中文引号当成文字的一部分',
  bracket: '是全角方括号。YAML 的列表只能用半角的 `[` 和 `]`，现在会被读成一整段文字',
  tab: '用制表符缩进，而 YAML 只能用空格缩进',
};

export const yamlSyntax = defineCode<YamlSyntaxParams>()({
  severity: 'error',
  title: { en: 'YAML syntax', 'zh-CN': 'YAML 语法错误' },
  when: {
    en: 'The frontmatter is not valid YAML (bad indentation, an unclosed quote, a duplicate key, a tab), or a full-width `：`, `，`, `“”` or `【】` stands where YAML needs its ASCII twin.',
    'zh-CN': 'frontmatter 不是合法的 YAML（缩进错误、引号没有闭合、键重复、用了制表符等），或者在 YAML 需要半角符号的地方用了全角的 `：`、`，`、`“”` 或 `【】`。',
  },
  fix: {
    en: 'Fix the YAML at the line shown; indent with spaces and quote values that contain `: ` or start with a special character.',
    'zh-CN': '按提示的行修正 YAML：用空格缩进；值里有 `: ` 或以特殊字符开头时加引号。',
  },
  message: {
    en: (p, c) => {
      if (!p.typed) return `The frontmatter is not valid YAML: ${p.reason}.`;
      if (p.typed === 'tab') return `This line is indented with a tab${p.more ? ` (so ${p.more === 1 ? 'is 1 more line' : `are ${p.more} more lines`})` : ''}, and YAML indents only with spaces.`;
      const more = p.more ? ` The file has ${p.more} more like it.` : '';
      return `${c.code(p.found)} ${TYPED_EN[p.typed]}.${more}`;
    },
    'zh-CN': (p, c) => {
      if (!p.typed) return `frontmatter 不是合法的 YAML：${YAML_ZH[p.code ?? ''] ?? '此处的写法无法识别'}。`;
      if (p.typed === 'tab') return `这一行用制表符缩进${p.more ? `（另有 ${p.more} 行也是这样）` : ''}，而 YAML 只能用空格缩进。`;
      const more = p.more ? `这个文件里另有 ${p.more} 处也是这样。` : '';
      return `${c.code(p.found)} ${TYPED_ZH[p.typed]}。${more}`;
    },
  },
  hint: {
    en: (p, c) => {
      if (!p.typed) return 'Check indentation (spaces, not tabs) and quote values that contain `: ` or start with `[`, `{`, `*` or `&`.';
      if (p.typed === 'tab') return `Indent it with ${p.replacement.length} ${p.replacement.length === 1 ? 'space' : 'spaces'} instead.`;
      const all = p.more ? ' (and the same for each of them)' : '';
      return p.fixed ? `Write ${c.code(p.fixed)}${all}.` : `Replace it with ${c.code(p.replacement)}${all}.`;
    },
    'zh-CN': (p, c) => {
      if (!p.typed) return '请检查缩进（用空格，不要用制表符）；值里含有 `: `，或以 `[`、`{`、`*`、`&` 开头时，请加引号。';
      if (p.typed === 'tab') return `请改用 ${p.replacement.length} 个空格缩进。`;
      const all = p.more ? '（其余几处同样改正）' : '';
      return p.fixed ? `请写成 ${c.code(p.fixed)}${all}。` : `请改成 ${c.code(p.replacement)}${all}。`;
    },
  },
});

export const fileEncoding = defineCode<{
  encoding: 'utf-16le' | 'utf-16be' | 'not-utf-8';
  /** the first bad byte, as two hex digits */
  byte?: string;
  /** v1.2: a CRM export read by `actuals import` (not a playbook file), with the encoding its bytes look like. */
  csv?: { guess: 'gbk' | 'windows-1252' | 'unknown' };
}>()({
  severity: 'error',
  title: { en: 'Not UTF-8', 'zh-CN': '文件不是 UTF-8 编码' },
  when: { en: 'The file is not UTF-8 text (the line of the first bad byte is shown).', 'zh-CN': '文件不是 UTF-8 文本（指出第一个无法识别的字节所在的行）。' },
  fix: {
    en: 'Save the file as UTF-8 (in VS Code: "Save with Encoding" → UTF-8; or `iconv -f <encoding> -t UTF-8`).',
    'zh-CN': '把文件另存为 UTF-8（VS Code：“通过编码保存”→ UTF-8；或用 `iconv -f <原编码> -t UTF-8` 转换）。',
  },
  message: {
    en: (p) =>
      p.csv
        ? csvEncodingEn(p.encoding, p.csv.guess, p.byte)
        : p.encoding === 'not-utf-8'
        ? `This file is not UTF-8: byte 0x${p.byte ?? '??'} here is not valid UTF-8 text (often a file saved as Latin-1 or Windows-1252, or GBK for Chinese), and playbook files must be UTF-8.`
        : `This file is UTF-16 (${p.encoding === 'utf-16le' ? 'little' : 'big'}-endian, it starts with a UTF-16 byte-order mark), but playbook files must be UTF-8.`,
    'zh-CN': (p) =>
      p.csv
        ? csvEncodingZh(p.encoding, p.csv.guess, p.byte)
        : p.encoding === 'not-utf-8'
        ? `这个文件不是 UTF-8 编码：此处的字节 0x${p.byte ?? '??'} 不是合法的 UTF-8 文本（常见于按 GBK、Latin-1 或 Windows-1252 保存的文件），而销售手册文件必须是 UTF-8。`
        : `这个文件是 UTF-16 编码（${p.encoding === 'utf-16le' ? '小端' : '大端'}，开头有 UTF-16 字节顺序标记），而销售手册文件必须是 UTF-8。`,
  },
  hint: {
    // A CRM export's message says how to save it again already (Excel, iconv).
    en: (p) =>
      p.csv
        ? ''
        : `Save it with the encoding UTF-8 (in VS Code, "Save with Encoding"), or convert it with \`iconv -f ${p.encoding === 'not-utf-8' ? '<its encoding>' : 'UTF-16'} -t UTF-8\`.`,
    'zh-CN': (p) =>
      p.csv
        ? ''
        : `请用 UTF-8 编码重新保存（VS Code：“通过编码保存”），或用 \`iconv -f ${p.encoding === 'not-utf-8' ? '<原编码>' : 'UTF-16'} -t UTF-8\` 转换。`,
  },
});

/** A CRM export that is not UTF-8: the encoding it looks like, and how to save it again. */
function csvEncodingEn(encoding: 'utf-16le' | 'utf-16be' | 'not-utf-8', guess: 'gbk' | 'windows-1252' | 'unknown', byte: string | undefined): string {
  const resave = 'In Excel, "Save As" → "CSV UTF-8 (Comma delimited)"; or convert it with';
  if (encoding !== 'not-utf-8') {
    return `This export is UTF-16 (${encoding === 'utf-16le' ? 'little' : 'big'}-endian), as Excel writes "Unicode Text", but \`actuals import\` reads UTF-8 CSV. ${resave} \`iconv -f UTF-16 -t UTF-8 <file> > <file>-utf8.csv\`.`;
  }
  const looks =
    guess === 'gbk'
      ? 'it looks like GBK (GB18030), the encoding of a Chinese Windows or a Chinese CRM'
      : guess === 'windows-1252'
        ? 'it looks like Windows-1252 (Latin-1), the encoding of a Western Windows'
        : 'its encoding is unknown';
  const from = guess === 'gbk' ? 'GB18030' : guess === 'windows-1252' ? 'WINDOWS-1252' : '<its encoding>';
  return `This export is not UTF-8 (byte 0x${byte ?? '??'} here): ${looks}. \`actuals import\` reads UTF-8 CSV, so that no name is misread. ${resave} \`iconv -f ${from} -t UTF-8 <file> > <file>-utf8.csv\`.`;
}

function csvEncodingZh(encoding: 'utf-16le' | 'utf-16be' | 'not-utf-8', guess: 'gbk' | 'windows-1252' | 'unknown', byte: string | undefined): string {
  const resave = '在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）”；或用';
  if (encoding !== 'not-utf-8') {
    return `这个导出文件是 UTF-16 编码（${encoding === 'utf-16le' ? '小端' : '大端'}，Excel 保存“Unicode 文本”时就是这种编码），而 \`actuals import\` 读取的是 UTF-8 编码的 CSV。${resave} \`iconv -f UTF-16 -t UTF-8 <文件> > <文件>-utf8.csv\` 转换。`;
  }
  const looks =
    guess === 'gbk'
      ? '看起来是 GBK（GB18030）编码，中文 Windows 和国内 CRM 常用这种编码'
      : guess === 'windows-1252'
        ? '看起来是 Windows-1252（Latin-1）编码，西文 Windows 常用这种编码'
        : '无法判断它的编码';
  const from = guess === 'gbk' ? 'GB18030' : guess === 'windows-1252' ? 'WINDOWS-1252' : '<原编码>';
  return `这个导出文件不是 UTF-8 编码（此处的字节 0x${byte ?? '??'}）：${looks}。\`actuals import\` 读取 UTF-8 编码的 CSV，以免名称被读错。${resave} \`iconv -f ${from} -t UTF-8 <文件> > <文件>-utf8.csv\` 转换。`;
}

export const symlinkOutside = defineCode<{ what: 'file' | 'folder' }>()({
  severity: 'error',
  title: { en: 'Link outside the project', 'zh-CN': '链接指向项目之外' },
  when: {
    en: 'A file or folder is a symbolic link that resolves outside the project root; it is never read.',
    'zh-CN': '某个文件或文件夹是符号链接，指向项目根目录之外；这样的链接不会被读取。',
  },
  fix: {
    en: 'Copy the file into the playbook instead of linking to it, or link to a file inside the project.',
    'zh-CN': '把文件复制进销售手册，而不是链接过去；或者改为链接项目内的文件。',
  },
  message: {
    en: (p) =>
      `This ${p.what} is a symbolic link to somewhere outside the project, so it was not read: a playbook may only contain what is reviewed in its own repository (a link could publish any file of the machine that builds the site).`,
    'zh-CN': (p) =>
      `这个${p.what === 'file' ? '文件' : '文件夹'}是指向项目之外的符号链接，因此没有被读取：销售手册只能包含本项目 Git 仓库中经过评审的内容（链接可能把构建机器上的任意文件发布出去）。`,
  },
  hint: {
    en: (p) => `Copy the ${p.what} into the playbook, or link to one inside the project.`,
    'zh-CN': (p) => `请把它复制进销售手册，或改为链接项目内的${p.what === 'file' ? '文件' : '文件夹'}。`,
  },
});

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

/** Why an id cannot be a file or folder name, in each language (the `new` command says the same: setup.ts). */
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

/** Why a file (or a folder, or a link) inside a playbook could not be read (format §3, `unreadable-file`). */
export type UnreadableReason =
  /** A symbolic link whose target does not exist. */
  | 'dangling'
  /** A named pipe, a socket or a device: opening one may wait forever. */
  | 'pipe'
  | 'socket'
  | 'device'
  /** No permission to read it (EACCES, EPERM). */
  | 'permission'
  /** Larger than a playbook file can be: `size` and `max` in bytes. */
  | 'too-large'
  /** Another error of the system: its `code` (EIO…). */
  | 'error';

export interface UnreadableParams {
  what: 'file' | 'folder';
  reason: UnreadableReason;
  /** The system's error code, for `error` and `permission`. */
  code?: string;
  /** For `too-large`: the file's size and the most a playbook file may have, in bytes, and the body's limit in characters. */
  size?: number;
  max?: number;
  bodyMax?: number;
}

/** A size in megabytes, with as many digits as it takes to differ from the limit it is compared with. */
const megabytes = (c: MessageContext, size: number, max: number): [string, string] => distinct(size / 1e6, max / 1e6, (v, digits = 1) => c.fmt.number(v, digits)).map((n) => `${n} MB`) as [string, string];

export const unreadableFile = defineCode<UnreadableParams>()({
  severity: 'error',
  title: { en: 'Unreadable file', 'zh-CN': '文件无法读取' },
  when: {
    en: 'A file or link inside a playbook cannot be read: a symbolic link to nothing, a named pipe, socket or device, a file without read permission, or a file larger than a playbook file can be (a body of at most 200,000 characters and its frontmatter: 2 MB).',
    'zh-CN': '销售手册里的某个文件或链接无法读取：指向不存在目标的符号链接、命名管道、套接字或设备文件、没有读取权限的文件，或超出销售手册文件大小上限的文件（正文最多 20 万个字符，加上 frontmatter，共 2 MB）。',
  },
  fix: {
    en: 'Replace it with a readable file of the playbook (or remove it); split a file that is too large.',
    'zh-CN': '换成可以读取的销售手册文件（或删除它）；文件太大时请拆分。',
  },
  message: {
    en: (p, c) => {
      const it = p.what === 'folder' ? 'This folder' : 'This file';
      switch (p.reason) {
        case 'dangling':
          return `${it} is a symbolic link to something that does not exist, so nothing was read and what it should hold is missing from the site.`;
        case 'pipe':
        case 'socket':
        case 'device':
          return `This is ${p.reason === 'pipe' ? 'a named pipe' : p.reason === 'socket' ? 'a socket' : 'a device'}, not a file, so it was not read: reading it could wait forever.`;
        case 'permission':
          return `${it} cannot be ${p.what === 'folder' ? 'listed' : 'read'}: permission denied (${p.code ?? 'EACCES'}), so ${p.what === 'folder' ? 'none of its files were read' : 'it was not read'}.`;
        case 'too-large': {
          const [size, max] = megabytes(c, p.size ?? 0, p.max ?? 0);
          return `This file is ${size}, more than a playbook file can be (${max}: a body of at most ${c.fmt.exact(p.bodyMax ?? 0)} characters and its frontmatter), so it was not read.`;
        }
        default:
          return `${it} could not be ${p.what === 'folder' ? 'listed' : 'read'} (${p.code ?? 'error'}), so ${p.what === 'folder' ? 'none of its files were read' : 'it was not read'}.`;
      }
    },
    'zh-CN': (p, c) => {
      const it = p.what === 'folder' ? '这个文件夹' : '这个文件';
      switch (p.reason) {
        case 'dangling':
          return `${it}是符号链接，但它指向的目标不存在，因此没有读到任何内容，它应有的内容不会出现在网站上。`;
        case 'pipe':
        case 'socket':
        case 'device':
          return `这是一个${p.reason === 'pipe' ? '命名管道' : p.reason === 'socket' ? '套接字' : '设备文件'}，不是普通文件，因此没有读取：读取它可能会一直等待下去。`;
        case 'permission':
          return `没有${p.what === 'folder' ? '列出' : '读取'}${it}的权限（${p.code ?? 'EACCES'}），因此${p.what === 'folder' ? '其中的文件都没有读取' : '没有读取'}。`;
        case 'too-large': {
          const [size, max] = megabytes(c, p.size ?? 0, p.max ?? 0);
          return `这个文件有 ${size}，超出了销售手册文件的上限（${max}：正文最多 ${c.fmt.count(p.bodyMax ?? 0)}个字符，加上 frontmatter），因此没有读取。`;
        }
        default:
          return `${p.what === 'folder' ? '列出' : '读取'}${it}时出错（${p.code ?? 'error'}），因此${p.what === 'folder' ? '其中的文件都没有读取' : '没有读取'}。`;
      }
    },
  },
  hint: {
    en: (p, c) => {
      switch (p.reason) {
        case 'dangling':
          return `Point the link at a ${p.what} inside the project, replace it with the ${p.what} itself, or remove it.`;
        case 'pipe':
        case 'socket':
        case 'device':
          return 'Remove it, or replace it with the playbook file it stands for.';
        case 'permission':
          return `Make it readable (${c.code(p.what === 'folder' ? 'chmod a+rx' : 'chmod a+r')}), or check who owns it.`;
        case 'too-large':
          return 'Split the text into several files, and keep data and images out of playbook files.';
        default:
          return `Check the disk and the ${p.what}, then run the check again.`;
      }
    },
    'zh-CN': (p, c) => {
      const it = p.what === 'folder' ? '文件夹' : '文件';
      switch (p.reason) {
        case 'dangling':
          return `请让链接指向项目内存在的${it}，或直接换成${it}本身，或删除这个链接。`;
        case 'pipe':
        case 'socket':
        case 'device':
          return '请删除它，或换成它所代表的销售手册文件。';
        case 'permission':
          return `请把它设为可读（${c.code(p.what === 'folder' ? 'chmod a+rx' : 'chmod a+r')}），或检查它的所有者。`;
        case 'too-large':
          return '请把内容拆成几个文件；数据和图片不要放在销售手册文件里。';
        default:
          return `请检查磁盘和这个${it}，然后重新运行检查。`;
      }
    },
  },
});
