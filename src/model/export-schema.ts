/**
 * The document `npm run playbook -- export` prints (format §5), as a Zod
 * schema: the one description of its shape, used by tests and by anyone who
 * reads the export back.
 *
 * Entities are `{id, ...frontmatter}` with the schema's defaults applied:
 * every field an author may write, under the same name and with the same
 * meaning as in the files. Optional fields without a default (`includes`,
 * `hours`, `counterparts`, a role's own `sellingHours`, `owner`, …) are left
 * out when the file does not set them. The playbook's `lang`, `currency` and
 * `sellingHours` are always present (defaults `en`, `USD`, 1400). MDX bodies
 * are not exported.
 *
 * `metrics` carries exactly the keys of §5, as plain unrounded numbers; a
 * role's `load` is `null` when it is infinite (no available hours, some
 * required). v1.2 adds the money side (null where §4 says so), people
 * per segment and per process, and each role's cost. v1.1 adds the pipeline figures and covered accounts, every
 * scenario with metrics of the same shape, and, for a playbook with a plan,
 * `plan` as in §8 (in place of the frontmatter's `{start, months}`).
 */
import { z } from 'astro/zod';
import { LANGS, changeSchema, idSchema, offeringSchema, playbookSchema, processSchema, roleSchema, segmentSchema, text } from '../schema/index.ts';
import { exportedActualsSchema } from './actuals-export.ts';
import { exportedPlanSchema } from './plan-export.ts';

/** Zod 4 numbers are finite: NaN and ±Infinity never pass. */
const amount = () => z.number().min(0);
const fraction = () => z.number().min(0).max(1);

export const exportedSegmentMetricsSchema = z
  .object({
    opportunities: amount().describe('O_s = accounts × opportunityRate.'),
    coverage: fraction().describe('κ_s: smallest capacity factor of the roles that put hours into the segment.'),
    winRate: fraction().describe('W_s: win rate of the segment\u2019s process (0 when the process is missing).'),
    expectedWins: amount().describe('E_s = O_s × κ_s × W_s.'),
    expectedRevenue: amount().describe('R_s = E_s × dealSize, in the playbook currency.'),
    velocityPerDay: amount().describe('V_s = O_s × κ_s × dealSize × W_s / 365: expected new bookings per day.'),
    openPipeline: amount().describe('v1.2: N_s = O_s × κ_s × Σ_k r_k × days_k / 365, the opportunities in flight at any time (a stage\u2019s days count only for those that reach it).'),
    pipelineValue: amount().describe('v1.1: P_s = N_s × dealSize, in the playbook currency.'),
    coveredAccounts: amount().describe('v1.1: accounts × κ_s.'),
    people: z.record(idSchema, amount()).describe('v1.2: F_{s,x} = (D_{s,x} + [x = owner] × C_s) / sellingHours_x, by role id (every role; 0 where it does nothing).'),
    peopleTotal: amount().describe('v1.2: Σ_x F_{s,x}, the people the segment takes.'),
  })
  .strict();

export const exportedRoleMetricsSchema = z
  .object({
    requiredHours: amount().describe('H_x: deal hours plus coverage hours a year.'),
    availableHours: amount().describe('A_x = headcount × selling hours.'),
    load: amount().nullable().describe('L_x = H_x / A_x; 0 when H_x = 0; null when infinite (A_x = 0 < H_x).'),
    fteNeeded: amount().describe('F_x = H_x / selling hours.'),
    cost: amount().nullable().describe('v1.2: headcount × cost a year, in the playbook currency; null when the role has no `cost`.'),
  })
  .strict();

export const exportedProcessMetricsSchema = z
  .object({
    winRate: fraction().describe('W_p: product of the stage conversions.'),
    cycleDays: amount().describe('T_p: sum of the stage days.'),
    people: z.record(idSchema, amount()).describe('v1.2: Σ F_{s,x} over the segments on the process, by role id.'),
    peopleTotal: amount().describe('v1.2: Σ_x of people: the people the process takes.'),
  })
  .strict();

