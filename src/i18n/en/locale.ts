/**
 * English UI strings of native wording (issue 17): the punctuation around labels, ranges and lists, the link to the
 * other language, and the docs' generated references. One part of the dictionary that en.ts assembles.
 */

export const localeStrings = {
  // Native wording in each language (issue 17): the punctuation around labels, criteria with their units, the switch
  // between the English and the Chinese pages, and the generated references of the docs.
  locale: {
    /** The language's name in itself: the text of the link to this language from a page in another. */
    selfName: 'English',
    /** The title of that link, in this language. */
    readInThis: 'Read this page in English',
    /** A label before its value, with the language's colon and spacing: `Last updated: ` / `最后更新：`. */
    label: (label: string) => `${label}: `,
    /** A label and its value: `Kind: Product` / `类型：产品`. */
    labelled: (label: string, value: string) => `${label}: ${value}`,
    /** The colon after a label, with its spacing, where the value is markup (a link): `: ` / `：`. */
    colon: ': ',
    /** Parentheses around markup, with the space before them: ` (` … `)` / `（` … `）` (text goes through `parenthetical`). */
    parentheses: { open: ' (', close: ')' },
    /** The space between a word and markup after it (a link): ` ` in English, none in Chinese (`包含于<a>…</a>`). */
    wordGap: ' ',
    /** The role that owns the account coverage of a segment (not the playbook's maintainer). */
    coverageOwner: 'Coverage owner',
    /** A segment's size criterion, from counts formatted with `fmt.count`: `200–2,000 employees`, `3,000 人以上`. */
    employeesRange: (min: string | null, max: string | null) =>
      min !== null && max !== null ? `${min}–${max} employees` : min !== null ? `${min} employees or more` : `up to ${max} employees`,
    /** A segment's revenue criterion, from money formatted with `fmt.moneyShort`: `$5M or more`, `50 亿元以上`. */
    revenueRange: (min: string | null, max: string | null) =>
      min !== null && max !== null ? `${min} – ${max}` : min !== null ? `${min} or more` : `up to ${max}`,
    /** The separator before item `i` (from 1) of `n` in a list of elements (links, code): `, ` and ` and ` / `、` and ` 和 `. */
    listSeparator: (i: number, n: number): string => (i === n - 1 ? ' and ' : ', '),
    /** The docs' generated references (src/components/docs/). */
    reference: {
      field: 'Field',
      type: 'Type',
      required: 'Required',
      default: 'Default',
      meaning: 'Meaning',
      yes: 'yes',
      no: 'no',
      /** Caption of a field table, before the file it is about. */
      fieldsOf: (entity: string) => `${entity} fields — `,
      /** Where a stage's fields are written. */
      stageFile: (processFile: string) => `${processFile}, each item of its \`stages\` list`,
      allCodes: 'Every diagnostic code',
      codesOf: { error: 'Every error code', warning: 'Every warning code' },
      code: 'Code',
      severity: 'Severity',
      reportedWhen: 'Reported when',
      severityName: { error: 'error', warning: 'warning' },
      severityTitle: { error: 'Error', warning: 'Warning' },
      /** What a code of each severity does, after its name (`` `--strict` `` is inline code). */
      severityEffect: { error: ' — the check and the build fail. ', warning: ' — reported; fails only with `--strict`. ' },
      example: 'Example.',
      /** Between a bold lead-in (`Example.`, `Fix.`) and its text. */
      gap: ' ',
      /** Caption of the checker's output; backticks mark code. */
      prints: '`npm run check` prints',
      alsoReports: 'The same change also reports ',
      alsoReportsEnd: '.',
      fix: 'Fix.',
    },
  },
};
