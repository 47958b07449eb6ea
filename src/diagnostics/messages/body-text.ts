/**
 * Messages of the body codes, from a problem's params, in English and in
 * Chinese: what happened, why, what to do. (They move into the diagnostics
 * catalogue later.) The params each code carries:
 *
 * - `body-syntax`: `reason` (micromark's, positions moved to the file),
 *   `hint?` (`comment`, `link`, `less-than`, `attribute-value`, `lazy`,
 *   `stray-closing`, `eof`, `void`, `unclosed`, `mismatch`, and `unchecked`
 *   with `from`, `to`: lines a broken body's recovery left), `tag?`; or a
 *   bound of src/body/limits.ts passed: `limit` (`size` with `size`, `max`;
 *   `depth` with `max`; `structure` with `count`, `lines`; `markup`
 *   with `marks`, `chars`; `nesting` with `openers`, `chars`);
 * - `unsafe-body`: `construct` (`import`, `export`, `expression`,
 *   `expression-attribute`, `spread-attribute`), `name?` (the attribute),
 *   `element?`;
 * - `unknown-component`: `component`, `problem` (`component`, `fragment`,
 *   `kind`, `placement`, `content`, `prop`, `duplicate`, `boolean`, `value`,
 *   `missing`) and, by problem, `known`, `suggestion`, `prop`, `value`,
 *   `allowed`, `kind`, `kinds`, `placement`;
 * - `unknown-metric`: `component`, `prop`, `what` (`metric`, `scenario`,
 *   `month`, `stage`), `value`, `suggestion?`;
 * - `external-image`: `url`.
 */
import { COMPONENT_NAMES } from '../../body/components.ts';
import type { BodyCode, BodyLang, BodyParams } from '../../body/types.ts';

type Messages = Record<BodyCode, (p: Params) => string>;

