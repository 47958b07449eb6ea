/**
 * One worked example per diagnostic code, for the diagnostics page. Every
 * example is a small change to one valid playbook (EXAMPLE_BASE, in
 * src/docs/example-playbook.ts). The page does not store messages:
 * src/docs/run-example.ts runs the real checker on each example when the
 * site is built, so it always shows what authors see.
 */
import { findKind } from '../kinds/index.ts';
import { yamlScalar } from '../kinds/skeleton-text.ts';
import { at, edit, EXAMPLE_BASE, snapshot, type DiagnosticExample } from './example-playbook.ts';

/** The examples of the format v1.2's codes (the import's own two codes have none: `check` never reports them). */
const DIAGNOSTIC_EXAMPLES_V12: readonly DiagnosticExample[] = [
  {
    code: 'actuals-inconsistent',
    change: 'A snapshot typed by hand counts more won and lost deals than opportunities.',
    files: snapshot('2026-09', '2025-10-01', '2026-09-30', '    opportunities: 40\n    won: 12\n    lost: 31\n    wonAmount: 25000\n'),
    file: at('actuals/2026-09.mdx'),
  },
  {
    code: 'actuals-drift',
    change: 'The CRM export shows that far fewer small-business opportunities get past qualification than the quick sale assumes.',
    files: snapshot('2026-09', '2025-10-01', '2026-09-30', '    opportunities: 110\n    won: 12\n    lost: 80\n    wonAmount: 24000\n    reached: { qualify: 92, close: 30 }\n'),
    file: at('processes/quick.mdx'),
  },
  {
    code: 'actuals-stale',
    change: 'The only snapshot ends in 2024: nobody has imported the CRM since.',
    files: snapshot('2024-12', '2024-01-01', '2024-12-31', '    opportunities: 40\n    won: 10\n    lost: 25\n    wonAmount: 20000\n'),
    file: at('actuals/2024-12.mdx'),
  },
];

