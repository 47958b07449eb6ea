/**
 * The catalogue of diagnostic codes (format §3). Codes are permanent:
 * never rename or drop one. Each code carries its severity, its title, when
 * it is reported and what to do (the docs' reference is generated from
 * here), and its message as a function of the diagnostic's params, in English
 * and Chinese: the terminal, JSON, GitHub annotations and the pages all
 * render from these functions.
 */
import type { CodeSpec } from './define.ts';
import { bodySyntax, externalImage, unsafeBody } from './messages/body.ts';
import { unknownComponent, unknownMetric } from './messages/body-components.ts';
import { placeholder, unknownField } from './messages/fields.ts';
import { invalidField } from './messages/invalid-field.ts';
import { invalidId, missingPlaybook, reservedId, unknownFile } from './messages/files.ts';
import { frontmatterMissing, yamlSyntax } from './messages/frontmatter.ts';
import { fileEncoding, symlinkOutside, unreadableFile } from './messages/unreadable.ts';
import { bookingsBelowGoal, capacityExceeded, coverageBelowGoal, winRateBelowGoal } from './messages/model.ts';
import {
  brokenReference,
  duplicateId,
  hoursWithoutRaci,
  keyAccountExecutive,
  mirrorGap,
  motiveProcessFit,
  offeringMotiveGap,
  raciAccountable,
  raciResponsible,
  unusedEntity,
} from './messages/rules.ts';
import { scenarioPath } from './messages/scenario.ts';
import { actualsDrift, actualsInconsistent, actualsStale } from './messages/actuals.ts';
import { actualsColumn, actualsRow } from './messages/actuals-import.ts';

export type { Severity, Localized, CodeSpec } from './define.ts';

export const CODES = {
  'frontmatter-missing': frontmatterMissing,
  'yaml-syntax': yamlSyntax,
  'invalid-field': invalidField,
  'unknown-field': unknownField,
  'invalid-id': invalidId,
  'duplicate-id': duplicateId,
  'missing-playbook': missingPlaybook,
  'broken-reference': brokenReference,
  'raci-accountable': raciAccountable,
  'raci-responsible': raciResponsible,
  'hours-without-raci': hoursWithoutRaci,
  'reserved-id': reservedId,
  'symlink-outside': symlinkOutside,
  'file-encoding': fileEncoding,
  'body-syntax': bodySyntax,
  'unsafe-body': unsafeBody,
  'unknown-component': unknownComponent,
  'unknown-metric': unknownMetric,
  'scenario-path': scenarioPath,
  'motive-process-fit': motiveProcessFit,
  'offering-motive-gap': offeringMotiveGap,
  'key-account-executive': keyAccountExecutive,
  'mirror-gap': mirrorGap,
  'unused-entity': unusedEntity,
  'capacity-exceeded': capacityExceeded,
  'coverage-below-goal': coverageBelowGoal,
  'win-rate-below-goal': winRateBelowGoal,
  'unknown-file': unknownFile,
  'bookings-below-goal': bookingsBelowGoal,
  placeholder,
  'actuals-inconsistent': actualsInconsistent,
  'actuals-column': actualsColumn,
  'actuals-row': actualsRow,
  'actuals-drift': actualsDrift,
  'actuals-stale': actualsStale,
  'unreadable-file': unreadableFile,
  'external-image': externalImage,
} as const;

export type Code = keyof typeof CODES;
export const ALL_CODES = Object.keys(CODES) as Code[];

/** The params a code's messages take. */
export type ParamsOf<C extends Code> = (typeof CODES)[C] extends CodeSpec<infer P> ? P : never;

/** The model's own warnings (format §3), computed from the numbers rather than read from the files. */
export const METRIC_CODES: ReadonlySet<Code> = new Set(['capacity-exceeded', 'coverage-below-goal', 'win-rate-below-goal', 'bookings-below-goal']);
