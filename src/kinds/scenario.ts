import { scenarioSchema } from '../schema/scenario.ts';
import { defineKind } from './define.ts';
import { fileText, pickRole, titleFromId, yamlScalar as y } from './skeleton-text.ts';

/** What-if plans (format.md §7): changes applied to a copy of the playbook, compared side by side with it. */
export const scenarioKind = defineKind({
  id: 'scenarios',
  singular: 'scenario',
  names: { en: { one: 'scenario', many: 'scenarios' }, 'zh-CN': { one: '情景', many: '情景' } },
  schema: scenarioSchema,
  references: [],
  requires: ['roles'],
  mustBeUsed: false,
  inNav: true,
  next: 'edit that file - the title, summary and the changes (`set` a path `to` a value, or `add` to a number) - and see its numbers beside the baseline with `npm run playbook -- what-if <playbook> --scenario <id>`.',
  /** One more person in the playbook's main selling role. */
  skeleton(id, context) {
    const role = pickRole(context.entities('roles'));
    if (!role) return { ok: false, missing: ['role'] };
    return {
      ok: true,
      refers: [`role \`${role.id}\``],
      text: fileText(
        [
          `title: ${y(titleFromId(id))}`,
          'summary: In one paragraph, what this scenario changes and why a sales leader would consider it.',
          'changes: # applied in order to a copy of the playbook',
          `  - set: roles/${role.id}.headcount # playbook.<field> or <kind>/<id>.<field>, then .<key> per nested key`,
          '    add: 1 # or `to: <value>` to replace the value',
        ],
        `
## What changes

Say what the scenario changes in the sales model, and why.

## What it costs and what it buys

Quote the numbers with \`<Metric of="coverage" scenario="${id}" />\` and \`<Delta of="coverage" scenario="${id}" />\` rather than typing them.
`,
      ),
    };
  },
});