export const DIAGNOSTIC_EXAMPLES: readonly DiagnosticExample[] = [
  {
    code: 'frontmatter-missing',
    change: 'The role file starts with a heading instead of its frontmatter.',
    files: { [at('roles/rep.mdx')]: '# Account executive\n\nOwns every deal end to end.\n' },
    file: at('roles/rep.mdx'),
  },
  {
    code: 'yaml-syntax',
    change: 'A value contains `: `, which YAML reads as the start of a nested map.',
    files: edit('roles/rep.mdx', 'summary: Owns every deal end to end and keeps in touch with every account.', 'summary: Owns the deal: from first call to signature.'),
    file: at('roles/rep.mdx'),
  },
  {
    code: 'invalid-field',
    change: 'The headcount is written in words.',
    files: edit('roles/rep.mdx', 'headcount: 2', 'headcount: two'),
    file: at('roles/rep.mdx'),
  },
  {
    code: 'unknown-field',
    change: 'A typo in a field name: one error, which names the field meant (not also a missing `headcount`).',
    files: edit('roles/rep.mdx', 'headcount: 2', 'headcont: 2'),
    file: at('roles/rep.mdx'),
  },
  {
    code: 'invalid-id',
    change: 'A new role file is named in capitals with an underscore.',
    files: {
      [at('roles/Sales_Engineer.mdx')]: `---
title: Sales engineer
summary: Runs the demos and answers the technical questions.
function: presales
headcount: 1
---
`,
    },
    file: at('roles/Sales_Engineer.mdx'),
  },
  {
    code: 'duplicate-id',
    change: 'The second stage was copied from the first and kept its id.',
    files: edit('processes/quick.mdx', '  - id: close', '  - id: qualify'),
    file: at('processes/quick.mdx'),
  },
  {
    code: 'missing-playbook',
    change: 'A new folder `playbooks/emea/` got a role before it got its `index.mdx`.',
    files: {
      'playbooks/emea/roles/rep.mdx': `---
title: Account executive, EMEA
summary: Sells in Europe, the Middle East and Africa.
function: sales
headcount: 1
---
`,
    },
    file: 'playbooks/emea/index.mdx',
  },
  {
    code: 'reserved-id',
    change: 'A new playbook folder is named `docs`, which is the address of the documentation.',
    files: {
      'playbooks/docs/index.mdx': `---
title: Documentation team
summary: How we sell documentation services.
goals:
  coverage: 0.8
  winRate: 0.2
---
`,
    },
    file: 'playbooks/docs/index.mdx',
  },
  {
    code: 'unknown-file',
    change: 'A segment was saved with the extension `.md`, so it is not part of the playbook.',
    files: { [at('segments/partners.md')]: '---\ntitle: Partners\n---\n' },
    file: at('segments/partners.md'),
  },
  {
    code: 'body-syntax',
    change: 'A sentence in the body uses `<` as a less-than sign.',
    files: { [at('roles/rep.mdx')]: `${EXAMPLE_BASE[at('roles/rep.mdx')]}\nWe aim for <3 days from first call to quote.\n` },
    file: at('roles/rep.mdx'),
  },
  {
    code: 'unsafe-body',
    change: 'The body computes a number with a JavaScript expression instead of quoting the model.',
    files: { [at('roles/rep.mdx')]: `${EXAMPLE_BASE[at('roles/rep.mdx')]}\nTwo reps carry {2 * 1400} selling hours a year.\n` },
    file: at('roles/rep.mdx'),
  },
  {
    code: 'unknown-component',
    change: 'The body uses a component the pipeline does not have.',
    files: { [at('roles/rep.mdx')]: `${EXAMPLE_BASE[at('roles/rep.mdx')]}\n<Chart of="roles.rep.load" />\n` },
    file: at('roles/rep.mdx'),
  },
  {
    code: 'unknown-metric',
    change: 'A typo in the path of a `<Metric>`.',
    files: { [at('roles/rep.mdx')]: `${EXAMPLE_BASE[at('roles/rep.mdx')]}\nThe reps run at <Metric of="roles.rep.lod" /> of their hours.\n` },
    file: at('roles/rep.mdx'),
  },
  {
    code: 'scenario-path',
    change: 'A scenario changes the headcount of a role that is not there (a typo in its id).',
    files: {
      [at('scenarios/third-rep.mdx')]: `---
title: A third account executive
summary: What one more rep does to coverage and wins.
changes:
  - set: roles/reps.headcount
    add: 1
---
`,
    },
    file: at('scenarios/third-rep.mdx'),
  },
  {
    code: 'bookings-below-goal',
    change: 'The playbook sets a bookings goal that its segments cannot reach.',
    files: edit('index.mdx', '  winRate: 0.2', '  winRate: 0.2\n  bookings: 5000000'),
    file: at('index.mdx'),
  },
  {
    code: 'broken-reference',
    change: 'A typo in the id of the segment\u2019s process.',
    files: edit('segments/smb.mdx', 'process: quick', 'process: quik'),
    file: at('segments/smb.mdx'),
  },
  {
    code: 'raci-accountable',
    change: 'The close stage has a role doing the work but nobody accountable for it.',
    files: edit('processes/quick.mdx', '    raci: { rep: AR }\n    hours: { rep: 2 }', '    raci: { rep: R }\n    hours: { rep: 2 }'),
    file: at('processes/quick.mdx'),
  },
  {
    code: 'raci-responsible',
    change: 'The close stage has an accountable role but nobody doing the work.',
    files: edit('processes/quick.mdx', '    raci: { rep: AR }\n    hours: { rep: 2 }', '    raci: { rep: A }\n    hours: { rep: 2 }'),
    file: at('processes/quick.mdx'),
  },
  {
    code: 'hours-without-raci',
    change: 'The executive is given hours in the quick sale\u2019s close stage but no part in it.',
    files: edit('processes/quick.mdx', '    hours: { rep: 2 }', '    hours: { rep: 2, ceo: 1 }'),
    file: at('processes/quick.mdx'),
  },
  {
    code: 'motive-process-fit',
    change: 'The enterprise partners, who buy a partnership, are moved to the quick transactional sale.',
    files: edit('segments/enterprise.mdx', 'process: key-account', 'process: quick'),
    file: at('segments/enterprise.mdx'),
  },
  {
    code: 'offering-motive-gap',
    change: 'The enterprise partners are offered only the self-serve plan.',
    files: edit('segments/enterprise.mdx', 'offerings: [platform]', 'offerings: [starter]'),
    file: at('segments/enterprise.mdx'),
  },
  {
    code: 'key-account-executive',
    change: 'The executive is taken out of the key-account process; the account executive does everything.',
    files: {
      [at('processes/key-account.mdx')]: `---
title: Key-account sale
summary: A joint plan with the customer's leadership, then a multi-year agreement.
type: key-account
stages:
  - id: plan
    title: Joint plan
    goal: Agree on the goals of the partnership with the customer's CEO.
    exitCriteria: [Joint plan signed off by both CEOs]
    days: 30
    conversion: 0.6
    raci: { rep: AR }
    hours: { rep: 12 }
  - id: commit
    title: Commit
    goal: Sign the multi-year agreement.
    exitCriteria: [Agreement signed]
    days: 60
    conversion: 0.6
    raci: { rep: AR }
    hours: { rep: 24 }
---
`,
    },
    file: at('processes/key-account.mdx'),
  },
  {
    code: 'mirror-gap',
    change: 'The enterprise buying centre gains the CFO, whom nobody on our side meets.',
    files: edit(
      'segments/enterprise.mdx',
      '  - { influence: economic, function: CEO }',
      '  - { influence: economic, function: CEO }\n  - { influence: economic, function: CFO }',
    ),
    file: at('segments/enterprise.mdx'),
  },
  {
    code: 'unused-entity',
    change: 'An old offering is kept in the playbook although no segment is offered it.',
    files: {
      [at('offerings/legacy.mdx')]: `---
title: Legacy desktop edition
summary: The installed edition, no longer sold to new customers.
kind: product
motives: [price-performance]
---
`,
    },
    file: at('offerings/legacy.mdx'),
  },
  {
    code: 'placeholder',
    change: 'A new offering was written with `npm run playbook -- new offering acme/starter`, and its summary was left as the skeleton wrote it.',
    files: edit('offerings/starter.mdx', 'summary: The self-serve plan, priced per seat.', `summary: ${yamlScalar(findKind('offerings')?.placeholders?.en.summary ?? '')}`),
    file: at('offerings/starter.mdx'),
  },
  {
    code: 'capacity-exceeded',
    change: 'The executive\u2019s share of time for selling drops from 0.1 to 0.005 of a person.',
    files: edit('roles/ceo.mdx', 'headcount: 0.1', 'headcount: 0.005'),
    file: at('roles/ceo.mdx'),
  },
  {
    code: 'coverage-below-goal',
    change: 'The team shrinks from two account executives to a quarter of one.',
    files: edit('roles/rep.mdx', 'headcount: 2', 'headcount: 0.25'),
    file: at('index.mdx'),
  },
  {
    code: 'win-rate-below-goal',
    change: 'The quick sale\u2019s close stage converts 30 % instead of 50 %.',
    files: edit('processes/quick.mdx', '    conversion: 0.5\n    raci: { rep: AR }\n    hours: { rep: 2 }', '    conversion: 0.3\n    raci: { rep: AR }\n    hours: { rep: 2 }'),
    file: at('segments/smb.mdx'),
  },
  {
    code: 'external-image',
    change: 'The body shows a product screenshot straight from the vendor\u2019s website.',
    files: { [at('roles/rep.mdx')]: `${EXAMPLE_BASE[at('roles/rep.mdx')]}\n![The scheduling screen](https://example.com/screenshots/schedule.png)\n` },
    file: at('roles/rep.mdx'),
  },
  ...DIAGNOSTIC_EXAMPLES_V12,
];
