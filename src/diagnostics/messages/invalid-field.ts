/** The code of an invalid field value (`invalid-field`): what is wrong with a field, as data, and its message and hint in each language. */
import { describeSummary, type Lang, type MessageContext, type ValueSummary } from '../context.ts';
import { defineCode } from '../define.ts';
import { capital, described, fieldName, type StageOfField } from './field-names.ts';

/** How a value was typed that is not a number in YAML, though the number is plain: `60%`, `150万`, `$1.2M`, `1,200`. */
export type TypedNumberForm = 'percent' | 'unit' | 'currency' | 'separators' | 'full-width';

/** Where a suggested id comes from: an entity of the right kind titled as the value, or the value made an id. */
export type IdSuggestionSource = 'title' | 'name';

/** What is wrong with a field, as data: the checker's messages are written from it in each language. */
export type FieldProblem =
  | { problem: 'not-a-map'; got: ValueSummary }
  | { problem: 'missing' }
  /** `replacement`: the value as it must be written, when the one given is a number typed as people type it (`60%` → `0.6`). */
  | { problem: 'type'; expected: string; got: ValueSummary; replacement?: string; form?: TypedNumberForm }
  | { problem: 'too-small'; minimum: number; inclusive: boolean; got: ValueSummary }
  /** `percent`: for a share given as a whole percentage (`60`), the share it would be (`0.6`): a guess, never a fix. */
  | { problem: 'too-big'; maximum: number; inclusive: boolean; got: ValueSummary; percent?: string }
  | { problem: 'too-few'; minimum: number }
  | { problem: 'too-many'; maximum: number }
  | { problem: 'empty' }
  | { problem: 'enum'; values: readonly string[]; got: ValueSummary }
  /** `suggestion`: an id to write instead (of a reference: one that exists), and the kind it names. */
  | { problem: 'format'; format: 'id' | 'date' | 'real-date' | 'month' | 'currency' | 'sha256' | 'other'; got: ValueSummary; suggestion?: string; source?: IdSuggestionSource; refersTo?: string }
  | { problem: 'key'; key: string; parent: string; suggestion?: string; source?: IdSuggestionSource; refersTo?: string }
  | { problem: 'rule'; rule: 'min-above-max' | 'one-criterion' | 'to-or-add' | 'overflow' | 'from-after-to' | 'one-segment' | 'snapshot-month' | 'other'; text?: string };

export type InvalidFieldParams = FieldProblem & {
  kind: string;
  /** The field as authors write it: `stages[2].raci.ae`; `(frontmatter)` for the whole block. */
  field: string;
  /** When the field is inside a process's stage: the stage, so that the message names it. */
  stage?: StageOfField;
  /** The field's description from the schema, when there is one. */
  description?: string;
  /** Its Chinese description (src/kinds/descriptions-zh.ts), for the Chinese message; none there when it is missing. */
  descriptionZh?: string | undefined;
};

const EXPECTED: Record<string, { en: string; 'zh-CN': string }> = {
  number: { en: 'a number', 'zh-CN': '数字' },
  int: { en: 'a whole number', 'zh-CN': '整数' },
  string: { en: 'a string', 'zh-CN': '文本' },
  boolean: { en: 'a boolean', 'zh-CN': '布尔值（true 或 false）' },
  array: { en: 'a list', 'zh-CN': '列表' },
  object: { en: 'a map of fields', 'zh-CN': '一组字段' },
};

const expected = (what: string, lang: Lang) => EXPECTED[what]?.[lang] ?? what;
const stripPeriod = (text: string) => text.replace(/[.。]\s*$/, '');

const FORM_EN: Record<TypedNumberForm, string> = {
  percent: 'a share is a number from 0 to 1, so a percentage is divided by 100',
  unit: 'a number in YAML has no unit: 万, 亿, k or M are multiplied out',
  currency: 'a number in YAML has no currency sign or unit',
  separators: 'a number in YAML has no thousands separators',
  'full-width': 'a number in YAML is written with half-width digits',
};
const FORM_ZH: Record<TypedNumberForm, string> = {
  percent: '比例是 0 到 1 之间的数，百分数要除以 100',
  unit: 'YAML 里的数字不能带单位，“万”“亿”或 k、M 要乘出来',
  currency: 'YAML 里的数字不能带货币符号或单位',
  separators: 'YAML 里的数字不能带千位分隔符',
  'full-width': 'YAML 里的数字要用半角数字书写',
};

