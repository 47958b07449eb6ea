import { offeringSchema } from '../schema/offering.ts';
import { defineKind } from './define.ts';
import { fileText, titleFromId, yamlScalar as y } from './skeleton-text.ts';

export const offeringKind = defineKind({
  id: 'offerings',
  singular: 'offering',
  names: { en: { one: 'offering', many: 'offerings' }, 'zh-CN': { one: '产品/服务', many: '产品/服务' } },
  schema: offeringSchema,
  references: [{ path: ['includes', '*'], to: 'offerings' }],
  requires: [],
  mustBeUsed: true,
  inNav: true,
  next: "edit that file - the title, summary, kind and the motives it answers - and add its id to a segment's `offerings` (until then `check` warns that it is unused).",
  skeleton: (id) => ({
    ok: true,
    refers: [],
    text: fileText(
      [
        `title: ${y(titleFromId(id))}`,
        'summary: In one paragraph, what it is and what it does for the customer.',
        'kind: product # product, service or bundle',
        'motives: [price-performance] # buying motives it answers: price-performance, value-realization, partnership',
        '# includes: [onboarding] # offerings bundled with it (ids under offerings/)',
      ],
      `
## What it is

Describe the product or service in the customer's words.

## Why customers buy it

For each motive it answers, the value it delivers and the proof that it does.
`,
    ),
  }),
});
