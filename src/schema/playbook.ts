import { z } from 'astro/zod';
import { dateSchema, share, text } from './common.ts';

export const LANGS = ['en', 'zh-CN'] as const;
export const DEFAULT_SELLING_HOURS = 1400;

export const goalsSchema = z
  .object({
    coverage: share().describe('Target share of the target accounts the team can actually work (覆盖率), in (0, 1].'),
    winRate: share().describe('Target share of opportunities that close won (赢单率), in (0, 1].'),
  })
  .strict()
  .describe('The two goals of the sales model.');

/** Frontmatter of `playbooks/<playbook>/index.mdx`. */
export const playbookSchema = z
  .object({
    title: text().describe('Name of the sales model.'),
    summary: text().describe('One paragraph: what this sales model is for.'),
    lang: z.enum(LANGS).default('en').describe('Language of this playbook and of its pages\u2019 UI: `en` or `zh-CN`.'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'not a currency code' })
      .default('USD')
      .describe('ISO 4217 code (three capital letters) for every money field, e.g. `USD`, `EUR`, `CNY`.'),
    owner: text().optional().describe('Who maintains this playbook.'),
    updated: dateSchema.optional().describe('Date of the last substantive revision, YYYY-MM-DD.'),
    sellingHours: z
      .number()
      .gt(0)
      .default(DEFAULT_SELLING_HOURS)
      .describe('Selling hours per person per year; a role can override it.'),
    goals: goalsSchema,
  })
  .strict();

export type PlaybookInput = z.input<typeof playbookSchema>;
export type Playbook = z.output<typeof playbookSchema>;
export type Goals = z.output<typeof goalsSchema>;
