/**
 * The catalogue of diagnostic codes (format.md §3). Codes are permanent: never
 * rename or drop one. The docs' diagnostics reference is generated from here.
 */
export type Severity = 'error' | 'warning';

export interface CodeInfo {
  severity: Severity;
  /** When the code is reported. */
  when: string;
  /** What the author should do. */
  fix: string;
}

export const CODES = {
  'frontmatter-missing': {
    severity: 'error',
    when: 'The file has no YAML frontmatter block between `---` lines at its very top.',
    fix: 'Start the file with a line `---`, the fields, and another `---` line before the body.',
  },
  'yaml-syntax': {
    severity: 'error',
    when: 'The frontmatter is not valid YAML (bad indentation, an unclosed quote, a duplicate key, a tab).',
    fix: 'Fix the YAML at the line shown; indent with spaces and quote values that contain `: ` or start with a special character.',
  },
  'invalid-field': {
    severity: 'error',
    when: 'A field is missing, of the wrong type, out of range, or not one of the allowed values.',
    fix: 'Give the field a value of the type and range the format reference lists.',
  },
  'unknown-field': {
    severity: 'error',
    when: 'The frontmatter has a key the schema does not know, often a typo.',
    fix: 'Rename the key to the known field the message suggests, or remove it.',
  },
  'invalid-id': {
    severity: 'error',
    when: 'A file name, folder name or stage id is not a valid id (lowercase words joined by hyphens).',
    fix: 'Rename it to lowercase letters and digits joined by single hyphens, e.g. `mid-market`.',
  },
  'duplicate-id': {
    severity: 'error',
    when: 'Two stages of one process share an id.',
    fix: 'Give every stage of the process its own id.',
  },
  'missing-playbook': {
    severity: 'error',
    when: 'A folder under `playbooks/` has entity files but no `index.mdx`.',
    fix: 'Add `index.mdx` with the playbook\u2019s title, summary and goals (`npm run playbook -- new playbook <id>`), or rename the folder to start with `_`.',
  },
  'broken-reference': {
    severity: 'error',
    when: 'A reference names no entity of that kind in the playbook.',
    fix: 'Use one of the ids the message lists, or create the missing file.',
  },
  'raci-accountable': {
    severity: 'error',
    when: 'A stage does not have exactly one `A` or `AR` in its `raci`.',
    fix: 'Make exactly one role accountable (`A` or `AR`) for the stage.',
  },
  'raci-responsible': {
    severity: 'error',
    when: 'A stage has no `R` or `AR` in its `raci`.',
    fix: 'Make at least one role responsible (`R` or `AR`) for doing the work of the stage.',
  },
  'hours-without-raci': {
    severity: 'error',
    when: 'A stage\u2019s `hours` names a role that its `raci` does not.',
    fix: 'Add the role to the stage\u2019s `raci`, or remove its hours.',
  },
  'motive-process-fit': {
    severity: 'warning',
    when: 'A segment\u2019s motive and its process type disagree: price-performance calls for transactional, value-realization for solution, partnership for key-account.',
    fix: 'Move the segment to a process of the matching type, or explain the exception in the segment\u2019s body.',
  },
  'offering-motive-gap': {
    severity: 'warning',
    when: 'None of a segment\u2019s offerings lists the segment\u2019s motive.',
    fix: 'Offer the segment something that answers its motive, or add the motive to an offering that does.',
  },
  'key-account-executive': {
    severity: 'warning',
    when: 'A key-account process has no `executive` role in any stage\u2019s `raci`.',
    fix: 'Involve an executive role in at least one stage: key-account selling is organisation to organisation.',
  },
  'mirror-gap': {
    severity: 'warning',
    when: 'A segment on a key-account process has a buying-centre function that no role of that process lists in `counterparts`.',
    fix: 'Add the function to the `counterparts` of the role that mirrors it, or add such a role to the process.',
  },
  'unused-entity': {
    severity: 'warning',
    when: 'An offering, process or role that no segment (and, for roles, no stage or coverage owner) uses.',
    fix: 'Reference it from a segment or stage, or delete it (or rename the file to start with `_` to keep it as a draft).',
  },
  'capacity-exceeded': {
    severity: 'warning',
    when: 'A role\u2019s required hours exceed its available hours.',
    fix: 'Add headcount, lower the hours per stage or touch, or hand work to another role.',
  },
  'coverage-below-goal': {
    severity: 'warning',
    when: 'The playbook\u2019s computed coverage is below `goals.coverage`.',
    fix: 'Add capacity to the bottleneck roles, or lower the coverage work per account.',
  },
  'win-rate-below-goal': {
    severity: 'warning',
    when: 'A segment\u2019s computed win rate is below `goals.winRate`.',
    fix: 'Improve the conversion of the process\u2019s weakest stage, or revisit the goal.',
  },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
export const ALL_CODES = Object.keys(CODES) as Code[];
