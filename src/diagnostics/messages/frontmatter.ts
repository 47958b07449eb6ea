/** Codes about a file's frontmatter block: missing, or not valid YAML (with the full-width marks a Chinese keyboard types where YAML needs ASCII). */
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
