/** The code of scenario changes (format §7). */
import { scenarioKinds } from '../../kinds/index.ts';
import type { MessageContext } from '../context.ts';
import { defineCode } from '../define.ts';

export interface ScenarioPathParams {
  path: string;
  /**
   * What names nothing: the path's form, its kind, entity, stage or field;
   * `list-item` a key after a list other than a process's stages (lists are
   * replaced whole); `not-a-number` an `add` to a value that is not a number.
   */
  reason: 'syntax' | 'kind' | 'entity' | 'stage' | 'field' | 'list-item' | 'not-a-number';
  /** The part of the path that names nothing. */
  part?: string;
  /** The kind of the entity an `entity` reason names (`roles`), for the message. */
  kind?: string;
  /** The whole path, corrected: every part replaced by the closest that exists. */
  suggestion?: string;
}

/** The kinds a path may name (the registry's), as code: `` `segments`, `offerings`, `processes` or `roles` `` / `` `segments`、`offerings`、`processes` 或 `roles` ``. */
function kindList(c: MessageContext): string {
  const kinds = scenarioKinds().map((k) => `\`${k.id}\``);
  const [sep, or] = c.lang === 'zh-CN' ? ['、', ' 或 '] : [', ', ' or '];
  return kinds.length <= 1 ? kinds.join('') : `${kinds.slice(0, -1).join(sep)}${or}${kinds.at(-1)!}`;
}

export const scenarioPath = defineCode<ScenarioPathParams>()({
  severity: 'error',
  title: { en: 'Scenario path', 'zh-CN': '情景路径无效' },
  when: { en: 'A scenario change names no entity, stage or field (the message says the closest).', 'zh-CN': '情景中的某项变更找不到对应的条目、阶段或字段（提示会给出最接近的写法）。' },
  fix: { en: 'Write the path as `playbook.<field>` or `<kind>/<id>.<field>`, with ids that exist.', 'zh-CN': '路径写成 `playbook.<字段>` 或 `<类别>/<id>.<字段>`，并使用确实存在的 id。' },
  message: {
    en: (p, c) => {
      switch (p.reason) {
        case 'syntax':
          return `${c.code(p.path)} is not a path: write \`playbook.<field>\` or \`<kind>/<id>.<field>\`, e.g. \`roles/inside-sales.headcount\`.`;
        case 'kind':
          return `${c.code(p.part ?? p.path)} in ${c.code(p.path)} is not a kind of file: use ${kindList(c)} (or \`playbook\`).`;
        case 'entity':
          return `${c.code(p.path)} names ${p.kind ? `${c.kind(p.kind)} ` : ''}${c.code(p.part ?? '')}, which does not exist in this playbook.`;
        case 'stage':
          return `${c.code(p.path)} names stage ${c.code(p.part ?? '')}, which its process does not have.`;
        case 'field':
          return `${c.code(p.path)} names the field ${c.code(p.part ?? '')}, which does not exist there.`;
        case 'list-item':
          return `${c.code(p.path)} names ${c.code(p.part ?? '')} inside a list: a change replaces a list whole (\`to: [...]\`); only a process's \`stages\` are addressed one by one, by stage id.`;
        case 'not-a-number':
          return `${c.code(p.path)} is not a number, so \`add\` cannot add to it; use \`to\` to replace it.`;
      }
    },
    'zh-CN': (p, c) => {
      switch (p.reason) {
        case 'syntax':
          return `${c.code(p.path)} 不是合法的路径：请写成 \`playbook.<字段>\` 或 \`<类别>/<id>.<字段>\`，例如 \`roles/inside-sales.headcount\`。`;
        case 'kind':
          return `${c.code(p.path)} 中的 ${c.code(p.part ?? p.path)} 不是文件类别：请用 ${kindList(c)}（或 \`playbook\`）。`;
        case 'entity':
          return `${c.code(p.path)} 引用的${p.kind ? c.kind(p.kind) : ''} ${c.code(p.part ?? '')} 在本销售手册中不存在。`;
        case 'stage':
          return `${c.code(p.path)} 引用的阶段 ${c.code(p.part ?? '')} 在该流程中不存在。`;
        case 'field':
          return `${c.code(p.path)} 引用的字段 ${c.code(p.part ?? '')} 在此处不存在。`;
        case 'list-item':
          return `${c.code(p.path)} 引用了列表中的 ${c.code(p.part ?? '')}：列表只能整体替换（\`to: [...]\`），只有销售流程的 \`stages\` 可以按阶段 id 逐个修改。`;
        case 'not-a-number':
          return `${c.code(p.path)} 不是数字，\`add\` 无法累加；要替换它请用 \`to\`。`;
      }
    },
  },
  hint: {
    en: (p, c) => (p.suggestion && p.reason !== 'not-a-number' ? `Did you mean ${c.code(p.suggestion)}?` : ''),
    'zh-CN': (p, c) => (p.suggestion && p.reason !== 'not-a-number' ? `是不是想写 ${c.code(p.suggestion)}？` : ''),
  },
});
