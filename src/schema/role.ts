import { z } from 'astro/zod';
import { amount, monthSchema, text } from './common.ts';

export const ROLE_FUNCTIONS = ['sales', 'telesales', 'presales', 'executive', 'service', 'other'] as const;

export const hireSchema = z
  .object({
    start: monthSchema.describe('Month the people join, YYYY-MM.'),
    count: amount().gt(0).describe('How many people join (fractions allowed for shared people).'),
  })
  .strict();

export const attritionSchema = z
  .object({
    rate: z.number().min(0).max(1).describe('Share of the role\u2019s people who leave in a year, 0 to 1.'),
    backfillMonths: amount().int().min(0).describe('Months a seat stays empty before its replacement starts.'),
  })
  .strict()
  .describe('People leaving the role and how long their seats stay empty.');

/** Frontmatter of `roles/<id>.mdx`. */
export const roleSchema = z
  .object({
    title: text().describe('Name of the role.'),
    summary: text().describe('One paragraph: what this role does in the sales model.'),
    function: z
      .enum(ROLE_FUNCTIONS)
      .describe('`sales`, `telesales`, `presales`, `executive`, `service` or `other`.'),
    headcount: amount().min(0).describe('People in the role; fractions are allowed for shared people.'),
    sellingHours: amount()
      .gt(0)
      .optional()
      .describe('Selling hours per person per year for this role; overrides the playbook\u2019s default.'),
    counterparts: z
      .array(text())
      .optional()
      .describe('Customer-side functions this role mirrors, e.g. `CFO` (key-account selling pairs our CFO with theirs).'),
    hires: z
      .array(hireSchema)
      .optional()
      .describe('People joining the role during the plan: `{start, count}` each (a start before the plan counts as already ramping).'),
    rampMonths: amount().int().min(0).optional().describe('Months until a new person is fully productive; default 0.'),
    attrition: attritionSchema.optional(),
    cost: amount()
      .min(0)
      .optional()
      .describe('Fully loaded cost of one person a year (salary, variable pay at target, benefits, tools), in the playbook currency.'),
    quota: amount()
      .min(0)
      .optional()
      .describe('New-bookings quota of one fully ramped person a year, in the playbook currency (only for roles that carry a quota).'),
  })
  .strict();

export type RoleInput = z.input<typeof roleSchema>;
export type Role = z.output<typeof roleSchema>;
export type RoleFunction = Role['function'];
export type Hire = z.output<typeof hireSchema>;
export type Attrition = z.output<typeof attritionSchema>;
