import { z } from 'astro/zod';
import { actualsSettingsSchema } from './actuals.ts';
import { amount, dateSchema, monthSchema, share, text } from './common.ts';

import { LANGS } from '../format/lang.ts';

export { LANGS };
export const DEFAULT_SELLING_HOURS = 1400;
/** An ISO 4217 currency code: three capital letters. */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

export const goalsSchema = z
  .object({
    coverage: share().describe('Target share of the target accounts the team can actually work (覆盖率), in (0, 1].'),
    winRate: share().describe('Target share of opportunities that close won (赢单率), in (0, 1].'),
    bookings: amount()
      .min(0)
      .optional()
      .describe('Target new bookings a year, in the playbook currency: what the expected revenue is compared with.'),
  })
  .strict()
  .describe('The goals of the sales model: coverage and win rate, and optionally new bookings.');

export const MAX_PLAN_MONTHS = 36;
export const DEFAULT_PLAN_MONTHS = 12;

export const planSchema = z
  .object({
    start: monthSchema.describe('First month of the plan, YYYY-MM.'),
    months: z
      .number()
      .int()
      .min(1)
      .max(MAX_PLAN_MONTHS)
      .default(DEFAULT_PLAN_MONTHS)
      .describe('How many months the plan covers, 1 to 36.'),
  })
  .strict()
  .describe('The plan over time: month by month from `start`, with the hires, ramp and attrition of the roles.');

/** Frontmatter of `playbooks/<playbook>/index.mdx`. */
export const playbookSchema = z
  .object({
    title: text().describe('Name of the sales model.'),
    summary: text().describe('One paragraph: what this sales model is for.'),
    lang: z.enum(LANGS).default('en').describe('Language of this playbook and of its pages\u2019 UI: `en` or `zh-CN`.'),
    currency: z
      .string()
      .regex(CURRENCY_PATTERN, { message: 'not a currency code' })
      .default('USD')
      .describe('ISO 4217 code (three capital letters) for every money field, e.g. `USD`, `EUR`, `CNY`.'),
    owner: text().optional().describe('Who maintains this playbook.'),
    updated: dateSchema.optional().describe('Date of the last substantive revision, YYYY-MM-DD.'),
    sellingHours: amount()
      .gt(0)
      .default(DEFAULT_SELLING_HOURS)
      .describe('Selling hours per person per year; a role can override it.'),
    plan: planSchema.optional(),
    actuals: actualsSettingsSchema.optional(),
    goals: goalsSchema,
  })
  .strict();

export type PlaybookInput = z.input<typeof playbookSchema>;
export type Playbook = z.output<typeof playbookSchema>;
export type Goals = z.output<typeof goalsSchema>;
export type Plan = z.output<typeof planSchema>;
