import { z } from 'astro/zod';
import { MAX_AMOUNT, amount, text, withoutBidi } from './common.ts';

/**
 * One change of a scenario (format §7): `{set: <path>, to: <value>}`
 * replaces a value, `{set: <path>, add: <number>}` adds to a number (an
 * absent optional number counts as 0).
 */
export const changeSchema = z
  .object({
    set: text().describe(
      'What to change: `playbook.<field>` or `<kind>/<id>.<field>`, then `.<key>` per nested key; `stages.<stage-id>` addresses a stage, e.g. `roles/inside-sales.headcount`, `processes/solution-sale.stages.validate.conversion`.',
    ),
    // Its texts lose their bidirectional overrides, as every text of a file does (`text()`).
    to: z.unknown().overwrite(withoutBidi).optional().describe('The new value (a number, text, list or map), replacing the old one.'),
    add: amount().min(-MAX_AMOUNT).optional().describe('A number added to the current value (negative to take away).'),
  })
  .strict()
  .refine((change) => (change.to !== undefined) !== (change.add !== undefined), {
    message: 'needs exactly one of `to` and `add`',
    path: ['set'],
    params: { rule: 'to-or-add' },
  });

/** Frontmatter of `scenarios/<id>.mdx`. */
export const scenarioSchema = z
  .object({
    title: text().describe('Name of the scenario, e.g. "A seventh representative".'),
    summary: text().describe('One paragraph: what the scenario changes and why a leader would consider it.'),
    changes: z.array(changeSchema).min(1).describe('The changes, applied in order to a copy of the playbook.'),
  })
  .strict();

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type Change = z.output<typeof changeSchema>;
