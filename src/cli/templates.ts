/**
 * The skeletons `new` writes: valid files (no `check` errors) whose placeholder
 * text tells the author what to write, with references chosen among the
 * playbook's existing entities so that they resolve.
 */
import { stringify } from 'yaml';
import type { Entity, PlaybookGraph } from '../model/graph.ts';
import {
  DEFAULT_SELLING_HOURS,
  PROCESS_FOR_MOTIVE,
  type EntityKind,
  type Motive,
  type ProcessType,
  type Role,
} from '../schema/index.ts';

export const NEW_KINDS = ['segment', 'offering', 'process', 'role', 'playbook'] as const;
export type NewKind = (typeof NEW_KINDS)[number];
export type NewEntityKind = Exclude<NewKind, 'playbook'>;

/** The folder of each entity kind. */
export const FOLDER: Record<NewEntityKind, EntityKind> = {
  segment: 'segments',
  offering: 'offerings',
  process: 'processes',
  role: 'roles',
};

/** A skeleton ready to write, or the kinds of entity the playbook lacks for it. */
export type Skeleton =
  | { ok: true; text: string; /** What the skeleton refers to, e.g. `process \`quick\``. */ refers: string[] }
  | { ok: false; missing: NewEntityKind[] };

/** A readable title from an id: `mid-market` → `Mid market`. */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A YAML scalar, quoted when plain YAML would read it as something else (`2024`, `null`, `a: b`). */
function y(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function frontmatter(lines: string[], body: string): string {
  return `---\n${lines.join('\n')}\n---\n\n${body.trim()}\n`;
}

export function playbookSkeleton(id: string): string {
  return frontmatter(
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
  );
}

export function roleSkeleton(id: string): string {
  return frontmatter(
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
  );
}

export function offeringSkeleton(id: string): string {
  return frontmatter(
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
  );
}

/** A process of two stages; the role (preferably a seller) is accountable and responsible for both. */
export function processSkeleton(id: string, graph: PlaybookGraph): Skeleton {
  const role = pickRole(graph.roles);
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
    text: frontmatter(
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
}

/**
 * A segment on the playbook's first process that has an offering answering the
 * motive its type calls for (else on the first process and offering), with
 * that motive, and a seller as coverage owner.
 */
export function segmentSkeleton(id: string, graph: PlaybookGraph): Skeleton {
  // Prefer a process and an offering that agree on the motive (no fit warnings); else the first of each.
  const fitting = graph.processes
    .map((p) => ({ process: p, offering: graph.offerings.find((o) => o.data.motives.includes(motiveFor(p.data.type))) }))
    .find((pair) => pair.offering !== undefined);
  const process = fitting?.process ?? graph.processes[0];
  const role = pickRole(graph.roles);
  const missing: NewEntityKind[] = [];
  if (graph.offerings.length === 0) missing.push('offering');
  if (!process) missing.push('process');
  if (!role) missing.push('role');
  if (!process || !role || missing.length > 0) return { ok: false, missing };
  const motive = motiveFor(process.data.type);
  const offering = fitting?.offering ?? graph.offerings[0]!;
  const currency = graph.index?.data.currency ?? 'USD';
  return {
    ok: true,
    refers: [`process \`${process.id}\``, `offering \`${offering.id}\``, `coverage owner \`${role.id}\``],
    text: frontmatter(
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
        `dealSize: 0 # average deal in ${currency}`,
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
}

/** The motive a process type serves (the inverse of PROCESS_FOR_MOTIVE). */
function motiveFor(type: ProcessType): Motive {
  const entry = Object.entries(PROCESS_FOR_MOTIVE).find(([, t]) => t === type);
  return (entry?.[0] ?? 'price-performance') as Motive;
}

/** A seller if there is one (field sales, then telesales), else the first role. */
function pickRole(roles: readonly Entity<Role>[]): Entity<Role> | undefined {
  return roles.find((r) => r.data.function === 'sales') ?? roles.find((r) => r.data.function === 'telesales') ?? roles[0];
}
