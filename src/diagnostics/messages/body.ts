/**
 * Codes of safe bodies (format §1, §9): syntax and unsafe constructs here,
 * components and the figures they quote in body-components.ts. The body
 * checker (src/body/) reports each problem with the params typed here
 * (`BodyCodeParams`); its message (what happened and why) and hint (what to
 * do) are written from them.
 */
import { COMPONENT_NAMES } from '../../body/components.ts';
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';
import type { UnknownComponentParams, UnknownMetricParams } from './body-components.ts';
import { listEn, listZh, tag } from './body-components.ts';

/** What the parser met, when the checker can say what to write instead. */
export type BodySyntaxHint = 'comment' | 'link' | 'less-than' | 'attribute-value' | 'lazy' | 'stray-closing' | 'eof' | 'void' | 'unclosed' | 'mismatch';

/** A bound of src/body/limits.ts that a body passed: refused at its line, before any parse, so that a body is checked and rendered in time linear in its size. */
export type BodyLimitParams =
  /** A body too long to build in reasonable time. */
  | { limit: 'size'; size: number; max: number; reason: string }
  /** Nesting deeper than any page needs (counted on the parsed tree). */
  | { limit: 'depth'; max: number; reason: string }
  /** Too many list items, quotes or underlined headings: each costs the parser a pass. */
  | { limit: 'structure'; count: number; lines: number; reason: string }
  /** Too much markup in one paragraph. */
  | { limit: 'markup'; marks: number; chars: number; reason: string }
  /** Marks that may open emphasis, links or images inside one another. */
  | { limit: 'nesting'; openers: number; chars: number; reason: string };

export type BodySyntaxParams =
  | BodyLimitParams
  /** Lines a broken body's recovery left unchecked (its budget spent on the problems before). */
  | { limit?: undefined; reason: string; hint: 'unchecked'; from: number; to: number; tag?: undefined }
  /** micromark's reason (positions in it moved to the file), what it met and the tag it is about. */
  | { limit?: undefined; reason: string; hint?: BodySyntaxHint; tag?: string };

export interface UnsafeBodyParams {
  construct: 'import' | 'export' | 'expression' | 'expression-attribute' | 'spread-attribute';
  /** The attribute of an expression attribute. */
  name?: string;
  /** The element the attribute is on. */
  element?: string;
}

/** The params of each body code (the body checker's problems carry them). */
export type { UnknownComponentParams, UnknownMetricParams };

export interface ExternalImageParams {
  /** The image's address, as the body wrote it. */
  url: string;
}