function messageEn(p: InvalidFieldParams, c: MessageContext): string {
  const f = fieldName(p, c);
  const got = 'got' in p ? `, not ${describeSummary(p.got, 'en')}` : '';
  const why = p.description ? ` (${described(p)}: ${stripPeriod(p.description)}.)` : '';
  switch (p.problem) {
    case 'not-a-map':
      return `The frontmatter of this ${c.kind(p.kind)} is ${describeSummary(p.got, 'en')}, not a list of fields.`;
    case 'missing':
      return `Missing field ${f} in this ${c.kind(p.kind)}.`;
    case 'type':
      return `${capital(f)} must be ${expected(p.expected, 'en')}${got}${p.form ? `: ${FORM_EN[p.form]}` : ''}.${why}`;
    case 'too-small':
      return `${capital(f)} must be ${p.inclusive ? 'at least' : 'greater than'} ${c.fmt.exact(p.minimum)}${got}.${why}`;
    case 'too-big':
      return `${capital(f)} must be ${p.inclusive ? 'at most' : 'less than'} ${c.fmt.exact(p.maximum)}${got}.${why}`;
    case 'too-few':
      return `${capital(f)} needs at least ${p.minimum} item${p.minimum === 1 ? '' : 's'}.${why}`;
    case 'too-many':
      return `${capital(f)} may have at most ${p.maximum} items.${why}`;
    case 'empty':
      return `${capital(f)} must not be empty.${why}`;
    case 'enum':
      return `${capital(f)} must be one of ${p.values.map(c.code).join(', ')}${got}.${why}`;
    case 'format': {
      const what = {
        id: `an id (lowercase letters and digits in words joined by single hyphens, e.g. ${c.code('mid-market')})`,
        date: 'a date written YYYY-MM-DD',
        'real-date': 'a real calendar date',
        month: `a month written YYYY-MM, e.g. ${c.code('2027-03')}`,
        currency: `a three-letter ISO 4217 code in capitals, e.g. ${c.code('USD')}`,
        sha256: 'a SHA-256 digest: 64 lowercase hexadecimal digits',
        other: 'in the right format',
      }[p.format];
      return `${capital(f)} must be ${what}${got}.${why}`;
    }
    case 'key':
      // For a key, the field of `stage` is the map the key is in: `raci`.
      return `${c.code(p.key)} in ${fieldName({ field: p.parent, stage: p.stage }, c)} is not a valid role id.`;
    case 'rule':
      return {
        'min-above-max': `${capital(f)} must not be greater than \`max\`.`,
        'one-criterion': `${capital(f)} needs at least one criterion: \`industries\`, \`regions\`, \`employees\` or \`revenue\`.`,
        'to-or-add': `${capital(f)}: a change needs exactly one of \`to\` (the new value) and \`add\` (a number to add).`,
        overflow: `${capital(f)} is so small that the hours it divides overflow: a figure of the model would be infinite.`,
        'from-after-to': `${capital(f)} must not be after \`to\`: the period runs from its first day to its last.`,
        'one-segment': `${capital(f)} needs at least one segment: the segment id, then its counts.`,
        'snapshot-month': `${capital(f)} must be a day of ${p.text ?? 'the month'}, the month this snapshot is named after: a snapshot's file name is the month its period ends in. Rename the file, or correct the date.`,
        other: `${capital(f)} ${p.text ?? 'is not valid'}.`,
      }[p.rule];
  }
}

function messageZh(p: InvalidFieldParams, c: MessageContext): string {
  const f = fieldName(p, c);
  // “现在是……”: what the file says, after what it must be (not “而不是”, which reads as translated).
  const got = 'got' in p ? `，现在是${describeSummary(p.got, 'zh-CN')}` : '';
  const why = p.descriptionZh ? `（${described(p)}：${stripPeriod(p.descriptionZh)}。）` : '';
  switch (p.problem) {
    case 'not-a-map':
      return `这个${c.kind(p.kind)}的 frontmatter 是${describeSummary(p.got, 'zh-CN')}，不是一组字段。`;
    case 'missing':
      return `这个${c.kind(p.kind)}缺少字段 ${f}。`;
    case 'type':
      return `${f} 必须是${expected(p.expected, 'zh-CN')}${got}${p.form ? `。${FORM_ZH[p.form]}` : ''}。${why}`;
    case 'too-small':
      return `${f} ${p.inclusive ? '不能小于' : '必须大于'} ${c.fmt.exact(p.minimum)}${got}。${why}`;
    case 'too-big':
      return `${f} ${p.inclusive ? '不能大于' : '必须小于'} ${c.fmt.exact(p.maximum)}${got}。${why}`;
    case 'too-few':
      return `${f} 至少需要 ${p.minimum} 项。${why}`;
    case 'too-many':
      return `${f} 最多只能有 ${p.maximum} 项。${why}`;
    case 'empty':
      return `${f} 不能为空。${why}`;
    case 'enum':
      return `${f} 只能是 ${p.values.map(c.code).join('、')} 之一${got}。${why}`;
    case 'format': {
      const what = {
        id: `合法的 id（用单个连字符连接的小写字母和数字，例如 ${c.code('mid-market')}）`,
        date: '写成 YYYY-MM-DD 的日期',
        'real-date': '真实存在的日期',
        month: `写成 YYYY-MM 的月份，例如 ${c.code('2027-03')}`,
        currency: `三个大写字母的 ISO 4217 币种代码，例如 ${c.code('CNY')}`,
        sha256: 'SHA-256 摘要（64 位小写十六进制数字）',
        other: '正确的格式',
      }[p.format];
      return `${f} 必须是${what}${got}。${why}`;
    }
    case 'key':
      // For a key, the field of `stage` is the map the key is in: `raci`.
      return `${fieldName({ field: p.parent, stage: p.stage }, c)} 中的 ${c.code(p.key)} 不是合法的岗位 id。`;
    case 'rule':
      return {
        'min-above-max': `${f} 不能大于 \`max\`。`,
        'one-criterion': `${f} 至少需要一项识别条件：\`industries\`、\`regions\`、\`employees\` 或 \`revenue\`。`,
        'to-or-add': `${f}：每项变更必须且只能写 \`to\`（新值）或 \`add\`（要加上的数）之一。`,
        overflow: `${f} 太小了，用它去除的工时会溢出，模型中的某个数字将变成无穷大。`,
        'from-after-to': `${f} 不能晚于 \`to\`：统计期从第一天算到最后一天。`,
        'one-segment': `${f} 至少需要一个目标客群：先写客群 id，再写它的各项计数。`,
        'snapshot-month': `${f} 必须是 ${p.text ?? ''} 中的某一天，也就是这个快照文件名所标的月份：快照以统计期结束的月份命名。请给文件改名，或改正这个日期。`,
        other: `${f} 不合法。`,
      }[p.rule];
  }
}

