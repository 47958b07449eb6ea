/** The codes of body components (format §9): a component used wrong, and a figure, scenario, month or stage it names that does not exist. */
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';

/** A body component used wrong, by problem. */
export type UnknownComponentParams =
  | { problem: 'fragment'; component: string; known: readonly string[] }
  | { problem: 'component'; component: string; known: readonly string[]; suggestion?: string }
  | { problem: 'kind'; component: string; kind: string; kinds: readonly string[] }
  | { problem: 'placement'; component: string; placement: 'block' | 'top-level' }
  | { problem: 'content'; component: string }
  | { problem: 'prop'; component: string; prop: string; known: readonly string[]; suggestion?: string }
  | { problem: 'duplicate' | 'boolean'; component: string; prop: string }
  | { problem: 'value'; component: string; prop: string; value: string; allowed: readonly string[]; suggestion?: string }
  | { problem: 'missing'; component: string; prop: string; known: readonly string[] };

export interface UnknownMetricParams {
  component: string;
  prop?: string;
  /** What names nothing. */
  what: 'metric' | 'scenario' | 'month' | 'stage';
  value: string;
  /** The closest that exists, of the same kind and entity. */
  suggestion?: string;
}

export const tag = (c: MessageContext, name: string) => c.code(`<${name}>`);

export function listEn(c: MessageContext, items: readonly string[], conjunction: 'and' | 'or'): string {
  const quoted = items.map(c.code);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}

