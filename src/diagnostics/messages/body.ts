/** Codes of safe bodies (format.md §1, §9): syntax, unsafe constructs, components and the numbers they quote. */
import { defineCode } from '../define.ts';

export type BodyParams = Record<string, string | number | readonly string[] | undefined>;

const text = (value: unknown) => (value === undefined ? '' : String(value));

export const bodySyntax = defineCode<BodyParams>()({
  severity: 'error',
  title: { en: 'Body syntax', 'zh-CN': '正文语法错误' },
  when: { en: 'The body is not valid MDX (a `<` or `{` that starts nothing, an unclosed tag).', 'zh-CN': '正文不是合法的 MDX（多余的 `<` 或 `{`、没有闭合的标签等）。' },
  fix: { en: 'Write `&lt;` for a literal `<` and `\\{` for a literal `{`, and close every tag you open.', 'zh-CN': '要写字面的 `<` 请用 `&lt;`，字面的 `{` 请用 `\\{`；打开的标签都要闭合。' },
  message: {
    en: (p) => `The body is not valid MDX: ${text(p.reason)}. Write \`&lt;\` for a literal \`<\`, \`\\{\` for a literal \`{\`, and close every tag you open.`,
    'zh-CN': (p) => `正文不是合法的 MDX：${text(p.reason)}。要写字面的 \`<\` 请用 \`&lt;\`，字面的 \`{\` 请用 \`\\{\`；打开的标签都要闭合。`,
  },
});

export const unsafeBody = defineCode<BodyParams>()({
  severity: 'error',
  title: { en: 'Code in a body', 'zh-CN': '正文中含有代码' },
  when: { en: '`import`, `export` or a `{…}` expression in a body: bodies never run code.', 'zh-CN': '正文中出现了 `import`、`export` 或 `{…}` 表达式：正文中的内容从不执行。' },
  fix: { en: 'Remove it; quote the model\u2019s numbers with `<Metric of="…" />` instead of computing them.', 'zh-CN': '删除它；引用模型的数字请用 `<Metric of="…" />`，不要自己计算。' },
  message: {
    en: (p) => `Bodies are text, never code: ${text(p.construct)} is not allowed in a playbook body, so that a pull request can never run anything at build time or in a reader's browser. Remove it; to show a number of the model, write \`<Metric of="…" />\`.`,
    'zh-CN': (p) => `正文只能是文字，不能是代码：销售手册正文中不允许出现 ${text(p.construct)}，以免一个合并请求就能在构建时或读者的浏览器里执行代码。请删除它；要显示模型的数字，请写 \`<Metric of="…" />\`。`,
  },
});

export const unknownComponent = defineCode<BodyParams>()({
  severity: 'error',
  title: { en: 'Unknown component', 'zh-CN': '未知组件' },
  when: { en: 'A body uses a component that does not exist (only `Metric`, `Delta`, `Callout` and `Stage`), or a prop it does not take.', 'zh-CN': '正文用了不存在的组件（只有 `Metric`、`Delta`、`Callout` 和 `Stage`），或组件不支持的属性。' },
  fix: { en: 'Use one of the built-in components with its props, or plain Markdown.', 'zh-CN': '改用内置组件及其属性，或直接写 Markdown。' },
  message: {
    en: (p) => `<${text(p.component)}> ${text(p.reason)}.`,
    'zh-CN': (p) => `<${text(p.component)}> ${text(p.reason)}。`,
  },
});

export const unknownMetric = defineCode<BodyParams>()({
  severity: 'error',
  title: { en: 'Unknown metric', 'zh-CN': '引用的指标不存在' },
  when: { en: 'A body component names a metric, scenario, month or stage that does not exist.', 'zh-CN': '正文组件引用了不存在的指标、情景、月份或阶段。' },
  fix: { en: 'Use a path the metrics reference lists, and ids that exist.', 'zh-CN': '使用指标参考中列出的路径和确实存在的 id。' },
  message: {
    en: (p) => `${text(p.what)} "${text(p.value)}" names nothing.${p.suggestion ? ` Did you mean "${text(p.suggestion)}"?` : ''}`,
    'zh-CN': (p) => `${text(p.what)} “${text(p.value)}”不存在。${p.suggestion ? `是不是想写“${text(p.suggestion)}”？` : ''}`,
  },
});
