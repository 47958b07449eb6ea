import { DEFAULT_SELLING_HOURS } from '../schema/playbook.ts';
import { roleSchema } from '../schema/role.ts';
import { defineKind } from './define.ts';
import { fileText, titleFromId, yamlScalar as y } from './skeleton-text.ts';

export const roleKind = defineKind({
  id: 'roles',
  singular: 'role',
  names: { en: { one: 'role', many: 'roles' }, 'zh-CN': { one: '岗位', many: '岗位' } },
  schema: roleSchema,
  references: [],
  requires: [],
  mustBeUsed: true,
  inNav: true,
  next: "edit that file - the title, summary, function and headcount - and give the role a part in a stage's `raci` or make it a segment's coverage owner (until then `check` warns that it is unused).",
  skeleton: (id) => ({
    ok: true,
    refers: [],
    text: fileText(
      [
        `title: ${y(titleFromId(id))}`,
        'summary: In one paragraph, what this role does in the sales model and what it is measured on.',
        'function: sales # sales, telesales, presales, executive, service or other',
        'headcount: 1 # people in the role; fractions are allowed for shared people',
        `# sellingHours: ${DEFAULT_SELLING_HOURS} # selling hours per person per year, when not the playbook's`,
        '# counterparts: [CFO] # customer-side functions this role mirrors (key-account selling)',
      ],
      `
## Responsibilities

List what this role owns in each process stage and in account coverage.

## What good looks like

Describe the habits, skills and numbers of the best people in this role.
`,
    ),
  }),
});