export function listZh(c: MessageContext, items: readonly string[], conjunction: '和' | '或'): string {
  const quoted = items.map(c.code);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join('、')}${conjunction}${quoted[quoted.length - 1]}`;
}

/** A kind of file as a body's component message names it: the registry's name (`a segment`, `目标客群`); the playbook by its file. */
function kindEn(c: MessageContext, kind: string): string {
  if (kind === 'playbook') return 'the playbook (index.mdx)';
  const name = c.kind(kind);
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
}
const kindZh = (c: MessageContext, kind: string): string => (kind === 'playbook' ? '销售手册首页（index.mdx）' : c.kind(kind));

export const unknownComponent = defineCode<UnknownComponentParams>()({
  severity: 'error',
  title: { en: 'Unknown component', 'zh-CN': '未知组件' },
  when: {
    en: 'A body uses a component that does not exist (there are `Metric`, `Delta`, `Callout` and `Stage`), or a prop it does not take.',
    'zh-CN': '正文用了不存在的组件（只有 `Metric`、`Delta`、`Callout` 和 `Stage`），或组件不支持的属性。',
  },
  fix: { en: 'Use one of the built-in components with its props, or plain Markdown.', 'zh-CN': '改用内置组件及其属性，或直接写 Markdown。' },
  message: {
    en: (p, c) => {
      const name = p.component;
      switch (p.problem) {
        case 'fragment':
          return `A fragment ${c.code('<>…</>')} is JSX, not Markdown or HTML.`;
        case 'kind':
          return `${tag(c, name)} can only be used in the body of ${p.kinds.map((k) => kindEn(c, k)).join(' or ')}, and this file is ${kindEn(c, p.kind)}.`;
        case 'placement':
          return p.placement === 'top-level'
            ? `${tag(c, name)} must stand at the top level of the body, on lines of its own: not inside another element, a list or a sentence.`
            : `${tag(c, name)} is a block: its opening and closing tags go on lines of their own, not inside a sentence.`;
        case 'content':
          return `${tag(c, name)} takes no content between its tags.`;
        case 'prop':
          return `${tag(c, name)} has no prop ${c.code(p.prop)}. Its props are ${listEn(c, p.known, 'and')}.`;
        case 'duplicate':
          return `${tag(c, name)} has the prop ${c.code(p.prop)} twice.`;
        case 'boolean':
          return `The prop ${c.code(p.prop)} of ${tag(c, name)} has no value.`;
        case 'value':
          return `${c.code(p.value)} is not a ${c.code(p.prop)} of ${tag(c, name)}.`;
        case 'missing':
          return `${tag(c, name)} needs the prop ${c.code(p.prop)}. Its props are ${listEn(c, p.known, 'and')}.`;
        default:
          return `${tag(c, name)} is not a body component. Bodies can use ${listEn(c, p.known.map((k) => `<${k}>`), 'and')}; HTML elements are written in lowercase.`;
      }
    },
    'zh-CN': (p, c) => {
      const name = p.component;
      switch (p.problem) {
        case 'fragment':
          return `片段 ${c.code('<>…</>')} 是 JSX 语法，不是 Markdown 或 HTML。`;
        case 'kind':
          return `${tag(c, name)} 只能用在${p.kinds.map((k) => `“${kindZh(c, k)}”`).join('或')}文件的正文中，而本文件是“${kindZh(c, p.kind)}”文件。`;
        case 'placement':
          return p.placement === 'top-level'
            ? `${tag(c, name)} 必须位于正文的最外层并独占几行，不能放在其他元素、列表或句子中。`
            : `${tag(c, name)} 是块级组件：开始标签和结束标签须各自独占一行，不能写在句子中间。`;
        case 'content':
          return `${tag(c, name)} 的标签之间不能有内容。`;
        case 'prop':
          return `${tag(c, name)} 没有属性 ${c.code(p.prop)}。它的属性有：${listZh(c, p.known, '和')}。`;
        case 'duplicate':
          return `${tag(c, name)} 的属性 ${c.code(p.prop)} 出现了两次。`;
        case 'boolean':
          return `${tag(c, name)} 的属性 ${c.code(p.prop)} 没有值。`;
        case 'value':
          return `${c.code(p.value)} 不是 ${tag(c, name)} 的 ${c.code(p.prop)} 可选值。`;
        case 'missing':
          return `${tag(c, name)} 缺少必填属性 ${c.code(p.prop)}。它的属性有：${listZh(c, p.known, '和')}。`;
        default:
          return `${tag(c, name)} 不是正文组件。正文可以使用 ${listZh(c, p.known.map((k) => `<${k}>`), '和')}；HTML 元素须用小写字母书写。`;
      }
    },
  },
  hint: {
    en: (p, c) => {
      const name = p.component;
      switch (p.problem) {
        case 'fragment':
          return `Remove the ${c.code('<>')} and ${c.code('</>')}.`;
        case 'kind':
          return `Move it to such a file, or use a heading or a ${tag(c, 'Callout')} here.`;
        case 'placement':
          return p.placement === 'top-level' ? 'Move it out.' : 'Put each tag on a line of its own.';
        case 'content':
          return `Write it self-closing, ${c.code(`<${name} … />`)}.`;
        case 'prop':
          return p.suggestion ? `Did you mean ${c.code(p.suggestion)}?` : 'Use one of them, or remove this one.';
        case 'duplicate':
          return 'Keep one.';
        case 'boolean':
          return `Props are quoted strings: ${c.code(`${p.prop}="…"`)}.`;
        case 'value':
          return `${p.suggestion ? `Did you mean ${c.code(p.suggestion)}? ` : ''}Use ${listEn(c, p.allowed, 'or')}.`;
        case 'missing':
          return `Add ${c.code(`${p.prop}="…"`)}.`;
        default:
          return p.suggestion ? `Did you mean ${tag(c, p.suggestion)}?` : 'Use one of them, or plain Markdown.';
      }
    },
    'zh-CN': (p, c) => {
      const name = p.component;
      switch (p.problem) {
        case 'fragment':
          return `请删除 ${c.code('<>')} 和 ${c.code('</>')}。`;
        case 'kind':
          return `请把它移到这类文件中，或在此处改用标题或 ${tag(c, 'Callout')}。`;
        case 'placement':
          return p.placement === 'top-level' ? '请把它移出来。' : '请让每个标签各占一行。';
        case 'content':
          return `请写成自闭合形式 ${c.code(`<${name} … />`)}。`;
        case 'prop':
          return p.suggestion ? `是不是想写 ${c.code(p.suggestion)}？` : '请改用其中之一，或删除这个属性。';
        case 'duplicate':
          return '请只保留一个。';
        case 'boolean':
          return `属性值须为带引号的字符串：${c.code(`${p.prop}="…"`)}。`;
        case 'value':
          return `${p.suggestion ? `是不是想写 ${c.code(p.suggestion)}？` : ''}请使用 ${listZh(c, p.allowed, '或')}。`;
        case 'missing':
          return `请加上 ${c.code(`${p.prop}="…"`)}。`;
        default:
          return p.suggestion ? `是不是想写 ${tag(c, p.suggestion)}？` : '请改用其中之一，或直接写 Markdown。';
      }
    },
  },
});

export const unknownMetric = defineCode<UnknownMetricParams>()({
  severity: 'error',
  title: { en: 'Unknown metric', 'zh-CN': '引用的指标不存在' },
  when: { en: 'A body component names a metric, scenario, month or stage that does not exist.', 'zh-CN': '正文组件引用了不存在的指标、情景、月份或阶段。' },
  fix: { en: 'Use a path the metrics page lists, and ids that exist.', 'zh-CN': '使用指标页列出的路径和确实存在的 id。' },
  message: {
    en: (p, c) => {
      const value = c.code(p.value);
      switch (p.what) {
        case 'scenario':
          return `${tag(c, p.component)} names the scenario ${value}, which this playbook does not have.`;
        case 'month':
          return `${value} is not a month of the plan.`;
        case 'stage':
          return `${tag(c, p.component)} names the stage ${value}, which this process does not have.`;
        default:
          return `${tag(c, p.component)} names the metric ${value}, which the model does not have.`;
      }
    },
    'zh-CN': (p, c) => {
      const value = c.code(p.value);
      switch (p.what) {
        case 'scenario':
          return `${tag(c, p.component)} 引用的情景 ${value} 在本销售手册中不存在。`;
        case 'month':
          return `${value} 不是计划中的月份。`;
        case 'stage':
          return `${tag(c, p.component)} 引用的阶段 ${value} 在本流程中不存在。`;
        default:
          return `${tag(c, p.component)} 引用的指标 ${value} 在模型中不存在。`;
      }
    },
  },
  hint: {
    en: (p, c) => {
      const did = p.suggestion ? `Did you mean ${c.code(p.suggestion)}? ` : '';
      switch (p.what) {
        case 'scenario':
          return `${did}Use the id of a file in ${c.code('scenarios/')}.`;
        case 'month':
          return `${did}Write months as ${c.code('YYYY-MM')}, within the playbook's ${c.code('plan')} (for an ${c.code('actuals.…')} figure: the month of a snapshot under ${c.code('actuals/')}).`;
        case 'stage':
          return `${did}Use the ${c.code('id')} of one of its stages.`;
        default:
          return `${did}Use ${c.code('coverage')}, ${c.code('winRate')}, ${c.code('expectedWins')}, ${c.code('expectedRevenue')}, or ${c.code('segments.<id>.<key>')}, ${c.code('roles.<id>.<key>')}, ${c.code('processes.<id>.<key>')} with the keys of the export's ${c.code('metrics')}.`;
      }
    },
    'zh-CN': (p, c) => {
      const did = p.suggestion ? `是不是想写 ${c.code(p.suggestion)}？` : '';
      switch (p.what) {
        case 'scenario':
          return `${did}请使用 ${c.code('scenarios/')} 下某个文件的 id。`;
        case 'month':
          return `${did}月份须写成 ${c.code('YYYY-MM')}，并在销售手册 ${c.code('plan')} 的时间范围内（引用 ${c.code('actuals.…')} 数字时，须是 ${c.code('actuals/')} 下某个快照的月份）。`;
        case 'stage':
          return `${did}请使用本流程某个阶段的 ${c.code('id')}。`;
        default:
          return `${did}可用的有 ${c.code('coverage')}、${c.code('winRate')}、${c.code('expectedWins')}、${c.code('expectedRevenue')}，以及 ${c.code('segments.<id>.<key>')}、${c.code('roles.<id>.<key>')}、${c.code('processes.<id>.<key>')}（键名与导出结果 ${c.code('metrics')} 中的相同）。`;
      }
    },
  },
});
