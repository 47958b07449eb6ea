import { z } from 'astro/zod';
import { amount, idSchema, motiveSchema, text } from './common.ts';

const range = (item: z.ZodNumber, what: string) =>
  z
    .object({
      min: item.optional().describe(`Smallest ${what}.`),
      max: item.optional().describe(`Largest ${what}.`),
    })
    .strict()
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
      message: 'must not be greater than `max`',
      path: ['min'],
      params: { rule: 'min-above-max' },
    });

export const criteriaSchema = z
  .object({
    industries: z.array(text()).optional().describe('Industries the accounts are in.'),
    regions: z.array(text()).optional().describe('Regions or countries the accounts are in.'),
    employees: range(amount().int().min(0), 'employee count').optional().describe('Company size in employees: `min` and/or `max`.'),
    revenue: range(amount().min(0), 'annual revenue').optional().describe('Annual revenue in the playbook currency: `min` and/or `max`.'),
  })
  .strict()
  .refine((c) => Object.values(c).some((v) => v !== undefined), { message: 'needs at least one criterion: `industries`, `regions`, `employees` or `revenue`', params: { rule: 'one-criterion' } })
  .describe('How to recognise an account of this segment: at least one of industries, regions, employees, revenue.');

export const coverageSchema = z
  .object({
    owner: idSchema.describe('The role (id under roles/) that owns account coverage in this segment.'),
    touchesPerYear: amount().min(0).describe('Planned touches per account per year.'),
    hoursPerTouch: amount().min(0).describe('Hours of the owner\u2019s time per touch.'),
  })
  .strict()
  .describe('Account coverage cadence: who keeps in touch with every account, how often and for how long.');

export const INFLUENCES = ['economic', 'technical', 'user', 'coach'] as const;

export const buyerSchema = z
  .object({
    influence: z.enum(INFLUENCES).describe('Kind of influence on the decision: `economic`, `technical`, `user` or `coach`.'),
    function: text().describe('The customer-side function, e.g. `CFO`, `Head of Engineering`.'),
  })
  .strict();

/** Frontmatter of `segments/<id>.mdx`. */
export const segmentSchema = z
  .object({
    title: text().describe('Name of the segment.'),
    summary: text().describe('One paragraph: who these customers are and why they buy.'),
    priority: z
      .enum(['strategic', 'core', 'opportunistic'])
      .describe('`strategic` marks the strategic high ground (战略高地); `core` is the bread and butter; `opportunistic` is taken when it comes.'),
    motive: motiveSchema,
    criteria: criteriaSchema,
    buyingCriteria: z.array(text()).min(1).describe('What the buyer judges on, most important first.'),
    accounts: amount().int().min(0).describe('Number of target accounts in the segment.'),
    opportunityRate: amount().min(0).describe('New opportunities per account per year.'),
    dealSize: amount().min(0).describe('Average deal size, in the playbook currency.'),
    offerings: z.array(idSchema).min(1).describe('Offerings (ids under offerings/) sold to this segment.'),
    process: idSchema.describe('The sales process (id under processes/) used for this segment.'),
    coverage: coverageSchema,
    buyingCenter: z
      .array(buyerSchema)
      .optional()
      .describe('Customer-side roles in the buying decision: `{influence, function}` each.'),
  })
  .strict();

export type SegmentInput = z.input<typeof segmentSchema>;
export type Segment = z.output<typeof segmentSchema>;
export type Priority = Segment['priority'];
export type Buyer = z.output<typeof buyerSchema>;
