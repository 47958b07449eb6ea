import { z } from 'astro/zod';

/** Ids of files, folders, stages and references: lowercase words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/**
 * The longest id of a file or folder (a playbook's, an entity's), in characters. Ids become file names, folder names
 * and URLs, and Windows allows 260 characters for a whole path: `playbooks/<playbook>/<kind>/<id>.mdx` in a clone
 * must fit, with room for the folder it is cloned into.
 */
export const MAX_FILE_ID_LENGTH = 64;

/** The names Windows reserves for devices: a file or folder named so, whatever its extension, cannot be checked out there. */
export const WINDOWS_DEVICE_NAMES: readonly string[] = ['con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])];

/**
 * What keeps an id from naming a file or folder: its form (`form`, see ID_PATTERN), its length (`too-long`, over
 * MAX_FILE_ID_LENGTH) or a Windows device name (`windows`); undefined when it can.
 */
export function fileIdProblem(id: string): 'form' | 'too-long' | 'windows' | undefined {
  if (id.length > MAX_FILE_ID_LENGTH) return 'too-long';
  if (!isValidId(id)) return 'form';
  if (WINDOWS_DEVICE_NAMES.includes(id)) return 'windows';
  return undefined;
}

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'not a valid id' })
  .describe('An id: lowercase letters and digits in words joined by single hyphens, e.g. `mid-market`.');

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, they reorder the text
 * around them, so that a title reads as something else than it is (`U+202E` makes `exe.pdf` show as `fdp.exe`).
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/**
 * A string that is not empty after trimming. Text from a file loses its bidirectional overrides here, the one place
 * every title, summary and list item goes through: none reaches the model, the pages, the PDF or the export.
 */
/** A value from a file (a scenario's `to`: a text, a list, a map) without bidirectional overrides in any of its texts. */
export function withoutBidi(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(BIDI_CONTROLS, '');
  if (Array.isArray(value)) return value.map(withoutBidi);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutBidi(v)]));
  return value;
}

export const text = () =>
  z
    .string()
    .overwrite((value) => value.replace(BIDI_CONTROLS, ''))
    .trim()
    .min(1, { message: 'must not be empty' });

/** The largest value of any number in a playbook (format §2): money, accounts, hours. */
export const MAX_AMOUNT = 1e12;

/** A finite number of at most 10^12 (Zod 4 numbers are finite already): money, accounts, hours, rates. */
export const amount = () => z.number().max(MAX_AMOUNT);

/** A share: a number greater than 0 and at most 1. */
export const share = () => z.number().gt(0).lte(1);

/** The patterns of the string formats: the checker tells them apart by the pattern Zod reports (src/model/validate.ts). */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** A SHA-256 digest in hex (a snapshot's `source`). */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** A month, `YYYY-MM` (the format v1.1). */
export const monthSchema = z
  .string()
  .regex(MONTH_PATTERN, { message: 'not a month' })
  .describe('A month, written YYYY-MM, e.g. `2027-03`.');

export const dateSchema = z
  .string()
  .regex(DATE_PATTERN, { message: 'not a date' })
  .refine((value) => isRealDate(value), { message: 'must be a real calendar date', params: { format: 'real-date' } });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const MOTIVES = ['price-performance', 'value-realization', 'partnership'] as const;
export const motiveSchema = z
  .enum(MOTIVES)
  .describe(
    'Why a segment buys: `price-performance` (best value for money), `value-realization` (business results delivered with services) or `partnership` (a lasting organisation-to-organisation relationship).',
  );
export type Motive = z.output<typeof motiveSchema>;

export const PROCESS_TYPES = ['transactional', 'solution', 'key-account'] as const;
export type ProcessType = (typeof PROCESS_TYPES)[number];

/** The process type each motive calls for (format §3, `motive-process-fit`). */
export const PROCESS_FOR_MOTIVE: Record<Motive, ProcessType> = {
  'price-performance': 'transactional',
  'value-realization': 'solution',
  partnership: 'key-account',
};
