/** Codes about the fields of one file: unknown keys, placeholders left by `new`; invalid values are in invalid-field.ts. */
import { defineCode } from '../define.ts';
import { capital, fieldName, type StageOfField } from './field-names.ts';

export type { StageOfField };

export interface UnknownFieldParams {
  kind: string;
  field: string;
  stage?: StageOfField;
  suggestion?: string;
  known: readonly string[];
}

export const unknownField = defineCode<UnknownFieldParams>()({
  severity: 'error',
  title: { en: 'Unknown field', 'zh-CN': '未知字段' },
  when: { en: 'The frontmatter has a key the schema does not know, often a typo.', 'zh-CN': 'frontmatter 里有格式中不存在的键，通常是拼写错误。' },
  fix: { en: 'Rename the key to the known field the message suggests, or remove it.', 'zh-CN': '按提示改成已知字段的名字，或删除它。' },
  message: {
    en: (p, c) => `Unknown field ${fieldName(p, c)} in this ${c.kind(p.kind)}. Unknown fields are errors so that typos never pass silently.`,
    'zh-CN': (p, c) => `这个${c.kind(p.kind)}里有未知字段 ${fieldName(p, c)}。未知字段会报错，以免拼写错误被悄悄放过。`,
  },
  hint: {
    en: (p, c) => (p.suggestion ? `Did you mean ${c.code(p.suggestion)}?` : `Known fields here: ${p.known.map(c.code).join(', ')}.`),
    'zh-CN': (p, c) => (p.suggestion ? `是不是想写 ${c.code(p.suggestion)}？` : `这里可用的字段有：${p.known.map(c.code).join('、')}。`),
  },
});

/**
 * A field that still holds what `new` wrote because it could not know it: a placeholder text (`form: 'text'`), or a
 * zero marked with a `# TODO` comment on its line (`form: 'zero'`).
 */
export interface PlaceholderParams {
  kind: string;
  /** The field as authors write it: `stages[0].goal`. */
  field: string;
  stage?: StageOfField;
  form: 'text' | 'zero';
}

export const placeholder = defineCode<PlaceholderParams>()({
  severity: 'warning',
  title: { en: 'Placeholder left', 'zh-CN': '仍是占位内容' },
  when: {
    en: 'A field still holds the placeholder text that `new` wrote, or the `0` it wrote with a `# TODO` comment on its line.',
    'zh-CN': '字段里仍是 `new` 生成的占位文字，或是它写下的、同一行带有 `# TODO` 注释的 `0`。',
  },
  fix: {
    en: 'Replace the placeholder with what is true for your sales model; for a zero, write the real number (when 0 is right, delete the `# TODO` comment).',
    'zh-CN': '把占位内容换成符合你们销售模式的真实内容；对于 0，填写真实的数字（如果确实是 0，删掉 `# TODO` 注释）。',
  },
  message: {
    en: (p, c) =>
      p.form === 'zero'
        ? `${capital(fieldName(p, c))} of this ${c.kind(p.kind)} is still the 0 that \`new\` wrote, marked \`# TODO\`: the numbers of the model count it as if it were true.`
        : `${capital(fieldName(p, c))} of this ${c.kind(p.kind)} still holds the placeholder that \`new\` wrote, so readers would see it as if it were true.`,
    'zh-CN': (p, c) =>
      p.form === 'zero'
        ? `这个${c.kind(p.kind)}${p.stage ? '中' : '的'}${fieldName(p, c)} 仍是 \`new\` 写下的 0（标有 \`# TODO\`），模型的各项数字会把它当成真实数据。`
        : `这个${c.kind(p.kind)}${p.stage ? '中' : '的'}${fieldName(p, c)} 仍是 \`new\` 生成的占位内容，读者会把它当成真实信息。`,
  },
  hint: {
    en: (p) => (p.form === 'zero' ? 'Write the real number; when 0 is right, delete the `# TODO` comment.' : 'Replace it with what is true for your sales model.'),
    'zh-CN': (p) => (p.form === 'zero' ? '请填写真实的数字；如果确实是 0，请删掉 `# TODO` 注释。' : '请换成符合你们销售模式的内容。'),
  },
});
