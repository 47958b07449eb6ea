/** How the checker's messages name a field: inside a process's stage, by the stage's id and title, never by its place in the list. */
import type { MessageContext } from '../context.ts';

/** The stage a field belongs to, named by its id and title (never by its place in the list). */
export interface StageOfField {
  /** 0-based place in `stages`: only when the stage has neither id nor title. */
  index: number;
  id?: string;
  title?: string;
  /** The field inside the stage: `conversion`, `raci.ae`; empty for the stage itself. */
  field: string;
}

/** A stage by its id and title: `stage \`qualify\` (Qualify)`, `阶段 \`qualify\`（资格确认）`. */
export function stageName(stage: Omit<StageOfField, 'field'>, c: MessageContext): string {
  if (c.lang === 'zh-CN') {
    if (stage.id && stage.title) return `阶段 ${c.code(stage.id)}（${stage.title}）`;
    if (stage.id || stage.title) return stage.id ? `阶段 ${c.code(stage.id)}` : `阶段“${stage.title}”`;
    return `第 ${stage.index + 1} 个阶段`;
  }
  if (stage.id && stage.title) return `stage ${c.code(stage.id)} (${stage.title})`;
  if (stage.id || stage.title) return stage.id ? `stage ${c.code(stage.id)}` : `stage “${stage.title}”`;
  return `stage ${stage.index + 1}`;
}

/** A field, named as authors find it: `` `conversion` of stage `qualify` (Qualify) `` rather than `stages[1].conversion`. */
export function fieldName(p: { field: string; stage?: StageOfField | undefined }, c: MessageContext): string {
  if (!p.stage) return c.code(p.field);
  const stage = stageName(p.stage, c);
  if (c.lang === 'zh-CN') return p.stage.field ? `${stage}的 ${c.code(p.stage.field)}` : stage;
  return p.stage.field ? `${c.code(p.stage.field)} of ${stage}` : stage;
}

/** The field a description is of: within a stage, without the stage's place (`conversion`, not `stages[1].conversion`). */
export const described = (p: { field: string; stage?: StageOfField | undefined }) => (p.stage?.field ? p.stage.field : p.field);

/** `Field` at the start of a sentence. */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