/** Params read as the strings and lists they are. */
class Params {
  readonly #params: BodyParams;
  constructor(params: BodyParams) {
    this.#params = params;
  }
  str(key: string): string {
    const value = this.#params[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  }
  /** A count with thousands separators (`200,000`). */
  count(key: string): string {
    const value = this.#params[key];
    return typeof value === 'number' ? value.toLocaleString('en-US') : this.str(key);
  }
  list(key: string): readonly string[] {
    const value = this.#params[key];
    return Array.isArray(value) ? (value as readonly string[]) : [];
  }
}

const code = (text: string) => `\`${text}\``;
const tag = (name: string) => code(`<${name}>`);

function listEn(items: readonly string[], conjunction: 'and' | 'or'): string {
  const quoted = items.map(code);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

function listZh(items: readonly string[], conjunction: '和' | '或'): string {
  const quoted = items.map(code);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join('、')}${conjunction}${quoted[quoted.length - 1]}`;
}

const KIND_EN: Record<string, string> = {
  playbook: 'the playbook (index.mdx)',
  segments: 'a segment',
  offerings: 'an offering',
  processes: 'a process',
  roles: 'a role',
  scenarios: 'a scenario',
};
const KIND_ZH: Record<string, string> = {
  playbook: '销售手册首页（index.mdx）',
  segments: '目标客群',
  offerings: '产品/服务',
  processes: '销售流程',
  roles: '销售团队职能',
  scenarios: '情景',
};

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const EN: Messages = {
  'external-image': (p) =>
    `The image ${code(p.str('url'))} is on another site: the site\u2019s Content Security Policy (${code("img-src 'self' data:")}) keeps browsers from loading it, so readers see only its alt text. Put the image in the site\u2019s ${code('public/')} folder and write its path (${code('/images/…')}), or link to it instead: ${code(`[…](${p.str('url')})`)}.`,
  'body-syntax': (p) => {
    const name = p.str('tag');
    switch (p.str('limit')) {
      case 'size':
        return `The body has ${p.count('size')} characters, more than the ${p.count('max')} a playbook body may have: a body this long would take minutes to build. Move parts of it into other files (a page per segment, offering, process or role) or shorten it.`;
      case 'depth':
        return `Lists, quotes, emphasis, links or tags are nested more than ${p.str('max')} levels deep here, far more than any page needs, and the build would take minutes or fail on it. Flatten the nesting.`;
      case 'structure':
        return `The body has too many list items, quotes or underlined headings (${p.count('count')} by this line, in ${p.count('lines')} lines) to be rendered in time: each one costs the parser a pass over the body. Shorten the body or move part of it to another file; write headings as \`## …\` rather than underlined with \`---\` or \`===\`.`;
      case 'markup':
        return `This paragraph holds too much Markdown markup to be rendered in time (${p.count('marks')} marks such as \`*\`, \`_\`, \`[\` or \`<\` in ${p.count('chars')} characters). Split it into shorter paragraphs with blank lines, or remove repeated marks (escape a mark you mean literally: \`\\*\`).`;
      case 'nesting':
        return `This paragraph of ${p.count('chars')} characters has ${p.count('openers')} marks that may open emphasis, strikethrough, links or images inside one another (\`*\`, \`_\`, \`~\`, \`[\`): rendering that nesting takes the build too long. Close each one before the next opens, split the paragraph, or escape marks you mean literally (\`\\*\`, \`\\[\`).`;
    }
    if (p.str('hint') === 'unchecked') return `Lines ${p.str('from')}–${p.str('to')} of this body were not checked after the problems above: fix those first, then check again.`;
    const hints: Record<string, string> = {
      comment: 'Bodies do not support comments: delete the `<!-- … -->` (`{/* … */}` does not work either: it is a JavaScript expression, which bodies do not allow).',
      link: 'In MDX `<` starts a tag, so `<https://…>` is not a link: write the address as it is (`https://example.com`) or as `[text](https://example.com)`.',
      'less-than': 'In MDX `<` starts a tag (HTML or a component). To write a less-than sign, escape it as `\\<` or write `&lt;`.',
      'attribute-value': 'Put attribute values in quotes: `src="photo.png"`, not `src=photo.png`.',
      lazy: 'An element inside a block quote or a list goes on over a line without the `>` or the indentation: start every line of the element with it.',
      'stray-closing': 'This closing tag has no opening tag: remove it, or add the opening tag before it.',
      eof: 'The tag is not finished when the body ends: end it with `>` (or `/>`).',
      void: `In MDX ${tag(name)} has no closing tag: write it self-closing, ${code(`<${name} />`)}.`,
      unclosed: `Close it with ${code(`</${name}>`)}. Around Markdown content, put the opening and the closing tag on lines of their own, with blank lines between them and the content.`,
      mismatch: `Elements close in the reverse order they open: close ${tag(name)} first, or correct the name in the closing tag.`,
    };
    const hint = hints[p.str('hint')] ?? `Bodies are Markdown with HTML and the components ${listEn(COMPONENT_NAMES.map((n) => `<${n}>`), 'and')}: correct the tag at this point.`;
    return `The body is not valid MDX here: ${sentence(p.str('reason'))} ${hint}`;
  },
  'unsafe-body': (p) => {
    const construct = p.str('construct');
    const never = 'Nothing in a playbook file is ever run, so bodies cannot hold code.';
    if (construct === 'import' || construct === 'export') {
      return `A line starting with ${code(`${construct} `)} is a JavaScript ${construct} in MDX. ${never} Remove the line; if it is prose, reword it so that the line does not start with “${construct} ”.`;
    }
    if (construct === 'expression-attribute') {
      const name = p.str('name') || 'attribute';
      return `The ${code(name)} attribute of ${tag(p.str('element'))} is a JavaScript expression (${code(`${name}={…}`)}). ${never} Give the value as a quoted string: ${code(`${name}="…"`)}.`;
    }
    if (construct === 'spread-attribute') {
      return `${code('{...…}')} spreads JavaScript into the attributes of ${tag(p.str('element'))}. ${never} Write each attribute as ${code('name="value"')}.`;
    }
    return `${code('{…}')} is a JavaScript expression in MDX. ${never} For a number of the model, use ${code('<Metric of="…" />')}; to write a brace itself, escape it as ${code('\\{')}.`;
  },
  'unknown-component': (p) => {
    const name = p.str('component');
    const suggestion = p.str('suggestion');
    switch (p.str('problem')) {
      case 'fragment':
        return `A fragment ${code('<>…</>')} is JSX, not Markdown or HTML. Remove the ${code('<>')} and ${code('</>')}.`;
      case 'kind': {
        const kinds = p.list('kinds').map((k) => KIND_EN[k] ?? k);
        return `${tag(name)} can only be used in the body of ${kinds.join(' or ')}, and this file is ${KIND_EN[p.str('kind')] ?? p.str('kind')}. Move it to such a file, or use a heading or a ${tag('Callout')} here.`;
      }
      case 'placement':
        return p.str('placement') === 'top-level'
          ? `${tag(name)} must stand at the top level of the body, on lines of its own: not inside another element, a list or a sentence. Move it out.`
          : `${tag(name)} is a block: put its opening and closing tags on lines of their own, not inside a sentence.`;
      case 'content':
        return `${tag(name)} takes no content between its tags: write it self-closing, ${code(`<${name} … />`)}.`;
      case 'prop':
        return `${tag(name)} has no prop ${code(p.str('prop'))}${suggestion ? ` (did you mean ${code(suggestion)}?)` : ''}. Its props are ${listEn(p.list('known'), 'and')}.`;
      case 'duplicate':
        return `${tag(name)} has the prop ${code(p.str('prop'))} twice. Keep one.`;
      case 'boolean':
        return `The prop ${code(p.str('prop'))} of ${tag(name)} has no value. Props are quoted strings: ${code(`${p.str('prop')}="…"`)}.`;
      case 'value':
        return `${code(p.str('value'))} is not a ${code(p.str('prop'))} of ${tag(name)}${suggestion ? ` (did you mean ${code(suggestion)}?)` : ''}. Use ${listEn(p.list('allowed'), 'or')}.`;
      case 'missing':
        return `${tag(name)} needs the prop ${code(p.str('prop'))}: add ${code(`${p.str('prop')}="…"`)}. Its props are ${listEn(p.list('known'), 'and')}.`;
      default:
        return `${tag(name)} is not a body component${suggestion ? ` (did you mean ${tag(suggestion)}?)` : ''}. Bodies can use ${listEn(p.list('known').map((k) => `<${k}>`), 'and')}; HTML elements are written in lowercase.`;
    }
  },
  'unknown-metric': (p) => {
    const value = code(p.str('value'));
    const suggestion = p.str('suggestion') ? ` (did you mean ${code(p.str('suggestion'))}?)` : '';
    switch (p.str('what')) {
      case 'scenario':
        return `${tag(p.str('component'))} names the scenario ${value}, which this playbook does not have${suggestion}. Use the id of a file in ${code('scenarios/')}.`;
      case 'month':
        return `${value} is not a month of the plan${suggestion}. Write months as ${code('YYYY-MM')}, within the playbook's ${code('plan')}.`;
      case 'stage':
        return `${tag(p.str('component'))} names the stage ${value}, which this process does not have${suggestion}. Use the ${code('id')} of one of its stages.`;
      default:
        return `${tag(p.str('component'))} names the metric ${value}, which the model does not have${suggestion}. Use ${code('coverage')}, ${code('winRate')}, ${code('expectedWins')}, ${code('expectedRevenue')}, or ${code('segments.<id>.<key>')}, ${code('roles.<id>.<key>')}, ${code('processes.<id>.<key>')} with the keys of the export's ${code('metrics')}.`;
    }
  },
};

