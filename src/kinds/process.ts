import { processSchema } from '../schema/process.ts';
import { defineKind } from './define.ts';
import { fileText, pickRole, titleFromId, yamlScalar as y } from './skeleton-text.ts';

export const processKind = defineKind({
  id: 'processes',
  singular: 'process',
  names: { en: { one: 'process', many: 'processes' }, 'zh-CN': { one: '销售流程', many: '销售流程' } },
  schema: processSchema,
  references: [
    { path: ['stages', '*', 'raci', '{}'], to: 'roles' },
    // A role with hours but no raci entry is `hours-without-raci`, not a broken reference.
    { path: ['stages', '*', 'hours', '{}'], to: 'roles', when: (stage, key) => Object.hasOwn((stage.raci as object | undefined) ?? {}, key) },
  ],
  requires: ['roles'],
  mustBeUsed: true,
  inNav: true,
  next: "edit that file - the type, and stages with their goals, exit criteria, days, conversions, raci and hours - and make it a segment's `process` (until then `check` warns that it is unused).",
  /** A process of two stages; the role (preferably a seller) is accountable and responsible for both. */
  skeleton(id, context) {
    const role = pickRole(context.entities('roles'));
    if (!role) return { ok: false, missing: ['role'] };
    const r = y(role.id);
    const stage = (stageId: string, title: string, goal: string, exit: string) => [
      `  - id: ${stageId}`,
      `    title: ${title}`,
      `    goal: ${goal}`,
      '    exitCriteria:',
      `      - ${exit}`,
      '    days: 0 # typical duration in days',
      '    conversion: 0.5 # share of the opportunities in this stage that go on to the next (of the last stage: that close won)',
      `    raci: { ${r}: AR } # role id: R, A, C, I or AR; exactly one A or AR, at least one R or AR`,
      `    hours: { ${r}: 0 } # hours of effort per opportunity in this stage, by role id`,
    ];
    return {
      ok: true,
      refers: [`role \`${role.id}\``],
      text: fileText(
        [
          `title: ${y(titleFromId(id))}`,
          'summary: In one paragraph, when this process is used and how an opportunity moves through it.',
          'type: solution # transactional, solution or key-account',
          'stages: # in order',
          ...stage('qualify', 'Qualify', 'Replace with what this stage must achieve.', 'Replace with a checkable fact that lets the opportunity move on'),
          ...stage('close', 'Close', 'Replace with what this stage must achieve.', 'Replace with a checkable fact that says the deal is won'),
        ],
        `
## How to run it

For each stage, describe what happens, who does it, and the questions, documents and tools it uses.

## Common mistakes

What makes opportunities stall or slip in this process, and how to avoid it.
`,
      ),
    };
  },
});
