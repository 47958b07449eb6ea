import { z } from 'astro/zod';
import { amount, dateSchema, idSchema, SHA256_PATTERN, share, text } from './common.ts';

/**
 * Actuals (format §10): the playbook's settings for measuring itself
 * against a CRM export (`actuals` in index.mdx), and the snapshot files
 * `actuals/<YYYY-MM>.mdx` that hold what the CRM measured — counts and sums
 * only, never a row, an account, an owner or a single deal's amount.
 */

/** The date formats `actuals import` reads (a time after the date is ignored). */
export const DATE_FORMATS = ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD/MM/YYYY', 'DD.MM.YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const DECIMAL_MARKS = ['.', ','] as const;

/** What a CRM stage maps to besides a stage id of the segment's process. */
export const OUTCOMES = ['won', 'lost'] as const;

export const DEFAULT_MIN_SAMPLE = 30;
export const DEFAULT_TOLERANCE = 0.25;
export const DEFAULT_STALE_AFTER_DAYS = 120;

/** The history export's columns when the mapping names none: Salesforce's OpportunityHistory. */
export const DEFAULT_HISTORY_COLUMNS = { id: 'OpportunityId', stage: 'StageName' } as const;

/** A header name or a CRM value as it appears in the export (kept as written: no trimming, so it matches exactly). */
const crmText = () => z.string().min(1, { message: 'must not be empty' });

export const importColumnsSchema = z
  .object({
    id: text().describe('Header of the column with the opportunity\u2019s id (Salesforce `Opportunity ID`, HubSpot `Record ID`).'),
    segment: text().describe('Header of the column whose value says the segment (mapped by `segments`).'),
    created: text().describe('Header of the column with the date the opportunity was created.'),
    stage: text().describe('Header of the column with the opportunity\u2019s current stage (mapped by `stages`).'),
    closed: text().optional().describe('Header of the column with the close date; required for won and lost rows.'),
    amount: text().optional().describe('Header of the column with the amount; required for won rows.'),
  })
  .strict()
  .describe('The header names of the export\u2019s columns: `id`, `segment`, `created`, `stage`, and `closed`, `amount`.');

export const importHistorySchema = z
  .object({
    id: text().default(DEFAULT_HISTORY_COLUMNS.id).describe('Header of the history export\u2019s column with the opportunity id; default `OpportunityId`.'),
    stage: text().default(DEFAULT_HISTORY_COLUMNS.stage).describe('Header of the history export\u2019s column with the stage; default `StageName`.'),
  })
  .strict()
  .describe('The columns of a stage-history export given with `--history` (default: Salesforce\u2019s OpportunityHistory, `OpportunityId` and `StageName`).');

/** `actuals.import` of index.mdx: how to read a CRM export (format §10). */
export const importMappingSchema = z
  .object({
    columns: importColumnsSchema,
    stages: z
      .record(crmText(), idSchema)
      .describe('CRM stage name → a stage id of the segment\u2019s process, or `won`, or `lost`.'),
    segments: z.record(crmText(), idSchema).describe('CRM segment value → segment id.'),
    entered: z
      .record(idSchema, text())
      .optional()
      .describe('Stage id → the column holding the date the opportunity entered that stage (HubSpot\u2019s "Date entered …" columns).'),
    history: importHistorySchema.optional(),
    dateFormat: z
      .enum(DATE_FORMATS)
      .default('YYYY-MM-DD')
      .describe('How the export writes dates: `YYYY-MM-DD` (default), `MM/DD/YYYY`, `DD/MM/YYYY` or `DD.MM.YYYY`; a time after the date is ignored.'),
    decimal: z
      .enum(DECIMAL_MARKS)
      .default('.')
      .describe('The decimal mark of amounts: `.` (default) or `,`; currency signs, codes, spaces and thousands separators are ignored.'),
  })
  .strict()
  .describe('How `actuals import` reads this playbook\u2019s CRM export: its columns and what its stage and segment values mean.');

