/**
 * Simplified Chinese UI strings of the docs' quotes of the example playbooks: what a page says in place of an example
 * that the site does not include. One part of the dictionary that zh-cn.ts assembles, typed by the English part
 * (../en/examples.ts) so that a missing or extra key fails the type check; the words keep to the glossary of zh-cn.ts.
 */
import type { exampleStrings as en } from '../en/examples.ts';

export const exampleStrings: typeof en = {
  // 文档对示例销售手册的引用（src/components/docs/FromExample.astro）：站点没有收录示例时，页面上代替那部分内容的说明。
  examples: {
    leftOut: (ids: readonly string[]) => `这部分内容以示例销售手册 ${ids.join('、')} 为例，但本站没有收录${ids.length === 1 ? '这本手册' : '这些手册'}。`,
  },
};