/** An id to write instead, and where it comes from: `` Write `cfo` (the role titled “财务总监”). `` */
function suggestionEn(p: { suggestion?: string; source?: IdSuggestionSource; refersTo?: string }, c: MessageContext, got?: string): string {
  if (!p.suggestion) return '';
  const titled = p.source === 'title' && p.refersTo && got ? ` (the ${c.kind(p.refersTo)} titled “${got}”)` : '';
  return `Write ${c.code(p.suggestion)}${titled}.`;
}

function suggestionZh(p: { suggestion?: string; source?: IdSuggestionSource; refersTo?: string }, c: MessageContext, got?: string): string {
  if (!p.suggestion) return '';
  const titled = p.source === 'title' && p.refersTo && got ? `（标题为“${got}”的${c.kind(p.refersTo)}）` : '';
  return `请写成 ${c.code(p.suggestion)}${titled}。`;
}

const gotText = (p: FieldProblem) => ('got' in p && p.got.type === 'string' ? p.got.text : undefined);

function hintEn(p: InvalidFieldParams, c: MessageContext): string {
  switch (p.problem) {
    case 'not-a-map':
      return 'Write one `field: value` per line between the `---` lines.';
    case 'missing':
      return p.description ? `Add it: ${stripPeriod(p.description)}.` : 'Add it.';
    case 'type':
      return p.replacement !== undefined ? `Write ${c.code(p.replacement)}.` : '';
    case 'too-big':
      return p.percent !== undefined && p.got.type === 'number' ? `If you meant ${p.got.text}%, write ${c.code(p.percent)}.` : '';
    case 'format':
      return suggestionEn(p, c, gotText(p));
    case 'key':
      return p.suggestion ? suggestionEn(p, c, p.key) : 'Use the file name of a role under roles/ (lowercase words joined by hyphens).';
    case 'rule':
      return p.rule === 'overflow' ? 'Use a realistic value.' : '';
    default:
      return '';
  }
}

function hintZh(p: InvalidFieldParams, c: MessageContext): string {
  switch (p.problem) {
    case 'not-a-map':
      return '请在两行 `---` 之间每行写一个 `字段: 值`。';
    case 'missing':
      return p.descriptionZh ? `请补上：${stripPeriod(p.descriptionZh)}。` : '请补上。';
    case 'type':
      return p.replacement !== undefined ? `请写成 ${c.code(p.replacement)}。` : '';
    case 'too-big':
      return p.percent !== undefined && p.got.type === 'number' ? `如果想写的是 ${p.got.text}%，请写成 ${c.code(p.percent)}。` : '';
    case 'format':
      return suggestionZh(p, c, gotText(p));
    case 'key':
      return p.suggestion ? suggestionZh(p, c, p.key) : '请使用 roles/ 下岗位文件的文件名（用连字符连接的小写单词）。';
    case 'rule':
      return p.rule === 'overflow' ? '请填写符合实际的数值。' : '';
    default:
      return '';
  }
}

export const invalidField = defineCode<InvalidFieldParams>()({
  severity: 'error',
  title: { en: 'Invalid field', 'zh-CN': '字段无效' },
  when: {
    en: 'A field is missing, of the wrong type, out of range, or not one of the allowed values.',
    'zh-CN': '字段缺失、类型不对、超出范围，或不是允许的取值之一。',
  },
  fix: { en: 'Give the field a value of the type and range the format reference lists.', 'zh-CN': '按格式参考中列出的类型和范围填写该字段。' },
  message: { en: messageEn, 'zh-CN': messageZh },
  hint: { en: hintEn, 'zh-CN': hintZh },
});