/** `actuals` of index.mdx (format §10). */
export const actualsSettingsSchema = z
  .object({
    minSample: amount()
      .int()
      .min(1)
      .default(DEFAULT_MIN_SAMPLE)
      .describe('The smallest sample that can contradict an assumption (and replace it in the model at measured rates); default 30.'),
    tolerance: share()
      .default(DEFAULT_TOLERANCE)
      .describe('How far a deal size, opportunity rate or cycle may lie from the measured one, as a share of it, before it drifts; default 0.25.'),
    staleAfterDays: amount()
      .int()
      .min(1)
      .default(DEFAULT_STALE_AFTER_DAYS)
      .describe('Days after the latest snapshot\u2019s end when its figures count as stale; default 120.'),
    import: importMappingSchema.optional(),
  })
  .strict()
  .describe('Measuring the playbook against the CRM: the smallest sample, the tolerance, when data is stale, and the mapping of a CRM export.');

export const periodSchema = z
  .object({
    from: dateSchema.describe('First day of the period, YYYY-MM-DD: the cohort is the opportunities created from this day.'),
    to: dateSchema.describe('Last day of the period, YYYY-MM-DD: the cohort is counted as it stood on this day.'),
  })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'must not be after `to`', path: ['from'], params: { rule: 'from-after-to' } })
  .describe('The cohort: the opportunities created in [from, to], counted as they stood on `to`.');

const count = () => amount().int().min(0);

export const sourceFileSchema = z
  .object({
    file: text().describe('Name of the history export the snapshot was imported with.'),
    rows: count().describe('Rows of the history export.'),
    sha256: z.string().regex(SHA256_PATTERN, { message: 'not a SHA-256 digest' }).describe('SHA-256 of the history export, in hex.'),
  })
  .strict()
  .describe('The stage-history export the snapshot was imported with (`--history`).');

export const sourceSchema = z
  .object({
    file: text().optional().describe('Name of the CRM export the snapshot was imported from.'),
    rows: count().optional().describe('Rows of the export, its header not counted.'),
    sha256: z.string().regex(SHA256_PATTERN, { message: 'not a SHA-256 digest' }).optional().describe('SHA-256 of the export, in hex: which file it was, without keeping it.'),
    history: sourceFileSchema.optional(),
    skipped: z
      .record(crmText(), count())
      .optional()
      .describe('Rows left out of the counts, by reason (`createdBefore`, `createdAfter`; `lostWithoutStage` counts in `lost` but in no `reached`).'),
  })
  .strict()
  .describe('Where the counts come from: the export\u2019s name, rows and digest, never its content.');

export const segmentActualsSchema = z
  .object({
    opportunities: count().describe('Opportunities of the segment created in the period.'),
    won: count().describe('Of those, closed won by `to`.'),
    lost: count().describe('Of those, closed lost by `to`.'),
    wonAmount: amount().min(0).describe('Sum of the amounts of the won opportunities, in the playbook currency.'),
    cycleDays: amount().min(0).optional().describe('Mean days from created to closed over the won opportunities.'),
    reached: z
      .record(z.string(), count())
      .optional()
      .describe('Stage id → the resolved (won or lost) opportunities whose furthest stage was that stage or a later one (a won one reached every stage).'),
  })
  .strict();

/** Frontmatter of `actuals/<YYYY-MM>.mdx`: the id is the month of `period.to`. */
export const snapshotSchema = z
  .object({
    title: text().describe('Name of the snapshot, e.g. "Actuals to September 2026".'),
    period: periodSchema,
    source: sourceSchema.optional(),
    segments: z
      .record(z.string(), segmentActualsSchema)
      .refine((segments) => Object.keys(segments).length > 0, { message: 'needs at least one segment', params: { rule: 'one-segment' } })
      .describe('Segment id → what the CRM counted for it; at least one.'),
  })
  .strict();

export type SnapshotInput = z.input<typeof snapshotSchema>;
export type Snapshot = z.output<typeof snapshotSchema>;
export type SegmentActuals = z.output<typeof segmentActualsSchema>;
export type ActualsSettings = z.output<typeof actualsSettingsSchema>;
export type ImportMapping = z.output<typeof importMappingSchema>;

/** The playbook's actuals settings with their defaults, whether or not index.mdx has an `actuals` block. */
export function actualsSettings(settings: ActualsSettings | undefined): ActualsSettings {
  return settings ?? { minSample: DEFAULT_MIN_SAMPLE, tolerance: DEFAULT_TOLERANCE, staleAfterDays: DEFAULT_STALE_AFTER_DAYS };
}