export const exportedMetricsSchema = z
  .object({
    coverage: fraction().describe('κ: share of the target accounts covered (1 with no accounts).'),
    winRate: fraction().describe('W: win rate over the opportunities worked (0 with none).'),
    expectedWins: amount().describe('Σ E_s.'),
    expectedRevenue: amount().describe('Σ R_s, in the playbook currency.'),
    coveredAccounts: amount().describe('v1.1: Σ accounts_s κ_s.'),
    openPipeline: amount().describe('v1.1: Σ N_s.'),
    pipelineValue: amount().describe('v1.1: Σ P_s, in the playbook currency.'),
    teamCost: amount().nullable().describe('v1.2: TC = Σ_x headcount_x × cost_x a year; null when no role has `cost`.'),
    costOfSales: amount().nullable().describe('v1.2: TC / Σ R_s; null without TC or when Σ R_s = 0.'),
    costPerWin: amount().nullable().describe('v1.2: TC / Σ E_s; null without TC or when Σ E_s = 0.'),
    carriedQuota: amount().nullable().describe('v1.2: Q = Σ_x headcount_x × quota_x; null when no role has `quota`.'),
    quotaCoverage: amount().nullable().describe('v1.2: Q / goals.bookings; null without Q or without a bookings goal above 0.'),
    quotaAttainment: amount().nullable().describe('v1.2: Σ R_s / Q; null without Q or when Q = 0.'),
    segments: z.record(idSchema, exportedSegmentMetricsSchema),
    roles: z.record(idSchema, exportedRoleMetricsSchema),
    processes: z.record(idSchema, exportedProcessMetricsSchema),
  })
  .strict();

const withId = { id: idSchema.describe('The file name without `.mdx`.') };
export const exportedSegmentSchema = segmentSchema.extend(withId);
export const exportedOfferingSchema = offeringSchema.extend(withId);
export const exportedProcessSchema = processSchema.extend(withId);
export const exportedRoleSchema = roleSchema.extend(withId);

/** v1.1 (§5, §7): a scenario, its changes as written in its file and the metrics of its changed copy. */
export const exportedScenarioSchema = z
  .object({
    id: idSchema.describe('The file name without `.mdx`.'),
    title: text(),
    changes: z.array(changeSchema).min(1).describe('`{set, to}` or `{set, add}`, as in the scenario file.'),
    metrics: exportedMetricsSchema,
    plan: exportedPlanSchema.optional().describe('The plan over time (§8) with the scenario\u2019s changes, when the playbook has a `plan` (an addition to the format).'),
  })
  .strict();

export const exportedPlaybookSchema = playbookSchema.extend({
  id: idSchema.describe('The playbook\u2019s folder name.'),
  lang: z.enum(LANGS),
  currency: z.string().regex(/^[A-Z]{3}$/),
  sellingHours: z.number().gt(0),
  segments: z.array(exportedSegmentSchema),
  offerings: z.array(exportedOfferingSchema),
  processes: z.array(exportedProcessSchema),
  roles: z.array(exportedRoleSchema),
  metrics: exportedMetricsSchema,
  scenarios: z.array(exportedScenarioSchema).describe('v1.1: every scenario of the playbook (§7), in file order.'),
  plan: exportedPlanSchema.optional().describe('v1.1: the plan over time (§8), when the playbook has a `plan`.'),
  actuals: exportedActualsSchema(exportedMetricsSchema).describe('v1.2: what the snapshots measured and the model at measured rates (§10); null without a snapshot.'),
});

export const exportDocumentSchema = z
  .object({
    version: z.literal(1).describe('Version of the export format; changes only with a new version of the format.'),
    playbooks: z.array(exportedPlaybookSchema),
  })
  .strict();

export type ExportDocument = z.output<typeof exportDocumentSchema>;
export type ExportedPlaybook = z.output<typeof exportedPlaybookSchema>;
export type ExportedMetrics = z.output<typeof exportedMetricsSchema>;
export type ExportedScenario = z.output<typeof exportedScenarioSchema>;