const ZH: Messages = {
  'external-image': (p) =>
    `图片 ${code(p.str('url'))} 位于其他网站：本站的内容安全策略（${code("img-src 'self' data:")}）会阻止浏览器加载它，读者只能看到替代文字。请把图片放到站点的 ${code('public/')} 文件夹并写上其路径（${code('/images/…')}），或改为链接：${code(`[…](${p.str('url')})`)}。`,
  'body-syntax': (p) => {
    const name = p.str('tag');
    switch (p.str('limit')) {
      case 'size':
        return `正文共有 ${p.count('size')} 个字符，超过了销售手册正文的上限 ${p.count('max')} 个：这么长的正文构建要花好几分钟。请把部分内容移到其他文件（每个客群、产品/服务、流程或岗位各一页），或者删减。`;
      case 'depth':
        return `此处的列表、引用、强调、链接或标签嵌套超过了 ${p.str('max')} 层，远超任何页面的需要，构建会因此耗时数分钟甚至失败。请减少嵌套层级。`;
      case 'structure':
        return `正文的列表项、引用或下划线式标题太多（共 ${p.count('lines')} 行，到此行已有 ${p.count('count')} 处），无法及时渲染：每一处都要让解析器把正文重读一遍。请精简正文或把部分内容移到其他文件；标题请写成 \`## …\`，不要用 \`---\` 或 \`===\` 加下划线。`;
      case 'markup':
        return `这一段的 Markdown 标记太多（${p.count('chars')} 个字符中有 ${p.count('marks')} 个 \`*\`、\`_\`、\`[\`、\`<\` 之类的标记），无法及时渲染。请用空行把它分成较短的段落，或删去重复的标记（确需照原样显示的标记请转义，如 \`\\*\`）。`;
      case 'nesting':
        return `这一段（${p.count('chars')} 个字符）有 ${p.count('openers')} 个可能开启强调、删除线、链接或图片的标记（\`*\`、\`_\`、\`~\`、\`[\`），层层相套时渲染耗时过长。请先闭合每一处再开始下一处，或拆分段落；确需照原样显示的标记请转义（\`\\*\`、\`\\[\`）。`;
    }
    if (p.str('hint') === 'unchecked') return `本正文第 ${p.str('from')}–${p.str('to')} 行在上述问题之后没有继续检查：请先修正上述问题，再重新检查。`;
    const hints: Record<string, string> = {
      comment: '正文不支持注释：请删除 `<!-- … -->`。（`{/* … */}` 也不行：它是 JavaScript 表达式，正文同样不允许。）',
      link: 'MDX 中 `<` 表示标签开始，因此 `<https://…>` 不是链接：请直接写网址（`https://example.com`），或写成 `[文字](https://example.com)`。',
      'less-than': 'MDX 中 `<` 表示标签（HTML 或组件）开始。如需写小于号，请转义为 `\\<`，或写成 `&lt;`。',
      'attribute-value': '属性值须加引号：写 `src="photo.png"`，而不是 `src=photo.png`。',
      lazy: '引用块或列表中的元素跨行时，有的行缺少 `>` 或缩进：请让该元素的每一行都以它开头。',
      'stray-closing': '这个结束标签没有对应的开始标签：请删除它，或在前面补上开始标签。',
      eof: '正文结束时标签仍未写完：请用 `>`（或 `/>`）结束它。',
      void: `MDX 中 ${tag(name)} 没有结束标签：请写成自闭合形式 ${code(`<${name} />`)}。`,
      unclosed: `请用 ${code(`</${name}>`)} 闭合它。包住 Markdown 内容时，开始标签和结束标签各占一行，并与内容之间空一行。`,
      mismatch: `元素须按打开顺序的相反顺序闭合：请先闭合 ${tag(name)}，或改正结束标签中的名称。`,
    };
    const hint = hints[p.str('hint')] ?? `正文只能使用 Markdown、HTML 以及 ${listZh(COMPONENT_NAMES.map((n) => `<${n}>`), '和')} 组件：请修改此处的标签。`;
    return `正文此处不是有效的 MDX（解析器提示：${p.str('reason')}）。${hint}`;
  },
  'unsafe-body': (p) => {
    const construct = p.str('construct');
    const never = '销售手册文件中的任何内容都不会被执行，因此正文不能包含代码。';
    if (construct === 'import' || construct === 'export') {
      return `以 ${code(`${construct} `)} 开头的行在 MDX 中是 JavaScript 的 ${construct} 语句。${never}请删除这一行；如果这是正文文字，请调整措辞，不要让这一行以“${construct} ”开头。`;
    }
    if (construct === 'expression-attribute') {
      const name = p.str('name') || '属性';
      return `${tag(p.str('element'))} 的 ${code(name)} 属性是 JavaScript 表达式（${code(`${name}={…}`)}）。${never}请把属性值写成带引号的字符串：${code(`${name}="…"`)}。`;
    }
    if (construct === 'spread-attribute') {
      return `${code('{...…}')} 会把 JavaScript 展开到 ${tag(p.str('element'))} 的属性中。${never}请逐个写出属性，如 ${code('name="value"')}。`;
    }
    return `${code('{…}')} 在 MDX 中是 JavaScript 表达式。${never}模型中的数字请用 ${code('<Metric of="…" />')}；如需写花括号本身，请转义为 ${code('\\{')}。`;
  },
  'unknown-component': (p) => {
    const name = p.str('component');
    const suggestion = p.str('suggestion');
    switch (p.str('problem')) {
      case 'fragment':
        return `片段 ${code('<>…</>')} 是 JSX 语法，不是 Markdown 或 HTML：请删除 ${code('<>')} 和 ${code('</>')}。`;
      case 'kind': {
        const kinds = p.list('kinds').map((k) => `“${KIND_ZH[k] ?? k}”`);
        return `${tag(name)} 只能用在${kinds.join('或')}文件的正文中，而本文件是“${KIND_ZH[p.str('kind')] ?? p.str('kind')}”文件。请把它移到这类文件中，或在此处改用标题或 ${tag('Callout')}。`;
      }
      case 'placement':
        return p.str('placement') === 'top-level'
          ? `${tag(name)} 必须位于正文的最外层并独占几行，不能放在其他元素、列表或句子中：请把它移出来。`
          : `${tag(name)} 是块级组件：开始标签和结束标签须各自独占一行，不能写在句子中间。`;
      case 'content':
        return `${tag(name)} 的标签之间不能有内容：请写成自闭合形式 ${code(`<${name} … />`)}。`;
      case 'prop':
        return `${tag(name)} 没有属性 ${code(p.str('prop'))}${suggestion ? `（是否想写 ${code(suggestion)}？）` : ''}。它的属性有：${listZh(p.list('known'), '和')}。`;
      case 'duplicate':
        return `${tag(name)} 的属性 ${code(p.str('prop'))} 出现了两次：请只保留一个。`;
      case 'boolean':
        return `${tag(name)} 的属性 ${code(p.str('prop'))} 没有值。属性值须为带引号的字符串：${code(`${p.str('prop')}="…"`)}。`;
      case 'value':
        return `${code(p.str('value'))} 不是 ${tag(name)} 的 ${code(p.str('prop'))} 可选值${suggestion ? `（是否想写 ${code(suggestion)}？）` : ''}。请使用 ${listZh(p.list('allowed'), '或')}。`;
      case 'missing':
        return `${tag(name)} 缺少必填属性 ${code(p.str('prop'))}：请加上 ${code(`${p.str('prop')}="…"`)}。它的属性有：${listZh(p.list('known'), '和')}。`;
      default:
        return `${tag(name)} 不是正文组件${suggestion ? `（是否想写 ${tag(suggestion)}？）` : ''}。正文可以使用 ${listZh(p.list('known').map((k) => `<${k}>`), '和')}；HTML 元素须用小写字母书写。`;
    }
  },
  'unknown-metric': (p) => {
    const value = code(p.str('value'));
    const suggestion = p.str('suggestion') ? `（是否想写 ${code(p.str('suggestion'))}？）` : '';
    switch (p.str('what')) {
      case 'scenario':
        return `${tag(p.str('component'))} 引用的情景 ${value} 在本销售手册中不存在${suggestion}。请使用 ${code('scenarios/')} 下某个文件的 id。`;
      case 'month':
        return `${value} 不是计划中的月份${suggestion}。月份须写成 ${code('YYYY-MM')}，并在销售手册 ${code('plan')} 的时间范围内。`;
      case 'stage':
        return `${tag(p.str('component'))} 引用的阶段 ${value} 在本流程中不存在${suggestion}。请使用本流程某个阶段的 ${code('id')}。`;
      default:
        return `${tag(p.str('component'))} 引用的指标 ${value} 在模型中不存在${suggestion}。可用的有 ${code('coverage')}、${code('winRate')}、${code('expectedWins')}、${code('expectedRevenue')}，以及 ${code('segments.<id>.<key>')}、${code('roles.<id>.<key>')}、${code('processes.<id>.<key>')}（键名与导出结果 ${code('metrics')} 中的相同）。`;
    }
  },
};

const MESSAGES: Record<BodyLang, Messages> = { en: EN, 'zh-CN': ZH };

/** The message of a body problem, in the playbook's language: what happened, why, and what to do. */
export function bodyMessage(code: BodyCode, params: BodyParams, lang: BodyLang): string {
  return MESSAGES[lang][code](new Params(params));
}
