import { z } from 'astro/zod';
import { text } from './common.ts';

export const ROLE_FUNCTIONS = ['sales', 'telesales', 'presales', 'executive', 'service', 'other'] as const;

/** Frontmatter of `roles/<id>.mdx`. */
export const roleSchema = z
  .object({
    title: text().describe('Name of the role.'),
    summary: text().describe('One paragraph: what this role does in the sales model.'),
    function: z
      .enum(ROLE_FUNCTIONS)
      .describe('`sales`, `telesales`, `presales`, `executive`, `service` or `other`.'),
    headcount: z.number().min(0).describe('People in the role; fractions are allowed for shared people.'),
    sellingHours: z
      .number()
      .gt(0)
      .optional()
      .describe('Selling hours per person per year for this role; overrides the playbook\u2019s default.'),
    counterparts: z
      .array(text())
      .optional()
      .describe('Customer-side functions this role mirrors, e.g. `CFO` (key-account selling pairs our CFO with theirs).'),
  })
  .strict();

export type RoleInput = z.input<typeof roleSchema>;
export type Role = z.output<typeof roleSchema>;
export type RoleFunction = Role['function'];
