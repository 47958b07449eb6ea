import { PROCESS_FOR_MOTIVE, type Motive, type ProcessType } from '../schema/common.ts';
import { segmentSchema } from '../schema/segment.ts';
import { defineKind } from './define.ts';
import { fileText, pickRole, titleFromId, yamlScalar as y } from './skeleton-text.ts';

/** The motive a process type serves (the inverse of PROCESS_FOR_MOTIVE). */
function motiveFor(type: unknown): Motive {
  const entry = Object.entries(PROCESS_FOR_MOTIVE).find(([, t]) => t === (type as ProcessType));
  return (entry?.[0] ?? 'price-performance') as Motive;
}

export const segmentKind = defineKind({
  id: 'segments',
  singular: 'segment',
  names: { en: { one: 'segment', many: 'segments' }, 'zh-CN': { one: '目标客群', many: '目标客群' } },
  schema: segmentSchema,
  references: [
    { path: ['offerings', '*'], to: 'offerings' },
    { path: ['process'], to: 'processes' },
    { path: ['coverage', 'owner'], to: 'roles' },
  ],
  requires: ['offerings', 'processes', 'roles'],
  mustBeUsed: false,
  inNav: true,
  next: 'edit that file - replace the placeholder title, summary, criteria and buying criteria, set accounts, opportunityRate, dealSize and the coverage cadence, and check the offerings, process and owner it refers to.',
  /**
   * A segment on the playbook's first process that has an offering answering
   * the motive its type calls for (else on the first process and offering),
   * with that motive, and a seller as coverage owner.
   */
  skeleton(id, context) {
    const processes = context.entities('processes');
    const offerings = context.entities('offerings');
    const motivesOf = (o: { data: Record<string, unknown> }) => (o.data.motives as readonly string[] | undefined) ?? [];
    const fitting = processes
      .map((p) => ({ process: p, offering: offerings.find((o) => motivesOf(o).includes(motiveFor(p.data.type))) }))
      .find((pair) => pair.offering !== undefined);
    const process = fitting?.process ?? processes[0];
    const role = pickRole(context.entities('roles'));
    const missing: string[] = [];
    if (offerings.length === 0) missing.push('offering');
    if (!process) missing.push('process');
    if (!role) missing.push('role');
    if (!process || !role || missing.length > 0) return { ok: false, missing };
    const motive = motiveFor(process.data.type);
    const offering = fitting?.offering ?? offerings[0]!;
    return {
      ok: true,
      refers: [`process \`${process.id}\``, `offering \`${offering.id}\``, `coverage owner \`${role.id}\``],
      text: fileText(
        [
          `title: ${y(titleFromId(id))}`,
          'summary: In one paragraph, who these customers are and why they buy.',
          'priority: core # strategic (the strategic high ground), core or opportunistic',
          `motive: ${motive} # why they buy: price-performance, value-realization or partnership`,
          'criteria: # how to recognise an account: industries, regions, employees {min, max}, revenue {min, max}',
          '  industries: [Replace with the industries of these accounts]',
          'buyingCriteria: # what the buyer judges on, most important first',
          '  - Replace with what the buyer judges on',
          'accounts: 0 # number of target accounts in the segment',
          'opportunityRate: 0 # new opportunities per account per year',
          `dealSize: 0 # average deal in ${context.currency}`,
          `offerings: [${y(offering.id)}] # ids under offerings/`,
          `process: ${y(process.id)} # id under processes/`,
          'coverage: # who keeps in touch with every account, how often and for how long',
          `  owner: ${y(role.id)} # id under roles/`,
          '  touchesPerYear: 0',
          '  hoursPerTouch: 0',
          '# buyingCenter: # customer-side roles in the decision',
          '#   - { influence: economic, function: CFO } # influence: economic, technical, user or coach',
        ],
        `
## Who they are

Describe a typical account: its size, its situation and what changes for it when it buys.

## Talk track

How to open the conversation, the questions to ask and the proof points that land.

## Objections

- **An objection you often hear.** How to answer it.
`,
      ),
    };
  },
});
