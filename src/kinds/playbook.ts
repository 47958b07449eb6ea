import { DEFAULT_SELLING_HOURS, playbookSchema } from '../schema/playbook.ts';
import { defineKind } from './define.ts';
import { fileText, titleFromId, yamlScalar as y } from './skeleton-text.ts';

/** The playbook itself: `playbooks/<id>/index.mdx` (no folder of its own; the entity kinds' folders sit beside it). */
export const playbookKind = defineKind({
  id: 'playbook',
  singular: 'playbook',
  names: { en: { one: 'playbook', many: 'playbooks' }, 'zh-CN': { one: '销售手册', many: '销售手册' } },
  schema: playbookSchema,
  references: [],
  requires: [],
  mustBeUsed: false,
  inNav: false,
  next: 'edit that file - the title, summary and goals.',
  skeleton: (id) => ({
    ok: true,
    refers: [],
    text: fileText(
      [
        `title: ${y(titleFromId(id))}`,
        'summary: In one paragraph, what this sales model is for - the company, product line or region it covers and how it sells.',
        'lang: en # language of the pages: en or zh-CN',
        'currency: USD # ISO 4217 code used by every money field (dealSize)',
        '# owner: Who maintains this playbook',
        '# updated: 2025-01-31 # date of the last substantive revision',
        `sellingHours: ${DEFAULT_SELLING_HOURS} # selling hours per person per year; a role can override it`,
        'goals:',
        '  coverage: 0.8 # target share of the target accounts the team can work, in (0, 1]',
        '  winRate: 0.25 # target share of opportunities that close won, in (0, 1]',
      ],
      `
# ${titleFromId(id)}

Describe the sales model at a glance: who you sell to, what you sell, how you sell it and who does the work.
The segments, offerings, processes and roles of this playbook each get their own page; link to them here.
`,
    ),
  }),
});
