/**
 * Codes of safe bodies (format.md §1, §9): syntax, unsafe constructs,
 * components and the figures they quote. The messages are written in
 * body-text.ts from the params the body checker (src/body/) reports.
 */
import type { BodyParams } from '../../body/types.ts';
import { defineCode } from '../define.ts';
import { bodyMessage } from './body-text.ts';

export type { BodyParams };

export const bodySyntax = defineCode<BodyParams>()({
  severity: 'error',
  title: { en: 'Body syntax', 'zh-CN': '正文语法错误' },
  when: { en: 'The body is not valid MDX: a `<` or `{` that starts nothing, an unclosed tag, an HTML comment.', 'zh-CN': '正文不是合法的 MDX：多余的 `<` 或 `{`、没有闭合的标签、HTML 注释等。' },
  fix: { en: 'Write `&lt;` for a literal `<` and `\\{` for a literal `{`, and close every tag you open; the message says what to write.', 'zh-CN': '字面的 `<` 写成 `&lt;`，字面的 `{` 写成 `\\{`，打开的标签都要闭合；提示会说明应该怎么写。' },
  message: { en: (p) => bodyMessage('body-syntax', p, 'en'), 'zh-CN': (p) => bodyMessage('body-syntax', p, 'zh-CN') },
});

export const unsafeBody = defineCode<BodyParams>()({
  severity: 'error',
  title: { en: 'Code in a body', 'zh-CN': '正文中含有代码' },
  when: { en: '`import`, `export` or a `{…}` expression in a body (bodies never run code).', 'zh-CN': '正文中出现了 `import`、`export` 或 `{…}` 表达式（正文中的内容从不执行）。' },
  fix: { en: 'Remove it; quote the model\u2019s numbers with `<Metric of="…" />` instead of computing them.', 'zh-CN': '删除它；引用模型的数字请用 `<Metric of="…" />`，不要自己计算。' },
  message: { en: (p) => bodyMessage('unsafe-body', p, 'en'), 'zh-CN': (p) => bodyMessage('unsafe-body', p, 'zh-CN') },
});

export const unknownComponent = defineCode<BodyParams>()({
  severity: 'error',
  title: { en: 'Unknown component', 'zh-CN': '未知组件' },
  when: {
    en: 'A body uses a component that does not exist (there are `Metric`, `Delta`, `Callout` and `Stage`), or a prop it does not take.',
    'zh-CN': '正文用了不存在的组件（只有 `Metric`、`Delta`、`Callout` 和 `Stage`），或组件不支持的属性。',
  },
  fix: { en: 'Use one of the built-in components with its props, or plain Markdown.', 'zh-CN': '改用内置组件及其属性，或直接写 Markdown。' },
  message: { en: (p) => bodyMessage('unknown-component', p, 'en'), 'zh-CN': (p) => bodyMessage('unknown-component', p, 'zh-CN') },
});

export const unknownMetric = defineCode<BodyParams>()({
  severity: 'error',
  title: { en: 'Unknown metric', 'zh-CN': '引用的指标不存在' },
  when: { en: 'A body component names a metric, scenario, month or stage that does not exist.', 'zh-CN': '正文组件引用了不存在的指标、情景、月份或阶段。' },
  fix: { en: 'Use a path the metrics page lists, and ids that exist.', 'zh-CN': '使用指标页列出的路径和确实存在的 id。' },
  message: { en: (p) => bodyMessage('unknown-metric', p, 'en'), 'zh-CN': (p) => bodyMessage('unknown-metric', p, 'zh-CN') },
});

export const externalImage = defineCode<BodyParams>()({
  severity: 'warning',
  title: { en: 'Image on another site', 'zh-CN': '图片位于其他网站' },
  when: {
    en: 'A body shows an image from another site (`![…](https://…)`, `<img src="https://…">`): the site\u2019s Content Security Policy (`img-src \'self\' data:`) keeps browsers from loading it.',
    'zh-CN': '正文显示了其他网站的图片（`![…](https://…)`、`<img src="https://…">`）：本站的内容安全策略（`img-src \'self\' data:`）会阻止浏览器加载它。',
  },
  fix: {
    en: 'Put the image in the site\u2019s `public/` folder and write its path (`/images/…`), or link to it instead of showing it.',
    'zh-CN': '把图片放到站点的 `public/` 文件夹并写上其路径（`/images/…`），或改为链接，而不是直接显示。',
  },
  message: { en: (p) => bodyMessage('external-image', p, 'en'), 'zh-CN': (p) => bodyMessage('external-image', p, 'zh-CN') },
});
