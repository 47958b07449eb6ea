import { offeringSchema } from './offering.ts';
import { playbookSchema } from './playbook.ts';
import { processSchema } from './process.ts';
import { roleSchema } from './role.ts';
import { segmentSchema } from './segment.ts';

export * from './common.ts';
export * from './offering.ts';
export * from './playbook.ts';
export * from './process.ts';
export * from './role.ts';
export * from './segment.ts';

/** The kinds of entity files inside a playbook folder, by sub-folder. */
export const ENTITY_KINDS = ['segments', 'offerings', 'processes', 'roles'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type FileKind = 'playbook' | EntityKind;

/** The schema for each kind of file. */
export const SCHEMAS = {
  playbook: playbookSchema,
  segments: segmentSchema,
  offerings: offeringSchema,
  processes: processSchema,
  roles: roleSchema,
} as const;
