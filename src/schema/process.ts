import { z } from 'astro/zod';
import { PROCESS_TYPES, amount, idSchema, share, text } from './common.ts';

export const RACI_LETTERS = ['R', 'A', 'C', 'I', 'AR'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

export const stageSchema = z
  .object({
    id: idSchema.describe('Id of the stage, unique within the process.'),
    title: text().describe('Name of the stage.'),
    goal: text().describe('What the stage must achieve.'),
    exitCriteria: z.array(text()).min(1).describe('Checkable facts that say the opportunity may move on.'),
    days: amount().min(0).describe('Typical duration of the stage in days.'),
    conversion: share().describe(
      'Share of the opportunities in this stage that go on to the next; for the last stage, the share that close won.',
    ),
    raci: z
      .record(idSchema, z.enum(RACI_LETTERS))
      .describe('Who does what: role id → `R` (responsible), `A` (accountable), `C` (consulted), `I` (informed) or `AR`.'),
    hours: z
      .record(idSchema, amount().min(0))
      .optional()
      .describe('Hours of effort per opportunity in this stage: role id → hours.'),
  })
  .strict();

/** Frontmatter of `processes/<id>.mdx`. */
export const processSchema = z
  .object({
    title: text().describe('Name of the process.'),
    summary: text().describe('One paragraph: when and how this process is used.'),
    type: z
      .enum(PROCESS_TYPES)
      .describe('`transactional` (交易型), `solution` (解决方案型) or `key-account` (要客型).'),
    stages: z.array(stageSchema).min(1).describe('The stages, in order.'),
  })
  .strict();

export type ProcessInput = z.input<typeof processSchema>;
export type Process = z.output<typeof processSchema>;
export type Stage = z.output<typeof stageSchema>;