export interface BodyCodeParams {
  'body-syntax': BodySyntaxParams;
  'unsafe-body': UnsafeBodyParams;
  'unknown-component': UnknownComponentParams;
  'unknown-metric': UnknownMetricParams;
  'external-image': ExternalImageParams;
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const components = (c: MessageContext, lang: 'en' | 'zh-CN') =>
  lang === 'en' ? listEn(c, COMPONENT_NAMES.map((n) => `<${n}>`), 'and') : listZh(c, COMPONENT_NAMES.map((n) => `<${n}>`), '和');

export const bodySyntax = defineCode<BodySyntaxParams>()({
  severity: 'error',
  title: { en: 'Body syntax', 'zh-CN': '正文语法错误' },
  when: { en: 'The body is not valid MDX: a `<` or `{` that starts nothing, an unclosed tag, an HTML comment.', 'zh-CN': '正文不是合法的 MDX：多余的 `<` 或 `{`、没有闭合的标签、HTML 注释等。' },
  fix: { en: 'Write `&lt;` for a literal `<` and `\\{` for a literal `{`, and close every tag you open; the message says what to write.', 'zh-CN': '字面的 `<` 写成 `&lt;`，字面的 `{` 写成 `\\{`，打开的标签都要闭合；提示会说明应该怎么写。' },
  message: {
    en: (p, c) => {
      switch (p.limit) {
        case 'size':
          return `The body has ${c.fmt.count(p.size)} characters, more than the ${c.fmt.count(p.max)} a playbook body may have: a body this long would take minutes to build.`;
        case 'depth':
          return `Lists, quotes, emphasis, links or tags are nested more than ${p.max} levels deep here, far more than any page needs, and the build would take minutes or fail on it.`;
        case 'structure':
          return `The body has too many list items, quotes or underlined headings (${c.fmt.count(p.count)} by this line, in ${c.fmt.count(p.lines)} lines) to be rendered in time: each one costs the parser a pass over the body.`;
        case 'markup':
          return `This paragraph holds too much Markdown markup to be rendered in time (${c.fmt.count(p.marks)} marks such as \`*\`, \`_\`, \`[\` or \`<\` in ${c.fmt.count(p.chars)} characters).`;
        case 'nesting':
          return `This paragraph of ${c.fmt.count(p.chars)} characters has ${c.fmt.count(p.openers)} marks that may open emphasis, strikethrough, links or images inside one another (\`*\`, \`_\`, \`~\`, \`[\`): rendering that nesting takes the build too long.`;
      }
      if (p.hint === 'unchecked') return `Lines ${p.from}–${p.to} of this body were not checked after the problems above.`;
      return `The body is not valid MDX here: ${sentence(p.reason)}`;
    },
    'zh-CN': (p, c) => {
      switch (p.limit) {
        case 'size':
          return `正文共有 ${c.fmt.count(p.size)} 个字符，超过了销售手册正文的上限 ${c.fmt.count(p.max)} 个：这么长的正文构建要花好几分钟。`;
        case 'depth':
          return `此处的列表、引用、强调、链接或标签嵌套超过了 ${p.max} 层，远超任何页面的需要，构建会因此耗时数分钟甚至失败。`;
        case 'structure':
          return `正文的列表项、引用或下划线式标题太多（共 ${c.fmt.count(p.lines)} 行，到此行已有 ${c.fmt.count(p.count)} 处），无法及时渲染：每一处都要让解析器把正文重读一遍。`;
        case 'markup':
          return `这一段的 Markdown 标记太多（${c.fmt.count(p.chars)} 个字符中有 ${c.fmt.count(p.marks)} 个 \`*\`、\`_\`、\`[\`、\`<\` 之类的标记），无法及时渲染。`;
        case 'nesting':
          return `这一段（${c.fmt.count(p.chars)} 个字符）有 ${c.fmt.count(p.openers)} 个可能开启强调、删除线、链接或图片的标记（\`*\`、\`_\`、\`~\`、\`[\`），层层相套时渲染耗时过长。`;
      }
      if (p.hint === 'unchecked') return `本正文第 ${p.from}–${p.to} 行在上述问题之后没有继续检查。`;
      return `正文此处不是有效的 MDX（解析器提示：${p.reason}）。`;
    },
  },
  hint: {
    en: (p, c) => {
      switch (p.limit) {
        case 'size':
          return 'Move parts of it into other files (a page per segment, offering, process or role) or shorten it.';
        case 'depth':
          return 'Flatten the nesting.';
        case 'structure':
          return 'Shorten the body or move part of it to another file; write headings as `## …` rather than underlined with `---` or `===`.';
        case 'markup':
          return 'Split it into shorter paragraphs with blank lines, or remove repeated marks (escape a mark you mean literally: `\\*`).';
        case 'nesting':
          return 'Close each one before the next opens, split the paragraph, or escape marks you mean literally (`\\*`, `\\[`).';
      }
      if (p.hint === 'unchecked') return 'Fix those first, then check again.';
      const name = p.tag ?? '';
      switch (p.hint) {
        case 'comment':
          return 'Bodies do not support comments: delete the `<!-- … -->` (`{/* … */}` does not work either: it is a JavaScript expression, which bodies do not allow).';
        case 'link':
          return 'In MDX `<` starts a tag, so `<https://…>` is not a link: write the address as it is (`https://example.com`) or as `[text](https://example.com)`.';
        case 'less-than':
          return 'In MDX `<` starts a tag (HTML or a component). To write a less-than sign, escape it as `\\<` or write `&lt;`.';
        case 'attribute-value':
          return 'Put attribute values in quotes: `src="photo.png"`, not `src=photo.png`.';
        case 'lazy':
          return 'An element inside a block quote or a list goes on over a line without the `>` or the indentation: start every line of the element with it.';
        case 'stray-closing':
          return 'This closing tag has no opening tag: remove it, or add the opening tag before it.';
        case 'eof':
          return 'The tag is not finished when the body ends: end it with `>` (or `/>`).';
        case 'void':
          return `In MDX ${tag(c, name)} has no closing tag: write it self-closing, ${c.code(`<${name} />`)}.`;
        case 'unclosed':
          return `Close it with ${c.code(`</${name}>`)}. Around Markdown content, put the opening and the closing tag on lines of their own, with blank lines between them and the content.`;
        case 'mismatch':
          return `Elements close in the reverse order they open: close ${tag(c, name)} first, or correct the name in the closing tag.`;
        default:
          return `Bodies are Markdown with HTML and the components ${components(c, 'en')}: correct the tag at this point.`;
      }
    },
    'zh-CN': (p, c) => {
      switch (p.limit) {
        case 'size':
          return '请把部分内容移到其他文件（每个客群、产品/服务、流程或岗位各一页），或者删减。';
        case 'depth':
          return '请减少嵌套层级。';
        case 'structure':
          return '请精简正文或把部分内容移到其他文件；标题请写成 `## …`，不要用 `---` 或 `===` 加下划线。';
        case 'markup':
          return '请用空行把它分成较短的段落，或删去重复的标记（确需照原样显示的标记请转义，如 `\\*`）。';
        case 'nesting':
          return '请先闭合每一处再开始下一处，或拆分段落；确需照原样显示的标记请转义（`\\*`、`\\[`）。';
      }
      if (p.hint === 'unchecked') return '请先修正上述问题，再重新检查。';
      const name = p.tag ?? '';
      switch (p.hint) {
        case 'comment':
          return '正文不支持注释：请删除 `<!-- … -->`。（`{/* … */}` 也不行：它是 JavaScript 表达式，正文同样不允许。）';
        case 'link':
          return 'MDX 中 `<` 表示标签开始，因此 `<https://…>` 不是链接：请直接写网址（`https://example.com`），或写成 `[文字](https://example.com)`。';
        case 'less-than':
          return 'MDX 中 `<` 表示标签（HTML 或组件）开始。如需写小于号，请转义为 `\\<`，或写成 `&lt;`。';
        case 'attribute-value':
          return '属性值须加引号：写 `src="photo.png"`，而不是 `src=photo.png`。';
        case 'lazy':
          return '引用块或列表中的元素跨行时，有的行缺少 `>` 或缩进：请让该元素的每一行都以它开头。';
        case 'stray-closing':
          return '这个结束标签没有对应的开始标签：请删除它，或在前面补上开始标签。';
        case 'eof':
          return '正文结束时标签仍未写完：请用 `>`（或 `/>`）结束它。';
        case 'void':
          return `MDX 中 ${tag(c, name)} 没有结束标签：请写成自闭合形式 ${c.code(`<${name} />`)}。`;
        case 'unclosed':
          return `请用 ${c.code(`</${name}>`)} 闭合它。包住 Markdown 内容时，开始标签和结束标签各占一行，并与内容之间空一行。`;
        case 'mismatch':
          return `元素须按打开顺序的相反顺序闭合：请先闭合 ${tag(c, name)}，或改正结束标签中的名称。`;
        default:
          return `正文只能使用 Markdown、HTML 以及 ${components(c, 'zh-CN')} 组件：请修改此处的标签。`;
      }
    },
  },
});

export const unsafeBody = defineCode<UnsafeBodyParams>()({
  severity: 'error',
  title: { en: 'Code in a body', 'zh-CN': '正文中含有代码' },
  when: { en: '`import`, `export` or a `{…}` expression in a body (bodies never run code).', 'zh-CN': '正文中出现了 `import`、`export` 或 `{…}` 表达式（正文中的内容从不执行）。' },
  fix: { en: 'Remove it; quote the model\u2019s numbers with `<Metric of="…" />` instead of computing them.', 'zh-CN': '删除它；引用模型的数字请用 `<Metric of="…" />`，不要自己计算。' },
  message: {
    en: (p, c) => {
      const never = 'Nothing in a playbook file is ever run, so bodies cannot hold code.';
      switch (p.construct) {
        case 'import':
        case 'export':
          return `A line starting with ${c.code(`${p.construct} `)} is a JavaScript ${p.construct} in MDX. ${never}`;
        case 'expression-attribute': {
          const name = p.name || 'attribute';
          return `The ${c.code(name)} attribute of ${tag(c, p.element ?? '')} is a JavaScript expression (${c.code(`${name}={…}`)}). ${never}`;
        }
        case 'spread-attribute':
          return `${c.code('{...…}')} spreads JavaScript into the attributes of ${tag(c, p.element ?? '')}. ${never}`;
        default:
          return `${c.code('{…}')} is a JavaScript expression in MDX. ${never}`;
      }
    },
    'zh-CN': (p, c) => {
      const never = '销售手册文件中的任何内容都不会被执行，因此正文不能包含代码。';
      switch (p.construct) {
        case 'import':
        case 'export':
          return `以 ${c.code(`${p.construct} `)} 开头的行在 MDX 中是 JavaScript 的 ${p.construct} 语句。${never}`;
        case 'expression-attribute': {
          const name = p.name || '属性';
          return `${tag(c, p.element ?? '')} 的 ${c.code(name)} 属性是 JavaScript 表达式（${c.code(`${name}={…}`)}）。${never}`;
        }
        case 'spread-attribute':
          return `${c.code('{...…}')} 会把 JavaScript 展开到 ${tag(c, p.element ?? '')} 的属性中。${never}`;
        default:
          return `${c.code('{…}')} 在 MDX 中是 JavaScript 表达式。${never}`;
      }
    },
  },
  hint: {
    en: (p, c) => {
      switch (p.construct) {
        case 'import':
        case 'export':
          return `Remove the line; if it is prose, reword it so that the line does not start with “${p.construct} ”.`;
        case 'expression-attribute': {
          const name = p.name || 'attribute';
          return `Give the value as a quoted string: ${c.code(`${name}="…"`)}.`;
        }
        case 'spread-attribute':
          return `Write each attribute as ${c.code('name="value"')}.`;
        default:
          return `For a number of the model, use ${c.code('<Metric of="…" />')}; to write a brace itself, escape it as ${c.code('\\{')}.`;
      }
    },
    'zh-CN': (p, c) => {
      switch (p.construct) {
        case 'import':
        case 'export':
          return `请删除这一行；如果这是正文文字，请调整措辞，不要让这一行以“${p.construct} ”开头。`;
        case 'expression-attribute': {
          const name = p.name || '属性';
          return `请把属性值写成带引号的字符串：${c.code(`${name}="…"`)}。`;
        }
        case 'spread-attribute':
          return `请逐个写出属性，如 ${c.code('name="value"')}。`;
        default:
          return `模型中的数字请用 ${c.code('<Metric of="…" />')}；如需写花括号本身，请转义为 ${c.code('\\{')}。`;
      }
    },
  },
});

export const externalImage = defineCode<ExternalImageParams>()({
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
  message: {
    en: (p, c) => `The image ${c.code(p.url)} is on another site: the site\u2019s Content Security Policy (${c.code("img-src 'self' data:")}) keeps browsers from loading it, so readers see only its alt text.`,
    'zh-CN': (p, c) => `图片 ${c.code(p.url)} 位于其他网站：本站的内容安全策略（${c.code("img-src 'self' data:")}）会阻止浏览器加载它，读者只能看到替代文字。`,
  },
  hint: {
    en: (p, c) => `Put the image in the site\u2019s ${c.code('public/')} folder and write its path (${c.code('/images/…')}), or link to it instead: ${c.code(`[…](${p.url})`)}.`,
    'zh-CN': (p, c) => `请把图片放到站点的 ${c.code('public/')} 文件夹并写上其路径（${c.code('/images/…')}），或改为链接：${c.code(`[…](${p.url})`)}。`,
  },
});
