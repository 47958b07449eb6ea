import { z } from 'astro/zod';
import { idSchema, motiveSchema, text } from './common.ts';

export const OFFERING_KINDS = ['product', 'service', 'bundle'] as const;

/** Frontmatter of `offerings/<id>.mdx`. */
export const offeringSchema = z
  .object({
    title: text().describe('Name of the product or service.'),
    summary: text().describe('One paragraph: what it is and what it does for the customer.'),
    kind: z.enum(OFFERING_KINDS).describe('`product`, `service` or `bundle`.'),
    motives: z.array(motiveSchema).min(1).describe('The buying motives this offering answers.'),
    includes: z
      .array(idSchema)
      .optional()
      .describe('Offerings (ids under offerings/) bundled with this one, e.g. the services that make a product deliver value.'),
  })
  .strict();

export type OfferingInput = z.input<typeof offeringSchema>;
export type Offering = z.output<typeof offeringSchema>;
